import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import type { CodeActionData } from '../../server/src/core/codeActions';
import type { CitedDiagnostic } from '../../server/src/core/diagnostics';

const SOURCES = {
  'sources/port.md': '---\ntitle: Port traffic report\npublisher: Harbour Board\n---\n\nThe weather was mild.\n\nThe port handled 4.2 million containers last year, a record.\n\nStaff numbers were stable.\n',
  'sources/ferry.md': '---\ntitle: Ferry timetable change\n---\n\nThe ferry to Gull Island will run every 40 minutes from May, instead of every hour.\n',
  'sources/archive/summary.md': '---\ntitle: Council summary\n---\n\nThe council approved the bridge plan on Tuesday.\n',
};
const DRAFT = ROOT + '/drafts/d.md';

function setup(draft: string, settings: Record<string, unknown> = {}) {
  const s = workspace({ ...SOURCES, 'drafts/d.md': draft }, settings);
  const diags = s.diagnostics(DRAFT);
  return { s, diags, fixes: (d: CitedDiagnostic[]) => s.codeActions(DRAFT, d) };
}

function apply(text: string, a: CodeActionData): string {
  let out = text;
  for (const e of [...a.edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const codesOf = (draft: string, settings: Record<string, unknown> = {}) => setup(draft, settings).diags.map((d) => d.code);

test('a marker split across lines is joined, as the preferred fix', () => {
  const draft = 'The port handled 4.2 million containers [1][\n2].\n\n[1]: ../sources/port.md\n[2]: ../sources/port.md\n';
  const { diags, fixes } = setup(draft);
  const split = diags.filter((d) => d.code === 'malformed-citation');
  const [a] = fixes(split);
  assert.equal(a.title, 'Join marker into [2]');
  assert.equal(a.isPreferred, true);
  assert.deepEqual(a.diagnostics, [0]);
  assert.ok(!codesOf(apply(draft, a)).includes('malformed-citation'));
});

test('an unclosed "[" is closed as a marker citing the source that backs the sentence, or removed', () => {
  const draft = 'The port handled 4.2 million containers last year [\n';
  const { diags, fixes } = setup(draft);
  const unclosed = diags.filter((d) => d.code === 'malformed-citation');
  assert.equal(unclosed.length, 1);
  const actions = fixes(unclosed);
  const close = actions.find((a) => a.title.startsWith('Close the marker as [1], citing Port traffic report'));
  assert.ok(close, actions.map((a) => a.title).join(' | '));
  const closed = apply(draft, close);
  assert.match(closed, /^The port handled 4\.2 million containers last year \[1\]\n\n\[1\]: \.\.\/sources\/port\.md "Port traffic report"\n$/);
  assert.deepEqual(codesOf(closed).filter((c) => c !== 'weak-support' && c !== 'partial-support'), []);
  const remove = actions.find((a) => a.title === 'Remove the unclosed "["')!;
  assert.equal(apply(draft, remove), 'The port handled 4.2 million containers last year\n');
});

test('an empty marker is removed without leaving a space before the full stop', () => {
  const draft = 'Staff numbers were stable []. Then [@] it rained.\n';
  const { diags, fixes } = setup(draft);
  const empties = diags.filter((d) => d.code === 'malformed-citation');
  assert.equal(empties.length, 2);
  const titles = fixes(empties).map((a) => a.title);
  assert.ok(titles.includes('Remove the empty marker "[]"'), titles.join(' | '));
  assert.ok(titles.includes('Remove the empty marker "[@]"'), titles.join(' | '));
  let text = draft;
  for (const a of fixes(empties).filter((x) => x.title.startsWith('Remove')).sort((x, y) => y.edits[0].start - x.edits[0].start)) text = apply(text, a);
  assert.equal(text, 'Staff numbers were stable. Then it rained.\n');
});

test('an undefined number is defined as a source that backs its sentence, never one below the support threshold', () => {
  const draft = 'The port handled 4.2 million containers last year, a record [1].\n';
  const { diags, fixes } = setup(draft);
  const undef = diags.filter((d) => d.code === 'undefined-citation');
  const actions = fixes(undef);
  assert.match(actions[0]?.title ?? '', /^Define \[1\] as Port traffic report \(score 0\.\d\d\)$/);
  const fixed = apply(draft, actions[0]);
  assert.ok(!codesOf(fixed).includes('undefined-citation'));
  assert.ok(!actions.some((a) => /Ferry/.test(a.title)), 'the ferry timetable does not back the sentence');
  // With a threshold above the port report's score, nothing is offered: the definition would leave the sentence unsupported.
  const score = Number(/score (0\.\d\d)/.exec(actions[0].title)![1]);
  const strict = setup(draft, { support: { threshold: Math.min(1, score + 0.05) } });
  assert.deepEqual(strict.fixes(strict.diags.filter((d) => d.code === 'undefined-citation')).map((a) => a.title), []);
});

test('a missing source is pointed at the file of that name elsewhere in the workspace; one action for both markers', () => {
  const draft = 'The council approved the plan [1]. It did so on Tuesday [1].\n\n[1]: ../sources/summary.md\n';
  const { diags, fixes } = setup(draft);
  const missing = diags.filter((d) => d.code === 'missing-source');
  assert.equal(missing.length, 2);
  const actions = fixes(missing);
  assert.equal(actions.length, 1);
  assert.equal(actions[0].title, 'Point [1] at ../sources/archive/summary.md');
  assert.deepEqual(actions[0].diagnostics, [0, 1]);
  const fixed = apply(draft, actions[0]);
  assert.match(fixed, /\[1\]: \.\.\/sources\/archive\/summary\.md\n$/);
  assert.ok(!codesOf(fixed).includes('missing-source'));
  // No file of that name anywhere: no fix.
  const none = setup('Claim [1].\n\n[1]: ../sources/nowhere.md\n');
  assert.deepEqual(none.fixes(none.diags.filter((d) => d.code === 'missing-source')), []);
});

test('an unused definition is removed, line and all', () => {
  const draft = 'The port handled 4.2 million containers [1].\n\n[1]: ../sources/port.md\n[2]: ../sources/ferry.md\n';
  const { diags, fixes } = setup(draft);
  const [a] = fixes(diags.filter((d) => d.code === 'unused-definition'));
  assert.equal(a.title, 'Remove the unused definition [2]');
  assert.equal(apply(draft, a), 'The port handled 4.2 million containers [1].\n\n[1]: ../sources/port.md\n');
});

test('a duplicate definition is merged: one fix when both name one source, a choice when they differ', () => {
  const same = 'The port handled 4.2 million containers [1].\n\n[1]: ../sources/port.md\n[1]: ../sources/port.md "Port"\n';
  const one = setup(same);
  const merged = one.fixes(one.diags.filter((d) => d.code === 'duplicate-definition'));
  assert.equal(merged.length, 1);
  assert.equal(merged[0].title, 'Merge the two definitions of [1]: remove line 4, which names the same source as line 3');
  assert.equal(apply(same, merged[0]), 'The port handled 4.2 million containers [1].\n\n[1]: ../sources/port.md\n');

  const differ = 'The port handled 4.2 million containers [1].\n\n[1]: ../sources/ferry.md\n[1]: ../sources/port.md "Port traffic report"\n';
  const two = setup(differ);
  const choices = two.fixes(two.diags.filter((d) => d.code === 'duplicate-definition'));
  assert.deepEqual(
    choices.map((a) => a.title),
    ['Merge the two definitions of [1]: keep ../sources/ferry.md (line 3), remove line 4', "Merge the two definitions of [1]: keep ../sources/port.md (line 4) in line 3's place"],
  );
  assert.equal(apply(differ, choices[0]), 'The port handled 4.2 million containers [1].\n\n[1]: ../sources/ferry.md\n');
  const kept = apply(differ, choices[1]);
  assert.equal(kept, 'The port handled 4.2 million containers [1].\n\n[1]: ../sources/port.md "Port traffic report"\n');
  assert.ok(!codesOf(kept).includes('duplicate-definition'));
});

test('titles are unique in one menu: the same fix for two diagnostics is one action, different fixes say where', () => {
  // Two uncited sentences on one line, each best backed by the same source.
  const draft = 'The port handled 4.2 million containers last year, a record. The port handled 4.2 million containers in total. Staff numbers were stable [1].\n\n[1]: ../sources/port.md\n';
  const { diags, fixes } = setup(draft);
  const all = fixes(diags);
  const titles = all.map((a) => a.title);
  assert.equal(new Set(titles).size, titles.length, titles.join(' | '));
  const cites = all.filter((a) => a.title.startsWith('Cite Port traffic report as [1]'));
  assert.equal(cites.length, 2, titles.join(' | '));
  assert.notDeepEqual(cites[0].edits, cites[1].edits);
});

test('fixes that are not structural keep working: blank lines, figures', () => {
  const glued = 'The port handled 4.2 million containers [1].\n[1]: ../sources/port.md\n';
  const g = setup(glued);
  const [blank] = g.fixes(g.diags.filter((d) => d.code === 'definition-in-paragraph'));
  assert.equal(blank.title, 'Insert a blank line before the reference definitions');
  assert.equal(apply(glued, blank), 'The port handled 4.2 million containers [1].\n\n[1]: ../sources/port.md\n');
  const wrong = 'The port handled 5.1 million containers last year, a record [1].\n\n[1]: ../sources/port.md\n';
  const w = setup(wrong);
  const figure = w.fixes(w.diags.filter((d) => d.code === 'number-mismatch')).find((a) => a.title.startsWith("Replace with the source's figure"));
  assert.ok(figure);
  assert.match(apply(wrong, figure), /handled 4\.2 million containers/);
});

test('a diagnostic sent back after the text changed gets no fix and no error', () => {
  const { fixes } = setup('Short.\n');
  assert.deepEqual(fixes([{ code: 'duplicate-definition', range: { start: 500, end: 900 }, message: '', severity: 'warning', related: [] }]).filter((a) => a.edits.some((e) => e.end > 7)), []);
  assert.deepEqual(fixes([{ code: 'malformed-citation', range: { start: 3, end: 4 }, message: '', severity: 'warning', related: [] }]), []);
});

test('a sentence ending in a cut-off marker is cited by closing that marker, not by a second marker beside it', () => {
  const draft = 'Staff numbers were stable [1]. The port handled 4.2 million containers last year [\n\n[1]: ../sources/port.md\n';
  const { diags, fixes } = setup(draft);
  assert.ok(diags.some((d) => d.code === 'uncited-claim'), diags.map((d) => d.code).join(' '));
  const titles = fixes(diags).map((a) => a.title);
  assert.ok(titles.some((t) => t.startsWith('Close the marker as [1], citing Port traffic report')), titles.join(' | '));
  assert.ok(!titles.some((t) => t.startsWith('Cite ')), titles.join(' | '));
});

test('a pandoc key no source has: change it to the id of a source spelled nearly so', () => {
  const s = workspace({ ...SOURCES, 'sources/minutes.md': '---\ntitle: Council minutes\nid: council-minutes\n---\n\nThe council voted.\n', 'drafts/d.md': 'The council voted [@council-minute; @council-minutes-2026]. Also [@nothing-like-it].\n' });
  const text = 'The council voted [@council-minute; @council-minutes-2026]. Also [@nothing-like-it].\n';
  const undef = s.diagnostics(DRAFT).filter((d) => d.code === 'undefined-citation');
  assert.equal(undef.length, 3);
  const actions = s.codeActions(DRAFT, undef);
  assert.deepEqual(actions.map((a) => a.title), ['Change @council-minute to @council-minutes', 'Change @council-minutes-2026 to @council-minutes']);
  assert.equal(apply(apply(text, actions[1]), actions[0]), 'The council voted [@council-minutes; @council-minutes]. Also [@nothing-like-it].\n');
});

test('a number glued to a word with no definition: if it is not a citation, it goes in backticks', () => {
  const draft = 'Read the value of item[2] from the list.\n';
  const { diags, fixes } = setup(draft);
  const amb = diags.filter((d) => d.code === 'ambiguous-citation');
  assert.equal(amb.length, 1);
  const [a] = fixes(amb);
  assert.equal(a.title, 'Not a citation: put item[2] in backticks');
  assert.equal(apply(draft, a), 'Read the value of `item[2]` from the list.\n');
  assert.deepEqual(codesOf(apply(draft, a)), []);
});
