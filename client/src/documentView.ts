/**
 * PDF and Word sources in VS Code, which shows neither: Go to Definition on a marker citing one
 * would open the binary file (or a "cannot be displayed" page) and lose the passage. The
 * definition's target is turned into a read-only text view of the source (`cited-source:`, a
 * TextDocumentContentProvider): its text page by page under headings naming each page as printed,
 * with the passage that backs the sentence selected. A CodeLens and the editor title bar open the
 * file itself. The text and the positions come from the server (cited/documentView); other LSP
 * editors get the file's location as before.
 */
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { DocumentViewRequest, type DocumentViewResult } from '../../server/src/protocol';

export const VIEW_SCHEME = 'cited-source';
/** The sources shown as a text view. */
const VIEWED = /\.(pdf|docx)$/i;

/** The view of a source file: the same path with ".txt" added, so its tab reads "report.pdf.txt" and it opens as plain text. */
export function viewUri(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: VIEW_SCHEME, path: file.path + '.txt' });
}

export function fileOfView(view: vscode.Uri): vscode.Uri {
  return vscode.Uri.file(view.path.replace(/\.txt$/, ''));
}

type Loaded = NonNullable<DocumentViewResult>;

export class DocumentViews implements vscode.TextDocumentContentProvider, vscode.CodeLensProvider, vscode.DocumentSymbolProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** The last answer for each view, by the view's uri: what the content provider and the symbols show. */
  private readonly loaded = new Map<string, Loaded>();
  private readonly disposables: vscode.Disposable[] = [];
  /**
   * The passage of the last definition given, by view: VS Code puts the cursor at the start of a
   * definition's range, so once it lands there the whole passage is selected.
   */
  private pending: { view: string; range: vscode.Range; until: number } | undefined;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.disposables.push(
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, this),
      vscode.languages.registerCodeLensProvider({ scheme: VIEW_SCHEME }, this),
      vscode.languages.registerDocumentSymbolProvider({ scheme: VIEW_SCHEME }, this, { label: 'Cited' }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.selectPassage(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.selectPassage(e)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.scheme === VIEW_SCHEME) this.loaded.delete(d.uri.toString());
      }),
      vscode.commands.registerCommand('cited.openSourceFile', (uri?: vscode.Uri) => {
        const file = this.fileFor(uri);
        return file && vscode.commands.executeCommand('vscode.open', file);
      }),
      vscode.commands.registerCommand('cited.openSourceExternally', (uri?: vscode.Uri) => {
        const file = this.fileFor(uri);
        return file && vscode.env.openExternal(file);
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private selectPassage(editor: vscode.TextEditor): void {
    const p = this.pending;
    if (!p || editor.document.uri.toString() !== p.view) return;
    if (Date.now() > p.until) return void (this.pending = undefined);
    // The editor may open at its top first, then move to the definition.
    if (!editor.selection.isEmpty || !editor.selection.active.isEqual(p.range.start)) return;
    this.pending = undefined;
    editor.selection = new vscode.Selection(p.range.start, p.range.end);
    editor.revealRange(p.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The source file of a view (or of the active editor's view). */
  private fileFor(uri?: vscode.Uri): vscode.Uri | undefined {
    const view = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (view?.scheme === VIEW_SCHEME) return fileOfView(view);
    return view?.scheme === 'file' ? view : undefined;
  }

  /** Asks the server for a source's view, with `ranges` (positions in its extracted text) given in the view. */
  async load(file: vscode.Uri, ranges: vscode.Range[] = []): Promise<Loaded | undefined> {
    const client = this.getClient();
    if (!client) return undefined;
    const answer = await client.sendRequest<DocumentViewResult>(DocumentViewRequest, {
      uri: file.toString(),
      ranges: ranges.map((r) => client.code2ProtocolConverter.asRange(r)),
    });
    if (!answer) return undefined;
    const key = viewUri(file).toString();
    const before = this.loaded.get(key);
    this.loaded.set(key, answer);
    // An open view whose text changed (the file was edited, or read again): shown anew.
    if (before && before.text !== answer.text) this.changed.fire(viewUri(file));
    return answer;
  }

  /** The sources' text read again (after a reindex or a change): open views are refreshed. */
  refreshOpen(): void {
    for (const d of vscode.workspace.textDocuments) {
      if (d.uri.scheme === VIEW_SCHEME) void this.load(fileOfView(d.uri)).catch(() => undefined);
    }
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = fileOfView(uri);
    const known = this.loaded.get(uri.toString()) ?? (await this.load(file).catch(() => undefined));
    return known?.text ?? `Cited has not read ${vscode.workspace.asRelativePath(file)} as a source.\n`;
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const file = fileOfView(document.uri);
    const what = /\.pdf$/i.test(file.path) ? 'PDF' : 'Word document';
    const top = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(top, { title: `Open the ${what} itself`, command: 'cited.openSourceFile', arguments: [document.uri], tooltip: `Open ${vscode.workspace.asRelativePath(file)} in VS Code (with a ${what} viewer, if one is installed)` }),
      new vscode.CodeLens(top, { title: "Open with the system's viewer", command: 'cited.openSourceExternally', arguments: [document.uri], tooltip: `Open ${vscode.workspace.asRelativePath(file)} in the application your system opens it with` }),
    ];
  }

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const sections = this.loaded.get(document.uri.toString())?.sections ?? [];
    return sections.map((s, i) => {
      const end = i + 1 < sections.length ? sections[i + 1].line - 1 : document.lineCount - 1;
      const range = new vscode.Range(s.line, 0, Math.max(s.line, end), 0);
      return new vscode.DocumentSymbol(s.name, '', vscode.SymbolKind.Namespace, range, document.lineAt(s.line).range);
    });
  }

  /**
   * Go to Definition's answer with every PDF or Word target turned into its view, at the same
   * passage; other targets are left as they are (and so is everything when the server has no view).
   */
  readonly middleware: Pick<Middleware, 'provideDefinition'> = {
    provideDefinition: async (document, position, token, next) => {
      const result = await next(document, position, token);
      if (!result || token.isCancellationRequested) return result;
      const items = Array.isArray(result) ? result : [result];
      const out = await Promise.all(
        items.map(async (item) => {
          const link = 'targetUri' in item;
          const uri = link ? item.targetUri : item.uri;
          if (uri.scheme !== 'file' || !VIEWED.test(uri.path)) return item;
          const range = link ? (item.targetSelectionRange ?? item.targetRange) : item.range;
          const view = await this.load(uri, [range]).catch(() => undefined);
          if (!view) return item;
          const r = view.ranges[0];
          const at = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
          if (!at.isEmpty) this.pending = { view: viewUri(uri).toString(), range: at, until: Date.now() + 10_000 };
          if (!link) return new vscode.Location(viewUri(uri), at);
          return { originSelectionRange: item.originSelectionRange, targetUri: viewUri(uri), targetRange: at, targetSelectionRange: at } satisfies vscode.LocationLink;
        }),
      );
      return Array.isArray(result) ? (out as vscode.Location[] | vscode.LocationLink[]) : (out[0] as vscode.Location);
    },
  };
}
