/**
 * `cited check --jobs N`: claims judged source by source in N threads give the report of one
 * thread, byte for byte (with and without a cache, for every kind of source), and so do claims
 * judged in rounds; `cited claims --jobs N` lists what one thread does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as os from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { EXAMPLES, FIXTURES, tempCopy } from '../helpers/tempWorkspace';
import { generate } from '../../bench/generate';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

function check(root: string, ...args: string[]) {
  return checkWith({}, root, ...args);
}

function checkWith(env: Record<string, string>, root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'check', root, '--format', 'json', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

test('--jobs 2 and 3 give the report of one thread', () => {
  const generated = mkdtempSync(path.join(os.tmpdir(), 'cited-jobs-'));
  try {
    generate(generated, 40, 7, 6);
    // PDFs, a Word file and a bibliography (formats), and sources that disagree (the seed articles), sent to the threads too.
    for (const root of [EXAMPLES, path.join(FIXTURES, 'newsroom'), path.join(FIXTURES, 'formats'), path.join(FIXTURES, 'seeds-workspace'), generated]) {
      const one = check(root, '--no-cache', '--jobs', '1');
      for (const jobs of ['2', '3']) {
        const many = check(root, '--no-cache', '--jobs', jobs);
        assert.equal(many.stdout, one.stdout, `${root} with --jobs ${jobs}`);
        assert.equal(many.status, one.status);
        assert.equal(many.stderr, one.stderr);
      }
    }
  } finally {
    rmSync(generated, { recursive: true, force: true });
  }
});

test('cited claims with --jobs 2 lists what one thread does, byte for byte', () => {
  const claims = (root: string, jobs: string) => {
    const r = spawnSync(process.execPath, [CLI, 'claims', root, '--format', 'json', '--no-cache', '--jobs', jobs], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  for (const root of [EXAMPLES, path.join(FIXTURES, 'formats'), path.join(FIXTURES, 'seeds-workspace')]) {
    const one = claims(root, '1');
    assert.ok((JSON.parse(one) as { summary: { claims: number } }).summary.claims > 0, root);
    assert.equal(claims(root, '2'), one, root);
  }
});

test('claims judged in rounds (a workspace with more claims than are held at once) give the same report', () => {
  const generated = mkdtempSync(path.join(os.tmpdir(), 'cited-rounds-'));
  try {
    generate(generated, 40, 7, 6);
    const once = checkWith({}, generated, '--no-cache', '--verbose');
    const rounds = checkWith({ CITED_CLAIMS_AT_ONCE: '10' }, generated, '--no-cache', '--verbose');
    const judged = (stderr: string) => Number(/(\d+) claims judged/.exec(stderr)?.[1]);
    assert.ok(judged(once.stderr) > 30, once.stderr);
    assert.doesNotMatch(once.stderr, / rounds\)/);
    // Every 10 claims collected: at least three rounds.
    assert.ok(Number(/in (\d+) rounds\)/.exec(rounds.stderr)?.[1]) >= 3, rounds.stderr);
    assert.equal(judged(rounds.stderr), judged(once.stderr));
    assert.equal(rounds.stdout, once.stdout);
  } finally {
    rmSync(generated, { recursive: true, force: true });
  }
});

test('source files read by other threads while the workspace loads give the report of one thread, with and without a cache', () => {
  const generated = mkdtempSync(path.join(os.tmpdir(), 'cited-readers-'));
  const cache = mkdtempSync(path.join(os.tmpdir(), 'cited-cache-'));
  try {
    // 40 sources, a quarter each HTML and JSON: past a threshold of 1 page, threads read some of them.
    generate(generated, 40, 7, 6);
    const env = { CITED_READ_IN_THREADS_FROM: '1' };
    const one = checkWith(env, generated, '--no-cache', '--jobs', '1', '--verbose');
    assert.doesNotMatch(one.stderr, /by other threads/);
    const many = checkWith(env, generated, '--no-cache', '--jobs', '3', '--verbose');
    assert.equal(many.stdout, one.stdout);
    const read = (stderr: string) => Number(/\((\d+) source files of them by other threads\)/.exec(stderr)?.[1]);
    assert.ok(read(many.stderr) > 0 && read(many.stderr) <= 20, many.stderr);
    // Read by the threads with a cache: every source is read afresh once, stored, and comes from the cache the next time.
    const cold = checkWith(env, generated, '--cache', cache, '--jobs', '2', '--verbose');
    assert.equal(cold.stdout, one.stdout);
    assert.ok(read(cold.stderr) > 0, cold.stderr);
    assert.match(cold.stderr, /sources 0 from cache, 40 read afresh/);
    const warm = checkWith(env, generated, '--cache', cache, '--jobs', '2', '--verbose');
    assert.equal(warm.stdout, one.stdout);
    assert.match(warm.stderr, /sources 40 from cache, 0 read afresh/);
  } finally {
    rmSync(generated, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
});

test('--jobs with a cache: the results stored by the worker threads are those of one thread', () => {
  const ws = tempCopy(EXAMPLES);
  const cache = mkdtempSync(path.join(os.tmpdir(), 'cited-cache-'));
  try {
    const one = check(ws.root, '--no-cache');
    const cold = check(ws.root, '--cache', cache, '--jobs', '2', '--verbose');
    assert.equal(cold.stdout, one.stdout);
    const warm = check(ws.root, '--cache', cache, '--verbose');
    assert.equal(warm.stdout, one.stdout);
    assert.match(warm.stderr, /drafts \d+ from cache, 0 checked afresh/);
  } finally {
    ws.dispose();
    rmSync(cache, { recursive: true, force: true });
  }
});

test('--jobs takes a whole number from 1 to 64', () => {
  for (const bad of ['0', 'two', '1.5', '65']) {
    const r = spawnSync(process.execPath, [CLI, 'check', EXAMPLES, '--jobs', bad], { encoding: 'utf8' });
    assert.equal(r.status, 2, bad);
    assert.match(r.stderr, /--jobs takes a whole number/);
  }
});
