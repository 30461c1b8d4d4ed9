/**
 * The built CLI on test/fixtures/formats: PDFs (text, scanned, encrypted), a Word file, a .bib with
 * a broken entry, a two-entry CSL-JSON and a CSL-YAML bibliography, cited from one pandoc draft.
 * The binary fixtures are made by scripts/make-fixtures.mjs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, tempCopy } from '../helpers/tempWorkspace';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const FORMATS = path.join(FIXTURES, 'formats');

function run(args: string[], cwd = path.resolve(__dirname, '../..')) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Diag {
  code: string;
  severity: string;
  message: string;
  line: number;
}
interface Report {
  files: { path: string; diagnostics: Diag[] }[];
  summary: { drafts: number; sources: number; errors: number; warnings: number };
}

const draftLines = readFileSync(path.join(FORMATS, 'drafts/article.md'), 'utf8').split('\n');
const lineOf = (needle: string) => draftLines.findIndex((l) => l.includes(needle)) + 1;

test('check reads PDFs, Word files and bibliographies, and reports each problem where it is', () => {
  const r = run(['check', FORMATS, '--format', 'json']);
  assert.equal(r.code, 1, r.stderr); // the broken entry's key is undefined: an error
  assert.equal(r.stderr, '', 'pdf.js prints nothing');
  // Read by a program (a pipe): one line.
  assert.equal(r.stdout.trimEnd().split('\n').length, 1);
  const report = JSON.parse(r.stdout) as Report;
  const at = (file: string) => (report.files.find((f) => f.path === file)?.diagnostics ?? []).map((d) => `${d.line}:${d.code}`);
  const draft = at('drafts/article.md');
  // Supported from a .bib abstract, a PDF page, a CSL-JSON entry, a CSL-YAML entry and a Word file: nothing reported.
  for (const needle of ['[@smith2020]', '[@report, p. 2]', '[@chen2022]', '[@okafor2023]', '[@interview]']) {
    assert.ok(!draft.some((d) => d.startsWith(`${lineOf(needle)}:`)), `${needle}: ${draft.join(' ')}`);
  }
  assert.ok(draft.includes(`${lineOf('[@report, p. 9]')}:page-not-found`), draft.join(' '));
  // The attached PDF backs @lee2019, on page 3 rather than the page cited.
  assert.ok(draft.includes(`${lineOf('[@lee2019, p. 1]')}:wrong-page`), draft.join(' '));
  // A PDF whose pages are labelled xi, xii, 245, 246: locators name the printed pages.
  assert.ok(!draft.some((d) => d.startsWith(`${lineOf('[@book, p. 245]')}:`)), draft.join(' '));
  assert.ok(draft.includes(`${lineOf('[@book, p. xii]')}:wrong-page`), draft.join(' '));
  const diagsOf = report.files.find((f) => f.path === 'drafts/article.md')!.diagnostics;
  assert.match(diagsOf.find((d) => d.line === lineOf('[@book, p. xii]'))!.message, /cites page xii, .*page 246 backs it/);
  assert.ok(draft.includes(`${lineOf('[@doe2021]')}:metadata-only`));
  assert.ok(draft.includes(`${lineOf('[@broken2019]')}:undefined-citation`));
  const diags = report.files.flatMap((f) => f.diagnostics);
  assert.equal(diags.find((d) => d.code === 'metadata-only')!.severity, 'information');
  // The scanned PDF has no text; the encrypted one is reported as such; both on the draft and on the file.
  const scan = report.files.find((f) => f.path === 'sources/scan.pdf')!.diagnostics;
  assert.match(scan[0].message, /no text layer/);
  const locked = report.files.find((f) => f.path === 'sources/locked.pdf')!.diagnostics;
  assert.match(locked[0].message, /encrypted/);
  assert.equal(draft.filter((d) => d === `${lineOf('[@scan]')}:unreadable-source`).length, 2);
  // The broken .bib entry at its own line; the bad CSL-YAML item too.
  const bibLines = readFileSync(path.join(FORMATS, 'refs.bib'), 'utf8').split('\n');
  assert.deepEqual(at('refs.bib'), [`${bibLines.findIndex((l) => l.startsWith('@book{broken2019')) + 1}:unreadable-source`]);
  assert.equal(at('more.yaml').length, 1);
  // The text PDF and the Word file have no problems of their own.
  assert.deepEqual(at('sources/report.pdf'), []);
  assert.deepEqual(at('sources/interview.docx'), []);
  assert.deepEqual(at('sources/book.pdf'), []);
});

test('claims names the page of a PDF passage, and reads a broken PDF without failing', (t) => {
  const { root: ws, dispose } = tempCopy(FORMATS);
  t.after(dispose);
  // A PDF cut short, beside the good ones: reported, never fatal.
  const good = readFileSync(path.join(FORMATS, 'sources/report.pdf'));
  writeFileSync(path.join(ws, 'sources/cut.pdf'), good.subarray(0, 400));
  const r = run(['claims', ws, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const claims = JSON.parse(r.stdout).claims as { claim: string; verdict: string; evidence: { source: string; page?: number; text: string } | null }[];
  const bus = claims.find((c) => c.claim.startsWith('Bus ridership'))!;
  assert.equal(bus.verdict, 'supported');
  assert.match(bus.evidence!.source, /sources\/report\.pdf$/);
  assert.match(bus.evidence!.text, /Bus ridership rose by 12 percent/);
  assert.equal(bus.evidence!.page, 2);
  const tunnel = claims.find((c) => c.claim.startsWith('The harbour tunnel'))!;
  assert.match(tunnel.evidence!.source, /sources\/book\.pdf$/);
  assert.equal(tunnel.evidence!.page, 3, 'the page in the file');
  assert.equal((tunnel.evidence as { pageLabel?: string }).pageLabel, '245', 'the page as printed');
  const captain = claims.find((c) => c.claim.startsWith('Captains'))!;
  assert.equal((captain.evidence as { paragraph?: number }).paragraph, 3);
  const check = JSON.parse(run(['check', ws, '--format', 'json']).stdout) as Report;
  assert.match(check.files.find((f) => f.path === 'sources/cut.pdf')!.diagnostics[0].message, /broken|cannot be read/);
});

test('--bibliography names a bibliography for drafts that do not', (t) => {
  const { root: ws, dispose } = tempCopy(FORMATS);
  t.after(dispose);
  writeFileSync(path.join(ws, 'drafts/plain.md'), 'Ferry ridership rose by 40 percent after the bridge closed [@smith2020].\n');
  const without = JSON.parse(run(['check', path.join(ws, 'drafts/plain.md'), '--format', 'json'], ws).stdout) as Report;
  assert.ok(without.files[0].diagnostics.some((d) => d.code === 'undefined-citation'));
  const withBib = JSON.parse(run(['check', path.join(ws, 'drafts/plain.md'), '--bibliography', 'refs.bib', '--format', 'json'], ws).stdout) as Report;
  assert.deepEqual(withBib.files.find((f) => f.path.endsWith('plain.md'))?.diagnostics ?? [], []);
});
