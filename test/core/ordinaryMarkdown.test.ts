/**
 * Markdown that is not a citation is not read as one: reference links and images, an index in
 * code-like text, a year in brackets. A marker that may be either is a warning, not an error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { parseDraft } from '../../server/src/core/draft/parseDraft';

const SOURCES = {
  'sources/minutes.md': '---\ntitle: Council minutes\n---\n\nThe council voted 6 to 1 to approve the harbour budget of 3.4 million pounds.\n',
  'sources/survey.md': '---\ntitle: Bird survey\n---\n\nVolunteers counted 212 nesting pairs of terns on the island in June.\n',
};
const PATH = ROOT + '/drafts/d.md';

function open(draft: string, support = true) {
  const s = workspace({ ...SOURCES, 'drafts/d.md': draft }, { support });
  return { s, model: s.draftModel(PATH)!, diags: s.diagnostics(PATH) };
}
const codes = (diags: { code: string }[]) => diags.map((d) => d.code);

test('a reference link is a link: it resolves, but its sentence is no claim', () => {
  const md = 'Volunteers counted 212 nesting pairs of terns [2]. See [the minutes][1] for the vote on the ferry timetable.\n\n[1]: ../sources/minutes.md\n[2]: ../sources/survey.md\n';
  const { s, model, diags } = open(md);
  const link = model.citations.find((c) => c.link)!;
  assert.equal(md.slice(link.range.start, link.range.end), '[1]');
  assert.equal(model.citations.filter((c) => !c.link).length, 1);
  // Not judged: only the survey sentence is a claim, and nothing is said of the link's sentence.
  assert.deepEqual(s.claims(PATH).map((c) => c.claim.text), ['Volunteers counted 212 nesting pairs of terns.']);
  const linkSentence = md.indexOf('See ');
  assert.deepEqual(diags.filter((d) => d.range.start >= linkSentence && d.range.start < md.indexOf('\n\n')).map((d) => d.code), []);
  // The definition counts as used, and go to definition and hover still work on the label.
  assert.ok(!codes(diags).includes('unused-definition'));
  assert.equal(s.definition(PATH, link.range.start + 1)?.targets[0].path, ROOT + '/sources/minutes.md');
  assert.match(s.hover(PATH, link.range.start + 1)?.markdown ?? '', /Council minutes/);
});

test('an image reference and a collapsed reference link are links too', () => {
  const md = 'The harbour map ![map][1] shows the pier. The [minutes][] say so.\n\n[1]: ../sources/minutes.md\n[minutes]: https://example.org/minutes\n';
  const { model, diags } = open(md, false);
  assert.ok(model.citations.every((c) => c.link));
  assert.ok(!codes(diags).includes('malformed-citation'), 'an empty "[]" after link text is no empty marker');
});

test('an index glued to code-like text is no citation when nothing defines it', () => {
  const md = 'The loop reads x[0] and y[1], then row_2[3], obj.items[4] and myList[5]; total[6] = 7.\n';
  const { model, diags } = open(md, false);
  assert.deepEqual(model.citations, []);
  assert.deepEqual(diags, []);
});

test('a defined label is a citation even when glued to a word', () => {
  const md = 'The council approved the budget[1]. The index x[0] is unrelated.\n\n[1]: ../sources/minutes.md\n';
  const { model, diags } = open(md, false);
  assert.deepEqual(model.citations.map((c) => md.slice(c.range.start, c.range.end)), ['[1]']);
  assert.deepEqual(codes(diags), []);
});

test('a year in brackets is no citation unless a definition gives it', () => {
  const plain = open('In [2023] the council approved the budget [1].\n\n[1]: ../sources/minutes.md\n', false);
  assert.deepEqual(plain.model.citations.map((c) => c.refs[0].label), ['1']);
  assert.deepEqual(codes(plain.diags), []);
  const defined = parseDraft('As [2023] says.\n\n[2023]: ../sources/minutes.md\n');
  assert.deepEqual(defined.citations.map((c) => c.refs[0].label), ['2023']);
});

test('a marker glued to a plain word with no definition is a warning in a draft that cites nothing else', () => {
  const md = 'The terns returned to the island[3] in June.\n';
  const { model, diags } = open(md, false);
  assert.equal(model.citations.length, 1);
  assert.deepEqual(codes(diags), ['ambiguous-citation']);
  assert.equal(diags[0].severity, 'warning');
  assert.match(diags[0].message, /\[3\] is glued to "island" and has no reference definition/);
});

test('in a draft with numbered markers, an undefined marker glued to a word is an undefined citation', () => {
  // As an AI-written draft whose source list was cut off: markers after spaces, after periods and glued.
  const md = 'The council approved the budget [1]. Terns nested on the island.[2] Counts rose in June[3].\n';
  const { diags } = open(md, false);
  assert.deepEqual(codes(diags), ['undefined-citation', 'undefined-citation', 'undefined-citation']);
  assert.ok(diags.every((d) => d.severity === 'error'));
  // A number glued to a number ("in 2020[4]") is kept as a marker too.
  assert.deepEqual(parseDraft('Counts rose in 2020[4].\n').citations.map((c) => c.refs[0].label), ['4']);
});
