/**
 * The review of the session-37 rule (a forename the page writes with another surname, `otherSurname`
 * in conflicts.ts): a helper wrote 86 cases against it (pages in its own words,
 * `test/fixtures/reviews37/surnames.json`): the surname alone or after a title on the page, a middle
 * name or initial, a couple or twins sharing a surname, a married name, a byline in capitals, a full
 * forename, names of places and bodies that open with a forename (Virginia Tech, Jordan River, Lincoln
 * Memorial), diacritics, possessives, lists of speakers. The build before the rule agreed with 54 of
 * them, the rule's first version with 64 (six faithful sentences warned), this one with 71 and no
 * faithful sentence warned. Each faithful sentence must get no warning and each wrong one
 * a warning, but for KNOWN: the cases still judged otherwise, each said why. The test fails when one
 * of them changes too, so the list stays true.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedOtherwise } from '../helpers/oneSentence';

const TOGETHER = 'a sentence of the page has the forename and the surname both (as "Laura and Tom Wright" or "Victoria Adams married David Beckham" do for a faithful name), so nothing is said';
const ALONE = 'the page writes the surname alone or after a title (it may speak of the person by the surname), so nothing is said';
const KNOWN: Record<string, string> = {
  'w-other-person-surname-alone': `"Laura Parnia" where the page's Sam Parnia is named in the sentence with Laura Wright: ${TOGETHER}`,
  'w-same-forename-swap': 'two people of the page with one forename, each with his own surname, swapped: both pairs are on the page, so nothing is said',
  'w-villa': `"Jordan Villa" where the page's sentence has Jordan Henderson and Aston Villa: ${TOGETHER}`,
  'w-title-harris': `"Sam Harris" where the page has "Dr. Harris": ${ALONE}`,
  'w-spouse-surname': `"Laura Davies" where the page's sentence names Laura Wright and her husband Tom Davies: ${TOGETHER}`,
  'w-title-in-sentence': `"Dr. Sam York" where the page's sentence has Dr. Sam Parnia and New York: ${TOGETHER}`,
  'w-accented': 'a name swapped between two people of the page ("José Muñoz" for José Álvarez and Andrés Muñoz): the rule finds the conflict, but the sentence scores above the bound at which a name conflict is a warning (NAME_CONFLICT_BELOW)',
  'w-list-swap': `"Laura York" where the page's list of speakers has Laura Chen and Daniel York: ${TOGETHER}`,
  'w-virginia-commonwealth': '"Virginia Tech" where the page has Virginia Commonwealth University and Georgia Tech: the rule finds the conflict, but the sentence scores above the bound at which a name conflict is a warning (NAME_CONFLICT_BELOW)',
  'w-possessive-colleague': `"Sam Wright" where the page's sentence has Sam Parnia's colleague Laura Wright: ${TOGETHER}`,
  'w-three-word': 'a name of three words ("Sam Jonathan York") is not read: only names of two words are',
  'w-comma-order-alone': `"Sam York" where the page's authors are "Parnia, Sam; … York, Daniel": ${TOGETHER}`,
  'w-doctor-role': `"Sam Langone" where the page's sentence has Sam Parnia and NYU Langone: ${TOGETHER}`,
  'w-couple-chrome': '"Laura Davies" where the page has Laura Wright and, opening a sentence, "Tom Davies": "Tom" is also a common word, and a common word opening a sentence before the surname is read as a role ("Striker Okafor"), so the surname counts as standing alone',
  'w-dr-nodot': `"Dr Sam York" where the page's sentence has Dr Sam Parnia and New York: ${TOGETHER}`,
};

test('the review of the surname rule: every case judged as labelled, but the known ones', () => {
  assert.deepEqual(judgedOtherwise('reviews37/surnames.json'), Object.keys(KNOWN).sort());
});

/**
 * The review of the session-37 unit rule (a quantity the page gives in another unit, `unitSwaps.ts`): 75 cases
 * (`test/fixtures/reviews37/units.json`): conversions the page gives or that are exact ("14 days" for "two weeks"),
 * amounts said in words ("a decade", "a fortnight", "a couple of weeks"), abbreviations ("10 km"), ages, ranges,
 * idioms, rates, the same number with two units on the page. The build before the rule agreed with 60, the rule's
 * first version with 47 (21 faithful sentences warned), this one with 70 (none warned by the rule).
 */
const UNITS_KNOWN: Record<string, string> = {
  'f-half-foot': 'judged so before this session: "1/2 foot" is read as the figures 1 and 2, against the page\'s "½ foot" and "2 inches"',
  'w-centuries-decades': 'an age ("five decades old") is not checked: ages are said in many ways',
  'w-paraphrase': 'the page\'s "three years" is said by another word than the sentence\'s "three months" ("took … to finish" / "was completed in")',
  'w-two-sentences': 'the page states the rest in one sentence and the quantity in the next: no one sentence states both',
  'n-words': 'judged so before this session: the number changed, not the unit ("four years" for "three years"), which this rule leaves to others',
};

test('the review of the unit rule: every case judged as labelled, but the known ones', () => {
  assert.deepEqual(judgedOtherwise('reviews37/units.json'), Object.keys(UNITS_KNOWN).sort());
});
