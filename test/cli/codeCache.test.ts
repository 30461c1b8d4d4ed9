/**
 * The compiled code the launchers keep (server/src/node/codeCache.ts): written into the cache
 * folder by a first run, used as it is by the next, and a file that is corrupt or cut short is
 * not used (rewritten) while the results stay those of a run without it. `--no-cache` writes none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as os from 'node:os';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { EXAMPLES } from '../helpers/tempWorkspace';
import { codeCacheFolder, compiledCodeFile, readCompiledCode } from '../../server/src/node/codeCache';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

function check(...args: string[]): string {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.CITED_CODE_CACHE;
  const r = spawnSync(process.execPath, [CLI, 'check', EXAMPLES, '--format', 'json', ...args], { encoding: 'utf8', env });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return r.stdout;
}

test('the folder comes from the parent thread, then --no-cache and --cache, then the platform', () => {
  const platform = () => '/home/a/.cache/cited';
  assert.equal(codeCacheFolder(['check', '.'], {}, platform), '/home/a/.cache/cited');
  assert.equal(codeCacheFolder(['check', '.', '--cache', '/tmp/c'], {}, platform), '/tmp/c');
  assert.equal(codeCacheFolder(['check', '--cache=/tmp/d', '.'], {}, platform), '/tmp/d');
  assert.equal(codeCacheFolder(['check', '.', '--no-cache'], {}, platform), undefined);
  assert.equal(codeCacheFolder(['--stdio'], { CITED_CODE_CACHE: '/srv/cache' }, platform), '/srv/cache');
  assert.equal(codeCacheFolder(['--stdio'], { CITED_CODE_CACHE: '' }, platform), undefined);
});

test('a code file is read back whole; one with a changed byte, cut short or of another format is not', () => {
  const data = Buffer.from('compiled code, as V8 would give it');
  const file = compiledCodeFile(data, 1234);
  assert.deepEqual(readCompiledCode(file), { data, madeInMs: 1234 });
  const flipped = Buffer.from(file);
  flipped[flipped.length - 3] ^= 1;
  assert.equal(readCompiledCode(flipped), undefined);
  assert.equal(readCompiledCode(file.subarray(0, file.length - 1)), undefined);
  assert.equal(readCompiledCode(file.subarray(0, 10)), undefined);
  const other = Buffer.from(file);
  other.write('OTHERFMT', 0, 'latin1');
  assert.equal(readCompiledCode(other), undefined);
});

test('`cited check` keeps its compiled code in the cache folder, uses it as it is, and replaces a corrupt one', () => {
  const cache = mkdtempSync(path.join(os.tmpdir(), 'cited-code-'));
  try {
    const plain = check('--no-cache');
    const first = check('--cache', cache);
    assert.equal(first, plain);
    const codeDir = path.join(cache, 'code');
    const files = readdirSync(codeDir);
    assert.equal(files.length, 1, files.join(', '));
    assert.match(files[0], /^cli\.bundle-.*\.bin$/);
    const file = path.join(codeDir, files[0]);
    const saved = readFileSync(file);
    assert.ok(readCompiledCode(saved), 'the file is whole');
    const mtime = statSync(file).mtimeMs;

    // Used as it is: not written again.
    assert.equal(check('--cache', cache), plain);
    assert.equal(statSync(file).mtimeMs, mtime);

    // Corrupt: not used, and replaced by a whole one; the results are the same.
    const corrupt = Buffer.from(saved);
    for (let i = 100; i < corrupt.length; i += 997) corrupt[i] ^= 0xff;
    writeFileSync(file, corrupt);
    assert.equal(check('--cache', cache), plain);
    assert.ok(readCompiledCode(readFileSync(file)), 'a whole file was written in its place');

    // Cut short: the same.
    writeFileSync(file, saved.subarray(0, saved.length >> 1));
    assert.equal(check('--cache', cache), plain);
    assert.ok(readCompiledCode(readFileSync(file)));
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test('`cited check --no-cache` writes no compiled code, and a folder that cannot be written changes nothing', () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'cited-home-'));
  try {
    const env = { XDG_CACHE_HOME: home };
    const r = spawnSync(process.execPath, [CLI, 'check', EXAMPLES, '--format', 'json', '--no-cache'], { encoding: 'utf8', env: { ...process.env, ...env, CITED_CODE_CACHE: undefined } });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.ok(!existsSync(path.join(home, 'cited')), 'nothing written under the platform cache folder');
    // A file where the folder should be: no cache can be written, and the check runs as without one.
    const blocked = path.join(home, 'blocked');
    writeFileSync(blocked, 'not a folder');
    assert.equal(check('--cache', blocked), check('--no-cache'));
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
