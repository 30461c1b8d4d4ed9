/** `cited match DRAFT`: the built CLI on a copy of the seed sources with an AI-style draft that has no source list. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { FIXTURES, tempCopy } from '../helpers/tempWorkspace';
import type { MatchReport } from '../../server/src/cli';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function seedCopy() {
  const ws = tempCopy(path.join(FIXTURES, 'seeds-workspace'));
  copyFileSync(path.join(FIXTURES, 'unmatched/ai-article.md'), path.join(ws.root, 'drafts/ai-article.md'));
  return ws;
}

test('match --format json proposes a source for each undefined number, and leaves one with no clear source undefined', () => {
  const ws = seedCopy();
  try {
    const r = run(['match', 'drafts/ai-article.md', '--format', 'json'], ws.root);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as MatchReport;
    assert.equal(report.version, 1);
    assert.equal(report.draft, 'drafts/ai-article.md');
    const got = Object.fromEntries(report.matches.map((m) => [m.label, m.status === 'clear' ? m.source : m.status]));
    assert.deepEqual(got, {
      '1': 'sources/cloud-exclusivity-blog.html',
      '2': 'sources/openai-exclusivity-export.json',
      '3': 'sources/partnership-reset.txt',
      '4': 'sources/any-cloud-news.txt',
      '5': report.matches.find((m) => m.label === '5')!.status,
    });
    const five = report.matches.find((m) => m.label === '5')!;
    assert.notEqual(five.status, 'clear');
    assert.ok(five.reason);
    assert.deepEqual(five.lines, [11, 14]);
    assert.deepEqual(report.summary.numbers, 5);
    assert.equal(report.summary.clear, 4);
    // The passage is at its line in the source file.
    const two = report.matches.find((m) => m.label === '2')!;
    assert.ok(two.score! > 0.3 && two.passage);
    const line = readFileSync(path.join(ws.root, two.source!), 'utf8').split('\n')[two.passage!.line - 1];
    assert.ok(line.includes('$38 billion') || line.includes('$50 billion'), line.slice(0, 200));
    assert.deepEqual(
      report.definitions.map((d) => d.replace(/ ".*"$/, '')),
      ['[1]: ../sources/cloud-exclusivity-blog.html', '[2]: ../sources/openai-exclusivity-export.json', '[3]: ../sources/partnership-reset.txt', '[4]: ../sources/any-cloud-news.txt'],
    );
    // The draft itself is not changed.
    assert.equal(readFileSync(path.join(ws.root, 'drafts/ai-article.md'), 'utf8'), readFileSync(path.join(FIXTURES, 'unmatched/ai-article.md'), 'utf8'));
  } finally {
    ws.dispose();
  }
});

test('match prints text by default: each number with its source, score and passage, the undefined ones with why', () => {
  const ws = seedCopy();
  try {
    const r = run(['match', 'drafts/ai-article.md'], ws.root);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^drafts\/ai-article\.md: 5 numbers without a definition$/m);
    assert.match(r.stdout, /^\[2\] → sources\/openai-exclusivity-export\.json \(OpenAI Ends Microsoft Exclusivity, Opens to AWS and Google\), score 0\.\d\d, cited on line 7$/m);
    assert.match(r.stdout, /^ {6}sources\/openai-exclusivity-export\.json:\d+: /m);
    assert.match(r.stdout, /^\[5\] left undefined: .+ \(cited on lines 11, 14\)$/m);
    assert.match(r.stdout, /^Definitions to add:\n\[1\]: \.\.\/sources\/cloud-exclusivity-blog\.html "/m);
    // A draft whose numbers are all defined has nothing to match.
    const done = run(['match', 'drafts/agreeing-sources.md'], ws.root);
    assert.equal(done.code, 0);
    assert.match(done.stdout, /every numbered marker has a definition/);
  } finally {
    ws.dispose();
  }
});

test('match: bad usage exits 2, as JSON when JSON was asked for', () => {
  const ws = seedCopy();
  try {
    const none = run(['match', '--format', 'json'], ws.root);
    assert.equal(none.code, 2);
    assert.match((JSON.parse(none.stdout) as { error: string }).error, /one draft file/);
    assert.equal(run(['match', 'drafts', '--format', 'json'], ws.root).code, 2);
    assert.equal(run(['match', 'drafts/ai-article.md', '--format', 'stylish'], ws.root).code, 2);
    assert.equal(run(['match', 'drafts/nope.md'], ws.root).code, 2);
  } finally {
    ws.dispose();
  }
});

test('match: text from a source cannot send escape sequences to the terminal', () => {
  const ws = tempCopy(path.join(FIXTURES, 'seeds-workspace'));
  try {
    writeFileSync(
      path.join(ws.root, 'sources/tides.md'),
      '# Tides\n\nThe harbour tide gauge recorded \x1b[31m5.2 metres\x1b[0m of water on the night of the storm, \x1b]8;;http://x\x07the highest since 1998.\n',
    );
    writeFileSync(path.join(ws.root, 'drafts/tides.md'), 'The harbour tide gauge recorded 5.2 metres of water on the night of the storm, the highest since 1998 [1].\n');
    const r = run(['match', 'drafts/tides.md'], ws.root);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^\[1\] → sources\/tides\.md \(Tides\)/m);
    assert.match(r.stdout, /5\.2 metres/);
    assert.doesNotMatch(r.stdout, /[\x1b\x07]/);
  } finally {
    ws.dispose();
  }
});
