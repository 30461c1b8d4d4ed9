/**
 * The VS Code client: starts the language server for markdown, shows the
 * index in the status bar, and runs Cited's commands. All answers come from
 * the server; this file only moves them between VS Code and the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, State, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  StatusNotification,
  ListSourcesRequest,
  InsertCitationRequest,
  CheckWorkspaceRequest,
  CheckProgressNotification,
  ReindexRequest,
  ClaimReportRequest,
  VisibleRangesNotification,
  RenumberRequest,
  ReferencesSectionRequest,
  PreviewDataRequest,
  type PreviewDataResult,
  type PreviewEntry,
  type RenumberResult,
  type ReferencesSectionResult,
  type VisibleRangesParams,
  type ClaimReportResult,
  type StatusParams,
  type InsertCitationResult,
  type CheckWorkspaceResult,
  type CheckProgressParams,
} from '../../server/src/protocol';
import type { SourceSummary } from '../../server/src/core/languageService';
import type MarkdownIt from 'markdown-it';
import { citedPreviewPlugin } from './preview';
import { PreviewCache } from './previewCache';
import { SourcesView, type SourceItem } from './sourcesView';
import { registerFetchCommands } from './fetchCommands';
import { DocumentViews } from './documentView';

let client: LanguageClient | undefined;

/** What the extension hands to other extensions and to its own end-to-end tests. */
export interface CitedApi {
  /** Resolves when the server has started and finished its first index. */
  ready: Promise<void>;
  status(): StatusParams | undefined;
  /** The status bar item's text, as the writer sees it. */
  statusText(): string;
  /** Called by VS Code's markdown preview (`markdown.markdownItPlugins`): adds the citation plugin. */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  /** Fetches (and keeps for the preview) the cited sources of a draft, by uri. */
  previewEntries(uri: string): Promise<PreviewEntry[]>;
  /** The Sources view's data provider. */
  sourcesView: SourcesView;
}

/**
 * Whether the server's launcher may keep the code V8 compiled for it (the server's
 * node/codeCache.ts): in the platform's cache folder, which it finds itself, when the server uses
 * that; not when `cited.cacheFolder` (read in a trusted workspace only, as the server reads it)
 * moves the cache elsewhere or turns it off (CITED_CODE_CACHE empty).
 */
function codeCacheEnv(): Record<string, string> {
  const wanted = (vscode.workspace.getConfiguration('cited').get<unknown>('cacheFolder') ?? '').toString().trim();
  if (!vscode.workspace.isTrusted || !wanted) return {};
  return wanted === 'off' || path.isAbsolute(wanted) ? { CITED_CODE_CACHE: '' } : {};
}

export async function activate(context: vscode.ExtensionContext): Promise<CitedApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const env = { ...process.env, ...codeCacheEnv() };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const output = vscode.window.createOutputChannel('Cited', { log: true });
  // PDF and Word sources, which VS Code cannot show: Go to Definition opens their text, at the passage (documentView.ts).
  const documentViews = new DocumentViews(() => client);
  context.subscriptions.push(documentViews);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // Source files, for the CodeLens and Find All References there.
      { scheme: 'file', pattern: '**/sources/**' },
    ],
    synchronize: { configurationSection: 'cited' },
    outputChannel: output,
    markdown: { isTrusted: false, supportHtml: false },
    // Asked on every start: in Restricted Mode the server reads no source outside the workspace, whatever the settings say.
    // Save Source from URL is run here (progress, pickers, an Open button), not by the server's command for other editors.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted, clientCommands: ['cited.saveSourceFromUrl'] }),
    middleware: { ...documentViews.middleware },
  };
  client = new LanguageClient('cited', 'Cited', serverOptions, clientOptions);
  // Trust granted later: restart the server so it starts trusted (the setting to read elsewhere then counts).
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));

  const statusItem = vscode.window.createStatusBarItem('cited.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'Cited';
  statusItem.text = '$(sync~spin) Cited: starting';
  statusItem.command = 'cited.checkAll';
  statusItem.show();
  context.subscriptions.push(statusItem, output);

  let lastStatus: StatusParams | undefined;
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const showStatus = (s: StatusParams): void => {
    lastStatus = s;
    if (s.state === 'indexing') {
      statusItem.text = `$(sync~spin) Cited: indexing ${s.done ?? 0}/${s.total ?? '?'}`;
      statusItem.tooltip = 'Cited is reading the sources in this workspace.';
    } else if (s.state === 'judging') {
      statusItem.text = `$(sync~spin) Cited: judging ${s.done ?? 0}/${s.total ?? '?'}`;
      statusItem.tooltip = 'Cited is judging whether the cited sources back each sentence of a long draft; the lines on screen come first.';
    } else {
      statusItem.text = `$(book) Cited: ${s.sources} source${s.sources === 1 ? '' : 's'}`;
      statusItem.tooltip = new vscode.MarkdownString(
        `${s.sources} sources indexed${s.unreadable ? `, ${s.unreadable} unreadable` : ''}.\n\nClick to check all citations in the workspace.`,
      );
      resolveReady();
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('cited.insertCitation', (args?: { sourcePath?: string; sourceId?: string }) => insertCitation(args)),
    vscode.commands.registerCommand('cited.checkAll', () => checkAll()),
    vscode.commands.registerCommand('cited.reindex', () => reindex()),
    vscode.commands.registerCommand('cited.showReport', () => showReport(context.storageUri ?? context.globalStorageUri)),
    vscode.commands.registerCommand('cited.showOutput', () => output.show()),
    vscode.commands.registerCommand('cited.renumberCitations', () => renumberCitations()),
    vscode.commands.registerCommand('cited.generateReferences', () => generateReferences()),
    // A CodeLens's click: the server sends the places it counts; the editor's own references view lists them.
    vscode.commands.registerCommand('cited.showReferences', (uri: string, position: { line: number; character: number }, locations: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]) => {
      const range = (r: (typeof locations)[number]['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
      return vscode.commands.executeCommand(
        'editor.action.showReferences',
        vscode.Uri.parse(uri),
        new vscode.Position(position.line, position.character),
        locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), range(l.range))),
      );
    }),
  );
  registerFetchCommands(context, () => client);

  client.onDidChangeState((e) => {
    if (e.newState === State.Stopped) statusItem.text = '$(error) Cited: stopped';
  });
  await client.start();
  // One handler per notification (a second onNotification for the same method replaces the first): others listen here.
  const onStatus = new vscode.EventEmitter<StatusParams>();
  context.subscriptions.push(
    onStatus,
    client.onNotification(StatusNotification, (s: StatusParams) => {
      showStatus(s);
      onStatus.fire(s);
    }),
    // Sources read again: the text views open on PDFs and Word files show what was read.
    onStatus.event((s) => {
      if (s.state === 'ready') documentViews.refreshOpen();
    }),
  );

  // The lines on screen, so the server judges a long draft's claims there first.
  const sendVisible = (editor: vscode.TextEditor | undefined): void => {
    if (!client || !editor || editor.document.languageId !== 'markdown') return;
    const params: VisibleRangesParams = { uri: editor.document.uri.toString(), ranges: editor.visibleRanges.map((r) => client!.code2ProtocolConverter.asRange(r)) };
    void client.sendNotification(VisibleRangesNotification, params);
  };
  // Debounced: an editor opened at a selection is first laid out at its top, then scrolled.
  let visibleTimer: NodeJS.Timeout | undefined;
  const sendVisibleSoon = (editor: vscode.TextEditor | undefined): void => {
    clearTimeout(visibleTimer);
    visibleTimer = setTimeout(() => sendVisible(editor), 50);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => sendVisibleSoon(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(sendVisibleSoon),
  );
  sendVisible(vscode.window.activeTextEditor);

  // The markdown preview's citation links and references list, with data from the server.
  const previewCache = new PreviewCache(async (uri) => (await client!.sendRequest<PreviewDataResult>(PreviewDataRequest, { uri })).entries);
  context.subscriptions.push(
    previewCache,
    onStatus.event((s) => {
      if (s.state === 'ready') previewCache.reloadAll();
    }),
  );
  // The Sources view in the Explorer, refreshed when the index changes and when a draft is saved.
  const sourcesView = new SourcesView(() => client);
  context.subscriptions.push(
    sourcesView,
    vscode.window.createTreeView('cited.sources', { treeDataProvider: sourcesView, showCollapseAll: false }),
    onStatus.event((s) => {
      if (s.state === 'ready') sourcesView.refresh();
    }),
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.languageId === 'markdown') sourcesView.refresh();
    }),
    vscode.commands.registerCommand('cited.sources.refresh', () => sourcesView.refresh()),
    vscode.commands.registerCommand('cited.sources.insertCitation', (item?: SourceItem) =>
      item ? vscode.commands.executeCommand('cited.insertCitation', { sourcePath: item.source.path }) : undefined,
    ),
    vscode.commands.registerCommand('cited.sources.revealCitations', (item?: SourceItem) => sourcesView.revealCitations(item)),
  );
  return {
    ready,
    sourcesView,
    status: () => lastStatus,
    statusText: () => statusItem.text,
    extendMarkdownIt: (md) => md.use(citedPreviewPlugin, previewCache.lookup),
    previewEntries: (uri) => previewCache.load(uri, true),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

interface SourcePick extends vscode.QuickPickItem {
  source?: SourceSummary;
}

async function insertCitation(args?: { sourcePath?: string; sourceId?: string }): Promise<InsertCitationResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage('Cited: open a markdown draft to insert a citation.');
    return undefined;
  }
  const uri = editor.document.uri.toString();
  const position = editor.selection.active;
  const sources = await client.sendRequest<SourceSummary[]>(ListSourcesRequest, { uri, position: client.code2ProtocolConverter.asPosition(position) });
  if (sources.length === 0) {
    void vscode.window.showWarningMessage('Cited: no sources are indexed. Put saved pages, notes or exports in a "sources" folder (see the cited.sources setting).');
    return undefined;
  }
  let chosen: SourceSummary | undefined;
  if (args?.sourcePath || args?.sourceId) {
    // Lets keybindings, other extensions and tests name the source; the edit still goes through this command.
    chosen = sources.find((s) => s.path === args.sourcePath || s.id === args.sourceId);
    if (!chosen) {
      void vscode.window.showErrorMessage(`Cited: no source ${args.sourcePath ?? args.sourceId} is indexed.`);
      return undefined;
    }
  } else {
    const items: SourcePick[] = [];
    const suggested = sources.filter((s) => s.suggested);
    if (suggested.length) items.push({ label: 'Best matches for this sentence', kind: vscode.QuickPickItemKind.Separator });
    suggested.forEach((s) => items.push(pickItem(s)));
    items.push({ label: 'All sources', kind: vscode.QuickPickItemKind.Separator });
    sources.filter((s) => !s.suggested).forEach((s) => items.push(pickItem(s)));
    const pick = await vscode.window.showQuickPick(items, {
      title: 'Cited: Insert Citation',
      placeHolder: 'Type to search sources by title, author, id or text',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    chosen = pick?.source;
  }
  if (!chosen) return undefined;
  const result = await client.sendRequest<InsertCitationResult | null>(InsertCitationRequest, {
    uri,
    position: client.code2ProtocolConverter.asPosition(position),
    sourcePath: chosen.path,
  });
  if (!result) return undefined;
  // One edit, so one undo removes both the marker and its new definition.
  const ok = await editor.edit((builder) => {
    for (const e of result.edits) builder.replace(client!.protocol2CodeConverter.asRange(e.range), e.newText);
  });
  if (!ok) void vscode.window.showErrorMessage('Cited: the draft changed while inserting; try again.');
  return ok ? result : undefined;
}

function pickItem(s: SourceSummary): SourcePick {
  const description = [s.publisher, s.author, s.date, s.id].filter(Boolean).join(' · ');
  return { label: (s.readable ? '' : '$(warning) ') + s.title, description, detail: s.lead || undefined, source: s };
}

async function checkAll(): Promise<CheckWorkspaceResult | undefined> {
  if (!client) return undefined;
  const c = client;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Cited: checking citations', cancellable: true },
    async (progress, token) => {
      let reported = 0;
      const sub = c.onNotification(CheckProgressNotification, (p: CheckProgressParams) => {
        const pct = (p.done / Math.max(1, p.total)) * 100;
        progress.report({ message: `${p.done}/${p.total} drafts`, increment: pct - reported });
        reported = pct;
      });
      try {
        return await c.sendRequest<CheckWorkspaceResult>(CheckWorkspaceRequest, {}, token);
      } finally {
        sub.dispose();
      }
    },
  );
  const summary =
    `Cited checked ${result.drafts} draft${result.drafts === 1 ? '' : 's'} (${result.citations} citations, ${result.sources} sources): ` +
    `${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}${result.cancelled ? ' (cancelled)' : ''}.`;
  const show = result.errors || result.warnings ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(summary, 'Open Problems').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return result;
}

/**
 * Opens the citation report of the current draft in a markdown preview beside it. The report is
 * written to a file in the extension's storage: previews of untitled documents fail in remote
 * workbenches, and a file keeps the report's links to sources working.
 */
async function showReport(storage: vscode.Uri): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage('Cited: open a markdown draft to see its citation report.');
    return undefined;
  }
  const result = await client.sendRequest<ClaimReportResult | null>(ClaimReportRequest, { uri: editor.document.uri.toString() });
  if (!result) return undefined;
  const name = editor.document.uri.path.split('/').pop()!.replace(/\.[^.]+$/, '');
  const file = vscode.Uri.joinPath(storage, `${name}.citation-report.md`);
  await vscode.workspace.fs.createDirectory(storage);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.markdown));
  await vscode.commands.executeCommand('markdown.showPreviewToSide', file);
  return file;
}

async function reindex(): Promise<StatusParams | undefined> {
  if (!client) return undefined;
  const c = client;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Cited: reindexing sources' }, () => c.sendRequest<StatusParams>(ReindexRequest));
}

/**
 * Asks the server for the edits of a draft-wide command on the current draft and applies them in
 * one undoable edit: what Renumber Citations and Generate References Section share.
 */
type LspPosition = { line: number; character: number };
async function applyDraftEdits<R extends { edits: { range: { start: LspPosition; end: LspPosition }; newText: string }[] }>(
  request: string,
  what: { action: string; unchanged: (r: R) => string; doing: string },
): Promise<R | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage(`Cited: open a markdown draft to ${what.action}.`);
    return undefined;
  }
  const c = client;
  const result = await c.sendRequest<R | null>(request, { uri: editor.document.uri.toString() });
  if (!result) return undefined;
  if (result.edits.length === 0) {
    void vscode.window.showInformationMessage(what.unchanged(result));
    return result;
  }
  const ok = await editor.edit((builder) => {
    for (const e of result.edits) builder.replace(c.protocol2CodeConverter.asRange(e.range), e.newText);
  });
  if (!ok) void vscode.window.showErrorMessage(`Cited: the draft changed while ${what.doing}; try again.`);
  return ok ? result : undefined;
}

/** Renumbers the current draft's numeric citations in order of first appearance, in one undoable edit. */
function renumberCitations(): Promise<RenumberResult | undefined> {
  return applyDraftEdits<RenumberResult>(RenumberRequest, {
    action: 'renumber its citations',
    unchanged: () => 'Cited: the citations are already numbered in order of first appearance.',
    doing: 'renumbering',
  });
}

/** Writes or updates the current draft's References section, in one undoable edit. */
function generateReferences(): Promise<ReferencesSectionResult | undefined> {
  return applyDraftEdits<ReferencesSectionResult>(ReferencesSectionRequest, {
    action: 'generate its References section',
    unchanged: (r) => (r.sources ? 'Cited: the References section is up to date.' : 'Cited: this draft cites no sources.'),
    doing: 'writing the References section',
  });
}
