// Bundles the client, the server and the CLI into dist/ with esbuild.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

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

/**
 * The bundle's characters outside ASCII written as `\uXXXX` escapes. esbuild escapes them in strings
 * but not in regular expressions and comments, and one such character makes the whole file a
 * two-byte string for Node: reading and compiling the server's bundle took about 40 ms longer at
 * each start. An escape means the same character in a regular expression (with or without `u`, in a
 * class or not), in a string, in a template (String.raw's are used as regular expressions' sources
 * here) and in a comment. A character escaped by a backslash ("\’") is that character: the escape
 * takes the backslash's place.
 */
export function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/gu, (_, slashes, ch) => {
    let escaped = '';
    for (let i = 0; i < ch.length; i++) escaped += '\\u' + ch.charCodeAt(i).toString(16).padStart(4, '0');
    return (slashes.length % 2 ? slashes.slice(1) : slashes) + escaped;
  });
}

/** Rewrites each output file ASCII-only once esbuild has written it (also in watch mode). */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      const file = build.initialOptions.outfile;
      const code = readFileSync(file, 'utf8');
      const ascii = asciiOnly(code);
      if (ascii !== code) writeFileSync(file, ascii);
      // A file that starts with "#!" is a command (esbuild sets the mode only for an entry point's own "#!", not a banner's).
      if (ascii.startsWith('#!')) chmodSync(file, 0o755);
    });
  },
};

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
  plugins: [asciiOutput],
};
/** dist/NAME.js: the launcher of dist/NAME.bundle.js. */
function launcher(name) {
  return { ...common, entryPoints: ['server/src/launch.ts'], outfile: `dist/${name}.js`, sourcemap: false, define: { ...common.define, __CITED_BUNDLE__: JSON.stringify(`${name}.bundle.js`) } };
}
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' },
  // The server, the CLI and the judging thread are bundles run by a launcher of the same name that hands V8 the code it
  // compiled in an earlier run (server/src/node/codeCache.ts).
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.bundle.js' },
  launcher('server'),
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.bundle.js' },
  { ...launcher('cli'), banner: { js: '#!/usr/bin/env node' } },
  // pdf.js, in the worker threads the server and the CLI read PDFs in (server/src/node/pdfText.ts).
  { ...common, entryPoints: ['server/src/node/pdfWorker.ts'], outfile: 'dist/pdfWorker.js' },
  // The server's judging thread (server/src/node/judgePool.ts).
  { ...common, entryPoints: ['server/src/node/judgeWorker.ts'], outfile: 'dist/judgeWorker.bundle.js' },
  launcher('judgeWorker'),
  // The cache's writing thread (server/src/node/cacheWriter.ts), for `cited check`.
  { ...common, entryPoints: ['server/src/node/cacheWriter.ts'], outfile: 'dist/cacheWriter.js' },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
