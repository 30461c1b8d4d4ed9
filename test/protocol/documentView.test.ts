/**
 * The text view of a PDF over the protocol: Go to Definition on a marker citing a PDF gives the
 * PDF's location (as every LSP editor gets it), and cited/documentView turns that place into the
 * same passage in the view VS Code's client shows, page by page under the pages' printed labels.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspTestClient, uri } from '../helpers/lspClient';
import { FIXTURES, tempCopy } from '../helpers/tempWorkspace';
import type { DocumentViewResult } from '../../server/src/protocol';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

test('Go to Definition on a PDF citation gives the PDF; its view holds the passage, on the page printed 246', async (t) => {
  const ws = tempCopy(path.join(FIXTURES, 'formats'));
  const client = new LspTestClient();
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  await client.initialize(ws.root);
  const draftPath = ws.root + '/drafts/tolls.md';
  const text = 'Tolls had paid off the cost of building the tunnel by 2022 [1].\n\n[1]: ../sources/book.pdf\n';
  writeFileSync(draftPath, text);
  client.open(uri(draftPath), text);
  const defs: { targetUri: string; targetSelectionRange: Range }[] = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri(draftPath) }, position: { line: 0, character: text.indexOf('[1]') + 1 } });
  assert.equal(defs.length, 1);
  assert.equal(defs[0].targetUri, uri(ws.root + '/sources/book.pdf'));
  const view: DocumentViewResult = await client.connection.sendRequest('cited/documentView', { uri: defs[0].targetUri, ranges: [defs[0].targetSelectionRange] });
  assert.ok(view);
  const lines = view.text.split('\n');
  assert.equal(lines[0], 'Harbour Histories');
  assert.deepEqual(view.sections.map((s) => s.name), ['Page xi', 'Page xii', 'Page 245', 'Page 246']);
  for (const s of view.sections) assert.match(lines[s.line], new RegExp(`^──── ${s.name} `));
  const r = view.ranges[0];
  assert.ok(r.start.line > view.sections[3].line, `the passage is on page 246: ${JSON.stringify(r)}`);
  const selected = r.start.line === r.end.line ? lines[r.start.line].slice(r.start.character, r.end.character) : lines.slice(r.start.line, r.end.line + 1).join('\n');
  assert.match(selected, /^Tolls collected from drivers had paid off the cost of building the tunnel by/);
  // A file that is no PDF or Word source has no view.
  assert.equal(await client.connection.sendRequest('cited/documentView', { uri: uri(ws.root + '/refs.bib') }), null);
  assert.equal(await client.connection.sendRequest('cited/documentView', { uri: uri(ws.root + '/sources/nothing.pdf') }), null);
  // An encrypted PDF: a view that says why there is no text.
  const locked: DocumentViewResult = await client.connection.sendRequest('cited/documentView', { uri: uri(ws.root + '/sources/locked.pdf') });
  assert.match(locked!.text, /Cited can read no text from it\. The PDF is encrypted/);
});
