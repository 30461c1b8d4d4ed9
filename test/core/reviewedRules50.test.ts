/**
 * Session 50's rules, from two new probes (`bench/data/probe-wice23`, `probe-dev14`), whose first run warned three
 * faithful sentences:
 * - "half" alone as the subject of a verb ("in a recent poll, half wanted …") is a share, so the page backs a
 *   sentence's "half of those asked wanted …";
 * - "250 kb/d" and "7.4 mb/d", as oil-market reports write thousands and millions of barrels a day, are 250,000 and
 *   7.4 million.
 * With the cases that must stay warned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';
import { extractFigures } from '../../server/src/core/support/numbers';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));
const values = (text: string) => extractFigures(text).map((f) => `${f.kind} ${f.value}`);

test('"half" as the subject of a verb is a share; "half" in other places is not', () => {
  assert.deepEqual(values('In a poll last spring, half wanted the ferry service restored.'), ['percent 50']);
  assert.deepEqual(values('Half said they would move.'), ['percent 50']);
  assert.deepEqual(values('Nearly half were under thirty.'), ['percent 50']);
  // A part of a game, a length of time, a state half reached: no share of people.
  assert.deepEqual(values('The second half was goalless.'), []);
  assert.deepEqual(values('It took half an hour.'), []);
  assert.deepEqual(values('The bridge stood half finished for a decade.'), []);
});

const POLL = 'The ferry has never been popular with commuters (in a poll last spring, half wanted the old bridge rebuilt instead).';

test('a sentence\'s "half of those asked" is backed by the page\'s "half wanted"; another share is not', () => {
  assert.deepEqual(codes('In a poll last spring, half of those asked wanted the old bridge rebuilt instead of the ferry.', POLL), []);
  assert.ok(codes('In a poll last spring, a third of those asked wanted the old bridge rebuilt instead of the ferry.', POLL).includes('number-mismatch'));
  assert.ok(codes('In a poll last spring, 70% of those asked wanted the old bridge rebuilt instead of the ferry.', POLL).includes('number-mismatch'));
});

test('thousands and millions of barrels a day, written "kb/d" and "mb/d"', () => {
  assert.deepEqual(values('Exports fell by 310 kb/d to 6.2 mb/d in May.').slice(0, 2), ['number 310000', 'number 6200000']);
  assert.deepEqual(values('Output rose 45kb/d.'), ['number 45000']);
  // Other units with those letters are left as they are.
  assert.deepEqual(values('The link runs at 310 kbps.'), ['number 310']);
  const REPORT = 'Norwegian crude exports in May fell by 310 kb/d m-o-m to 6.2 mb/d, the lowest since March 2020.';
  assert.deepEqual(codes('Norway\'s crude exports fell by 310,000 barrels a day in May, to 6.2 million barrels a day.', REPORT), []);
  assert.ok(codes('Norway\'s crude exports fell by 410,000 barrels a day in May, to 6.2 million barrels a day.', REPORT).includes('number-mismatch'));
  assert.ok(codes('Norway\'s crude exports fell by 310,000 barrels a day in May, to 5.2 million barrels a day.', REPORT).includes('number-mismatch'));
});
