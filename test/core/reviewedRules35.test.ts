/**
 * The reviews of the session-35 rules. Helpers wrote cases against each rule's first version (pages in
 * their own words, `test/fixtures/reviews35/`):
 * - `years.json` (61) against `checkYears` (a full date's year the page gives otherwise): the first
 *   version warned 13 of the 40 faithful sentences (anniversaries, recurrences, "to the day", a count
 *   after the date, the day written without a year); narrowed, none;
 * - `rules.json` (96) against the probe-13 rules: `nominatedNotWon` warned 17 faithful sentences (wins
 *   told with "took", "lifted", "crowned", "named", or in the next sentence), "only N" 2 (a part of a
 *   group the page counts whole), and the backing rules backed 24 wrong figures (lists of three or four
 *   matching by chance, a length counted from a year of something else, "the next year", "his last
 *   year", a quotation, a dateline that was a range); narrowed, 90 of 96 agree;
 * - `superlatives.json` (67) against `widenedToTheWorld`: the first version warned 22 of 50 faithful
 *   sentences ("the world's first", "in the club's history" for "ever", "from Asia" for "Asian", a limit
 *   that is the thing done, "in space"); narrowed, none.
 * Each faithful sentence must get no warning and each wrong one a warning, but for KNOWN: the cases still
 * judged otherwise, each said why. The test fails when one of them changes too, so the list stays true.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedOtherwise } from '../helpers/oneSentence';

const OLDER = 'judged so before this session';
const KNOWN_YEARS: Record<string, string> = {
  'f-birthday-age': `${OLDER}: an age worked out from a birth date and a year ("turned 40 in 2022") is not backed`,
  'w-born-year': `${OLDER}; checkYears leaves it: the word next to the date differs ("in Memphis on" / "born on"), so the two dates may date different things`,
  'w-day-first': `${OLDER}; checkYears leaves it: a page sentence giving the sentence's year says "after" (a date may be worked out from another)`,
  'w-weekday-year': `${OLDER}; checkYears leaves it: the page sentence stating it holds the sentence's year too ("began in 2019")`,
  'w-wrong-day': `${OLDER}: a wrong day, not a year, which the day check leaves`,
  'w-range-year': `${OLDER}; checkYears leaves it: the page's range "March 4–6, 2019" reads as the day without a year`,
  'w-comma-less': `${OLDER}; checkYears leaves it: the page sentence stating it holds the sentence's year too ("the first match … in 2017")`,
  'w-year-off-by-one': `${OLDER}; checkYears leaves it: the page dates something "six days later" beside the date`,
  'w-abbrev-month': `${OLDER}; checkYears leaves it: the word next to the date differs ("by Blue Note on" / "released on")`,
  'w-wrong-day-and-year': `${OLDER}: day and year both wrong; the page gives that day in no date`,
};
const KNOWN_RULES: Record<string, string> = {
  'aw-W-person': `${OLDER}; nominatedNotWon leaves it: the page says the film won, and whose win it was is not read`,
  'aw-W-never-won': `${OLDER}; nominatedNotWon leaves it: "has never won" is read as a word of winning`,
  'on-W-meeting': `${OLDER}: a count after "only" alone is left alone (it often counts a part of a group the page counts whole)`,
  'mo-W-wage-lb': `${OLDER}: "90 pounds" may be a weight, so it backs "90 lb"`,
  'li-F-cast': `${OLDER}: a count of a list of four is not backed (lists of three and four matched wrong counts by chance)`,
  'li-F-cities': `${OLDER}: a count of a list of four is not backed`,
};
// All judged so before this session too; widenedToTheWorld leaves them:
const KNOWN_SUPERLATIVES: Record<string, string> = {
  'W-auction-europe': 'the page\'s limit ("in Europe") comes after "ever sold at auction", read as a whole-world scope',
  'W-deadliest-century': 'the superlative is in an appositive clause that leaves too few words to compare',
  'W-in-77-years': 'the page says "the first British man in 77 years", a limit with no name',
  'W-world-cup-2019': "the sentence has a word of the page's limit (\"World Cup\")",
  'W-gallipoli-australia': "the sentence has a word of the page's limit (\"Gallipoli\")",
  'W-crowd-this-season': 'the page\'s limit ("this season") has no name',
};

// The fourth review (`probe14.json`, 75 cases) against the probe-14 changes: their first versions let 13 wrong sentences
// through that the build before caught (a "without" of a noun or an indirect question read as a condition, a contrast
// after "but" read as under the denial, a letter's "Christmas Day" dated by the page's dateline) and "from A to B" warned
// 9 faithful sentences (ranges, scales, the page giving the same change in other words); narrowed, none of either. The
// cases still judged otherwise were all judged so at the session's start.
const KNOWN_PROBE14: Record<string, string> = Object.fromEntries(
  [
    ['c1-w-vaccine', 'a condition contrary to fact ("Without the vaccine they would have died") is not checked against what the page says happened'],
    ['c2-w-rejected', '"approved" for the page\'s "rejected", in a sentence otherwise backed, is not read as a contradiction'],
    ['c2-w-money', 'not looked into'],
    ['c2-w-deny', 'a denial of what a question-and-answer page states after "Yes:" is not read as one'],
    ['c2-w-ellip', 'the page\'s answer "No," to its own question is not read as a denial of the question'],
    ['c3-w-london', 'a contrast after "but" is checked against no page sentence of its own'],
    ['c3-w-factory', 'a contrast after "but" is checked against no page sentence of its own'],
    ['c3-w-canada', 'a list of places under a denial the page makes of one of them only'],
    ['c3-w-festival', 'a list of years under a denial the page makes of one of them only'],
    ['c3-w-sales', 'a contrast after "but" is checked against no page sentence of its own'],
    ['c3-w-sales2', 'a contrast after "but" is checked against no page sentence of its own'],
    ['c3-w-mayor', 'a contrast after "but" is checked against no page sentence of its own'],
    ['c4-f-baker', 'the sentence shares too few words with the page: "Writing on Christmas Day 2014" is held, the score stays low'],
    ['c4-w-nyd', 'a holiday the page does not date, in a sentence otherwise backed'],
    ['c4-w-boxing', 'a holiday the page does not date, in a sentence otherwise backed'],
    ['c4-w-audit', 'a holiday the page does not date, in a sentence otherwise backed'],
    ['c4-w-will', 'a holiday the page does not date, in a sentence otherwise backed'],
    ['c4-w-video', 'a holiday the page does not date, in a sentence otherwise backed'],
    ['c4-w-union', 'a holiday the page does not date, in a sentence otherwise backed'],
    ['c5-w-speed', '"from 25 mph to 35 mph": a unit between the figures is not read as a change'],
    ['c2-f-mayor', 'the page\'s question-and-answer "No, the deputy mayor signed" is read as a denial'],
  ].map(([id, why]) => [id, `${OLDER}: ${why}`]),
);

// The fifth review (`probe15.json`, 54 cases) against the probe-15 changes: their first versions let 21 wrong sentences
// through that the build before caught ("Smith, 45, scored no goals" against "scored twice"; "no medals" against "The team
// won a bronze medal" in the sentence after the one naming Kenya; "set no date" against "by 2030"); narrowed (the subject
// test taken out; only ages after a name, years after a name, placings and measures with a glued unit set aside), none.
// The cases still judged otherwise were all judged so at the session's start.
const KNOWN_PROBE15: Record<string, string> = Object.fromEntries(
  ['yr-manuscript', 'yr-treaty', 'yr-1800-quake', 'rank-film', 'rank-horse', 'unit-time', 'unit-speed', 'unit-evac', 'age-votes', 'age-smith-3', 'age-injury', 'about-okafor', 'alike-trial', 'alike-majority', 'alike-flood', 'ok-brown-94kg', 'ok-brown-return', 'ok-kenya-relay'].map((id) => [
    id,
    `${OLDER}: not looked into case by case`,
  ]),
);

// The sixth review (`probe16.json`, 42 cases) against the probe-16 changes: their first versions let 19 wrong sentences
// through that the build before caught (a litotes excusing another denial of the sentence, "no unusual activity", a "not"
// reaching across a comma; "twenty-five hundred" read as 500, "two hundred fifty thousand" as 250); narrowed, one, kept
// knowingly: a litotes against a page that says its negative in other words.
const KNOWN_PROBE16: Record<string, string> = {
  'L8-never-at-odds-vs-clashed': '"never at odds with" against the page\'s "clashed with": a denial of a negative is read as affirming unless the page says that negative in the same words (five faithful sentences of the review are no longer warned for it)',
  ...Object.fromEntries(['F1-out-of-keeping', 'L5-nothing-amiss', 'L7-not-unknown-vs-unheard', 'N10-coincidence-miles', 'N19-a-hundred-and-one', 'N5-hundred-year-old', 'N6-coincidence-years'].map((id) => [id, `${OLDER}: not looked into case by case`])),
};

for (const [file, known] of [
  ['years.json', KNOWN_YEARS],
  ['rules.json', KNOWN_RULES],
  ['superlatives.json', KNOWN_SUPERLATIVES],
  ['probe14.json', KNOWN_PROBE14],
  ['probe15.json', KNOWN_PROBE15],
  ['probe16.json', KNOWN_PROBE16],
] as const) {
  test(`the review cases of ${file} are judged as labelled, but for the known ones`, () => {
    assert.deepEqual(judgedOtherwise(`reviews35/${file}`), Object.keys(known).sort());
  });
}
