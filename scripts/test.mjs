// Runs every test/**/*.test.ts (or the files named) with node's test runner; Node 20 does not expand globs itself.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
// The CLI and the server keep a cache in the user's cache folder by default: the tests get a folder of their own, removed after.
const cacheHome = mkdtempSync(join(tmpdir(), 'cited-test-cache-'));
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=120000', '--test-reporter=spec', ...files], { stdio: 'inherit', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
rmSync(cacheHome, { recursive: true, force: true });
process.exit(r.status ?? 1);
