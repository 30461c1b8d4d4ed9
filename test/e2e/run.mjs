#!/usr/bin/env node
/**
 * `npm run test:e2e`: installs what a real-editor run needs (Debian's Chromium and build
 * headers, code-server in .e2e-cache/), builds and packages the extension, then
 *  1. runs the mocha suite inside a real VS Code extension host through @vscode/test-electron's
 *     runTests(), with this project's launcher as the VS Code executable, and
 *  2. drives the packaged .vsix in code-server through Chromium as a writer would (ui.mjs),
 *     saving screenshots to .e2e-out/screenshots/ (`npm run screenshots` copies them to docs/), and
 *  3. runs the server in headless Neovim, a plain LSP client over stdio (neovim.mjs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, writeFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const CODE_SERVER_VERSION = '4.100.3';
// code-server 4.100.3 bundles @vscode/ripgrep 1.15.11, whose postinstall looks for this tarball before downloading.
const RIPGREP = { pkg: '1.15.11', tag: 'v13.0.0-10' };
const DEBIAN = ['chromium', 'ripgrep', 'neovim', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'build-essential'];
const started = Date.now();
const step = (s) => console.log(`\n▶ ${s} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: repo, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

function ensureDebianPackages() {
  const missing = DEBIAN.filter((p) => spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).stdout?.includes('install ok installed') !== true);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`Missing Debian packages: ${missing.join(' ')}. Install them (apt-get install -y ${missing.join(' ')}) and run again.`);
  step(`installing Debian packages: ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function ensureCodeServer() {
  const dir = path.join(repo, '.e2e-cache', 'code-server');
  const bin = path.join(dir, 'node_modules', '.bin', 'code-server');
  if (existsSync(bin)) {
    const v = spawnSync(bin, ['--version'], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: os.tmpdir() } }).stdout ?? '';
    // The version line may follow a log line (code-server writes a default config on first start).
    if (v.split('\n').some((line) => line.startsWith(CODE_SERVER_VERSION + ' '))) return bin;
  }
  step(`installing code-server ${CODE_SERVER_VERSION} into .e2e-cache/`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'cited-e2e-cache', private: true }));
  // Give @vscode/ripgrep's postinstall Debian's rg instead of a download.
  const tmp = os.tmpdir();
  const cache = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP.pkg}`);
  mkdirSync(cache, { recursive: true });
  execFileSync('tar', ['-czf', path.join(cache, `ripgrep-${RIPGREP.tag}-x86_64-unknown-linux-musl.tar.gz`), '-C', '/usr/bin', 'rg']);
  run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    env: {
      ...process.env,
      // This pinned, cached install runs its own native builds and postinstall (npm 11 blocks dependency scripts by default).
      npm_config_dangerously_allow_all_scripts: 'true',
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      TMPDIR: tmp,
    },
  });
  return bin;
}

async function bundleSuite() {
  const esbuild = require('esbuild');
  rmSync(path.join(repo, 'out/e2e/suite'), { recursive: true, force: true });
  await esbuild.build({
    // index.ts and every suite file (one per feature area; they share one editor and workspace, run in name order).
    entryPoints: [path.join(here, 'suite/index.ts'), ...readdirSync(path.join(here, 'suite')).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(here, 'suite', f))],
    outdir: path.join(repo, 'out/e2e/suite'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

function workspaceCopy() {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cited-e2e-ws-')));
  cpSync(path.join(repo, 'examples'), dir, { recursive: true });
  return dir;
}

/**
 * Every temporary folder of the run (workspace copies, code-server and Chromium profiles, VS Code's
 * own sockets and git helpers) goes under one scratch folder, removed when the run ends.
 * CITED_E2E_KEEP=1 keeps it for a look after a failure.
 */
function scratchTmp() {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cited-e2e-')));
  process.env.TMPDIR = dir;
  process.on('exit', () => {
    if (process.env.CITED_E2E_KEEP) console.log(`kept temporary files in ${dir}`);
    else rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  });
}

async function main() {
  scratchTmp();
  step('checking Debian packages');
  ensureDebianPackages();
  process.env.CITED_CODE_SERVER = ensureCodeServer();
  step('building and packaging the extension');
  run('npm', ['run', 'package', '--silent']);
  await bundleSuite();

  step('extension tests in a real VS Code extension host (runTests)');
  const { runTests } = require('@vscode/test-electron');
  const ws = workspaceCopy();
  const t0 = Date.now();
  await runTests({
    vscodeExecutablePath: path.join(here, 'launcher.mjs'),
    extensionDevelopmentPath: repo,
    extensionTestsPath: path.join(repo, 'out/e2e/suite/index.js'),
    launchArgs: [ws],
  });
  const suiteSeconds = (Date.now() - t0) / 1000;

  step('the packaged .vsix in code-server, driven through Chromium');
  const t1 = Date.now();
  run(process.execPath, [path.join(here, 'ui.mjs'), path.join(repo, 'cited.vsix')]);
  const uiSeconds = (Date.now() - t1) / 1000;

  step('the server in Neovim, a second real LSP client');
  run(process.execPath, [path.join(here, 'neovim.mjs')]);
  console.log(`\ne2e: extension-host suite ${suiteSeconds.toFixed(1)} s, browser run ${uiSeconds.toFixed(1)} s, ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
