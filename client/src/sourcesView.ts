/**
 * The Sources view in the Explorer: every source the server indexed, with its title, format and how
 * often the workspace's drafts cite it, marked when it is unused, unreadable or was repaired to be
 * read. A click opens the source; its context menu inserts a citation to it in the active draft, or
 * shows every place that cites it. The data comes from the server (`cited/listSources` with usage).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ListSourcesRequest, SourceCitationsRequest, type SourceUsageInfo } from '../../server/src/protocol';
import type { SourceSummary } from '../../server/src/core/languageService';

export type SourceWithUsage = SourceSummary & { usage?: SourceUsageInfo };

export class SourceItem extends vscode.TreeItem {
  constructor(readonly source: SourceWithUsage) {
    super(source.title, vscode.TreeItemCollapsibleState.None);
    const u = source.usage;
    const cited = u ? (u.citations === 0 ? 'unused' : `cited ${u.citations}× in ${u.drafts} draft${u.drafts === 1 ? '' : 's'}`) : '';
    const marks = [u?.unreadable ? 'unreadable' : '', u?.repaired ? 'repaired' : ''].filter(Boolean);
    this.description = [u?.format, cited, ...marks].filter(Boolean).join(' · ');
    this.iconPath = new vscode.ThemeIcon(
      u?.unreadable ? 'warning' : u?.repaired ? 'wrench' : u && u.citations === 0 ? 'circle-slash' : 'book',
      u?.unreadable ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined,
    );
    // Plain text: a source's title and problems are never read as markdown here.
    this.tooltip = [source.title, [source.author, source.publisher, source.date].filter(Boolean).join(' · '), source.path, u?.unreadable, u?.repaired]
      .filter(Boolean)
      .join('\n');
    const uri = u ? vscode.Uri.parse(u.uri) : vscode.Uri.file(source.path);
    this.resourceUri = uri;
    this.id = source.path;
    this.contextValue = u && u.citations > 0 ? 'citedSource.cited' : 'citedSource';
    this.command = { command: 'vscode.open', title: 'Open Source', arguments: [uri] };
  }
}

export class SourcesView implements vscode.TreeDataProvider<SourceItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private items: SourceItem[] | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.items = undefined;
    this.changed.fire();
  }

  getTreeItem(item: SourceItem): vscode.TreeItem {
    return item;
  }

  async getChildren(item?: SourceItem): Promise<SourceItem[]> {
    if (item) return [];
    const c = this.client();
    if (!c) return [];
    if (!this.items) {
      const list = await c.sendRequest<SourceWithUsage[]>(ListSourcesRequest, { withUsage: true });
      this.items = list.map((s) => new SourceItem(s));
    }
    return this.items;
  }

  /** The sources as the view shows them (for tests and other extensions). */
  async list(): Promise<SourceItem[]> {
    return this.getChildren();
  }

  /** Peeks every place a draft cites the source, over the source file. */
  async revealCitations(item: SourceItem | undefined): Promise<vscode.Location[]> {
    const c = this.client();
    if (!c || !item) return [];
    const found = await c.sendRequest<{ uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]>(SourceCitationsRequest, {
      sourcePath: item.source.path,
    });
    const locations = found.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), c.protocol2CodeConverter.asRange(l.range)));
    if (locations.length === 0) {
      void vscode.window.showInformationMessage(`Cited: no draft cites ${item.source.title}.`);
      return locations;
    }
    await vscode.commands.executeCommand('editor.action.showReferences', item.resourceUri, new vscode.Position(0, 0), locations);
    return locations;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
