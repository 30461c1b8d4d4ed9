/**
 * Session 49's rules, from two new probes (`bench/data/probe-wice22`, `probe-dev13`), whose first run warned four
 * faithful sentences:
 * - a denial the page says with the word's opposite: "does not agree with the projections" / "is at variance with
 *   them", "without losing workability" / "while maintaining workability";
 * - "no other … has more visitors", with no subject of its own (its context gives it), is the page's "the
 *   most-visited …" (not "the second most-visited", nor "one of the most-visited");
 * - a name spelled a letter apart ("Ogilvie" where the page misspells it "Olgilvie") is the same name.
 * With the cases that must stay warned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));

const CENSUS = 'Although the 2011 census credited the valley with 412,000 residents, that total is at variance with several estimates by regional planners and university demographers.';
const GLAZE = 'Additives can be used to cut the firing temperature of a glaze while maintaining its gloss, and are sometimes called fluxes for this reason.';

test('a denial the page says with the opposite word is said alike', () => {
  assert.deepEqual(codes('The census total does not agree with several estimates by regional planners.', CENSUS), []);
  assert.deepEqual(codes('Such additives are sometimes called fluxes, since they can cut a glaze\'s firing temperature without losing its gloss.', GLAZE), []);
  // Where the page states the very word, the denial is still its opposite.
  const AGREES = 'The 2011 census total agrees with several estimates by regional planners and university demographers.';
  assert.ok(codes('The census total does not agree with several estimates by regional planners.', AGREES).includes('unsupported-claim'));
  const MAINTAINS = 'Additives can cut the firing temperature of a glaze while maintaining its gloss.';
  assert.ok(codes('Additives can cut the firing temperature of a glaze without maintaining its gloss.', MAINTAINS).includes('unsupported-claim'));
});

const MUSEUM = 'It drew 3.1 million people in 2022. The gallery is the most-visited art museum in the country.';

test('"no other … has more" with no subject of its own is said by the page\'s superlative, and only by a first place', () => {
  assert.deepEqual(codes('A note for the slides: no other art museum in the country has more visitors.', MUSEUM), []);
  // The second place, or one of several: the page says some other is ahead, or does not say which.
  assert.ok(codes('A note for the slides: no other art museum in the country has more visitors.', MUSEUM.replace('is the most-visited', 'is the second most-visited')).includes('unsupported-claim'));
  assert.ok(codes('A note for the slides: no other art museum in the country has more visitors.', MUSEUM.replace('is the most-visited art museum', 'is one of the most-visited art museums')).includes('unsupported-claim'));
});

const SURVEY = 'In 1898 the prospector Alfred Harlowe wrote that the trader had "cheerfully paid" the twelve pelts demanded, according to the surveyor Thomas Killbride.';

test('a name a letter apart from the page\'s is the same name, but not a name with a letter changed', () => {
  assert.ok(!codes('According to the surveyor Thomas Kilbride, the trader cheerfully paid the twelve pelts demanded.', SURVEY).includes('unsupported-claim'));
  assert.ok(!warnings('According to the surveyor Thomas Kilbride, the trader cheerfully paid the twelve pelts demanded.', SURVEY).some((w) => /where the source has/.test(w)));
  // Another name in its place, or one letter changed for another: still another name.
  assert.ok(warnings('According to the surveyor Thomas Fitzgerald, the trader cheerfully paid the twelve pelts demanded.', SURVEY).some((w) => /where the source has|Fitzgerald/.test(w)));
  assert.ok(warnings('According to the prospector Alfred Harlawe, the trader cheerfully paid the twelve pelts demanded.', SURVEY.replace('Alfred Harlowe wrote that', 'Alfred Harlowe, a friend, wrote that')).some((w) => /Harlawe/.test(w)));
});
