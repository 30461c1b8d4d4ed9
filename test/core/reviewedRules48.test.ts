/**
 * Session 48's rules, from a new probe of writing about real pages (`bench/data/probe-wice18`): a page sentence that
 * denies what a sentence denies, with the sentence's number said in words ("for a decade" / "for 10 years"), says the
 * denial alike; another page sentence that states the words plainly ("one of the very first college students") is no
 * opposite of it. With the cases that must stay warned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));

const MEMOIR = [
  'The pianist grew up in Harbin during the upheaval.',
  '"There had been no conservatory students for 10 years, 1966 through 1976.',
  '',
  'So I was one of the very first conservatory students, right after the reforms began," she said.',
].join('\n');

test('a denial the page says alike with the number in digits is no opposite of a sentence that says it in words', () => {
  assert.deepEqual(codes('She recalled that there had been no conservatory students for a decade, from 1966 through 1976, and that she was one of the very first after the reforms began.', MEMOIR), []);
  assert.deepEqual(codes('She recalled that there had been no conservatory students for ten years, from 1966 through 1976.', MEMOIR), []);
  // Stated plainly where the page denies it: still the opposite.
  assert.ok(codes('She recalled that there had been conservatory students throughout the decade from 1966 through 1976.', MEMOIR).includes('unsupported-claim'));
  // Another number: the figure is wrong.
  assert.ok(codes('She recalled that there had been no conservatory students for twenty years, from 1956 through 1976.', MEMOIR).includes('number-mismatch'));
});
