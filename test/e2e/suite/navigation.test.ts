/**
 * Navigation in a real VS Code: CodeLens above definitions and at the top of a source file, go to
 * definition and find references on a definition line and from a source file, document links and
 * symbols. Runs after extension.test.ts, on the same copy of examples/ (it changes no file).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fileUri } from './helpers';

suite('Navigation in a real VS Code', () => {
  const draftUri = () => fileUri('drafts/harbour-bridge.md');
  const lineOf = (doc: vscode.TextDocument, start: string) => doc.getText().split('\n').findIndex((l) => l.startsWith(start));
  const where = (locs: { uri: vscode.Uri; range: vscode.Range }[]) => locs.map((l) => `${path.basename(l.uri.fsPath)}:${l.range.start.line + 1}`);

  test('a CodeLens above each definition counts its citations; clicking it lists them', async () => {
    const doc = await vscode.workspace.openTextDocument(draftUri());
    await vscode.window.showTextDocument(doc);
    const line = lineOf(doc, '[1]: ../sources/council-minutes.md');
    let lens: vscode.CodeLens | undefined;
    // The lens counts what the server has judged; wait until it has counted the supported sentences
    // (the server may still be judging the suite's long draft first: up to a minute on a busy machine).
    for (let i = 0; i < 600; i++) {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', draftUri());
      lens = lenses.find((l) => l.range.start.line === line && /^cited /.test(l.command?.title ?? ''));
      if (lens && /supported \d of \d/.test(lens.command!.title)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(lens?.command, 'a lens above [1]');
    assert.match(lens.command.title, /^cited 4 times · supported \d of \d/);
    assert.equal(lens.command.command, 'cited.showReferences');
    // The click: the references view opens on the places it counts (throws if the arguments do not convert).
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
  });

  test('go to definition on a definition line opens the file; find references there lists the citations', async () => {
    const doc = await vscode.workspace.openTextDocument(draftUri());
    const line = lineOf(doc, '[3]: ../sources/engineer-interview.txt');
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', draftUri(), new vscode.Position(line, 12));
    const targets = defs.map((d) => ('targetUri' in d ? d.targetUri : d.uri).fsPath);
    assert.ok(targets.includes(fileUri('sources/engineer-interview.txt').fsPath), targets.join(' '));
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', draftUri(), new vscode.Position(line, 12));
    for (const want of ['harbour-bridge.md:13', 'harbour-bridge.md:19', 'pandoc-notes.md:7']) assert.ok(where(refs).includes(want), `${want} in ${where(refs).join(' ')}`);
  });

  test('in a source file (plain text): its CodeLens names the drafts citing it, and find references lists them', async () => {
    const source = fileUri('sources/engineer-interview.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source));
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', source, new vscode.Position(2, 4));
    for (const want of ['harbour-bridge.md:13', 'pandoc-notes.md:7']) assert.ok(where(refs).includes(want), `${want} in ${where(refs).join(' ')}`);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', source);
    // harbour-bridge.md and pandoc-notes.md (and the long draft of the suite before, while VS Code still holds it open).
    const lens = lenses.find((l) => /^cited by \d+ drafts · \d+ citations$/.test(l.command?.title ?? ''));
    assert.ok(lens, lenses.map((l) => l.command?.title).join(' | '));
    assert.ok(Number(/\d+/.exec(lens.command!.title)![0]) >= 2, lens.command!.title);
  });

  test('document links on definition targets, and the outline of cited sentences', async () => {
    const doc = await vscode.workspace.openTextDocument(draftUri());
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', draftUri());
    const line = lineOf(doc, '[2]: https://');
    const saved = links.find((l) => l.range.start.line === line && l.target?.fsPath === fileUri('sources/harbor-gazette.html').fsPath);
    assert.ok(saved, 'the web address of [2] links to its saved copy');
    const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', draftUri());
    assert.ok(symbols.some((s) => /^\[1\]\[2\] The city council approved/.test(s.name)), symbols.map((s) => s.name).join(' | '));
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'city clerk');
    assert.ok(found.some((s) => s.location.uri.fsPath === fileUri('sources/council-minutes.md').fsPath), found.map((s) => s.name).join(' | '));
  });
});
