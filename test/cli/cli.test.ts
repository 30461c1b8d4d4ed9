/** CLI tests: dist/cli.js run as a user runs it, on fixture workspaces shaped like real drafts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import { FIXTURES, EXAMPLES, tempCopy } from '../helpers/tempWorkspace';
import { longDraft } from '../helpers/longDraft';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

function run(args: string[], cwd = path.resolve(__dirname, '../..')) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Report {
  version: number;
  files: { path: string; diagnostics: { code: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
  summary: { drafts: number; sources: number; citations: number; errors: number; warnings: number };
}

test('check --format json prints one JSON document in the documented shape', () => {
  const r = run(['check', path.join(FIXTURES, 'newsroom'), '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.version, 1);
  assert.deepEqual(Object.keys(report.summary).sort(), ['citations', 'drafts', 'errors', 'sources', 'warnings']);
  assert.deepEqual({ drafts: report.summary.drafts, sources: report.summary.sources }, { drafts: 1, sources: 4 });
  const draft = report.files.find((f) => f.path === 'drafts/wind-farm.md')!;
  assert.ok(draft, 'paths are relative to the checked folder');
  for (const d of draft.diagnostics) {
    assert.deepEqual(Object.keys(d).sort(), ['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'severity']);
    assert.ok(d.line >= 1 && d.column >= 1);
  }
  // The seed-shaped draft: markers split over lines, a cut-off "[" in a table cell, and no definitions at all.
  const codes = draft.diagnostics.map((d) => `${d.line}:${d.column}:${d.code}`);
  assert.ok(codes.includes('1:123:malformed-citation'), codes.join(' '));
  assert.ok(codes.includes('9:61:malformed-citation'), codes.join(' '));
  assert.equal(draft.diagnostics.filter((d) => d.code === 'undefined-citation').length, 8);
  // The export with unescaped quotes is read, and its repair is reported on the file itself.
  const exp = report.files.find((f) => f.path === 'sources/agency-export.txt')!;
  assert.deepEqual(exp.diagnostics.map((d) => d.code), ['repaired-source']);
});

test('exit code is 0 when nothing is an error, and severities can be changed', () => {
  const r = run(['check', path.join(FIXTURES, 'newsroom'), '--severity', 'undefined-citation=warning']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /0 errors, 11 warnings/);
});

test('stylish output names file, line:column, severity, message and code', () => {
  const r = run(['check', EXAMPLES]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^drafts\/harbour-bridge\.md$/m);
  assert.match(r.stdout, /^\s+23:48\s+error\s+\[9\] has no reference definition in this draft\..*undefined-citation$/m);
  const json = JSON.parse(run(['check', EXAMPLES, '--format', 'json']).stdout) as Report;
  const s = json.summary;
  assert.match(r.stdout, new RegExp(`${s.drafts} drafts, ${s.sources} sources, ${s.citations} citations: ${s.errors} errors, ${s.warnings} warnings`));
  assert.deepEqual([s.drafts, s.sources], [3, 7]);
});

test('a draft file can be checked on its own, with sources from the current folder', () => {
  const r = run(['check', 'drafts/pandoc-notes.md', '--format', 'json'], EXAMPLES);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.summary.drafts, 1);
  assert.ok(report.files[0].diagnostics.map((d) => `${d.line}:${d.code}`).includes('10:undefined-citation'));
});

test('a clean workspace exits 0', () => {
  const ws = tempCopy(path.join(FIXTURES, 'newsroom'));
  try {
    mkdirSync(ws.root + '/clean');
    writeFileSync(ws.root + '/drafts/wind-farm.md', 'Bids reached $2.1 billion [1].\n\n[1]: ../sources/lease-sale.txt\n');
    const r = run(['check', ws.root, '--format', 'json']);
    assert.equal(r.code, 0, r.stdout);
    assert.equal((JSON.parse(r.stdout) as Report).summary.errors, 0);
  } finally {
    ws.dispose();
  }
});

test('bad usage exits 2 with a message; --help and --version exit 0', () => {
  for (const args of [['check', '--format', 'xml'], ['frobnicate'], ['check', '/no/such/folder'], ['check', '--severity', 'nope=error'], []]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^cited: /, args.join(' '));
  }
  assert.equal(run(['--help']).code, 0);
  assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+/);
});

test('claims --format json lists each cited sentence with markers, verdict, score and evidence', () => {
  const r = run(['claims', EXAMPLES, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { version: number; claims: { path: string; line: number; markers: string[]; verdict: string; score: number | null; evidence: { source: string; line: number; text: string } | null }[]; summary: Record<string, number> };
  assert.equal(report.version, 1);
  assert.equal(report.summary.claims, report.claims.length);
  const figure = report.claims.find((c) => c.path === 'drafts/fact-check.md' && c.line === 3)!;
  assert.deepEqual(figure.markers, ['[1]']);
  assert.ok(figure.score !== null && figure.score >= 0 && figure.score <= 1);
  assert.deepEqual({ source: figure.evidence!.source, line: figure.evidence!.line }, { source: 'sources/council-minutes.md', line: 14 });
  assert.match(figure.evidence!.text, /approve \$48 million/);
  for (const c of report.claims) assert.ok(['supported', 'partial', 'weak', 'unsupported', 'unverifiable', 'unresolved'].includes(c.verdict), c.verdict);
  const unreadable = report.claims.find((c) => c.markers.includes('[7]'))!;
  assert.equal(unreadable.verdict, 'unverifiable');
  assert.equal(unreadable.score, null);
});

test('claims prints a markdown report by default; check --no-support leaves the support codes out', () => {
  const md = run(['claims', EXAMPLES]).stdout;
  assert.match(md, /^# drafts\/fact-check\.md$/m);
  // Line 3 is backed but for its figure: unsupported as written, with the score the source's figure would give; line 11 is not backed at all.
  assert.match(md, /^## ✗ Line 3: unsupported/m);
  assert.match(md, /with the source's figures the score would be 0\.\d\d/);
  assert.match(md, /^## ✗ Line 11: unsupported/m);
  const without = JSON.parse(run(['check', EXAMPLES, '--format', 'json', '--no-support']).stdout) as Report;
  const codes = new Set(without.files.flatMap((f) => f.diagnostics.map((d) => d.code)));
  assert.ok(!codes.has('number-mismatch') && !codes.has('unsupported-claim'));
  assert.ok(codes.has('undefined-citation'));
  assert.equal(run(['claims', '--format', 'stylish']).code, 2);
});

test('--threshold sets the score below which a sentence is unsupported; a bad value is a usage error', () => {
  const count = (t: string) => (JSON.parse(run(['claims', EXAMPLES, '--format', 'json', '--threshold', t]).stdout) as { claims: { verdict: string }[] }).claims.filter((c) => c.verdict === 'unsupported').length;
  assert.ok(count('0.9') > count('0.53'), `${count('0.9')} vs ${count('0.53')}`);
  assert.ok(count('0.05') < count('0.53'));
  const bad = run(['check', EXAMPLES, '--threshold', 'high']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--threshold takes a number from 0 to 1/);
});

test('checking one draft file lists the problems of the sources it cites, not of every source around it', () => {
  const ws = tempCopy(EXAMPLES);
  try {
    // pandoc-notes.md cites the repaired wire-report.json (as @wire-report), not the unreadable ferry-fares.json.
    const one = JSON.parse(run(['check', 'drafts/pandoc-notes.md', '--format', 'json'], ws.root).stdout) as Report;
    assert.deepEqual(one.files.map((f) => f.path), ['drafts/pandoc-notes.md', 'sources/wire-report.json']);
    // harbour-bridge.md cites both, so both are listed; the whole folder lists them too.
    const cites = JSON.parse(run(['check', 'drafts/harbour-bridge.md', '--format', 'json'], ws.root).stdout) as Report;
    assert.deepEqual(cites.files.map((f) => f.path).sort(), ['drafts/harbour-bridge.md', 'sources/ferry-fares.json', 'sources/wire-report.json']);
    const all = JSON.parse(run(['check', '.', '--format', 'json'], ws.root).stdout) as Report;
    assert.ok(all.files.some((f) => f.path === 'sources/ferry-fares.json'));
  } finally {
    ws.dispose();
  }
});

test('check --format github prints one GitHub Actions annotation per problem, with the file relative to the working directory', () => {
  const root = path.resolve(__dirname, '../..');
  const r = run(['check', path.join(FIXTURES, 'newsroom'), '--format', 'github'], root);
  assert.equal(r.code, 1, r.stderr);
  const json = JSON.parse(run(['check', path.join(FIXTURES, 'newsroom'), '--format', 'json'], root).stdout) as Report;
  const lines = r.stdout.trim().split('\n');
  const annotations = lines.filter((l) => l.startsWith('::'));
  const expected = json.files.flatMap((f) => f.diagnostics).filter((d) => d.severity !== 'hint').length;
  assert.equal(annotations.length, expected);
  const fixture = path.relative(root, path.join(FIXTURES, 'newsroom')).split(path.sep).join('/');
  const first = annotations.find((l) => l.includes('malformed-citation'))!;
  assert.match(first, new RegExp(`^::warning file=${fixture}/drafts/wind-farm\\.md,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=cited malformed-citation::`));
  // Values cannot break the command: no raw line breaks, and ":" or "," in properties are escaped.
  for (const a of annotations) assert.match(a, /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=cited [a-z-]+::[^\r\n]+$/);
  assert.match(lines[lines.length - 1], /^cited: 1 drafts, \d+ citations, 4 sources: \d+ errors, \d+ warnings$/);
  // claims has no github format.
  assert.equal(run(['claims', path.join(FIXTURES, 'newsroom'), '--format', 'github'], root).code, 2);
});

test('--time-budget: a draft whose claims cannot all be judged in time is reported as not checked, not waited on', () => {
  const ws = tempCopy(EXAMPLES);
  try {
    writeFileSync(path.join(ws.root, 'drafts/long.md'), longDraft(300));
    const r = run(['check', ws.root, '--format', 'json', '--time-budget', '0.001']);
    assert.equal(r.code, 1, r.stderr);
    const long = (JSON.parse(r.stdout) as Report).files.find((f) => f.path === 'drafts/long.md')!;
    const notChecked = long.diagnostics.filter((d) => d.code === 'not-checked');
    assert.equal(notChecked.length, 1);
    assert.equal(notChecked[0].severity, 'warning');
    assert.match(notChecked[0].message, /^Not checked: draft too large\. \d+ of \d+ cited sentences/);
    // The markers are still checked, and with the default budget every claim is judged.
    const full = JSON.parse(run(['check', ws.root, '--format', 'json']).stdout) as Report;
    const fullLong = full.files.find((f) => f.path === 'drafts/long.md')!;
    assert.equal(fullLong.diagnostics.filter((d) => d.code === 'not-checked').length, 0);
    assert.ok(fullLong.diagnostics.filter((d) => d.code === 'unsupported-claim').length > long.diagnostics.filter((d) => d.code === 'unsupported-claim').length);
    assert.equal(run(['check', ws.root, '--time-budget', '0']).code, 2);
  } finally {
    ws.dispose();
  }
});

test('hostile drafts are checked to the end: deep nesting is reported, thousands of markers and rows complete', () => {
  const ws = tempCopy(path.join(FIXTURES, 'newsroom'));
  try {
    const def = '\n\n[1]: ../sources/agency-export.txt\n';
    let table = '| Year | Turbines |\n|---|---|\n';
    for (let i = 0; i < 5000; i++) table += `| ${1990 + (i % 30)} | ${i % 40} turbines [1] |\n`;
    const drafts: Record<string, string> = {
      'quotes.md': '> '.repeat(3000) + 'A turbine claim [1].' + def,
      'lists.md': '- '.repeat(3000) + 'A turbine claim [1].' + def,
      'markers.md': 'A claim ' + '[1]'.repeat(4000) + def,
      'repeated.md': 'The wind farm has 40 turbines [1]. '.repeat(5000) + def,
      'table.md': table + def,
    };
    mkdirSync(path.join(ws.root, 'hostile'));
    for (const [name, text] of Object.entries(drafts)) writeFileSync(path.join(ws.root, 'hostile', name), text);
    for (const support of [false, true]) {
      const r = run(['check', ws.root, '--format', 'json', ...(support ? [] : ['--no-support'])]);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr.slice(0, 500)}`);
      assert.doesNotMatch(r.stderr, /Maximum call stack/);
      const report = JSON.parse(r.stdout) as Report;
      const file = (name: string) => report.files.find((f) => f.path === 'hostile/' + name)?.diagnostics.map((d) => `${d.line}:${d.code}`) ?? [];
      assert.ok(file('quotes.md').includes('1:nesting-too-deep'), file('quotes.md').join(' '));
      assert.ok(file('lists.md').includes('1:nesting-too-deep'), file('lists.md').join(' '));
      assert.ok(!file('markers.md').some((d) => d.endsWith('citation')));
      assert.ok(!file('table.md').some((d) => d.endsWith('citation')));
      assert.ok(report.summary.citations >= 4000 + 5000 + 5000);
    }
  } finally {
    ws.dispose();
  }
});
