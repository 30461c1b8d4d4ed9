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
  '[1]: ../sources/formats-transit-report.pdf',
  '',
].join('\n');

suite('PDFs and bibliographies', () => {
  const written = ['sources/formats-transit-report.pdf', 'formats-refs.bib', 'drafts/formats.md'];
  const draftUri = () => fileUri('drafts/formats.md');
  let draft: vscode.TextDocument;

  suiteSetup(async () => {
    fs.copyFileSync(path.join(FIXTURES, 'sources/report.pdf'), path.join(root(), written[0]));
    fs.copyFileSync(path.join(FIXTURES, 'refs.bib'), path.join(root(), written[1]));
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
