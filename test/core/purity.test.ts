import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const CORE = path.resolve(__dirname, '../../server/src/core');
const FORBIDDEN = /from\s+['"](?:node:)?(?:fs|fs\/promises|child_process|net|http|https|vscode|vscode-languageserver(?:\/node)?|vscode-languageclient.*)['"]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('the core imports no file system, network, vscode or LSP connection module', () => {
  const all = files(CORE);
  assert.ok(all.length > 10, 'core files found');
  const offenders = all.filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')) || /\brequire\(/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders.map((f) => path.relative(CORE, f)), []);
});

test('the lint rule keeps the core pure: it rejects Node I/O and editor imports there, and allows them in the hosts', async () => {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({ cwd: path.resolve(__dirname, '../..') });
  const core = path.join(CORE, 'lintProbe.ts');
  const host = path.resolve(__dirname, '../../server/src/node/lintProbe.ts');
  const text = "import { readFileSync } from 'node:fs';\nimport * as vscode from 'vscode';\nexport const probe = [readFileSync, vscode];\n";
  const [inCore] = await eslint.lintText(text, { filePath: core });
  const [inHost] = await eslint.lintText(text, { filePath: host });
  assert.deepEqual(inCore.messages.map((m) => `${m.line}:${m.ruleId}`), ['1:no-restricted-imports', '2:no-restricted-imports']);
  assert.deepEqual(inHost.messages.map((m) => m.ruleId), []);
});
