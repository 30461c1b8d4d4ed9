/**
 * The editing features in a real VS Code: rename a pandoc key, Renumber Citations (one undo
 * restores the draft), Generate References Section, the markdown preview's rendering and the
 * Sources view. Runs after extension.test.ts on the same copy of examples/; every file it
 * changes is restored (undo, or revert for files changed by a workspace edit).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { CitedApi } from '../../../client/src/extension';
import { fileUri } from './helpers';

suite('Cited editing features in a real VS Code', () => {
  let api: CitedApi;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<CitedApi>('cited.cited');
    assert.ok(ext, 'the extension is installed');
    api = await ext.activate();
    await api.ready;
  });

  async function show(rel: string): Promise<vscode.TextEditor> {
    const doc = await vscode.workspace.openTextDocument(fileUri(rel));
    return vscode.window.showTextDocument(doc);
  }

  /** Reverts every file a workspace edit touched to what is on disk. */
  async function revert(uris: vscode.Uri[]): Promise<void> {
    for (const uri of uris) {
      // The revert command acts on the active editor: on a loaded machine the editor shown may not be active yet when
      // it runs, so it is asked again (a few times, a moment apart) until the file's text is back.
      for (let attempt = 0; attempt < 5; attempt++) {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        await vscode.commands.executeCommand('workbench.action.files.revert');
        if ((await vscode.workspace.openTextDocument(uri)).getText() === fs.readFileSync(uri.fsPath, 'utf8')) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(doc.getText(), fs.readFileSync(uri.fsPath, 'utf8'), `${uri.fsPath} restored`);
    }
  }

  test('rename a pandoc key: the source id and every @key, as one workspace edit; a key that is only a file name is refused', async () => {
    const editor = await show('drafts/pandoc-notes.md');
    const text = editor.document.getText();
    const at = editor.document.positionAt(text.indexOf('@council-minutes') + 3);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', editor.document.uri, at);
    assert.equal(prepared.placeholder, 'council-minutes');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, at, 'minutes-2026');
    const touched = edit.entries().map(([u]) => u);
    const names = touched.map((u) => vscode.workspace.asRelativePath(u)).sort();
    assert.ok(names.includes('drafts/pandoc-notes.md') && names.includes('sources/council-minutes.md'), names.join(', '));
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      assert.equal(editor.document.getText(), text.replaceAll('@council-minutes', '@minutes-2026'));
      const source = await vscode.workspace.openTextDocument(fileUri('sources/council-minutes.md'));
      assert.match(source.getText(), /^id: minutes-2026$/m);
    } finally {
      await revert(touched);
    }
    // A key that is only a file name (the JSON export has no "id"): refused, with the reason.
    const wire = editor.document.positionAt(text.indexOf('@wire-report') + 2);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', editor.document.uri, wire)), /file name of sources\/wire-report\.json/);
  });

  test('Renumber Citations renumbers markers and definitions in one edit, and one undo restores the draft', async () => {
    const editor = await show('drafts/harbour-bridge.md');
    const before = editor.document.getText();
    const result = await vscode.commands.executeCommand<{ edits: unknown[]; changes: { from: string; to: string }[] }>('cited.renumberCitations');
    assert.ok(result && result.edits.length > 0);
    const after = editor.document.getText();
    assert.notEqual(after, before);
    assert.match(after, /state transport grant \[1\]\[\n3\]\./);
    assert.match(after, /\[3\]: \.\.\/sources\/wire-report\.json\n\[4\]: \.\.\/sources\/budget-memo\.json/);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  test('Generate References Section writes the list once; a second run changes nothing; one undo removes it', async () => {
    const editor = await show('drafts/fact-check.md');
    const before = editor.document.getText();
    await vscode.commands.executeCommand('cited.generateReferences');
    const after = editor.document.getText();
    assert.match(after, /## References\n\n- \\\[1\\\] \*Minutes of the Port Alder City Council, regular session\*/);
    assert.equal((after.match(/^- \\\[\d\\\] /gm) ?? []).length, 4);
    const again = await vscode.commands.executeCommand<{ edits: unknown[] }>('cited.generateReferences');
    assert.equal(again.edits.length, 0);
    assert.equal(editor.document.getText(), after);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  test('the markdown preview renders markers as superscript links with the source title, and lists the sources', async () => {
    const editor = await show('drafts/fact-check.md');
    const entries = await api.previewEntries(editor.document.uri.toString());
    assert.equal(entries.length, 4);
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', editor.document);
    assert.match(html, /<sup class="cited-marker">\[<a href="[^"]*council-minutes\.md" title="Minutes of the Port Alder City Council, regular session[^"]*">1<\/a>\]<\/sup>/);
    assert.match(html, /<section class="cited-references"><h2>References<\/h2>/);
  });

  test('the Sources view lists every source with its format, use and marks', async () => {
    const items = await api.sourcesView.list();
    // extension.test.ts adds sources/council-summary.md: as many items as sources indexed.
    assert.equal(items.length, api.status()?.sources);
    const minutes = items.find((i) => i.source.path.endsWith('council-minutes.md'));
    assert.ok(minutes);
    assert.match(String(minutes.description), /^markdown · cited \d+× in \d+ drafts?$/);
    const unreadable = items.filter((i) => String(i.description).includes('unreadable'));
    assert.equal(unreadable.length, api.status()?.unreadable ?? 0);
    const locations = await api.sourcesView.revealCitations(minutes);
    assert.ok(locations.some((l) => l.uri.fsPath.endsWith('harbour-bridge.md')));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
