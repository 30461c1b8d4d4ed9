/**
 * Session 40's review g, run through the built CLI (its sources are PDFs and a bibliography, which only a host reads):
 * a literature review citing a BibTeX file by pandoc keys (abstracts; two entries attaching five-page PDFs, cited with
 * page locators; one entry with neither) and a policy brief citing two PDF reports (a table set as text columns, a
 * footnote), an HTML page and a note by number. The helper labelled 41 faithful sentences and 9 wrong before running
 * anything; the one false alarm ("from 22 to 35 percent" for the page's "from 22 percent … to 35 percent") is fixed.
 * The test fails when a faithful sentence is warned, or when the wrong sentences caught change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ReviewLabel } from '../helpers/reviewLabels';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const DIR = path.resolve(__dirname, '../fixtures/reviews40/g');

interface Diagnostic {
  code: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

test('session 40\'s review g (a bibliography with PDFs, PDF reports): no faithful sentence warned; the wrong sentences caught as before', () => {
  const labels = JSON.parse(readFileSync(path.join(DIR, 'labels.json'), 'utf8')) as ReviewLabel[];
  const falseAlarms: string[] = [];
  const caught: string[] = [];
  for (const ws of [...new Set(labels.map((l) => l.workspace))]) {
    const r = spawnSync(process.execPath, [CLI, 'check', path.join(DIR, ws), '--no-cache', '--format', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as { files: { path: string; diagnostics: Diagnostic[] }[] };
    for (const l of labels.filter((x) => x.workspace === ws)) {
      const file = report.files.find((f) => f.path === l.draft);
      const lines = readFileSync(path.join(DIR, ws, l.draft), 'utf8').split('\n');
      const from = Math.max(0, lines[l.line - 1].indexOf(l.sentence.slice(0, 25)));
      const to = from + l.sentence.length;
      const warned = (file?.diagnostics ?? []).filter((d) => (d.severity === 'warning' || d.severity === 'error') && d.line === l.line && d.column - 1 < to && (d.endLine > l.line || d.endColumn - 1 > from));
      if (!warned.length) continue;
      if (l.label === 'faithful') falseAlarms.push(`${ws}:${l.line} ${warned.map((d) => d.code).join(',')}: ${l.sentence}`);
      else caught.push(`${ws}:${l.line} ${l.sentence.slice(0, 30)}`);
    }
  }
  assert.deepEqual(falseAlarms, []);
  assert.deepEqual(caught.sort(), CAUGHT.sort());
});

const CAUGHT = [
  'ws1:23 Among these would-be cyclists,',
  'ws1:25 Among new e-bike owners, 64 pe',
  'ws1:29 Food-service establishments ga',
  'ws1:33 She concludes that "mid-sized ',
  'ws2:11 Warehousing claims nearly trip',
  'ws2:23 At the six extended-hours site',
];
