// Bundles the client, the server and the CLI into dist/ with esbuild.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * A hash of the core's sources (the readers and the checker): the persistent cache
 * (server/src/node/cache.ts) uses no entry written by a build of other sources, even at the same version.
 */
function checkerId() {
  const h = createHash('sha256');
  const files = readdirSync('server/src/core', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) h.update(f + '\0').update(readFileSync('server/src/core/' + f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'es2022',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // The extension host provides `vscode`; nothing else is left outside the bundle.
  external: ['vscode'],
  // citation-js's URL fetchers: never used (bibliographies are read from files), so not shipped.
  alias: { 'fetch-ponyfill': './scripts/stubs/fetch-ponyfill.cjs', 'sync-fetch': './scripts/stubs/sync-fetch.cjs' },
  define: { __CITED_CHECKER__: JSON.stringify(checkerId()) },
};
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  // pdf.js, in the worker threads the server and the CLI read PDFs in (server/src/node/pdfText.ts).
  { ...common, entryPoints: ['server/src/node/pdfWorker.ts'], outfile: 'dist/pdfWorker.js' },
  // The server's judging thread (server/src/node/judgePool.ts).
  { ...common, entryPoints: ['server/src/node/judgeWorker.ts'], outfile: 'dist/judgeWorker.js' },
  // The cache's writing thread (server/src/node/cacheWriter.ts), for `cited check`.
  { ...common, entryPoints: ['server/src/node/cacheWriter.ts'], outfile: 'dist/cacheWriter.js' },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
