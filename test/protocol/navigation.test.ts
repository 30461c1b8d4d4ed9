/**
 * Protocol tests of navigation over a real server (dist/server.js over stdio): go to definition on
 * definition lines and keys, references from a source file, document links, symbols, CodeLens,
 * code actions, and markers being typed.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LspTestClient, uri } from '../helpers/lspClient';
import { tempCopy, EXAMPLES } from '../helpers/tempWorkspace';

let ws: ReturnType<typeof tempCopy>;
let client: LspTestClient;
let draftUri: string;
let text: string;
const lineOf = (needle: string, t = text) => t.split('\n').findIndex((l) => l.includes(needle));
type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

before(async () => {
  ws = tempCopy(EXAMPLES);
  client = new LspTestClient();
  draftUri = uri(ws.root + '/drafts/harbour-bridge.md');
  text = readFileSync(ws.root + '/drafts/harbour-bridge.md', 'utf8');
  await client.initialize(ws.root);
  const opened = client.waitForDiagnostics(draftUri);
  client.open(draftUri, text);
  await opened;
});

after(async () => {
  await client.stop();
  ws.dispose();
});

test('go to definition on a definition line opens the file; on a pandoc key, the source', async () => {
  const line = lineOf('[3]: ../sources/engineer-interview.txt');
  const defs: { targetUri: string; originSelectionRange: Range }[] = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: draftUri }, position: { line, character: 10 } });
  assert.equal(defs.length, 1);
  assert.equal(defs[0].targetUri, uri(ws.root + '/sources/engineer-interview.txt'));
  assert.equal(defs[0].originSelectionRange.start.line, line);

  const pandocPath = ws.root + '/drafts/pandoc-notes.md';
  const pandoc = readFileSync(pandocPath, 'utf8');
  client.open(uri(pandocPath), pandoc);
  const keyLine = lineOf('[see @engineer-interview', pandoc);
  const keyDefs: { targetUri: string }[] = await client.connection.sendRequest('textDocument/definition', {
    textDocument: { uri: uri(pandocPath) },
    position: { line: keyLine, character: pandoc.split('\n')[keyLine].indexOf('@engineer') + 3 },
  });
  assert.deepEqual(keyDefs.map((d) => d.targetUri), [uri(ws.root + '/sources/engineer-interview.txt')]);
});

test('find all references from anywhere in a source file lists every draft that cites it, opened or not', async () => {
  const source = ws.root + '/sources/council-minutes.md';
  const refs: { uri: string; range: Range }[] = await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: uri(source) },
    position: { line: 12, character: 3 },
    context: { includeDeclaration: true },
  });
  const where = refs.map((r) => `${r.uri.split('/').pop()}:${r.range.start.line + 1}`);
  for (const want of ['fact-check.md:3', 'fact-check.md:11', 'fact-check.md:13', 'pandoc-notes.md:6', 'pandoc-notes.md:9', 'harbour-bridge.md:8', 'harbour-bridge.md:27']) {
    assert.ok(where.includes(want), `${want} in ${where.join(' ')}`);
  }
  // A source no draft cites: an empty list, not an error.
  const none: unknown[] = await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: uri(ws.root + '/sources/ferry-fares.json') },
    position: { line: 0, character: 0 },
    context: { includeDeclaration: false },
  });
  assert.ok(Array.isArray(none));
  assert.ok(none.every((r) => (r as { uri: string }).uri.endsWith('harbour-bridge.md')));
});
