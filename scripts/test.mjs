// Runs every test/**/*.test.ts (or the files named) with node's test runner; Node 20 does not expand globs itself.
// The files run two at a time (a machine of two cores, as CI's, is otherwise half idle while one file waits on a process it
// started); the 20,000-row table's files, which judge 20,000 claims each under a bound meant to catch a hang, run first, alone.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'e2e' || f === 'fixtures' ? [] : find(p);
    return p.endsWith('.test.ts') ? [p] : [];
  });
}
const files = process.argv.length > 2 ? process.argv.slice(2) : find('test').sort();
const alone = files.filter((f) => /regressions[\\/]e(?:-\w+)?\.test\.ts$/.test(f));
const together = files.filter((f) => !alone.includes(f));
// The CLI and the server keep a cache in the user's cache folder by default: the tests get a folder of their own, removed after.
const cacheHome = mkdtempSync(join(tmpdir(), 'cited-test-cache-'));
// TypeScript through tsx's CommonJS hook (a third of a second less per file than its ES module loader, which starts a thread).
const run = (list, concurrency) =>
  list.length === 0
    ? 0
    : (spawnSync(process.execPath, ['--require', 'tsx/cjs', '--test', `--test-concurrency=${concurrency}`, '--test-timeout=120000', '--test-reporter=spec', ...list], {
        stdio: 'inherit',
        env: { ...process.env, XDG_CACHE_HOME: cacheHome },
      }).status ?? 1);
const first = run(alone, 1);
const second = run(together, Math.max(1, Math.min(2, availableParallelism())));
rmSync(cacheHome, { recursive: true, force: true });
process.exit(first || second);
