/**
 * Judging a draft's claims in slices: every slice makes progress, the lines in focus come first,
 * nothing judged is judged again, and the result is the same as judging all at once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CitedLanguageService } from '../../server/src/core/languageService';
import { normalizeSettings } from '../../server/src/core/config';
import { EXAMPLES } from '../helpers/tempWorkspace';
import { longDraft, EXAMPLE_SOURCES } from '../helpers/longDraft';

const ROOT = '/ws';
const DRAFT = ROOT + '/drafts/long.md';

function service(text: string): CitedLanguageService {
  const s = new CitedLanguageService([ROOT], normalizeSettings({}));
  for (const f of EXAMPLE_SOURCES) s.setSource(`${ROOT}/sources/${f}`, readFileSync(`${EXAMPLES}/sources/${f}`, 'utf8'));
  s.setDraft(DRAFT, text);
  return s;
}

const codes = (s: CitedLanguageService, list = s.diagnostics(DRAFT)) => list.map((d) => `${d.range.start}:${d.code}:${d.message}`);

test('a slice with no time left still judges a claim, so slices always finish, with the same result as judging at once', () => {
  const text = longDraft(60);
  const sliced = service(text);
  let progress = sliced.judge(DRAFT, 0);
  const total = progress.total;
  assert.equal(total, 60);
  let calls = 1;
  let before = progress.judged;
  assert.ok(before >= 1);
  while (!progress.complete) {
    progress = sliced.judge(DRAFT, 0);
    assert.ok(progress.judged > before, `slice ${calls} made no progress`);
    before = progress.judged;
    calls++;
  }
  assert.ok(calls > 1 && calls <= total, `${calls} slices for ${total} claims`);
  assert.deepEqual(codes(sliced), codes(service(text)));
});

test('claims in focus are judged first; the rest follow nearest first', () => {
  const text = longDraft(60);
  const s = service(text);
  const at = text.indexOf('in 1950 [');
  const focus = [{ start: at, end: at + 1 }];
  s.judge(DRAFT, 0, focus);
  assert.ok(s.judgedWithin(DRAFT, focus));
  assert.equal(s.judgedWithin(DRAFT, [{ start: 0, end: text.indexOf('in 1901 [') }]), false);
  // The next slices move outwards from the focus: the claim next to it before the first one of the draft.
  s.judge(DRAFT, 0, focus);
  const next = text.indexOf('in 1951 [');
  assert.ok(s.judgedWithin(DRAFT, [{ start: next, end: next + 1 }]) || s.judgedWithin(DRAFT, [{ start: text.indexOf('in 1949 ['), end: text.indexOf('in 1949 [') + 1 }]));
  assert.equal(s.judgedWithin(DRAFT, [{ start: 0, end: text.indexOf('in 1901 [') }]), false);
});

test('work is kept across slices and edits: an edit to one sentence is judged in one slice with no time', () => {
  const text = longDraft(40);
  const s = service(text);
  while (!s.judge(DRAFT, 0).complete);
  // A slice with no time judges exactly one claim that needs work; the other 39 must come from what was judged before,
  // even though a new paragraph above moved every sentence.
  const edited = 'A new opening paragraph.\n\n' + text.replace('in 1910 [', 'in 2010 [');
  s.setDraft(DRAFT, edited);
  const p = s.judge(DRAFT, 0);
  assert.deepEqual(p, { judged: 40, total: 40, complete: true });
  assert.deepEqual(codes(s), codes(service(edited)));
  // Two edited sentences need two slices.
  s.setDraft(DRAFT, edited.replace('in 1911 [', 'in 2011 [').replace('in 1912 [', 'in 2012 ['));
  assert.equal(s.judge(DRAFT, 0).complete, false);
  assert.equal(s.judge(DRAFT, 0).complete, true);
});

test('diagnosticsSoFar: what is judged, and with reportUnjudged one not-checked diagnostic at the first claim not judged', () => {
  const text = longDraft(30);
  const s = service(text);
  s.judge(DRAFT, 0);
  const soFar = s.diagnosticsSoFar(DRAFT);
  assert.ok(!soFar.some((d) => d.code === 'not-checked'));
  const reported = s.diagnosticsSoFar(DRAFT, true);
  const notChecked = reported.filter((d) => d.code === 'not-checked');
  assert.equal(notChecked.length, 1);
  assert.equal(notChecked[0].severity, 'warning');
  // Sentences citing the source that cannot be read ([4]) have nothing to judge.
  const judgeable = 30 - text.split('[4].').length + 1;
  assert.match(notChecked[0].message, new RegExp(`Not checked: draft too large\\. ${judgeable - 1} of ${judgeable} cited sentences`));
  assert.equal(text.slice(notChecked[0].range.start, notChecked[0].range.end), '[2]');
  // Once all is judged, the same call gives the full diagnostics and no not-checked.
  while (!s.judge(DRAFT, 0).complete);
  assert.deepEqual(codes(s, s.diagnosticsSoFar(DRAFT, true)), codes(service(text)));
});
