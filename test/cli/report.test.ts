/**
 * The check's report as the CLI writes it: in pieces (a thousand drafts' report is tens of MB),
 * which must make the same document as writing it whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { jsonPieces, runCheck, type CheckReport } from '../../server/src/cli';
import { DEFAULT_SETTINGS } from '../../server/src/core/config';
import { FIXTURES, tempCopy } from '../helpers/tempWorkspace';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

const diag = (message: string, line: number) => ({ code: 'undefined-citation', severity: 'error', message, line, column: 3, endLine: line, endColumn: 6 });

test('the JSON report written in pieces is JSON.stringify of it, on one line and indented', async () => {
  const { report } = await runCheck([path.join(FIXTURES, 'newsroom')], { ...DEFAULT_SETTINGS, support: false });
  assert.ok(report.files.length >= 2 && report.files.some((f) => f.diagnostics.length > 1), 'a report with several files and problems');
  const made: CheckReport[] = [
    report,
    { version: 1, files: [], summary: { drafts: 0, sources: 0, citations: 0, errors: 0, warnings: 0 } },
    { version: 1, files: [{ path: 'a.md', diagnostics: [] }], summary: { drafts: 1, sources: 0, citations: 0, errors: 0, warnings: 0 } },
    {
      version: 1,
      files: [
        { path: 'drafts/"quoted"\n.md', diagnostics: [diag('A line\nand "another" — with \\ and \u2028', 1), diag('Two', 2)] },
        { path: 'b.md', diagnostics: [diag('Three', 9)] },
      ],
      summary: { drafts: 2, sources: 1, citations: 3, errors: 3, warnings: 0 },
    },
  ];
  for (const r of made) {
    assert.equal([...jsonPieces(r)].join(''), JSON.stringify(r));
    assert.equal([...jsonPieces(r, 2)].join(''), JSON.stringify(r, null, 2));
  }
});

test('a report of megabytes is written whole in every format', () => {
  // 60 drafts of 150 undefined markers each: 9,000 problems, about 1.4 MB of JSON, past the size of one piece written.
  const ws = tempCopy(path.join(FIXTURES, 'newsroom'));
  mkdirSync(path.join(ws.root, 'many'));
  for (let d = 0; d < 60; d++) {
    const lines = Array.from({ length: 150 }, (_, i) => `Sentence ${i} of draft ${d} says "something" [${i + 1}].`);
    writeFileSync(path.join(ws.root, 'many', `d${d}.md`), lines.join('\n\n') + '\n');
  }
  const run = (format: string) => spawnSync(process.execPath, [CLI, 'check', path.join(ws.root, 'many'), '--no-support', '--no-cache', '--format', format], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const json = run('json');
  assert.equal(json.status, 1, json.stderr);
  assert.ok(json.stdout.length > 1 << 20, `${json.stdout.length} characters`);
  assert.ok(json.stdout.endsWith('}\n'));
  const report = JSON.parse(json.stdout) as CheckReport;
  assert.equal(report.files.length, 60);
  assert.equal(report.summary.errors, 9000);
  assert.deepEqual(
    report.files.map((f) => f.diagnostics.length),
    Array.from({ length: 60 }, () => 150),
  );
  assert.equal(report.files.find((f) => f.path === 'd59.md')!.diagnostics[149].line, 299);

  const stylish = run('stylish');
  const lines = stylish.stdout.split('\n');
  // Each file's name, its 150 problems and a blank line; then the summary, and the last newline.
  assert.equal(lines.length, 60 * 152 + 2);
  assert.equal(lines.filter((l) => /^ {2}\d+:\d+ +error {2}.*undefined-citation$/.test(l)).length, 9000);
  assert.match(lines[lines.length - 2], /^✖ 60 drafts, \d+ sources?, 9000 citations: 9000 errors, 0 warnings, 9000 problems in all$/);
  assert.equal(lines[lines.length - 1], '');

  const github = run('github').stdout.split('\n');
  assert.equal(github.filter((l) => l.startsWith('::error file=')).length, 9000);
  assert.equal(github[github.length - 2], `cited: 60 drafts, 9000 citations, ${report.summary.sources} sources: 9000 errors, 0 warnings`);
  ws.dispose();
});
