/**
 * The VS Code client: starts the language server for markdown, shows the
 * index in the status bar, and runs Cited's commands. All answers come from
 * the server; this file only moves them between VS Code and the server.
 */
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
  type VisibleRangesParams,
  type ClaimReportResult,
  type StatusParams,
  type InsertCitationResult,
  type CheckWorkspaceResult,
  type CheckProgressParams,
} from '../../server/src/protocol';
import type { SourceSummary } from '../../server/src/core/languageService';

let client: LanguageClient | undefined;

/** What the extension hands to other extensions and to its own end-to-end tests. */
export interface CitedApi {
  /** Resolves when the server has started and finished its first index. */
  ready: Promise<void>;
  status(): StatusParams | undefined;
  /** The status bar item's text, as the writer sees it. */
  statusText(): string;
}

export async function activate(context: vscode.ExtensionContext): Promise<CitedApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const output = vscode.window.createOutputChannel('Cited', { log: true });
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
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
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

  client.onDidChangeState((e) => {
    if (e.newState === State.Stopped) statusItem.text = '$(error) Cited: stopped';
  });
  await client.start();
  context.subscriptions.push(client.onNotification(StatusNotification, showStatus));

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
  return { ready, status: () => lastStatus, statusText: () => statusItem.text };
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
