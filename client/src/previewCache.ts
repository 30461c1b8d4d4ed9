/**
 * The preview's data in the client: each draft's cited sources (`cited/previewData`), fetched from
 * the server when the preview first renders the draft, kept, and fetched again when the draft is
 * edited or the sources change; the preview is refreshed when they do. markdown-it renders
 * synchronously, so a first render shows the markdown as it is and the refresh adds the links.
 */
import * as vscode from 'vscode';
import type { PreviewEntry } from '../../server/src/protocol';

export class PreviewCache implements vscode.Disposable {
  private readonly entries = new Map<string, PreviewEntry[]>();
  private readonly pending = new Map<string, Promise<PreviewEntry[]>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly fetch: (uri: string) => Promise<PreviewEntry[]>) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        const key = e.document.uri.toString();
        if (!this.entries.has(key)) return;
        clearTimeout(this.timers.get(key));
        this.timers.set(key, setTimeout(() => void this.load(key, true), 300));
      }),
    );
  }

  /** For the markdown-it plugin: the entries of the document being rendered, or undefined (then fetched). */
  readonly lookup = (env: unknown): PreviewEntry[] | undefined => {
    const doc = (env as { currentDocument?: vscode.Uri } | undefined)?.currentDocument;
    if (!doc) return undefined;
    const key = doc.toString();
    const hit = this.entries.get(key);
    if (!hit && !this.pending.has(key)) void this.load(key, true);
    return hit;
  };

  /** Fetches a draft's entries now; with `refresh`, refreshes the preview when they changed. */
  load(key: string, refresh = false): Promise<PreviewEntry[]> {
    const running = this.pending.get(key);
    if (running) return running;
    const p = this.fetch(key)
      .then((list) => {
        const changed = JSON.stringify(list) !== JSON.stringify(this.entries.get(key));
        this.entries.set(key, list);
        if (changed && refresh) void vscode.commands.executeCommand('markdown.preview.refresh');
        return list;
      })
      .catch(() => [] as PreviewEntry[])
      .finally(() => this.pending.delete(key));
    this.pending.set(key, p);
    return p;
  }

  /** The sources changed: fetch every known draft's entries again. */
  reloadAll(): void {
    for (const key of this.entries.keys()) void this.load(key, true);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.subscriptions.forEach((s) => s.dispose());
  }
}
