/**
 * The compiled code the launchers keep (server/src/node/codeCache.ts): written into the platform's
 * cache folder by a first run, used as it is by the next, and a file that is corrupt or cut short
 * is not used (rewritten) while the results stay those of a run without it. None is kept in a
 * folder `--cache` names, nor with `--no-cache`, nor read from a folder others can write to.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as os from 'node:os';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { defaultCacheFolder } from '../../server/src/node/cacheFolder';
import { EXAMPLES } from '../helpers/tempWorkspace';
import { codeCacheFolder, compiledCodeFile, readCompiledCode } from '../../server/src/node/codeCache';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

/** The environment that puts the platform's cache folder under `home` (XDG_CACHE_HOME is read on Linux only). */
function homeEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: home, LOCALAPPDATA: home };
  if (process.platform === 'darwin') env.HOME = home;
  delete env.CITED_CODE_CACHE;
  return env;
}

/** The platform's cache folder when `home` is its parent. */
function platformFolder(home: string): string {
  return defaultCacheFolder(homeEnv(home), process.platform, home);
}

/** `cited check` of the example workspace with `home` as the platform's cache folder's parent. */
function check(home: string, ...args: string[]): string {
  return run(CLI, home, 'check', EXAMPLES, '--format', 'json', ...args);
}

function run(cli: string, home: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: homeEnv(home) });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return r.stdout;
}

function withHome(fn: (home: string) => void): void {
  const home = mkdtempSync(path.join(os.tmpdir(), 'cited-home-'));
  try {
    fn(home);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

test('the folder is the parent thread\'s, else the platform\'s; none when the cache is moved or off', () => {
  const platform = () => '/home/a/.cache/cited';
  assert.equal(codeCacheFolder(['check', '.'], {}, platform), '/home/a/.cache/cited');
  assert.equal(codeCacheFolder(['check', '.', '--cache', '/tmp/c'], {}, platform), undefined);
  assert.equal(codeCacheFolder(['check', '--cache=/tmp/d', '.'], {}, platform), undefined);
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

test('`cited check` keeps its compiled code in the platform\'s cache folder, uses it as it is, and replaces a corrupt one', () => {
  withHome((home) => {
    const plain = check(home, '--no-cache');
    assert.ok(!existsSync(platformFolder(home)), '--no-cache writes nothing under the platform cache folder');
    const first = check(home);
    assert.equal(first, plain);
    const codeDir = path.join(platformFolder(home), 'code');
    if (process.platform !== 'win32') assert.equal(statSync(codeDir).mode & 0o777, 0o700, 'the folder is the user\'s alone');
    const files = readdirSync(codeDir);
    assert.equal(files.length, 1, files.join(', '));
    assert.match(files[0], /^cli\.bundle-.*\.bin$/);
    const file = path.join(codeDir, files[0]);
    const saved = readFileSync(file);
    assert.ok(readCompiledCode(saved), 'the file is whole');
    const mtime = statSync(file).mtimeMs;

    // Used as it is: not written again.
    assert.equal(check(home), plain);
    assert.equal(statSync(file).mtimeMs, mtime);

    // Corrupt: not used, and replaced by a whole one; the results are the same.
    const corrupt = Buffer.from(saved);
    for (let i = 100; i < corrupt.length; i += 997) corrupt[i] ^= 0xff;
    writeFileSync(file, corrupt);
    assert.equal(check(home), plain);
    assert.ok(readCompiledCode(readFileSync(file)), 'a whole file was written in its place');

    // Cut short: the same.
    writeFileSync(file, saved.subarray(0, saved.length >> 1));
    assert.equal(check(home), plain);
    assert.ok(readCompiledCode(readFileSync(file)));

    // A folder others can write to is not read from, nor written to.
    if (process.platform !== 'win32') {
      chmodSync(codeDir, 0o777);
      writeFileSync(file, corrupt);
      assert.equal(check(home), plain);
      assert.deepEqual(readFileSync(file), corrupt, 'left as it was');
      chmodSync(codeDir, 0o700);
    }
  });
});

test('no compiled code is kept in a folder `--cache` names, and a folder that cannot be written changes nothing', () => {
  withHome((home) => {
    const moved = path.join(home, 'moved');
    assert.equal(check(home, '--cache', moved), check(home, '--no-cache'));
    assert.ok(existsSync(moved), 'the cache itself is there');
    assert.ok(!existsSync(path.join(moved, 'code')), 'no code in the moved cache');
    assert.ok(!existsSync(path.join(platformFolder(home), 'code')), 'nor in the platform folder');
    // A file where the platform folder should be: nothing can be written, and the check runs as without a cache.
    const blockedHome = path.join(home, 'blocked');
    writeFileSync(blockedHome, 'not a folder');
    assert.equal(check(blockedHome), check(home, '--no-cache'));
  });
});

test('the code saved for another build of the same size and time is not run, and each build keeps its own', () => {
  withHome((home) => {
    // Two builds whose bundles differ in one character, with the same time, as npm's tarballs and reproducible builds have.
    const builds = ['a', 'b'].map((n) => {
      const dir = path.join(home, n);
      mkdirSync(dir);
      for (const f of ['cli.js', 'cli.bundle.js']) copyFileSync(path.join(path.dirname(CLI), f), path.join(dir, f));
      return dir;
    });
    const bundleB = path.join(builds[1], 'cli.bundle.js');
    const text = readFileSync(bundleB, 'latin1');
    const version = /CITED_VERSION = "([^"]*)"/.exec(text)![1];
    const other = version.slice(0, -1) + (version.endsWith('9') ? '8' : '9');
    writeFileSync(bundleB, text.replace(`CITED_VERSION = "${version}"`, `CITED_VERSION = "${other}"`), 'latin1');
    for (const d of builds) utimesSync(path.join(d, 'cli.bundle.js'), 499162500, 499162500);
    run(path.join(builds[0], 'cli.js'), home, 'check', EXAMPLES, '--format', 'json');
    const codeDir = path.join(platformFolder(home), 'code');
    assert.equal(readdirSync(codeDir).length, 1, 'the first build saved its code');
    assert.equal(run(path.join(builds[1], 'cli.js'), home, '--version').trim(), other);
    // Each build keeps its own code: used in turn, neither replaces the other's.
    run(path.join(builds[1], 'cli.js'), home, 'check', EXAMPLES, '--format', 'json');
    const both = readdirSync(codeDir).sort();
    assert.equal(both.length, 2, both.join(', '));
    const times = both.map((f) => statSync(path.join(codeDir, f)).mtimeMs);
    run(path.join(builds[0], 'cli.js'), home, 'check', EXAMPLES, '--format', 'json');
    assert.deepEqual(readdirSync(codeDir).sort(), both);
    assert.deepEqual(both.map((f) => statSync(path.join(codeDir, f)).mtimeMs), times, 'neither was written again');
  });
});

test('only the two files of other builds saved last are kept beside a bundle\'s own', () => {
  withHome((home) => {
    const codeDir = path.join(platformFolder(home), 'code');
    mkdirSync(codeDir, { recursive: true, mode: 0o700 });
    const olds = [1, 2, 3, 4].map((n) => {
      const f = path.join(codeDir, `cli.bundle-old-build-${n}.bin`);
      writeFileSync(f, 'old');
      utimesSync(f, 1_000_000 + n, 1_000_000 + n);
      return f;
    });
    const stale = path.join(codeDir, 'cli.bundle-old-build-5.bin.123-0.tmp');
    writeFileSync(stale, 'stopped');
    utimesSync(stale, 1_000_000, 1_000_000);
    const other = path.join(codeDir, 'server.bundle-old.bin');
    writeFileSync(other, 'another bundle');
    check(home);
    assert.deepEqual(olds.map((f) => existsSync(f)), [false, false, true, true]);
    assert.ok(!existsSync(stale), 'a temporary file a stopped run left is gone');
    assert.ok(existsSync(other), 'another bundle\'s file is its own');
    assert.equal(readdirSync(codeDir).filter((f) => f.startsWith('cli.bundle-') && !f.includes('old-build')).length, 1);
  });
});
