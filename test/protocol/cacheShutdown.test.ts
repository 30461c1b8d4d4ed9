/**
 * The server's cache on shutdown: what it has yet to write (the pack of the workspace's sources above
 * all) is written before it answers the client's shutdown request, so that a workspace closed right
 * after it was indexed opens from the cache next time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LspTestClient } from '../helpers/lspClient';

function filesUnder(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

test('a server stopped right after indexing has written its pack of sources when it answers shutdown; the next one restores them from it', async (t) => {
  const root = mkdtempSync(path.join(tmpdir(), 'cited-shutdown-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const cacheFolder = path.join(root, '.cache');
  mkdirSync(path.join(root, 'sources'));
  const SOURCES = 1500;
  for (let i = 0; i < SOURCES; i++) {
    writeFileSync(path.join(root, 'sources', `s${i}.md`), `---\ntitle: "Report ${i}"\n---\n\nThe council of district ${i} approved ${i + 3} new bus routes in ${2000 + (i % 20)}, its minutes say.\n`);
  }
  // A file changed within the last two seconds is not recorded in the pack (its status could hide a change: cache.ts RACY_MS).
  await new Promise((r) => setTimeout(r, 2100));
  // However loaded the machine, the server waits for its writes (the limit a client's patience sets is not what is tested).
  const first = new LspTestClient([], { CITED_SHUTDOWN_FLUSH_MS: '60000' });
  t.after(() => first.stop());
  const ready = await first.initialize(root, { cacheFolder });
  assert.equal(ready.sources, SOURCES);
  // Shutdown straight away: the answer waits for the cache's writes.
  await first.connection.sendRequest('shutdown');
  const packs = filesUnder(path.join(cacheFolder, 'pack')).filter((f) => f.endsWith('.json'));
  assert.equal(packs.length, 1, `one pack written: ${filesUnder(path.join(cacheFolder, 'pack')).join(', ')}`);
  const pack = JSON.parse(readFileSync(packs[0], 'utf8')) as { data: Record<string, unknown> };
  assert.equal(Object.keys(pack.data).length, SOURCES);
  assert.deepEqual(filesUnder(cacheFolder).filter((f) => f.endsWith('.tmp')), [], 'no write left half done');
  await first.stop();

  // The next server on the same cache restores every source from the pack (no source file is read: their status is the pack's).
  const second = new LspTestClient();
  t.after(() => second.stop());
  const again = await second.initialize(root, { cacheFolder });
  assert.equal(again.sources, SOURCES);
});

test('what the judging thread learned from the sources of a draft just judged is in the cache when the server answers shutdown', async (t) => {
  const root = mkdtempSync(path.join(tmpdir(), 'cited-shutdown-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const cacheFolder = path.join(root, '.cache');
  mkdirSync(path.join(root, 'sources'));
  mkdirSync(path.join(root, 'drafts'));
  const CITED = 12;
  const lines: string[] = [];
  for (let i = 0; i < CITED; i++) {
    writeFileSync(path.join(root, 'sources', `s${i}.md`), `# Report ${i}\n\nThe council of district ${i} approved ${i + 3} new bus routes in ${2000 + i}, its minutes say. The routes run every ${i + 10} minutes.\n`);
    lines.push(`The orchestra of town ${i} toured ${i + 40} cities of Peru with a violinist from Oslo [${i + 1}].`);
  }
  const draft = `${lines.join('\n\n')}\n\n${Array.from({ length: CITED }, (_, i) => `[${i + 1}]: ../sources/s${i}.md`).join('\n')}\n`;
  const file = path.join(root, 'drafts', 'd.md');
  writeFileSync(file, draft);
  const client = new LspTestClient([], { CITED_SHUTDOWN_FLUSH_MS: '60000' });
  t.after(() => client.stop());
  await client.initialize(root, { cacheFolder });
  const uri = `file://${file}`;
  // Every sentence is judged (each gets a warning: its page is about something else), in the judging thread.
  const judged = client.waitForDiagnostics(uri, (p) => p.diagnostics.filter((d) => d.code === 'unsupported-claim').length === CITED);
  client.open(uri, draft);
  await judged;
  // Shutdown straight away: the answer waits for the judging thread's writes too.
  await client.connection.sendRequest('shutdown');
  const evidence = filesUnder(path.join(cacheFolder, 'evidence')).filter((f) => f.endsWith('.json'));
  assert.equal(evidence.length, CITED, `one evidence entry a cited source: ${evidence.join(', ')}`);
  assert.deepEqual(filesUnder(cacheFolder).filter((f) => f.endsWith('.tmp')), [], 'no write left half done');
});
