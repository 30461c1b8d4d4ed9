/**
 * Session 48's rules, from a new probe of writing about real pages (`bench/data/probe-wice18`): a page sentence that
 * denies what a sentence denies, with the sentence's number said in words ("for a decade" / "for 10 years"), says the
 * denial alike; another page sentence that states the words plainly ("one of the very first college students") is no
 * opposite of it. From a probe of short passages (`probe-dev12`): "lacks any significant atmosphere" is no result called
 * significant (nor its "any" a word of all); "no other region has higher rates" is the page's "has the highest rates".
 * From probe 20: a negation in capitals ("based NOT on ability") is stressed, not a title's; "far from keeping X out"
 * denies the keeping; "that" after "have" is a determiner ("would never have that Stanley Cup ring"). A helper's review of
 * these rules (`test/fixtures/review48-rules.json`, 87 cases) found 24 verdicts they made wrong, all fixed: "to" after a
 * verb of change ("cut his sentence to three years") and "left with" count no total the page gives; a phrase of time or
 * place before ", he has" narrows what is counted; only a length of time said in words ("a decade") is a number the
 * page's denial may have; the page's superlative must be said of what the claim names; "significant" before a noun of
 * amount or a thing ("a significant number") is none of statistics.
 * With the cases that must stay warned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings, judgedOtherwise } from '../helpers/oneSentence';

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

test('a review of these rules: its cases judged otherwise than labelled are the known ones (wrong sentences the checker never caught)', () => {
  // Each is a wrong sentence let through before these rules too: "no other … is older" where the page's superlative is
  // another's, results called significant in words the page does not deny, counts worked out of changes.
  const KNOWN = ['cl-06', 'dn-04', 'dn-07', 'dn-13', 'sg-01', 'sg-03', 'sg-08', 'sg-09', 'sg-11', 'sg-17', 'sg-19', 'sg-20', 'sg-21', 'sp-01', 'sp-02', 'sp-07', 'sp-11', 'sp-12', 'sp-13', 'to-10'];
  assert.deepEqual(judgedOtherwise('review48-rules.json'), KNOWN);
});

const CASTING = 'Hardest part of the work? I would say always having to audition, and how decisions are often based NOT on ability but on commercial considerations.';
const HOME = 'A tall black metal fence surrounds the courtyard of the mansion.\n\nBut the thick bars and heavy gate around the home don\'t keep the neighborhood out — far from it.';
const SPEECH = 'His message was about the day he realized his career was over and he would never have that Stanley Cup ring he so cherished.';

test('a negation in capitals, "far from" before a verb, and "that" after "have" are read as what they are', () => {
  assert.deepEqual(codes('He says the hardest part is seeing decisions often made not on ability but on commercial considerations.', CASTING), []);
  assert.ok(codes('He says decisions are often based on ability, not on commercial considerations.', CASTING).includes('unsupported-claim'));
  assert.deepEqual(codes('Far from keeping the neighborhood out, the bars and heavy gate around the home let it in.', HOME), []);
  assert.ok(codes('The thick bars and heavy gate around the home keep the neighborhood out.', HOME).includes('unsupported-claim'));
  assert.deepEqual(codes('He spoke of the sadness of realizing he would never have a Stanley Cup ring.', SPEECH), []);
  assert.ok(codes('He spoke of the joy of realizing he would have a Stanley Cup ring.', SPEECH).includes('unsupported-claim'));
});
