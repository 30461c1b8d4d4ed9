/**
 * Session 48's rules, from a new probe of writing about real pages (`bench/data/probe-wice18`): a page sentence that
 * denies what a sentence denies, with the sentence's number said in words ("for a decade" / "for 10 years"), says the
 * denial alike; another page sentence that states the words plainly ("one of the very first college students") is no
 * opposite of it. From a probe of short passages (`probe-dev12`): "lacks any significant atmosphere" is no result called
 * significant (nor its "any" a word of all); "no other region has higher rates" is the page's "has the highest rates".
 * With the cases that must stay warned.
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

const MOON = 'The surface temperature swings widely between day and night. Because the planet has no significant atmosphere to hold some of the heat, its nights are bitterly cold.';
const TRIAL = 'The trial enrolled 400 patients. There was no statistically significant difference in recovery time between the two groups.';

test('"significant" of a thing, not of a result, is not read as a statistical claim, and "lacks any" says no "all"', () => {
  assert.deepEqual(codes('Its nights are bitterly cold because it lacks any significant atmosphere to hold some of the heat.', MOON), []);
  assert.deepEqual(codes('Its nights are bitterly cold because the planet has no significant atmosphere to hold the heat.', MOON), []);
  // A result called significant where the page says it was not: still warned.
  assert.ok(warnings('Recovery time was significantly shorter in the treated group.', TRIAL).some((w) => /not statistically significant/.test(w)));
  assert.ok(codes('The difference in recovery time between the two groups was significant.', TRIAL).includes('unsupported-claim'));
});

const REGIONS = 'Of all regions, the northern province has the highest rates of school absence. Rates fell slightly last year.';
const LOWEST = 'Of all regions, the northern province has the lowest rates of school absence. Rates fell slightly last year.';

test('"no other … has higher" is said by the page\'s "the highest", and only by that superlative', () => {
  assert.deepEqual(codes('In the northern province: no other region has higher rates of school absence.', REGIONS), []);
  assert.deepEqual(codes('No other region has higher rates of school absence than the northern province.', REGIONS), []);
  // The opposite superlative, or the superlative denied: still the opposite.
  assert.ok(codes('In the northern province: no other region has higher rates of school absence.', LOWEST).includes('unsupported-claim'));
  assert.ok(codes('The northern province does not have the highest rates of school absence.', REGIONS).includes('unsupported-claim'));
});
