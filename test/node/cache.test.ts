// The cache's pack and trimming (server/src/node/cache.ts), in process: a source whose file has the
// status the pack recorded is restored without reading it, and the same record as reading it
// afresh; any change to the file (even one that keeps its size and modification time) reads it
// again; a file changed too recently is not recorded; contents read on first use that no longer
// have the recorded key are reported as stale and forgotten by the pack. Trimming removes entries
// not used for the given days, then the least recently used past the size limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CitedCache, RACY_MS } from '../../server/src/node/cache';
import { loadSource, onStaleSource, toPosix } from '../../server/src/node/workspaceFiles';
import { CitedLanguageService } from '../../server/src/core/languageService';
import { DEFAULT_SETTINGS } from '../../server/src/core/config';
import { sourceText } from '../../server/src/core/sources/readSource';

function withFolders(fn: (root: string, cacheDir: string) => Promise<void> | void) {
  return async () => {
    const root = toPosix(realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cited-pack-'))));
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'cited-pack-cache-'));
    try {
      await fn(root, cacheDir);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  };
}

const SOURCE = '---\ntitle: Harbour report\nauthor: Jo Smith\n---\n\nThe harbour handled 4.2 million tonnes in 2023.\n';
const HTML = '<html><head><title>Ferry fares rise</title></head><body><article><p>Fares rose by 12 percent in May.</p></article></body></html>';

/** Writes the files and sets their times a minute back (their status change time stays now: the pack is told `now` is later). */
function write(root: string, files: Record<string, string>): void {
  mkdirSync(path.join(root, 'sources'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'sources', name), text);
}

/** Indexes the sources with a fresh cache object on `cacheDir` (as a new process would), its clock `later` ms ahead. */
async function index(root: string, cacheDir: string, names: string[], later = RACY_MS + 1000) {
  const cache = new CitedCache(cacheDir, () => undefined);
  const realNow = Date.now;
  Date.now = () => realNow() + later;
  try {
    cache.usePack([root]);
    const service = new CitedLanguageService([root], DEFAULT_SETTINGS);
    for (const n of names) await loadSource(service, `${root}/sources/${n}`, cache);
    cache.savePack();
    return { cache, service };
  } finally {
    Date.now = realNow;
  }
}

test('a source whose file is unchanged is restored from the pack unread, as the same record', withFolders(async (root, cacheDir) => {
  write(root, { 'a.md': SOURCE, 'b.html': HTML });
  const first = await index(root, cacheDir, ['a.md', 'b.html']);
  assert.equal(first.cache.stats.packed, 0);
  const second = await index(root, cacheDir, ['a.md', 'b.html']);
  assert.equal(second.cache.stats.packed, 2, 'both restored from the pack');
  for (const n of ['a.md', 'b.html']) {
    const fresh = first.service.sources.get(`${root}/sources/${n}`)!;
    const restored = second.service.sources.get(`${root}/sources/${n}`)!;
    assert.deepEqual({ ...restored }, { ...fresh }, n);
    assert.deepEqual(sourceText(restored), sourceText(fresh), n);
  }
}));

test('any change to a file reads it again, even one that keeps its size and modification time', withFolders(async (root, cacheDir) => {
  write(root, { 'a.md': SOURCE });
  const file = `${root}/sources/a.md`;
  // Whole milliseconds, so that the time can be put back exactly.
  const whole = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
  utimesSync(file, whole, whole);
  await index(root, cacheDir, ['a.md']);
  const before = statSync(file);
  // Same length, other figure, the modification time put back.
  writeFileSync(file, SOURCE.replace('4.2', '9.9'));
  utimesSync(file, before.atime, before.mtime);
  assert.equal(statSync(file).mtimeMs, before.mtimeMs);
  assert.equal(statSync(file).size, before.size);
  const again = await index(root, cacheDir, ['a.md'], RACY_MS + 5000);
  assert.equal(again.cache.stats.packed, 0, 'the status change time differs: read again');
  assert.match(sourceText(again.service.sources.get(file)!).text, /9\.9 million/);
}));

test('a file changed just before it was read is not recorded in the pack', withFolders(async (root, cacheDir) => {
  write(root, { 'a.md': SOURCE });
  await index(root, cacheDir, ['a.md'], 0);
  const second = await index(root, cacheDir, ['a.md'], 0);
  assert.equal(second.cache.stats.packed, 0, 'too recent to be told apart by its status');
  assert.equal(second.cache.stats.hits.source, 1, 'found by the hash of its contents instead');
}));

test('contents read on first use that no longer have the recorded key are reported stale, and the pack forgets them', withFolders(async (root, cacheDir) => {
  write(root, { 'a.md': SOURCE });
  const file = `${root}/sources/a.md`;
  await index(root, cacheDir, ['a.md']);
  const second = await index(root, cacheDir, ['a.md']);
  assert.equal(second.cache.stats.packed, 1);
  // Changed after its status was taken, before its contents were first needed.
  writeFileSync(file, SOURCE.replace('4.2', '7.7'));
  const stale: string[] = [];
  onStaleSource((f) => stale.push(f));
  try {
    const record = second.service.sources.get(file)!;
    assert.match(record.raw, /7\.7/, 'the contents as they are now');
    assert.deepEqual(stale, [file], 'the host is told to read it again');
  } finally {
    onStaleSource(() => undefined);
  }
  second.cache.savePack();
  const third = await index(root, cacheDir, ['a.md'], 0);
  assert.equal(third.cache.stats.packed, 0, 'forgotten by the pack');
}));

test('a source read afresh with a cache does not keep its contents: they are read from the file when first needed, and a change meanwhile is reported stale', withFolders(async (root, cacheDir) => {
  write(root, { 'a.md': SOURCE, 'b.html': HTML });
  const first = await index(root, cacheDir, ['a.md', 'b.html']);
  assert.equal(first.cache.stats.packed, 0, 'read afresh');
  const md = first.service.sources.get(`${root}/sources/a.md`)!;
  const html = first.service.sources.get(`${root}/sources/b.html`)!;
  // Not held as a value: a getter that reads the file.
  for (const r of [md, html]) assert.equal(typeof Object.getOwnPropertyDescriptor(r, 'raw')?.get, 'function', r.path);
  assert.equal(md.meta.title, 'Harbour report', 'what was read stays');
  assert.match(sourceText(html).text, /Fares rose by 12 percent/, 'the page text extracted at indexing stays');
  const stale: string[] = [];
  onStaleSource((f) => stale.push(f));
  try {
    assert.match(sourceText(md).text, /4\.2 million tonnes/, 'read from the file on first use');
    assert.deepEqual(stale, []);
    writeFileSync(`${root}/sources/b.html`, HTML.replace('12 percent', '15 percent'));
    assert.match(html.raw, /15 percent/, 'the contents as they are now');
    assert.deepEqual(stale, [`${root}/sources/b.html`], 'changed since it was read: the host is told to read it again');
  } finally {
    onStaleSource(() => undefined);
  }
}));

test('a pack that is corrupt is ignored with the corrupt message, and rewritten', withFolders(async (root, cacheDir) => {
  write(root, { 'a.md': SOURCE });
  await index(root, cacheDir, ['a.md']);
  const packDir = path.join(cacheDir, 'pack');
  const packFile = readdirSync(packDir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(packDir, f)).find((f) => f.endsWith('.json'))!;
  writeFileSync(packFile, readFileSync(packFile, 'utf8').replace('"key":"', '"key":"zz'));
  const messages: string[] = [];
  const cache = new CitedCache(cacheDir, (m) => messages.push(m)).usePack([root]);
  const service = new CitedLanguageService([root], DEFAULT_SETTINGS);
  await loadSource(service, `${root}/sources/a.md`, cache);
  assert.equal(cache.stats.packed, 0);
  assert.equal(messages.filter((m) => /corrupt/.test(m)).length, 1, messages.join('\n'));
  writeFileSync(packFile, '{ not json');
  const again = await index(root, cacheDir, ['a.md']);
  assert.equal(again.cache.stats.packed, 0);
  const last = await index(root, cacheDir, ['a.md']);
  assert.equal(last.cache.stats.packed, 1, 'rewritten whole');
}));

test('trimming removes entries not used for the given days, then the least recently used past the size limit', withFolders(async (_root, cacheDir) => {
  const put = (kind: string, name: string, bytes: number, daysAgo: number) => {
    const dir = path.join(cacheDir, kind, name.slice(0, 2));
    mkdirSync(dir, { recursive: true });
    const f = path.join(dir, name + '.json');
    writeFileSync(f, 'x'.repeat(bytes));
    const t = new Date(Date.now() - daysAgo * 86_400_000);
    utimesSync(f, t, t);
    return f;
  };
  const old = put('source', 'aa-old', 100, 40);
  const oldVersion = put('draft', 'bb-other-version', 100, 31);
  const recent = [1, 2, 3, 4].map((d) => put('evidence', `c${d}-recent`, 1000, d));
  const cache = new CitedCache(cacheDir, () => undefined);
  const first = await cache.trim({ maxAgeDays: 30, maxBytes: 2500 });
  assert.ok(first);
  const exists = (f: string) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false;
    }
  };
  assert.ok(!exists(old) && !exists(oldVersion), 'entries not used for 30 days removed');
  // 4,000 bytes left against 2,500: the least recently used go until three quarters of the limit is left.
  assert.deepEqual(recent.map(exists), [true, false, false, false]);
  assert.equal(first.removed, 5);
  // At most once a day, unless forced.
  put('source', 'dd-old', 100, 40);
  assert.equal(await cache.trim({ maxAgeDays: 30, maxBytes: 2500 }), undefined);
  assert.equal((await cache.trim({ maxAgeDays: 30, maxBytes: 2500 }, true))!.removed, 1);
}));

test('an entry used is kept by trimming: using it, or the pack that refers to it, brings its time forward', withFolders(async (root, cacheDir) => {
  write(root, { 'a.md': SOURCE, 'b.md': SOURCE.replace('Harbour', 'Ferry') });
  await index(root, cacheDir, ['a.md', 'b.md']);
  const all = () => readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
  const past = new Date(Date.now() - 40 * 86_400_000);
  for (const f of all()) utimesSync(path.join(cacheDir, f), past, past);
  // b.md restored from the pack (its entry not read); a.md changed, so read afresh and stored anew.
  writeFileSync(`${root}/sources/a.md`, SOURCE.replace('4.2', '5.5'));
  await index(root, cacheDir, ['a.md', 'b.md']);
  const before = all().filter((f) => f.startsWith('source'));
  assert.equal(before.length, 3, 'the entries of both versions of a.md and of b.md');
  const trimmed = await new CitedCache(cacheDir, () => undefined).trim({ maxAgeDays: 30, maxBytes: 1e9 }, true);
  const left = all().filter((f) => f.startsWith('source'));
  assert.equal(trimmed!.removed, 1, `the entry of a.md as it was (${before.join(', ')} → ${left.join(', ')}; ${all().join(', ')})`);
  assert.equal(left.length, 2, 'the entry of b.md, which the pack refers to, and of a.md as it is');
}));

test('written in parallel: an entry is read back before it reaches the disk, is on the disk once flushed, and a folder removed meanwhile is made again', withFolders(async (root, cacheDir) => {
  write(root, { 'a.md': SOURCE, 'b.html': HTML });
  const cache = new CitedCache(cacheDir, () => undefined, undefined, 'in parallel');
  const service = new CitedLanguageService([root], DEFAULT_SETTINGS);
  await loadSource(service, `${root}/sources/a.md`, cache);
  const record = service.sources.get(`${root}/sources/a.md`)!;
  const learned = { text: sourceText(record), sentences: [{ start: 0, end: 5, stems: ['harbour'], paragraphStart: true }] };
  cache.saveEvidence(record, learned);
  // Not on the disk yet (nothing has let the writes go on), and read back all the same.
  const entries = () => (readdirSync(cacheDir, { recursive: true }) as string[]).filter((f) => f.startsWith('evidence') && f.endsWith('.json'));
  assert.equal(entries().length, 0);
  assert.deepEqual(cache.loadEvidence(record)?.sentences, learned.sentences);
  await cache.flushed();
  assert.equal(entries().length, 1);
  assert.equal(cache.stats.writes >= 1, true);
  // A new cache object (another run) reads it from the disk.
  const again = new CitedCache(cacheDir, () => undefined);
  again.remember(record, cache.keyOf(record)!);
  assert.deepEqual(again.loadEvidence(record)?.sentences, learned.sentences);
  // The folder removed by someone else while the check runs: the next entry there is written all the same.
  rmSync(path.join(cacheDir, 'evidence'), { recursive: true, force: true });
  const html = (await loadSource(service, `${root}/sources/b.html`, cache), service.sources.get(`${root}/sources/b.html`)!);
  const key = cache.keyOf(html)!;
  // An entry in the same folder as the first (the folder is named by the key's first two characters).
  const sameFolder = cache.keyOf(record)!.slice(0, 2) + key.slice(2);
  cache.remember(html, sameFolder);
  cache.saveEvidence(html, { text: sourceText(html), sentences: [] });
  await cache.flushed();
  assert.equal(entries().length, 1, 'written to the folder made again');
}));

test('written in parallel: too many files open at once (a low limit on them) does not turn the cache off; the entry is written all the same', withFolders(async (_root, cacheDir) => {
  const messages: string[] = [];
  const cache = new CitedCache(cacheDir, (m) => messages.push(m), undefined, 'in parallel');
  const fsp = (await import('node:fs')).promises;
  const writeFile = fsp.writeFile;
  let failed = 0;
  // The first writes of a run fail as they would past the process's limit on open files.
  fsp.writeFile = (async (...args: Parameters<typeof writeFile>) => {
    if (failed++ < 2) throw Object.assign(new Error('EMFILE: too many open files'), { code: 'EMFILE' });
    return writeFile(...args);
  }) as typeof writeFile;
  try {
    cache.saveDraft('a'.repeat(40), { n: 1 });
    cache.saveDraft('b'.repeat(40), { n: 2 });
    await cache.flushed();
  } finally {
    fsp.writeFile = writeFile;
  }
  cache.saveDraft('c'.repeat(40), { n: 3 });
  await cache.flushed();
  assert.deepEqual(messages, [], 'no "cannot be written" message');
  const again = new CitedCache(cacheDir, () => undefined);
  const any = (_x: unknown): _x is unknown => true;
  assert.deepEqual([again.loadDraft('a'.repeat(40), any), again.loadDraft('b'.repeat(40), any), again.loadDraft('c'.repeat(40), any)], [{ n: 1 }, { n: 2 }, { n: 3 }]);
  assert.equal(cache.stats.writes, 3);
}));

test('written by a thread of its own: an entry is read back until it is written, is on the disk once flushed, a folder removed meanwhile is made again, and the thread stops when closed', withFolders(async (root, cacheDir) => {
  write(root, { 'a.md': SOURCE, 'b.html': HTML });
  const cache = new CitedCache(cacheDir, () => undefined, undefined, 'in a thread');
  const service = new CitedLanguageService([root], DEFAULT_SETTINGS);
  await loadSource(service, `${root}/sources/a.md`, cache);
  const record = service.sources.get(`${root}/sources/a.md`)!;
  const learned = { text: sourceText(record), sentences: [{ start: 0, end: 5, stems: ['harbour'], paragraphStart: true }] };
  cache.saveEvidence(record, learned);
  // Read back whether or not the thread has written it yet.
  assert.deepEqual(cache.loadEvidence(record)?.sentences, learned.sentences);
  const entries = () => (readdirSync(cacheDir, { recursive: true }) as string[]).filter((f) => f.startsWith('evidence') && f.endsWith('.json'));
  await cache.flushed();
  assert.equal(entries().length, 1);
  // Written by the thread, which answered for it (not by the writes in parallel that stand in for a thread that failed).
  const inside = cache as unknown as { writer?: { threadId: number }; writerFailed: boolean };
  assert.equal(inside.writerFailed, false);
  const thread = inside.writer!;
  assert.ok(thread.threadId > 0, 'a thread of its own');
  // The source's snapshot and its evidence, both answered for.
  const jsonFiles = () => (readdirSync(cacheDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).length;
  assert.equal(cache.stats.writes, 2);
  assert.equal(jsonFiles(), 2);
  const again = new CitedCache(cacheDir, () => undefined);
  again.remember(record, cache.keyOf(record)!);
  assert.deepEqual(again.loadEvidence(record)?.sentences, learned.sentences, 'another run reads it from the disk');
  // The folder removed by someone else while the check runs: the thread makes it again.
  rmSync(path.join(cacheDir, 'evidence'), { recursive: true, force: true });
  await loadSource(service, `${root}/sources/b.html`, cache);
  const html = service.sources.get(`${root}/sources/b.html`)!;
  cache.remember(html, cache.keyOf(record)!.slice(0, 2) + cache.keyOf(html)!.slice(2));
  cache.saveEvidence(html, { text: sourceText(html), sentences: [] });
  await cache.close();
  assert.equal(entries().length, 1, 'written to the folder made again');
  assert.equal(cache.stats.writes, 4, 'the second source\'s snapshot and evidence too');
  assert.equal(inside.writerFailed, true, 'no thread is started after closing');
  assert.equal(readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith('.tmp')).length, 0, 'no file left half written');
  assert.equal(thread.threadId, -1, 'the thread is stopped');
  // An entry written after closing is written all the same, without a thread.
  cache.saveDraft('c'.repeat(40), { n: 3 });
  await cache.flushed();
  assert.equal(inside.writer, undefined);
  assert.deepEqual(new CitedCache(cacheDir, () => undefined).loadDraft('c'.repeat(40), (_x: unknown): _x is unknown => true), { n: 3 });
}));

test('written by a thread of its own: a thread that stops half way leaves nothing unwritten; a folder that cannot be written is said once and is not fatal', withFolders(async (_root, cacheDir) => {
  const cache = new CitedCache(cacheDir, () => undefined, undefined, 'in a thread');
  const any = (_x: unknown): _x is unknown => true;
  const N = 1000;
  const filler = 'x'.repeat(4000);
  for (let i = 0; i < N; i++) cache.saveDraft(String(i).padStart(40, '0'), { n: i, filler });
  // The thread stops part way, once it has answered for some entries and not for others: those are written on this thread's side.
  const inside = cache as unknown as { writer: { terminate(): Promise<number> }; handed: Map<number, unknown>; writerFailed: boolean };
  while (cache.stats.writes === 0) await new Promise((r) => setImmediate(r));
  assert.ok(inside.handed.size > 0, 'entries not answered for yet');
  assert.equal(inside.writerFailed, false);
  await inside.writer.terminate();
  assert.equal(inside.writerFailed, true);
  await cache.close();
  const again = new CitedCache(cacheDir, () => undefined);
  for (let i = 0; i < N; i++) assert.equal((again.loadDraft(String(i).padStart(40, '0'), any) as { n: number } | undefined)?.n, i, `entry ${i}`);
  assert.ok(cache.stats.writes >= N, `${cache.stats.writes} writes`);
  assert.equal(readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith('.tmp')).length, 0, 'no file left half written');

  // A cache folder that is a file: nothing can be written in it.
  const file = path.join(cacheDir, 'a-file');
  writeFileSync(file, 'not a folder');
  const messages: string[] = [];
  const blocked = new CitedCache(file, (m) => messages.push(m), undefined, 'in a thread');
  blocked.saveDraft('a'.repeat(40), { n: 1 });
  blocked.saveDraft('b'.repeat(40), { n: 2 });
  await blocked.close();
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.match(messages[0], /cannot be written/);
  assert.equal(blocked.stats.writes, 0);
  assert.equal(blocked.loadDraft('a'.repeat(40), any), undefined, 'nothing is read back that was not written');
}));

test('written by a thread of its own: past 1,024 entries not written yet, an entry is written without it, so memory does not fill while the disk is slow', withFolders(async (_root, cacheDir) => {
  const cache = new CitedCache(cacheDir, () => undefined, undefined, 'in a thread');
  const any = (_x: unknown): _x is unknown => true;
  for (let i = 0; i < 1100; i++) cache.saveDraft(String(i).padStart(40, '0'), { n: i });
  // Nothing has let the thread's answers in yet: the thread holds the first 1,024, the rest went another way.
  assert.equal((cache as unknown as { handed: Map<number, unknown> }).handed.size, 1024);
  await cache.close();
  const again = new CitedCache(cacheDir, () => undefined);
  for (let i = 0; i < 1100; i++) assert.deepEqual(again.loadDraft(String(i).padStart(40, '0'), any), { n: i }, `entry ${i}`);
  assert.equal(cache.stats.writes, 1100);
}));

test('written at once: a folder removed meanwhile is made again; a folder that cannot be made is said once and turns writing off', withFolders(async (_root, cacheDir) => {
  const messages: string[] = [];
  const cache = new CitedCache(cacheDir, (m) => messages.push(m));
  const any = (_x: unknown): _x is unknown => true;
  cache.saveDraft('a'.repeat(40), { n: 1 });
  rmSync(path.join(cacheDir, 'draft'), { recursive: true, force: true });
  // The same folder as the first (named by the key's first two characters).
  cache.saveDraft('a'.repeat(39) + 'b', { n: 2 });
  assert.deepEqual(new CitedCache(cacheDir, () => undefined).loadDraft('a'.repeat(39) + 'b', any), { n: 2 });
  assert.equal(cache.stats.writes, 2);
  assert.deepEqual(messages, []);
  // The folder replaced by a file: nothing can be written there.
  rmSync(path.join(cacheDir, 'draft'), { recursive: true, force: true });
  writeFileSync(path.join(cacheDir, 'draft'), 'not a folder');
  cache.saveDraft('c'.repeat(40), { n: 3 });
  cache.saveDraft('d'.repeat(40), { n: 4 });
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.match(messages[0], /cannot be written/);
  assert.equal(cache.stats.writes, 2);
}));
