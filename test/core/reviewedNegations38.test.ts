/**
 * The review of the checks on negations and quotations (a helper wrote 116 cases, `test/fixtures/reviews38/negations.json`,
 * pages in its own words, aimed at faithful sentences saying a page's negation another way). The session-start build
 * agreed with 49: it read 42 faithful sentences as the page's opposite, and gave 9 faithful quotations as not in the
 * page. Now 72 agree (73 since session 39, which reads "not … until" as the page's sentence with the time says it), and no case of the earlier reviews (1,085, `test/fixtures/reviews*`) is judged worse:
 * - a verb the sentence denies with "not" that the page says with a word of failing, leaving out or turning down
 *   before the same words ("did not pass their inspections" / "failed their inspections", "did not accept the offer" /
 *   "declined the offer", "did not know" / "was unaware": `otherPredicate` in features.ts);
 * - a denial by its quantifier that the page says of the whole set, or of one alone, with a word of its own in place
 *   of one denied ("None … tested positive" / "All … tested negative", "No other spacecraft" / "the only spacecraft":
 *   `quantifiedOtherwise`);
 * - "did not like" for "disliked" (a "dis-" form, as "un-" and "in-" were);
 * - a writer's marks of an edit in a quotation: words in square brackets, "[sic]", a bracketed capital, spaced dots,
 *   "--" for a dash (`quotePieces`, `normalizeForQuote` in quotes.ts).
 * KNOWN: the cases still judged otherwise, each said why; the test fails when one of them changes too. ("Abstained in
 * the vote" / "did not vote", one of them, is judged as labelled since session 58: "abstain" denies what follows, as
 * "avoid" does.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedOtherwise, expectWarned } from '../helpers/oneSentence';

const OPPOSITE_OTHERWISE = 'judged so before this session: the page says the sentence\'s denial with a word that is no denial in form ("acquitted", "postponed", "far from", "unlikely", "stayed home", "yet to", "no stranger to"), where the denied verb or its object is on the page too, or with another quantifier ("few" / "not many", "little" / "not much", "only two of ten" / "eight of ten did not")';
const CONDITION = 'judged so before this session: a denial under a condition or a time ("unless", "not until", "not before June", "never before" / "the first time"), said by the page the other way round';
const ONLY = 'judged so before this session: "the only" / "no one else" said the other way round where the page\'s words are not the sentence\'s';
const NESTED = 'judged so before this session: a negative word inside a title or a quotation within the page\'s quotation, read as the sentence\'s own';
const NOT_CAUGHT = 'a wrong sentence not caught (before this session either): an opposite said without "not" ("rejected" / "approved", "won" / "lost", "closed higher"), a quotation given to another person of the page, a scare quote altered, an unnamed speaker swapped';

const KNOWN: Record<string, string> = {
  ...Object.fromEntries(['neg-yet-to', 'neg-acquitted', 'neg-no-stranger', 'neg-never-married', 'opp-accept-reject', 'p-postponed', 'p-stayed-home', 'p-few-not-many', 'p-little-not-much2', 'p-only-two', 'c-whereas-2', 'c-far-from', 'c-unlikely2', 'c-deny-claim', 'c-sold-out', 'p-few2', 'neg-neither-nor', 'p-unanimous'].map((id) => [id, OPPOSITE_OTHERWISE])),
  ...Object.fromEntries(['p-not-before', 'p-unless-2', 'c-never-before', 'c-not-until-2'].map((id) => [id, CONDITION])),
  ...Object.fromEntries(['p-no-one-else2', 'r-only'].map((id) => [id, ONLY])),
  ...Object.fromEntries(['q-report-title', 'q3-nested'].map((id) => [id, NESTED])),
  ...Object.fromEntries(['w-rejected', 'w-quote-person', 'w-admit', 'w-not-uncommon', 'w-only', 'w-won', 'w-scare', 'w-closed-higher', 'w-positive', 'w-moving', 'w-claimed-swap', 'w-cheaper-buy', 'w-guilty', 'w-improved', 'w-first-time'].map((id) => [id, NOT_CAUGHT])),
};

test('the review of negations and quotations: every case judged as labelled, but the known ones', () => {
  assert.deepEqual(judgedOtherwise('reviews38/negations.json'), Object.keys(KNOWN).sort());
});

test('a denial the page says with a word of failing or turning down is no opposite; one the page states plainly is', () => {
  expectWarned([
    ['failed', 'The council fined the eleven restaurants that failed their hygiene inspections last month.', 'The council fined eleven restaurants that did not pass their hygiene inspections.', false],
    ['declined', 'Harris declined the offer of a two-year contract, her agent said on Friday.', 'Harris did not accept the offer of a two-year contract.', false],
    ['unaware', 'The minister said she was unaware of the payments until the audit in March.', 'The minister said she did not know about the payments until the audit in March.', false],
    ['disliked', 'The film earned $300 million worldwide, but most critics disliked it.', 'Most critics did not like the film.', false],
    // A word of the page that is no denial before the same words: the sentence denies what the page states.
    ['took lessons', 'She took lessons from her father for 13 years, she said.', 'She did not take lessons from her father.', true],
    ['passed', 'The council fined the eleven restaurants that passed their hygiene inspections late.', 'The restaurants did not pass their hygiene inspections.', true],
  ]);
});

test('a denial by its quantifier said of the whole set is no opposite; the same words both ways are', () => {
  expectWarned([
    ['all negative', 'All twelve water samples taken from the lake tested negative for the bacteria.', 'None of the twelve water samples from the lake tested positive for the bacteria.', false],
    ['the only one', 'Rosetta\'s lander Philae is the only spacecraft to have landed on the comet, the agency said.', 'No other spacecraft has landed on the comet.', false],
    ['none survived', 'All of the passengers survived the crash, the airline said.', 'None of the passengers survived the crash.', true],
  ]);
});

test('a writer\'s marks of an edit in a quotation keep it the page\'s', () => {
  const page = 'The chief executive spoke to reporters. "It has never tried to hide its losses," she said. "We tried — and we failed. The goverment has not listened."';
  expectWarned([
    ['words in brackets', page, 'The chief executive said "[the company] has never tried to hide its losses."', false],
    ['a capital in brackets', page, 'She said that "[i]t has never tried to hide its losses."', false],
    ['sic', page, 'She said "the goverment [sic] has not listened."', false],
    ['a typed dash', page, 'She said: "We tried -- and we failed."', false],
    ['a word changed', page, 'She said: "We tried -- and we succeeded."', true],
    // An insertion stands for a function word or two, not for another subject; the page's own marks copied are the page's.
    ['an insertion for another subject', 'The chief executive spoke to reporters. "Costs will double next year," she said.', 'She said "[sales] will double next year."', true],
    ['the page\'s own marks', 'He wrote that "[t]he goverment [sic] has not listened" to the union.', 'He wrote that "[t]he goverment [sic] has not listened" to the union.', false],
    ['dashes typed otherwise', 'The mayor said: "We tried–and we failed."', 'The mayor said: "We tried—and we failed."', false],
  ]);
});
