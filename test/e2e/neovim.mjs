#!/usr/bin/env node
/** Runs test/e2e/neovim.lua in headless Neovim against a copy of examples/ and checks what it saw. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const ws = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cited-nvim-')));
cpSync(path.join(repo, 'examples'), ws, { recursive: true });
process.on('exit', () => rmSync(ws, { recursive: true, force: true }));
const r = spawnSync(
  'nvim',
  ['--headless', '-u', 'NONE', '-c', `lua _G.CITED_ROOT=${JSON.stringify(ws)} _G.CITED_SERVER=${JSON.stringify(path.join(repo, 'dist/server.js'))}`, '-c', `luafile ${path.join(here, 'neovim.lua')}`],
  { encoding: 'utf8', timeout: 90_000, env: { ...process.env, XDG_CACHE_HOME: ws, XDG_STATE_HOME: ws, XDG_CONFIG_HOME: ws } },
);
const out = (r.stdout ?? '') + (r.stderr ?? '');
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
console.log(`  ✔ Neovim ${spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]}: ${diags.length} pushed diagnostics, a hover, ${refs.length} references, ${actions.length} code actions, ${completions.length} completions and a rename of ${renames.length} places over stdio`);
