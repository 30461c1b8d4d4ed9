/**
 * The persistent cache of `cited check` (server/src/node/cache.ts), observed through the
 * `--verbose` line that counts what came from the cache: a second run of an unchanged tree reads
 * nothing afresh; a changed draft or source is redone alone; a corrupt entry, an entry of another
 * version and a folder that cannot be written are ignored with one message, and the results are
 * those of a run without a cache. The server writes to the same cache, and the CLI reads it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as os from 'node:os';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { EXAMPLES, tempCopy } from '../helpers/tempWorkspace';
import { defaultCacheFolder } from '../../server/src/node/cache';
import { LspTestClient, uri } from '../helpers/lspClient';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

function check(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'check', root, '--format', 'json', '--verbose', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const line = /cache .*: sources (\d+) from cache, (\d+) read afresh; evidence (\d+) from cache, (\d+) built afresh; drafts (\d+) from cache, (\d+) checked afresh; (\d+) entries written/.exec(r.stderr);
  const n = line ? line.slice(1).map(Number) : [];
  return {
    report: r.stdout,
    stderr: r.stderr,
    stats: line ? { sources: [n[0], n[1]], evidence: [n[2], n[3]], drafts: [n[4], n[5]], written: n[6] } : undefined,
  };
}

function withWorkspace(fn: (root: string, cache: string) => void) {
  const ws = tempCopy(EXAMPLES);
  const cache = mkdtempSync(path.join(os.tmpdir(), 'cited-cache-'));
  try {
    fn(ws.root, cache);
  } finally {
    ws.dispose();
    rmSync(cache, { recursive: true, force: true });
  }
}

/** Every entry file in the cache folder (none when it does not exist yet, with `missingOk`). */
function entries(dir: string, missingOk = false): string[] {
  if (missingOk && !existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => f.endsWith('.json') && statSync(f).isFile());
}

test('a second check of an unchanged tree takes everything from the cache, with the same report', () => {
  withWorkspace((root, cache) => {
    const plain = check(root, '--no-cache');
    assert.equal(plain.stats, undefined, 'no cache, no cache line');
    const first = check(root, '--cache', cache);
    assert.ok(first.stats, first.stderr);
    assert.deepEqual(first.stats.sources, [0, 7]);
    assert.equal(first.stats.drafts[0], 0);
    assert.ok(first.stats.drafts[1] >= 3);
    assert.ok(first.stats.evidence[1] > 0, 'evidence was built and stored');
    assert.ok(first.stats.written > 0);
    const second = check(root, '--cache', cache);
    assert.deepEqual(second.stats!.sources, [7, 0]);
    assert.deepEqual(second.stats!.drafts, [first.stats.drafts[1], 0]);
    assert.deepEqual(second.stats!.evidence, [0, 0], 'no draft judged, so no evidence needed');
    assert.equal(second.stats!.written, 0);
    assert.equal(second.report, first.report);
    assert.equal(first.report, plain.report, 'the cache changes no result');
  });
});

test('a changed draft is checked alone, with its sources\' evidence from the cache; a changed source is read alone', () => {
  withWorkspace((root, cache) => {
    const first = check(root, '--cache', cache);
    const drafts = first.stats!.drafts[1];
    // A new claim: judged with its source's evidence from the cache.
    appendFileSync(path.join(root, 'drafts/harbour-bridge.md'), '\nThe council met again in May [1].\n');
    const second = check(root, '--cache', cache);
    assert.deepEqual(second.stats!.drafts, [drafts - 1, 1]);
    assert.deepEqual(second.stats!.sources, [7, 0]);
    assert.equal(second.stats!.evidence[1], 0, 'no source text split and stemmed again');
    assert.ok(second.stats!.evidence[0] > 0, 'the judged draft used stored evidence');
    assert.equal(second.report, check(root, '--no-cache').report);

    appendFileSync(path.join(root, 'sources/engineer-interview.txt'), '\nA later note.\n');
    const third = check(root, '--cache', cache);
    assert.deepEqual(third.stats!.sources, [6, 1]);
    assert.equal(third.report, check(root, '--no-cache').report);
  });
});

test('a draft changed in one sentence has that claim judged again, the rest of its verdicts from the cache; a changed source has its claims judged again', () => {
  withWorkspace((root, cache) => {
    const judged = (stderr: string) => Number(/; (\d+) claims judged/.exec(stderr)?.[1] ?? 0);
    const kept = (stderr: string) => Number(/; (\d+) claims' verdicts from the cache/.exec(stderr)?.[1] ?? 0);
    const draft = path.join(root, 'drafts/harbour-bridge.md');
    const first = check(root, '--cache', cache);
    const all = judged(first.stderr);
    assert.ok(all >= 5, first.stderr);
    assert.equal(kept(first.stderr), 0);
    // One sentence of the draft changed (its marker stays): that claim alone is judged again.
    const text = readFileSync(draft, 'utf8');
    writeFileSync(draft, text.replace('by a vote of six to one', 'by a vote of five to two'));
    const second = check(root, '--cache', cache);
    assert.equal(judged(second.stderr), 1, second.stderr);
    const mine = kept(second.stderr);
    assert.ok(mine >= 5, second.stderr);
    const plain = check(root, '--no-cache');
    assert.equal(second.report, plain.report, 'verdicts from the cache give the same report');
    assert.match(second.report, /five to two|unsupported-claim|partial-support|weak-support/);
    // A source changed: every claim citing it is judged again, not taken from the cache.
    appendFileSync(path.join(root, 'sources/council-minutes.md'), '\nThe clerk noted a correction to the minutes.\n');
    writeFileSync(draft, text.replace('by a vote of six to one', 'by a vote of four to three'));
    const third = check(root, '--cache', cache);
    assert.ok(kept(third.stderr) < mine, `claims citing the changed source are judged again: ${third.stderr}`);
    assert.ok(judged(third.stderr) > 1, third.stderr);
    assert.equal(third.report, check(root, '--no-cache').report);
  });
});

test('cited claims keeps its verdicts in the cache: a second run judges none, with the same list; a changed sentence is judged again alone', () => {
  withWorkspace((root, cache) => {
    const claims = (...args: string[]) => {
      const r = spawnSync(process.execPath, [CLI, 'claims', root, '--format', 'json', '--verbose', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(r.status, 0, r.stderr);
      const line = /(\d+) drafts' claims: (\d+) judged in [\d.]+ s \([^)]*\)(?:; (\d+) claims' verdicts from the cache)?/.exec(r.stderr);
      assert.ok(line, r.stderr);
      return { report: r.stdout, judged: Number(line[2]), kept: Number(line[3] ?? 0), stderr: r.stderr };
    };
    const plain = claims('--no-cache');
    assert.ok(plain.judged >= 5, plain.stderr);
    assert.ok((JSON.parse(plain.report) as { summary: { claims: number } }).summary.claims >= 5);
    const first = claims('--cache', cache);
    assert.equal(first.judged, plain.judged);
    assert.equal(first.kept, 0);
    assert.equal(first.report, plain.report);
    assert.ok(entries(path.join(cache, 'claims')).length >= 1, 'the verdicts are stored');
    const second = claims('--cache', cache);
    assert.equal(second.judged, 0, second.stderr);
    assert.equal(second.kept, plain.judged);
    assert.equal(second.report, plain.report, 'verdicts from the cache give the same list, passages and all');
    const draft = path.join(root, 'drafts/harbour-bridge.md');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('by a vote of six to one', 'by a vote of five to two'));
    const third = claims('--cache', cache);
    assert.equal(third.judged, 1, third.stderr);
    assert.equal(third.kept, plain.judged - 1);
    assert.equal(third.report, claims('--no-cache').report);
    assert.match(third.report, /five to two/);
  });
});

test('stored verdicts not of a result\'s shape are not used: those claims are judged again, with the same report', () => {
  withWorkspace((root, cache) => {
    check(root, '--cache', cache);
    const stored = entries(path.join(cache, 'claims'));
    assert.ok(stored.length >= 3, 'one entry per draft');
    // Each stored result replaced by one of another shape (valid JSON, the right version).
    for (const f of stored) {
      const entry = JSON.parse(readFileSync(f, 'utf8')) as { data: Record<string, unknown> };
      for (const k of Object.keys(entry.data)) entry.data[k] = { result: { verdict: 7, score: 'high' } };
      writeFileSync(f, JSON.stringify(entry));
    }
    // A draft changed, so its claims are looked up in the entry.
    appendFileSync(path.join(root, 'drafts/harbour-bridge.md'), '\nThe council met again in May [1].\n');
    const again = check(root, '--cache', cache);
    assert.doesNotMatch(again.stderr, /verdicts from the cache/);
    assert.equal(again.report, check(root, '--no-cache').report);
  });
});

test('a corrupt cache entry is ignored with one message and replaced', () => {
  withWorkspace((root, cache) => {
    const first = check(root, '--cache', cache);
    for (const [i, f] of entries(cache).entries()) writeFileSync(f, i % 2 ? '{"cited": "0.1.0", "format": 1, "kind": "source", "data": {"format": "pdf"}}' : '{ not json');
    const second = check(root, '--cache', cache);
    assert.equal(second.report, first.report);
    const messages = second.stderr.split('\n').filter((l) => /corrupt/.test(l));
    assert.equal(messages.length, 1, second.stderr);
    assert.deepEqual(second.stats!.sources, [0, 7]);
    // Replaced: the next run takes everything from the cache again.
    const third = check(root, '--cache', cache);
    assert.deepEqual(third.stats!.sources, [7, 0]);
    assert.equal(third.report, first.report);
    assert.doesNotMatch(third.stderr, /corrupt/);
  });
});

test('entries of another version of Cited are ignored with one message', () => {
  withWorkspace((root, cache) => {
    const first = check(root, '--cache', cache);
    for (const f of entries(cache)) writeFileSync(f, readFileSync(f, 'utf8').replace('"cited":"0.1.0"', '"cited":"0.0.9"'));
    const second = check(root, '--cache', cache);
    assert.equal(second.report, first.report);
    assert.equal(second.stderr.split('\n').filter((l) => /another version/.test(l)).length, 1, second.stderr);
    assert.deepEqual(second.stats!.sources, [0, 7]);
    assert.equal(second.stats!.drafts[0], 0);
  });
});

test('a cache folder that cannot be written is not fatal: one message, the same report', { skip: process.getuid?.() === 0 ? 'root writes anywhere' : false }, () => {
  withWorkspace((root, cache) => {
    const plain = check(root, '--no-cache');
    chmodSync(cache, 0o500);
    try {
      const r = check(root, '--cache', cache);
      assert.equal(r.report, plain.report);
      assert.equal(r.stderr.split('\n').filter((l) => /cannot be written/.test(l)).length, 1, r.stderr);
      assert.equal(r.stats!.written, 0);
    } finally {
      chmodSync(cache, 0o700);
    }
  });
});

test('a cache path that is a file is not fatal either', () => {
  withWorkspace((root, cache) => {
    const file = path.join(cache, 'not-a-folder');
    writeFileSync(file, 'x');
    const plain = check(root, '--no-cache');
    const r = check(root, '--cache', file);
    assert.equal(r.report, plain.report);
    assert.equal(r.stderr.split('\n').filter((l) => /cannot be written/.test(l)).length, 1, r.stderr);
  });
});

test('the default cache folder is the platform\'s', () => {
  assert.equal(defaultCacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/a'), '/x/cache/cited');
  assert.equal(defaultCacheFolder({}, 'linux', '/home/a'), '/home/a/.cache/cited');
  assert.equal(defaultCacheFolder({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/a'), '/home/a/.cache/cited');
  assert.equal(defaultCacheFolder({}, 'darwin', '/Users/a'), '/Users/a/Library/Caches/cited');
  assert.equal(defaultCacheFolder({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32', 'C:\\Users\\a'), path.join('C:\\Users\\a\\AppData\\Local', 'cited', 'Cache'));
});

test('the server stores the evidence it builds in the same cache, which cited check then uses; a corrupt entry does not stop it', async () => {
  const ws = tempCopy(EXAMPLES);
  const cache = mkdtempSync(path.join(os.tmpdir(), 'cited-cache-'));
  const draft = path.join(ws.root, 'drafts/harbour-bridge.md');
  const judged = (p: { diagnostics: { code: string }[] }) => p.diagnostics.some((d) => /support|claim|mismatch|quote/.test(d.code));
  try {
    const client = new LspTestClient();
    const ready = await client.initialize(ws.root, { cacheFolder: cache });
    assert.equal(ready.sources, 7);
    const published = client.waitForDiagnostics(uri(draft), judged);
    client.open(uri(draft), readFileSync(draft, 'utf8'));
    const first = await published;
    // Writes go on in the background: wait for the evidence entries of the sources the draft cites.
    for (let i = 0; i < 200 && entries(path.join(cache, 'evidence'), true).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    await client.stop();
    const stored = entries(path.join(cache, 'evidence'), true);
    assert.ok(stored.length > 0, 'evidence stored');
    const r = check(ws.root, '--cache', cache);
    assert.ok(r.stats!.evidence[0] > 0, `the CLI uses the evidence the server stored: ${r.stderr}`);
    assert.equal(r.report, check(ws.root, '--no-cache').report);

    // A corrupt entry: the server indexes every source and judges the draft as before.
    for (const f of stored) writeFileSync(f, '{ not json');
    const again = new LspTestClient();
    const second = await again.initialize(ws.root, { cacheFolder: cache });
    assert.equal(second.sources, 7);
    const republished = again.waitForDiagnostics(uri(draft), judged);
    again.open(uri(draft), readFileSync(draft, 'utf8'));
    assert.ok(judged(await republished));
    assert.ok(first.diagnostics.length > 0);
    await again.stop();
  } finally {
    ws.dispose();
    rmSync(cache, { recursive: true, force: true });
  }
});

test('the server keeps a draft\'s verdicts in the cache: opened again by another server, it is not judged again, with the same diagnostics and hovers', async () => {
  const ws = tempCopy(EXAMPLES);
  const cache = mkdtempSync(path.join(os.tmpdir(), 'cited-cache-'));
  const draft = path.join(ws.root, 'drafts/harbour-bridge.md');
  const text = readFileSync(draft, 'utf8');
  const judged = (p: { diagnostics: { code: string }[] }) => p.diagnostics.some((d) => /support|claim|mismatch|quote/.test(d.code));
  const fromCache = (logs: string[]) => Number(logs.map((l) => /(\d+) verdicts on .* from the cache/.exec(l)?.[1]).find(Boolean) ?? 0);
  // The first marker of each line with one: its hover (verdict and passage).
  const markers = text.split('\n').flatMap((l, line) => (/^[A-Z].*\[\d\]/.test(l) ? [{ line, character: l.indexOf('[') + 1 }] : []));
  const hovers = async (c: LspTestClient) => Promise.all(markers.map(async (m) => (await c.hover(uri(draft), m.line, m.character))?.contents.value ?? ''));
  try {
    const a = new LspTestClient([], { CITED_SHUTDOWN_FLUSH_MS: '20000' });
    await a.initialize(ws.root, { cacheFolder: cache });
    const firstPublished = a.waitForDiagnostics(uri(draft), judged);
    a.open(uri(draft), text);
    const first = await firstPublished;
    // Every sentence judged (a hover on one still being judged says so, and is answered at once).
    let firstHovers = await hovers(a);
    for (let i = 0; i < 300 && firstHovers.some((h) => /Being checked/.test(h)); i++) {
      await new Promise((r) => setTimeout(r, 50));
      firstHovers = await hovers(a);
    }
    assert.ok(!firstHovers.some((h) => /Being checked/.test(h)), 'every sentence judged');
    assert.equal(fromCache(a.logs), 0, 'nothing stored before');
    await a.stop();
    assert.equal(entries(path.join(cache, 'claims'), true).length, 1, 'the draft\'s verdicts are stored when the server stops');
    // cited claims, which asks for each source's passage as the server does, takes the server's verdicts.
    const listed = spawnSync(process.execPath, [CLI, 'claims', draft, '--format', 'json', '--verbose', '--cache', cache], { cwd: ws.root, encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    const taken = Number(/; (\d+) claims' verdicts from the cache/.exec(listed.stderr)?.[1] ?? 0);
    assert.ok(taken >= 5, listed.stderr);

    // As an editor reopening its tabs: the draft is opened as soon as the server answers, while it indexes.
    const b = new LspTestClient([], { CITED_SHUTDOWN_FLUSH_MS: '20000' });
    const ready = b.initialize(ws.root, { cacheFolder: cache });
    while (!b.initializeResult) await new Promise((r) => setTimeout(r, 1));
    b.open(uri(draft), text);
    await ready;
    // Once indexing is done, the draft's claims (now of the index's own records) get the stored verdicts: not judged again.
    const afterIndexing = b.logs.length;
    for (let i = 0; i < 300 && fromCache(b.logs.slice(afterIndexing)) === 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(fromCache(b.logs.slice(afterIndexing)) >= 5, `verdicts from the cache after indexing: ${b.logs.join('\n')}`);
    for (let i = 0; i < 300 && JSON.stringify(b.latest.get(uri(draft))?.diagnostics) !== JSON.stringify(first.diagnostics); i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(b.latest.get(uri(draft))?.diagnostics, first.diagnostics);
    assert.ok(markers.length >= 5);
    assert.deepEqual(await hovers(b), firstHovers, 'the passages a hover quotes are stored too');
    await b.stop();
  } finally {
    ws.dispose();
    rmSync(cache, { recursive: true, force: true });
  }
});

test('a bibliography entry whose abstract changed is judged again, not taken from the cache', () => {
  withWorkspace((root, cache) => {
    const bib = (abstract: string) => `@article{harbour2026,\n  title = {Harbour survey},\n  author = {Nash, Craig},\n  year = {2026},\n  abstract = {${abstract}}\n}\n`;
    writeFileSync(path.join(root, 'sources', 'refs.bib'), bib('The survey counted 120 ferries in the harbour in 2026.'));
    writeFileSync(path.join(root, 'drafts', 'survey.md'), 'The survey counted 120 ferries in the harbour [@harbour2026].\n');
    const first = check(root, '--cache', cache);
    writeFileSync(path.join(root, 'sources', 'refs.bib'), bib('The survey counted 95 ferries in the harbour in 2026.'));
    const second = check(root, '--cache', cache);
    const fresh = check(root, '--no-cache');
    assert.equal(second.report, fresh.report);
    assert.notEqual(second.report, first.report, 'the changed abstract changes the result');
    assert.match(second.report, /number-mismatch/);
  });
});

test('a draft whose definition points to a missing file is checked again once the file exists', () => {
  withWorkspace((root, cache) => {
    writeFileSync(path.join(root, 'drafts/late.md'), 'The harbour handled more cargo in 2023 [1].\n\n[1]: ../notes/later.txt\n');
    const codes = (report: string) => (JSON.parse(report) as { files: { path: string; diagnostics: { code: string }[] }[] }).files.find((f) => f.path.endsWith('late.md'))!.diagnostics.map((d) => d.code);
    const first = check(root, '--cache', cache);
    assert.ok(codes(first.report).includes('missing-source'), codes(first.report).join());
    assert.deepEqual(check(root, '--cache', cache).stats!.drafts[1], 0, 'unchanged: all from the cache');
    mkdirSync(path.join(root, 'notes'));
    writeFileSync(path.join(root, 'notes/later.txt'), 'Later\n\nThe harbour handled more cargo in 2023 than ever.\n');
    const second = check(root, '--cache', cache);
    assert.ok(!codes(second.report).includes('missing-source'), codes(second.report).join());
    assert.equal(second.stats!.drafts[1], 1, 'that draft alone checked again');
    assert.equal(second.report, check(root, '--no-cache').report);
  });
});

test('--cache-max-mb trims the folder at once, least recently used first; the next check is still right', () => {
  withWorkspace((root, cache) => {
    const first = check(root, '--cache', cache);
    assert.ok(entries(cache).length > 0);
    const trimmed = check(root, '--cache', cache, '--cache-max-mb', '0');
    assert.match(trimmed.stderr, /cache trimmed: \d+ entries removed/);
    assert.equal(entries(cache).length, 0, 'a limit of 0 leaves no entry');
    const again = check(root, '--cache', cache);
    assert.equal(again.report, first.report);
    assert.deepEqual(again.stats!.sources, [0, 7], 'everything read afresh, and stored again');
    assert.ok(entries(cache).length > 0);
    // cited claims, which writes to the same folder, trims it too.
    const listed = spawnSync(process.execPath, [CLI, 'claims', root, '--format', 'json', '--verbose', '--cache', cache, '--cache-max-mb', '0'], { encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    assert.match(listed.stderr, /cache trimmed: \d+ entries removed/);
    assert.equal(entries(cache).length, 0);
    const bad = spawnSync(process.execPath, [CLI, 'check', root, '--cache-max-days', 'soon'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--cache-max-days takes a number/);
  });
});

test('entries written by a build of other readers or another checker, at the same version, are ignored with one message', () => {
  withWorkspace((root, cache) => {
    const first = check(root, '--cache', cache);
    for (const f of entries(cache)) writeFileSync(f, readFileSync(f, 'utf8').replace(/"checker":"[^"]*"/, '"checker":"an-older-build"'));
    const second = check(root, '--cache', cache);
    assert.equal(second.report, first.report);
    assert.equal(second.stderr.split('\n').filter((l) => /another version/.test(l)).length, 1, second.stderr);
    assert.deepEqual(second.stats!.sources, [0, 7]);
    assert.equal(second.stats!.drafts[0], 0);
  });
});

test('the text of PDF and Word files is extracted once: a second check takes it from the cache, with the same report', () => {
  const ws = tempCopy(path.resolve(__dirname, '../fixtures/formats'));
  const cache = mkdtempSync(path.join(os.tmpdir(), 'cited-cache-'));
  const texts = (stderr: string) => /PDF and Word texts (\d+) from cache, (\d+) extracted afresh/.exec(stderr)?.slice(1).map(Number);
  try {
    const first = check(ws.root, '--cache', cache);
    const [hits, extracted] = texts(first.stderr) ?? [];
    assert.equal(hits, 0, first.stderr);
    assert.ok(extracted >= 4, first.stderr);
    assert.ok(entries(path.join(cache, 'document')).length >= 4, 'each document stored');
    const second = check(ws.root, '--cache', cache);
    assert.deepEqual(texts(second.stderr), [extracted, 0], second.stderr);
    assert.equal(second.report, first.report);
    // A stored text that is not what was stored (here not even JSON) is ignored with a message, and the file extracted again.
    for (const f of entries(path.join(cache, 'document'))) writeFileSync(f, '{ not json');
    rmSync(path.join(cache, 'draft'), { recursive: true, force: true });
    const third = check(ws.root, '--cache', cache);
    assert.equal(texts(third.stderr)![0], 0, third.stderr);
    assert.equal(third.stderr.split('\n').filter((l) => /corrupt/.test(l)).length, 1, third.stderr);
    assert.equal(third.report, first.report);
  } finally {
    ws.dispose();
    rmSync(cache, { recursive: true, force: true });
  }
});
