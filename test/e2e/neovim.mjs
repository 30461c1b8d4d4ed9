#!/usr/bin/env node
/** Runs test/e2e/neovim.lua in headless Neovim against a copy of examples/ and checks what it saw. */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const ws = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cited-nvim-')));
cpSync(path.join(repo, 'examples'), ws, { recursive: true });
process.on('exit', () => rmSync(ws, { recursive: true, force: true }));
// A web page for Save Source from URL, served here while Neovim runs (so Neovim is run without blocking).
const PAGE = '<!doctype html><html><head><title>Tide gauge readings for the harbour</title></head><body><main><h1>Tide gauge readings for the harbour</h1><p>The tide gauge recorded a high water of 5.2 metres on the night of the storm, the highest reading since 1998.</p><p>The harbour office checked the gauge the next day and found it working.</p></main></body></html>';
const web = createServer((req, res) => {
  res.writeHead(req.url === '/tides' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(req.url === '/tides' ? PAGE : 'no');
});
await new Promise((r) => web.listen(0, '127.0.0.1', r));
const pageUrl = `http://127.0.0.1:${web.address().port}/tides`;
writeFileSync(path.join(ws, 'drafts/web.md'), `The tide gauge recorded a high water of 5.2 metres on the night of the storm [1].\n\n[1]: ${pageUrl}\n`);
const out = await new Promise((resolve) => {
  const child = spawn(
    'nvim',
    ['--headless', '-u', 'NONE', '-c', `lua _G.CITED_ROOT=${JSON.stringify(ws)} _G.CITED_SERVER=${JSON.stringify(path.join(repo, 'dist/server.js'))}`, '-c', `luafile ${path.join(here, 'neovim.lua')}`],
    { env: { ...process.env, XDG_CACHE_HOME: ws, XDG_STATE_HOME: ws, XDG_CONFIG_HOME: ws } },
  );
  let text = '';
  child.stdout.on('data', (d) => (text += d));
  child.stderr.on('data', (d) => (text += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  child.on('close', () => {
    clearTimeout(timer);
    resolve(text);
  });
});
web.close();
const diags = [...out.matchAll(/DIAG (\S+)/g)].map((m) => m[1]);
for (const want of ['3:number-mismatch', '5:quote-not-found', '7:sources-disagree']) assert.ok(diags.includes(want), `${want} not pushed to Neovim; got ${diags.join(' ')}\n${out}`);
assert.match(out, /HOVER .*Not supported.*\$48 million/, out);
const refs = [...out.matchAll(/REF (\S+)/g)].map((m) => m[1]);
for (const want of ['fact-check.md:3', 'fact-check.md:13', 'harbour-bridge.md:27', 'pandoc-notes.md:6']) assert.ok(refs.includes(want), `${want} not among the references: ${refs.join(' ')}\n${out}`);
const actions = [...out.matchAll(/ACTION (.+)/g)].map((m) => m[1]);
assert.ok(actions.includes("Replace with the source's figure: $48 million"), `code actions on line 3: ${actions.join(' | ')}\n${out}`);
const completions = [...out.matchAll(/COMPLETION (.+)/g)].map((m) => m[1]);
assert.ok(completions.length >= 7 && completions.every((c) => /^\[\d+\] /.test(c)), `completions after "[": ${completions.join(' | ')}\n${out}`);
assert.match(out, /PREPARE council-minutes/, out);
const renames = [...out.matchAll(/RENAME (\S+) (.+)/g)].map((m) => `${m[1]} ${m[2]}`);
for (const want of ['council-minutes.md:7 council-record', 'pandoc-notes.md:6 council-record', 'pandoc-notes.md:9 council-record']) assert.ok(renames.includes(want), `${want} not in the rename: ${renames.join(' | ')}\n${out}`);
assert.match(out, new RegExp(`SAVEACTION Save a copy of ${pageUrl.replace(/[.]/g, '\\.')} as a source`), out);
const saved = /SAVED \[1\]: \.\.\/sources\/(\S+\.md) "Tide gauge readings for the harbour"/.exec(out);
assert.ok(saved, `the definition was not pointed at a saved copy:\n${out}`);
assert.ok(existsSync(path.join(ws, 'sources', saved[1])) && readFileSync(path.join(ws, 'sources', saved[1]), 'utf8').includes(`url: ${pageUrl}`), `sources/${saved[1]} was not written`);
console.log(`  ✔ Neovim ${spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]}: ${diags.length} pushed diagnostics, a hover, ${refs.length} references, ${actions.length} code actions, ${completions.length} completions, a rename of ${renames.length} places, and Save Source from URL run by the server, over stdio`);
