/**
 * Commands for drafts that arrive without their sources: Match Markers to Sources (a proposed
 * definition for each numbered marker that has none, accepted in a quick pick) and Save Source from
 * URL. The answers come from the server; this file moves them between VS Code and the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  MatchMarkersRequest,
  MatchDefinitionsRequest,
  SaveSourceFromUrlRequest,
  type MatchMarkersResult,
  type MatchDefinitionsResult,
  type SaveSourceFromUrlResult,
} from '../../server/src/protocol';

type Match = MatchMarkersResult['matches'][number];

interface MatchPick extends vscode.QuickPickItem {
  match: Match;
}

/** Source text shown in a quick pick or a message: no codicon ("$(…)") nor link ("[…](…)") can come from a source or a web server. */
function plain(text: string): string {
  return text.replace(/\$\(/g, '$\u200b(').replace(/\]\(/g, '] (').replace(/\s+/g, ' ').trim();
}

export interface MatchArgs {
  /** Accept every clear proposal without asking (for keybindings and tests). */
  acceptAll?: boolean;
  /** Accept the proposals for these numbers without asking. */
  labels?: string[];
}

export interface MatchOutcome {
  accepted: string[];
  undefinedLeft: string[];
}

export function registerFetchCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('cited.matchMarkers', (args?: MatchArgs) => matchMarkers(getClient(), args)),
    vscode.commands.registerCommand('cited.saveSourceFromUrl', (args?: SaveArgs) => saveSourceFromUrl(getClient(), args)),
  );
}

async function matchMarkers(client: LanguageClient | undefined, args?: MatchArgs): Promise<MatchOutcome | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage('Cited: open a markdown draft to match its markers to sources.');
    return undefined;
  }
  const document = editor.document;
  const uri = document.uri.toString();
  const version = document.version;
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Cited: matching markers to sources' }, () =>
    client.sendRequest<MatchMarkersResult | null>(MatchMarkersRequest, { uri }),
  );
  if (!result) return undefined;
  if (result.matches.length === 0) {
    void vscode.window.showInformationMessage('Cited: every numbered marker in this draft has a definition.');
    return { accepted: [], undefinedLeft: [] };
  }
  const offered = result.matches.filter((m) => m.proposal);
  const nothing = result.matches.filter((m) => !m.proposal);
  const nothingNote = nothing.length ? `No source for ${nothing.map((m) => `[${m.label}]`).join(', ')}: ${plain(nothing[0].reason)}${nothing.length > 1 ? ', …' : ''}.` : '';
  let chosen: Match[];
  if (args?.acceptAll || args?.labels) {
    chosen = offered.filter((m) => (args.labels ? args.labels.includes(m.label) : m.status === 'clear'));
  } else {
    if (offered.length === 0) {
      void vscode.window.showInformationMessage(`Cited: no saved source clearly backs the undefined markers. ${nothingNote}`);
      return { accepted: [], undefinedLeft: result.matches.map((m) => m.label) };
    }
    const items: MatchPick[] = offered.map((m) => ({
      label: `[${m.label}] → ${plain(m.proposal!.title)}`,
      description: `score ${m.proposal!.score.toFixed(2)} · ${m.sentences} sentence${m.sentences === 1 ? '' : 's'}${m.status === 'clear' ? '' : ` · not clear: ${plain(m.reason)}`}`,
      detail: m.proposal!.passage ? plain(m.proposal!.passage) : undefined,
      picked: m.status === 'clear',
      match: m,
    }));
    const picks = await vscode.window.showQuickPick(items, {
      title: 'Cited: Match Markers to Sources',
      placeHolder: `Definitions to add (clear matches are picked)${nothingNote ? ' · ' + nothingNote : ''}`,
      canPickMany: true,
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picks) return undefined;
    chosen = picks.map((p) => p.match);
  }
  const undefinedLeft = result.matches.filter((m) => !chosen.includes(m)).map((m) => m.label);
  if (chosen.length === 0) return { accepted: [], undefinedLeft };
  if (document.version !== version) {
    void vscode.window.showErrorMessage('Cited: the draft changed while matching; run Match Markers to Sources again.');
    return undefined;
  }
  const defs = await client.sendRequest<MatchDefinitionsResult | null>(MatchDefinitionsRequest, {
    uri,
    accepted: chosen.map((m) => ({ label: m.label, sourcePath: m.proposal!.sourcePath })),
  });
  if (!defs || defs.edits.length === 0) return { accepted: [], undefinedLeft: result.matches.map((m) => m.label) };
  // One edit, so one undo removes every definition written.
  const target = vscode.window.visibleTextEditors.find((e) => e.document === document) ?? (await vscode.window.showTextDocument(document));
  const ok = await target.edit((builder) => {
    for (const e of defs.edits) builder.replace(client.protocol2CodeConverter.asRange(e.range), e.newText);
  });
  if (!ok) {
    void vscode.window.showErrorMessage('Cited: the draft changed while matching; try again.');
    return undefined;
  }
  return { accepted: chosen.map((m) => m.label), undefinedLeft };
}

export interface SaveArgs {
  /** The draft (the quick fix names it); else the active editor's. */
  uri?: string;
  /** The definition's label; else the one at the cursor, or the draft's only one, or the writer chooses. */
  label?: string;
}

async function saveSourceFromUrl(client: LanguageClient | undefined, args?: SaveArgs): Promise<SaveSourceFromUrlResult | undefined> {
  const active = vscode.window.activeTextEditor;
  const document = args?.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) : active?.document;
  if (!client || !document || document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage('Cited: open a markdown draft whose definitions link to web pages.');
    return undefined;
  }
  const uri = document.uri.toString();
  const position = active && active.document === document ? client.code2ProtocolConverter.asPosition(active.selection.active) : undefined;
  const ask = (label?: string) =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Cited: saving the page' }, () =>
      client.sendRequest<SaveSourceFromUrlResult>(SaveSourceFromUrlRequest, { uri, label, position: label ? undefined : position }),
    );
  let result = await ask(args?.label);
  if (result.status === 'choose') {
    const pick = await vscode.window.showQuickPick(
      result.choices.map((c) => ({ label: `[${c.label}]`, description: c.url, choice: c })),
      { title: 'Cited: Save Source from URL', placeHolder: 'Which web address should be saved as a source?' },
    );
    if (!pick) return undefined;
    result = await ask(pick.choice.label);
  }
  if (result.status === 'failed') {
    void vscode.window.showErrorMessage(`Cited: ${plain(result.message)}`);
    return result;
  }
  if (result.status !== 'saved') return result;
  if (result.edits.length) {
    // One edit, so one undo puts the web address back (the saved file stays).
    const target = vscode.window.visibleTextEditors.find((e) => e.document === document) ?? (await vscode.window.showTextDocument(document));
    const ok = await target.edit((builder) => {
      for (const e of result.edits) builder.replace(client.protocol2CodeConverter.asRange(e.range), e.newText);
    });
    if (!ok) void vscode.window.showErrorMessage(`Cited: saved ${result.savedPath}, but the draft changed meanwhile; point [${result.label}] at it by hand.`);
  }
  const saved = vscode.Uri.file(result.savedPath);
  void vscode.window.showInformationMessage(`Cited: saved ${result.title ? `"${plain(result.title)}" as ` : ''}${vscode.workspace.asRelativePath(saved)}.`, 'Open').then((choice) => {
    if (choice) void vscode.commands.executeCommand('vscode.open', saved);
  });
  return result;
}
