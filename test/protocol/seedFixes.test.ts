/**
 * The quick fixes the built server offers on the seed workspace (real sources, our draft): the
 * figure fix carries the figure the source gives for the claim's subject, and the quote fix a
 * complete quotation of the source.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspTestClient, uri, type PublishedDiagnostics } from '../helpers/lspClient';
import { tempCopy, FIXTURES } from '../helpers/tempWorkspace';

let ws: ReturnType<typeof tempCopy>;
let client: LspTestClient;

before(async () => {
  ws = tempCopy(path.join(FIXTURES, 'seeds-workspace'));
  client = new LspTestClient();
  const ready = await client.initialize(ws.root);
  assert.equal(ready.sources, 4);
});

after(async () => {
  await client.stop();
  ws.dispose();
});

type Action = { title: string; isPreferred?: boolean; edit: { changes: Record<string, { newText: string }[]> } };

test('the figure and quote fixes offered over the protocol carry the verified text', async () => {
  const draftPath = ws.root + '/drafts/azure-exclusivity.md';
  const draftUri = uri(draftPath);
  const text = readFileSync(draftPath, 'utf8');
  // Claims are judged a few at a time: wait for the publish that has the three claims this test looks at.
  const lines0 = text.split('\n');
  const has = (p: PublishedDiagnostics, code: string, words?: string) => p.diagnostics.some((d) => d.code === code && (!words || lines0[d.range.start.line].includes(words)));
  const published = client.waitForDiagnostics(draftUri, (p) => has(p, 'number-mismatch', 'agreed to invest') && has(p, 'number-mismatch', 'is worth') && has(p, 'quote-not-found'));
  client.open(draftUri, text);
  const p = await published;
  const lines = text.split('\n');
  const actionsFor = async (d: (typeof p.diagnostics)[number]): Promise<Action[]> =>
    client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: draftUri }, range: d.range, context: { diagnostics: [d] } });

  const invest = p.diagnostics.find((d) => d.code === 'number-mismatch' && lines[d.range.start.line].includes('agreed to invest'))!;
  assert.ok(invest, p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`).join(' '));
  const fix = (await actionsFor(invest)).find((a) => /Replace with the source's figure/.test(a.title))!;
  assert.ok(fix);
  assert.equal(fix.isPreferred, true);
  assert.equal(fix.edit.changes[draftUri][0].newText, 'up to $50 billion');

  // Where two figures could be meant, no figure fix is offered.
  const worth = p.diagnostics.find((d) => d.code === 'number-mismatch' && lines[d.range.start.line].includes('is worth'))!;
  assert.ok(worth);
  assert.deepEqual((await actionsFor(worth)).filter((a) => /Replace with the source's figure/.test(a.title)), []);

  const quote = p.diagnostics.find((d) => d.code === 'quote-not-found')!;
  const qfix = (await actionsFor(quote)).find((a) => /Replace with the exact quote/.test(a.title))!;
  assert.ok(qfix);
  // As much of the source's quotation as the writer quotes: the word the writer left out ("even") put back, no more.
  assert.equal(qfix.edit.changes[draftUri][0].newText, 'builders will have even more choice to pick the right model');
});
