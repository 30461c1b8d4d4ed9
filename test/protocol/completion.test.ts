/**
 * Protocol tests of completion over a real server (dist/server.js over stdio): the list comes
 * cheap (each item's opening text), and `completionItem/resolve` gives an item the passage of its
 * source that backs the sentence being written.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient, uri } from '../helpers/lspClient';
import { tempCopy, EXAMPLES } from '../helpers/tempWorkspace';

let ws: ReturnType<typeof tempCopy>;
let client: LspTestClient;

before(async () => {
  ws = tempCopy(EXAMPLES);
  client = new LspTestClient();
  await client.initialize(ws.root);
});

after(async () => {
  await client.stop();
  ws.dispose();
});

type Item = { label: string; sortText: string; documentation?: { kind: string; value: string }; data?: unknown; textEdit: { newText: string } };

test('the completion list comes without passages; completionItem/resolve gives the passage that backs the sentence', async () => {
  const caps = client.initializeResult!.capabilities as { completionProvider?: { resolveProvider?: boolean } };
  assert.equal(caps.completionProvider?.resolveProvider, true);
  const draftUri = uri(ws.root + '/drafts/resolve.md');
  const body = 'The footpath will close for several weeks in 2028 [';
  client.open(draftUri, body);
  const list: { items: Item[] } = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: draftUri }, position: { line: 0, character: body.length } });
  const items = [...list.items].sort((a, b) => a.sortText.localeCompare(b.sortText));
  const wire = items[0];
  assert.match(wire.label, /Port Alder bridge to stay partly open/);
  // Listed: the title, who published it and when, the opening text; no passage.
  assert.match(wire.documentation!.value, /^\*\*Port Alder bridge to stay partly open during two\\-year rebuild\*\*\n\n/);
  for (const i of items) assert.ok(!i.documentation?.value.includes('For this sentence'), i.documentation?.value);
  assert.deepEqual(wire.data, { source: ws.root + '/sources/wire-report.json', sentence: 'The footpath will close for several weeks in 2028' });

  // Resolved (the item handed back as the client got it): the passage about the footpath, the rest of the item as it was.
  const resolved: Item = await client.connection.sendRequest('completionItem/resolve', wire);
  assert.equal(resolved.documentation?.kind, 'markdown');
  assert.match(resolved.documentation!.value, /^\*\*Port Alder bridge to stay partly open during two\\-year rebuild\*\*\n\n.+\n\nFor this sentence: “.*the footpath would close for several weeks in 2028/);
  assert.equal(resolved.label, wire.label);
  assert.deepEqual(resolved.textEdit, wire.textEdit);

  // An item whose data is not Cited's, or names a source no longer held, comes back as it was.
  const foreign = { ...wire, data: { source: 42 } };
  assert.deepEqual(await client.connection.sendRequest('completionItem/resolve', foreign), foreign);
  const gone = { ...wire, data: { source: ws.root + '/sources/none.md', sentence: 'x' } };
  assert.deepEqual(await client.connection.sendRequest('completionItem/resolve', gone), gone);
});
