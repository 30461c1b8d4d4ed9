// `npm start`: checks the example newsroom. Its drafts hold broken citations on purpose, so the
// check reporting errors (exit 1) is the expected outcome here; a crash or bad usage still fails.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples', ...process.argv.slice(2)], { stdio: 'inherit' });
if (r.status === 0 || r.status === 1) {
  console.log('\nThat was `cited check examples`. The example drafts have broken citations on purpose; see README.md for what each code means.');
  process.exit(0);
}
process.exit(r.status ?? 1);
