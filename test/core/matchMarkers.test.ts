// Match Markers to Sources: an AI-style draft whose source list was cut off (test/fixtures/unmatched/ai-article.md)
// against the real seed sources (test/fixtures/seeds-workspace/sources). The expected mapping comes from reading the
// sources: [1] states facts only the All Things Geek blog gives (OpenAI paying Microsoft for cloud services, the
// October 2025 agreement on AGI), [2] the Amazon investment and the $38 billion AWS deal of the JSON export, [3] the
// AGI clause and "a loosening of ties rather than a breakup" of partnership-reset.txt, [4] the "platform-level reset"
// and the data centre / silicon / cybersecurity sentence of any-cloud-news.txt; [5] is cited once with [4] and once on a
// sentence about a watch that no source mentions, so no source is clearly its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { decideMatches, assign, MATCH_AT_LEAST, MATCH_MARGIN } from '../../server/src/core/matchMarkers';

const FIXTURES = path.join(__dirname, '../fixtures');
const SOURCES = path.join(FIXTURES, 'seeds-workspace/sources');

function files(draft: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(SOURCES)) out[`sources/${f}`] = readFileSync(path.join(SOURCES, f), 'utf8');
  out['drafts/ai-article.md'] = draft;
  return out;
}
const AI = readFileSync(path.join(FIXTURES, 'unmatched/ai-article.md'), 'utf8');
const DRAFT = `${ROOT}/drafts/ai-article.md`;
const base = (p?: string) => p?.split('/').pop();

test('every undefined number gets the source that backs its sentences, and a number no source clearly backs is left undefined', () => {
  const service = workspace(files(AI));
  const matches = service.matchMarkers(DRAFT);
  assert.deepEqual(
    matches.map((m) => m.label),
    ['1', '2', '3', '4', '5'],
  );
  const byLabel = Object.fromEntries(matches.map((m) => [m.label, m]));
  const expected: Record<string, string> = { '1': 'cloud-exclusivity-blog.html', '2': 'openai-exclusivity-export.json', '3': 'partnership-reset.txt', '4': 'any-cloud-news.txt' };
  for (const [label, file] of Object.entries(expected)) {
    const m = byLabel[label];
    assert.equal(m.status, 'clear', `[${label}]: ${m.reason}`);
    assert.equal(base(m.proposal?.source.path), file, `[${label}]`);
    assert.ok(m.proposal!.score >= MATCH_AT_LEAST);
    assert.ok(!m.runnerUp || m.proposal!.score - m.runnerUp.score >= MATCH_MARGIN);
    assert.equal(m.reason, '');
    // The best passage is text of the proposed source, at its place in the file.
    const passage = m.proposal!.passage!;
    const raw = m.proposal!.source.raw.slice(passage.fileRange.start, passage.fileRange.end);
    assert.ok(raw.length > 0 && passage.text.length > 0);
  }
  // Sentences: [1] is cited in three sentences (one of them in the group [1][3]), [3] in two.
  assert.equal(byLabel['1'].sentences.length, 3);
  assert.equal(byLabel['3'].sentences.length, 2);
  assert.equal(byLabel['2'].proposal!.passage!.text.includes('$50 billion') || byLabel['2'].proposal!.passage!.text.includes('$38 billion'), true);
  // [5]: no source is clearly its own (any-cloud-news backs the sentence it shares with [4], nothing backs the watch).
  const five = byLabel['5'];
  assert.notEqual(five.status, 'clear');
  assert.ok(five.reason.length > 0);
  // One source is not proposed as clear for two numbers here: none is clearly best for both.
  const clear = matches.filter((m) => m.status === 'clear').map((m) => m.proposal!.source.path);
  assert.equal(new Set(clear).size, clear.length);
});

test('accepting the proposals writes every definition in one edit, in the draft style, and the markers then resolve', () => {
  const service = workspace(files(AI));
  const matches = service.matchMarkers(DRAFT).filter((m) => m.status === 'clear');
  const edit = service.matchDefinitionsEdit(
    DRAFT,
    matches.map((m) => ({ label: m.label, sourcePath: m.proposal!.source.path })),
  )!;
  assert.ok(edit);
  const text = AI.slice(0, edit.start) + edit.newText + AI.slice(edit.end);
  assert.match(text, /\n\n\[1\]: \.\.\/sources\/cloud-exclusivity-blog\.html "OpenAI and Microsoft’s cloud exclusivity deal officially ends"\n\[2\]: \.\.\/sources\/openai-exclusivity-export\.json "[^"]+"\n\[3\]: \.\.\/sources\/partnership-reset\.txt "[^"]+"\n\[4\]: \.\.\/sources\/any-cloud-news\.txt "[^"]+"\n$/);
  service.setDraft(DRAFT, text);
  const undefinedLeft = service.diagnostics(DRAFT).filter((d) => d.code === 'undefined-citation');
  assert.ok(undefinedLeft.length > 0 && undefinedLeft.every((d) => d.message.startsWith('[5] ')), undefinedLeft.map((d) => d.message).join('\n'));
  assert.deepEqual(service.matchMarkers(DRAFT).map((m) => m.label), ['5']);
  // A number defined meanwhile, or an unknown source, is not written again.
  assert.equal(service.matchDefinitionsEdit(DRAFT, [{ label: '1', sourcePath: matches[0].proposal!.source.path }]), undefined);
  assert.equal(service.matchDefinitionsEdit(DRAFT, [{ label: '5', sourcePath: `${ROOT}/sources/nope.md` }]), undefined);
});

test('after existing definitions, new ones follow them; a draft with every number defined has nothing to match', () => {
  const draft = 'Amazon agreed to invest up to $50 billion in OpenAI [2]. The AGI clause was removed [1].\n\n[1]: ../sources/partnership-reset.txt\n';
  const service = workspace(files(draft));
  const matches = service.matchMarkers(DRAFT);
  assert.deepEqual(
    matches.map((m) => [m.label, m.status, base(m.proposal?.source.path)]),
    [['2', 'clear', 'openai-exclusivity-export.json']],
  );
  const edit = service.matchDefinitionsEdit(DRAFT, [{ label: '2', sourcePath: matches[0].proposal!.source.path }])!;
  const text = draft.slice(0, edit.start) + edit.newText + draft.slice(edit.end);
  assert.match(text, /\[1\]: \.\.\/sources\/partnership-reset\.txt\n\[2\]: \.\.\/sources\/openai-exclusivity-export\.json "[^"]+"\n$/);
  service.setDraft(DRAFT, text);
  assert.deepEqual(service.matchMarkers(DRAFT), []);
});

test('a workspace with no sources leaves every number undefined and says why', () => {
  const service = workspace({ 'drafts/ai-article.md': AI });
  const matches = service.matchMarkers(DRAFT);
  assert.equal(matches.length, 5);
  for (const m of matches) {
    assert.equal(m.status, 'none');
    assert.equal(m.proposal, undefined);
    assert.match(m.reason, /no saved source/);
  }
});

// The decision on its own, on scores given outright.
const c = (source: string, score: number) => ({ source, score });

test('decideMatches: clear picks, a source clearly best for two numbers, top two too close, low scores', () => {
  const d = decideMatches([
    [c('A', 0.8), c('B', 0.2)], // clear
    [c('B', 0.6), c('C', 0.57)], // too close
    [c('D', 0.2), c('A', 0.1)], // too weak
    [],
  ]);
  assert.deepEqual(
    d.map((x) => [x.status, x.proposal?.source, x.runnerUp?.source, x.why]),
    [
      ['clear', 'A', 'B', undefined],
      ['unclear', 'B', 'C', 'close'],
      ['none', undefined, 'D', 'weak'],
      ['none', undefined, undefined, 'nothing'],
    ],
  );
  // A source clearly and strongly best for two numbers goes to both.
  const shared = decideMatches([
    [c('A', 0.9), c('B', 0.2)],
    [c('A', 0.7), c('B', 0.3)],
  ]);
  assert.deepEqual(shared.map((x) => [x.status, x.proposal?.source]), [
    ['clear', 'A'],
    ['clear', 'A'],
  ]);
  // Clearly best for both but only narrowly for the second: the second does not get it, and gets the next free source if clear.
  const narrow = decideMatches([
    [c('A', 0.9), c('B', 0.2)],
    [c('A', 0.7), c('C', 0.6), c('B', 0.3)],
  ]);
  assert.deepEqual(narrow.map((x) => [x.status, x.proposal?.source, x.why]), [
    ['clear', 'A', undefined],
    ['clear', 'C', undefined],
  ]);
  // The best source of a number is another number's, and nothing else backs it: shown, left undefined.
  const taken = decideMatches([
    [c('A', 0.9), c('B', 0.2)],
    [c('A', 0.45), c('B', 0.05)],
  ]);
  assert.deepEqual(taken.map((x) => [x.status, x.proposal?.source, x.why]), [
    ['clear', 'A', undefined],
    ['unclear', 'A', 'taken'],
  ]);
});

test('decideMatches: numbers without a clear best share out the sources one to one, for the highest total', () => {
  // Neither number has a clear best (the two sources are close for each); one to one, B→1 and A→2 score
  // higher (1.21) than A→1 and B→2 (1.17). Both stay unclear (their top two are too close), but are not
  // proposed the same source.
  const d = decideMatches([
    [c('A', 0.62), c('B', 0.6)],
    [c('A', 0.61), c('B', 0.55)],
  ]);
  assert.deepEqual(d.map((x) => [x.status, x.proposal?.source, x.runnerUp?.source, x.why]), [
    ['unclear', 'B', 'A', 'close'],
    ['unclear', 'A', 'B', 'close'],
  ]);
  // A third number that clearly takes A leaves the first two to share B and C: each is clear against what is left.
  const e = decideMatches([
    [c('A', 0.62), c('B', 0.6), c('C', 0.2)],
    [c('A', 0.61), c('C', 0.55), c('B', 0.3)],
    [c('A', 0.9), c('B', 0.1)],
  ]);
  assert.deepEqual(e.map((x) => [x.status, x.proposal?.source]), [
    ['clear', 'B'],
    ['clear', 'C'],
    ['clear', 'A'],
  ]);
});

test('assign: the one-to-one pairing with the highest total, pairs under the floor never made', () => {
  assert.deepEqual(assign([[0.9, 0.8], [0.85, 0.1]], 0.3), [1, 0]);
  assert.deepEqual(assign([[0.9], [0.8]], 0.3), [0, -1]);
  assert.deepEqual(assign([[0.2, 0.1]], 0.3), [-1]);
  assert.deepEqual(assign([], 0.3), []);
  assert.deepEqual(assign([[0.5, 0.6, 0.7], [0.9, 0.4, 0.3], [0.4, 0.9, 0.35]], 0.3), [2, 0, 1]);
});
