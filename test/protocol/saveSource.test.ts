/**
 * Save Source from URL over the protocol: the built server offers the quick fix on `no-saved-copy`, and
 * the cited/saveSourceFromUrl request fetches the page from a local HTTP server started here, writes it
 * into the sources folder and returns the edit that points the definition at it.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { LspTestClient, uri } from '../helpers/lspClient';
import { tempCopy, EXAMPLES } from '../helpers/tempWorkspace';
import type { SaveSourceFromUrlResult } from '../../server/src/protocol';

let ws: ReturnType<typeof tempCopy>;
let client: LspTestClient;
let server: Server;
let base: string;

const PAGE = `<!doctype html><html><head><title>Tide gauge readings for the harbour</title><meta name="author" content="Harbour Office"></head><body><main>
<h1>Tide gauge readings for the harbour</h1>
<p>The harbour's tide gauge recorded a high water of 5.2 metres on the night of the storm, the highest reading since the gauge was installed in 1998.</p>
<p>The harbour office said the reading was taken at 3:40 in the morning and that the gauge was checked the next day.</p>
</main></body></html>`;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/tides' || req.url === '/storm') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(req.url === '/tides' ? PAGE : PAGE.replace(/Tide gauge readings for the harbour/g, 'Storm night at the harbour'));
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ws = tempCopy(EXAMPLES);
  client = new LspTestClient();
  await client.initialize(ws.root);
});

/** Opens drafts/NAME.md citing [1] the page PAGE of the local server and [2] a page it does not have; resolves once both are `no-saved-copy`. */
async function openTidesDraft(name: string, page: string) {
  const draftPath = ws.root + `/drafts/${name}.md`;
  const draftUri = uri(draftPath);
  const text = `The tide gauge recorded a high water of 5.2 metres on the night of the storm [1]. The gauge dates from 1998 [2].\n\n[1]: ${base}/${page}\n[2]: ${base}/missing\n`;
  writeFileSync(draftPath, text);
  const waiting = client.waitForDiagnostics(draftUri, (p) => p.diagnostics.filter((d) => d.code === 'no-saved-copy').length === 2);
  client.open(draftUri, text);
  return { draftUri, text, published: await waiting };
}

after(async () => {
  await client.stop();
  ws.dispose();
  await new Promise((r) => server.close(r));
});

test('the no-saved-copy quick fix runs Save Source from URL; the request saves the page and returns the definition edit', async () => {
  const { draftUri, text, published: p } = await openTidesDraft('tides', 'tides');
  const diag = p.diagnostics.find((d) => d.code === 'no-saved-copy' && d.range.start.character < 80)!;
  const actions: { title: string; command?: { command: string; arguments: unknown[] } }[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: draftUri },
    range: diag.range,
    context: { diagnostics: [diag] },
  });
  const fix = actions.find((a) => a.command?.command === 'cited.saveSourceFromUrl')!;
  assert.ok(fix, JSON.stringify(actions));
  assert.equal(fix.title, `Save a copy of ${base}/tides as a source`);
  assert.deepEqual(fix.command!.arguments, [{ uri: draftUri, label: '1' }]);

  // Two web addresses and none named or under the cursor: the client is asked to choose.
  const choose: SaveSourceFromUrlResult = await client.connection.sendRequest('cited/saveSourceFromUrl', { uri: draftUri });
  assert.deepEqual(choose, { status: 'choose', choices: [{ label: '1', url: `${base}/tides` }, { label: '2', url: `${base}/missing` }] });

  // A failure writes nothing and says why.
  const before = readdirSync(ws.root + '/sources').sort();
  const failed: SaveSourceFromUrlResult = await client.connection.sendRequest('cited/saveSourceFromUrl', { uri: draftUri, label: '2' });
  assert.equal(failed.status, 'failed');
  assert.match(failed.status === 'failed' ? failed.message : '', /answered 404 .*Nothing was saved\./);
  assert.deepEqual(readdirSync(ws.root + '/sources').sort(), before);

  const saved: SaveSourceFromUrlResult = await client.connection.sendRequest('cited/saveSourceFromUrl', { uri: draftUri, label: '1' });
  assert.equal(saved.status, 'saved', JSON.stringify(saved));
  if (saved.status !== 'saved') return;
  assert.equal(saved.savedPath, ws.root + '/sources/tide-gauge-readings-for-the-harbour.md');
  assert.ok(existsSync(saved.savedPath));
  assert.match(readFileSync(saved.savedPath, 'utf8'), new RegExp(`^---\\ntitle: Tide gauge readings for the harbour\\nauthor: Harbour Office\\npublisher: 127\\.0\\.0\\.1\\nurl: ${base.replace(/\./g, '\\.')}/tides\\nretrieved: `));
  assert.deepEqual(saved.edits, [
    { range: { start: { line: 2, character: 5 }, end: { line: 2, character: 5 + `${base}/tides`.length } }, newText: '../sources/tide-gauge-readings-for-the-harbour.md "Tide gauge readings for the harbour"' },
  ]);
  // With the edit applied, [1] resolves to the saved page and its claim is judged against it.
  const lines = text.split('\n');
  lines[2] = '[1]: ' + saved.edits[0].newText;
  const changed = client.waitForDiagnostics(draftUri, (q) => q.version === 2);
  client.change(draftUri, 2, [{ text: lines.join('\n') }]);
  const after = await changed;
  const onFirst = after.diagnostics.filter((d) => d.range.start.line === 0 && d.range.start.character < 80).map((d) => d.code);
  assert.ok(!onFirst.includes('no-saved-copy') && !onFirst.includes('unsupported-claim') && !onFirst.includes('missing-source'), onFirst.join(' '));
});

test('for other editors the server runs the quick fix itself: it saves the page and changes the definition by workspace/applyEdit', async () => {
  // The server offers the command, as VS Code's client (which runs its own) does not ask it to.
  const commands = (client.initializeResult?.capabilities.executeCommandProvider as { commands?: string[] } | undefined)?.commands;
  assert.deepEqual(commands, ['cited.saveSourceFromUrl']);
  const messages: { type: number; message: string }[] = [];
  const edits: { label?: string; edit: { changes?: Record<string, { range: unknown; newText: string }[]> } }[] = [];
  let answer = { applied: true } as { applied: boolean; failureReason?: string };
  client.connection.onNotification('window/showMessage', (m: { type: number; message: string }) => void messages.push(m));
  client.connection.onRequest('workspace/applyEdit', (p: (typeof edits)[number]) => {
    edits.push(p);
    return answer;
  });
  const { draftUri } = await openTidesDraft('tides-elsewhere', 'storm');
  const run = (label: string) => client.connection.sendRequest('workspace/executeCommand', { command: 'cited.saveSourceFromUrl', arguments: [{ uri: draftUri, label }] });
  const sources = () => readdirSync(ws.root + '/sources').sort();

  // A page that is not there: an error message, nothing written, no edit asked for.
  const before = sources();
  await run('2');
  assert.deepEqual(sources(), before);
  assert.equal(edits.length, 0);
  assert.equal(messages.length, 1);
  assert.equal(messages[0].type, 1, 'an error');
  assert.match(messages[0].message, /^Cited: The server answered 404 .*Nothing was saved\.$/);

  // The client refuses the edit: the file written is taken away again, and the writer is told.
  answer = { applied: false, failureReason: 'the buffer is read-only' };
  await run('1');
  assert.equal(edits.length, 1);
  assert.deepEqual(sources(), before, 'the saved copy is removed when the definition cannot point to it');
  assert.equal(messages[1].type, 1);
  assert.match(messages[1].message, /could not be changed \(the buffer is read-only\)/);

  // Accepted: the page is saved and one edit points [1] at it.
  answer = { applied: true };
  await run('1');
  assert.equal(edits.length, 2);
  const saved = sources().filter((f) => !before.includes(f));
  assert.equal(saved.length, 1, sources().join(' '));
  const savedPath = ws.root + '/sources/' + saved[0];
  assert.match(readFileSync(savedPath, 'utf8'), /^---\ntitle: Storm night at the harbour\n/);
  assert.deepEqual(Object.keys(edits[1].edit.changes ?? {}), [draftUri]);
  assert.deepEqual(edits[1].edit.changes![draftUri], [
    { range: { start: { line: 2, character: 5 }, end: { line: 2, character: 5 + `${base}/storm`.length } }, newText: `../sources/${saved[0]} "Storm night at the harbour"` },
  ]);
  assert.equal(messages[2].type, 3, 'information');
  assert.match(messages[2].message, new RegExp(`saved "Storm night at the harbour" as sources/${saved[0].replace(/\./g, '\\.')}; \\[1\\] now points to it`));
});

test('a client that runs Save Source from URL itself is not offered the server command', async () => {
  const other = new LspTestClient();
  try {
    await other.initialize(ws.root, {}, { clientCommands: ['cited.saveSourceFromUrl'] });
    assert.equal(other.initializeResult?.capabilities.executeCommandProvider, undefined);
  } finally {
    await other.stop();
  }
});
