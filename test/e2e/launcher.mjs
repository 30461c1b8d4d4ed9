#!/usr/bin/env node
/**
 * A stand-in for the `code` executable that @vscode/test-electron's runTests() spawns.
 * It accepts VS Code's arguments (--extensionDevelopmentPath=, --extensionTestsPath=,
 * --user-data-dir=, --extensions-dir=, a folder) and runs the same test payload in
 * code-server (VS Code's workbench and Node extension host) driven by Debian's Chromium.
 * The test output is printed and the test's exit code becomes this process's exit code.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CODE_SERVER = process.env.CITED_CODE_SERVER ?? path.resolve(here, '../../.e2e-cache/code-server/node_modules/.bin/code-server');
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts code-server in its own process group and resolves once it answers HTTP. */
export async function startCodeServer({ userDataDir, extensionsDir, extraArgs = [] }) {
  const port = await freePort();
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false, 'workbench.tips.enabled': false, 'chat.commandCenter.enabled': false }),
  );
  const config = path.join(userDataDir, 'code-server.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--config', config, ...extraArgs];
  const child = spawn(CODE_SERVER, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_CONFIG_HOME: userDataDir } });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, stop, log: () => log };
}

export async function launchBrowser() {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cited-chromium-'));
  process.on('exit', () => rmSync(profile, { recursive: true, force: true, maxRetries: 3 }));
  return chromium.launchPersistentContext(profile, { executablePath: process.env.CITED_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 } });
}

async function main(argv) {
  const opt = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const dev = opt('extensionDevelopmentPath');
  const tests = opt('extensionTestsPath');
  const folder = argv.find((a) => !a.startsWith('-'));
  if (!dev || !tests || !folder) {
    console.error('usage: launcher.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE FOLDER');
    return 2;
  }
  const userDataDir = opt('user-data-dir') ?? mkdtempSync(path.join(os.tmpdir(), 'cited-user-'));
  const extensionsDir = opt('extensions-dir') ?? mkdtempSync(path.join(os.tmpdir(), 'cited-ext-'));
  const server = await startCodeServer({ userDataDir, extensionsDir });
  const browser = await launchBrowser();
  const timeoutMs = Number(process.env.CITED_E2E_TIMEOUT ?? 300_000);
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      (type === 'error' ? process.stderr : process.stdout).write(text + '\n');
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}`;
    const payload = [
      ['extensionDevelopmentPath', remote(dev)],
      ['extensionTestsPath', remote(tests)],
      ['skipWelcome', 'true'],
    ];
    const url = `http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
    const code = await Promise.race([exited, timeout]);
    if (code === 'timeout') {
      console.error(`The extension tests did not finish within ${timeoutMs / 1000} s.\ncode-server log:\n${server.log()}`);
      return 3;
    }
    return code;
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(4);
    },
  );
}
