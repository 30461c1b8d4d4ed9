/**
 * The rules of session 35: the year of a full date that the page gives, for the same day and the same
 * statement, with another year. Pages in our own words; each case one way and the other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectWarned, judgedSentence } from '../helpers/oneSentence';
import { checkYears } from '../../server/src/core/support/dates';
import { evidenceFor } from '../../server/src/core/support/evidence';

const PROFILE =
  'Ada Brennan (born March 4, 1962) is an Irish engineer and writer. Her first book, on the history of canal locks, was published in October 2011. She lives in Galway.';

test("a full date's year the page gives otherwise for that day and statement is wrong, with the page's year as the fix", () => {
  const sentence = 'Ada Brennan was born on March 4, 2011.';
  const found = checkYears(sentence, [evidenceFor({ text: PROFILE } as never)]);
  assert.equal(found.length, 1);
  assert.equal(sentence.slice(found[0].year.range.start, found[0].year.range.end), '2011');
  assert.equal(PROFILE.slice(found[0].theirs.range.start, found[0].theirs.range.end), '1962');
  assert.equal(found[0].replacement, '1962');
  const { diagnostics } = judgedSentence(sentence, PROFILE);
  const mismatch = diagnostics.find((d) => d.code === 'number-mismatch');
  assert.ok(mismatch, JSON.stringify(diagnostics));
  assert.match(mismatch.message, /"2011".*"1962"/);
});

test('a full date the page gives, or might give, in the sentence\'s year is left alone', () => {
  expectWarned([
    ['same year', PROFILE, 'Ada Brennan was born on March 4, 1962.', false],
    // The page writes the sentence's date in numbers.
    ['numeric', 'Ada Brennan (born March 4, 1962) is an Irish engineer. Her firm was founded on 04.03.2011 in Cork.', 'Her firm was founded on March 4, 2011 in Cork.', false],
  ]);
  // The page gives the day in two years: which one the sentence means is not sure from the day.
  const fair = 'The fair opened on May 2, 2015, and again on May 2, 2019, after a pause. A third fair is planned for 2021.';
  assert.deepEqual(checkYears('The fair opened on May 2, 2021.', [evidenceFor({ text: fair } as never)]), []);
  // The day without a year: it may be of any year.
  assert.deepEqual(checkYears('Ada Brennan was born on March 4, 1990.', [evidenceFor({ text: 'Ada Brennan was born on March 4 in Sligo. She has lived in Galway since 1990.' } as never)]), []);
  // Another statement on the same day of another year: an anniversary, not the page's date.
  assert.deepEqual(checkYears('Friends held a dinner in Galway on March 4, 2022, to mark her sixtieth birthday.', [evidenceFor({ text: PROFILE } as never)]), []);
  // The page's date of that day dates something else (another anchor word).
  assert.deepEqual(
    checkYears('The bridge reopened on June 9, 2020.', [evidenceFor({ text: 'The council voted on June 9, 2019 to repair the bridge. The bridge was closed for a year and reopened in 2020.' } as never)]),
    [],
  );
});

test('a weekday beside the date would be left wrong by the fix: the year is shown, not fixed', () => {
  const page = 'The final was played on Sunday, July 14, 2019 at Lord\'s. England won on boundaries.';
  const found = checkYears('The final was played on Sunday, July 14, 2018 at Lord\'s.', [evidenceFor({ text: page } as never)]);
  assert.equal(found.length, 1);
  assert.equal(found[0].replacement, undefined);
});
