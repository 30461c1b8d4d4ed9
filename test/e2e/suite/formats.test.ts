/**
 * PDFs and bibliographies in the real editor: the fixtures of test/fixtures/formats (a text PDF
 * made by scripts/make-fixtures.mjs, a .bib with a broken entry) are copied into the workspace
 * with a draft citing them, and removed afterwards, so the examples stay as they were.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { diagnosticsWhere, fileUri, hoverText, root } from './helpers';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/formats');

const DRAFT = [
  '---',
  'bibliography: ../formats-refs.bib',
  '---',
  '',
  '# Formats',
  '',
  'Bus ridership rose by 12 percent in 2019 after new routes opened [1, p. 2].',
  '',
  'The report runs to many pages [1, p. 9].',
  '',
  'Ferry ridership rose by 40 percent after the bridge closed [@smith2020].',
  '',
  'Tolls had paid off the cost of building the tunnel by 2022 [@formats-book].',
  '',
  '[1]: ../sources/formats-transit-report.pdf',
  '',
].join('\n');

suite('PDFs and bibliographies', () => {
  const written = ['sources/formats-transit-report.pdf', 'formats-refs.bib', 'drafts/formats.md', 'sources/formats-book.pdf'];
  const draftUri = () => fileUri('drafts/formats.md');
  let draft: vscode.TextDocument;

  suiteSetup(async () => {
    fs.copyFileSync(path.join(FIXTURES, 'sources/report.pdf'), path.join(root(), written[0]));
    fs.copyFileSync(path.join(FIXTURES, 'refs.bib'), path.join(root(), written[1]));
    fs.copyFileSync(path.join(FIXTURES, 'sources/book.pdf'), path.join(root(), written[3]));
    fs.writeFileSync(path.join(root(), written[2]), DRAFT);
    draft = await vscode.workspace.openTextDocument(draftUri());
    await vscode.window.showTextDocument(draft);
    // Read once the PDF's pages are known: the locator past its last page is reported.
    await diagnosticsWhere(draftUri(), (c) => c.includes('9:page-not-found'), 60_000);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    for (const f of written) fs.rmSync(path.join(root(), f), { force: true });
  });

  const hoverAt = async (needle: string) => {
    const line = DRAFT.split('\n').findIndex((l) => l.includes(needle));
    const pos = new vscode.Position(line, draft.lineAt(line).text.indexOf(needle) + 1);
    return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draftUri(), pos));
  };

  test('a hover on a PDF citation names the page of the passage', async () => {
    const text = await hoverAt('[1, p. 2]');
    assert.match(text, /Transit Report 2019/);
    assert.match(text, /Best-matching passage, page 2/);
    assert.match(text, /12 percent/);
  });

  test('Go to Definition on a PDF citation opens the PDF\'s text at the passage, under its printed page', async () => {
    // A pandoc key: a numbered marker would also get the markdown extension's definition (the reference line), and F12 would peek at both.
    const line = DRAFT.split('\n').findIndex((l) => l.includes('[@formats-book]'));
    const pos = new vscode.Position(line, draft.lineAt(line).text.indexOf('@formats-book') + 1);
    // The PDF was copied in as the suite began: read once the key resolves.
    await diagnosticsWhere(draftUri(), (c) => !c.includes(`${line + 1}:undefined-citation`), 60_000);
    // The definition the editor gets: the text view, not the binary file.
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', draftUri(), pos);
    const target = defs.map((d) => ('targetUri' in d ? d.targetUri : d.uri));
    assert.deepEqual(target.map((u) => u.scheme), ['cited-source'], target.join(' '));
    assert.match(target[0].path, /sources\/formats-book\.pdf\.txt$/);
    // As the writer does it: F12 on the marker.
    const editor = await vscode.window.showTextDocument(draft);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const deadline = Date.now() + 20_000;
    while (vscode.window.activeTextEditor?.document.uri.scheme !== 'cited-source' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const view = vscode.window.activeTextEditor!;
    assert.equal(view.document.uri.scheme, 'cited-source');
    const text = view.document.getText();
    assert.match(text, /^Harbour Histories\nMere Walker/);
    // VS Code puts the cursor at the passage; the client then selects it whole.
    while (view.selection.isEmpty && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const selected = view.document.getText(view.selection);
    assert.match(selected, /^Tolls collected from drivers had paid off the cost of building the tunnel by/);
    assert.ok(view.visibleRanges.some((r) => r.contains(view.selection.start)), 'the passage is on screen');
    // It sits under the heading of the page printed 246 (the fourth of the file).
    const before = text.slice(0, view.document.offsetAt(view.selection.start));
    assert.equal(before.match(/──── [^\n]+ ────\n/g)?.pop(), '──── Page 246 (page 4 of 4 in the file) ────\n');
    // The pages in the outline, and a lens that opens the PDF itself.
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', view.document.uri);
    assert.deepEqual(symbols.map((s) => s.name), ['Page xi', 'Page xii', 'Page 245', 'Page 246']);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', view.document.uri);
    const open = lenses.find((l) => l.command?.title === 'Open the PDF itself')!;
    assert.ok(open, lenses.map((l) => l.command?.title).join(' | '));
    assert.equal(open.command!.command, 'cited.openSourceFile');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('a hover on a .bib key shows the entry title and authors', async () => {
    const text = await hoverAt('@smith2020');
    assert.match(text, /The Harbour Bridge Closure and Ferry Demand/);
    assert.match(text, /Jane Smith, John Doe/);
  });

  test('the broken .bib entry is a problem of the .bib file, at its line', async () => {
    const bibLines = fs.readFileSync(path.join(FIXTURES, 'refs.bib'), 'utf8').split('\n');
    const line = bibLines.findIndex((l) => l.startsWith('@book{broken2019')) + 1;
    await diagnosticsWhere(fileUri('formats-refs.bib'), (c) => c.includes(`${line}:unreadable-source`));
  });
});
