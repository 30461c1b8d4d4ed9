/**
 * A quantity the page gives in another unit of the same kind (`support/unitSwaps.ts`): "three months"
 * where the page says "three years", "1,800 square metres" for "1,800 square feet". Warned as a wrong
 * figure that names the page's quantity, with no fix; the faithful forms stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectWarned, judgedSentence } from '../helpers/oneSentence';
import { checkUnitSwaps } from '../../server/src/core/support/unitSwaps';
import { evidenceFor } from '../../server/src/core/support/evidence';

const MUSK = 'Musk spoke to reporters in Shanghai. Technologically, I think it is about three years away for full autonomy, he said. Regulators will take longer.';

test('a number with another unit of the same kind than the page gives is a wrong figure, named, with no fix', () => {
  const { service, path, diagnostics } = judgedSentence('Technologically, Musk reckons full autonomy is about three months away.', MUSK);
  const wrong = diagnostics.filter((d) => d.code === 'number-mismatch');
  assert.equal(wrong.length, 1, diagnostics.map((d) => d.message).join('\n'));
  assert.match(wrong[0].message, /says "three months"; the cited source gives "three years"/);
  assert.equal(wrong[0].data, undefined, 'no replacement: which of the two is wrong, the page does not say');
  assert.deepEqual(service.codeActions(path, [wrong[0]]).filter((a) => /three years/.test(a.title)), []);
  expectWarned([
    ['hours for days', 'The blackout lasted two hours on Tuesday across the city, the utility said.', 'The blackout across the city lasted two days on Tuesday.', true],
    ['square feet', 'In Palm Springs, $250,000 to $350,000 will get you two bedrooms and 1,800 square feet of mountain views.', 'In Palm Springs, $250,000 to $350,000 will get you two bedrooms and 1,800 square metres of mountain views.', true],
    ['tens and ones', 'Margaret Lyle served 25 years at the firm before retiring.', 'Margaret Lyle served twenty-five months at the firm before retiring.', true],
    ['the sentence\'s own unit set aside', 'Staff work from home three days a week for three months under the pilot scheme.', 'Under the pilot scheme, staff work from home three days a week for three weeks.', true],
    ['hyphenated', 'The club signed the striker on a three-year contract worth $2 million a season.', 'The club signed the striker on a three-month contract worth $2 million a season.', true],
    ['pounds are not read (a currency too), so nothing is said of this wrong one', 'The newborn panda weighed 4 ounces, keepers at the zoo said on Monday.', 'Keepers at the zoo said the newborn panda weighed 4 pounds.', false],
  ]);
});

test('the faithful forms stay clean', () => {
  expectWarned([
    ['as the page writes it', MUSK, 'Technologically, Musk said full autonomy is about three years away.', false],
    ['in digits', MUSK, 'Musk said full autonomy is about 3 years away, technologically.', false],
    ['hyphenated on the page', 'The club signed the striker on a three-year contract.', 'The club signed the striker on a contract of three years.', false],
    ['both units on the page', 'The course runs three days a week for three months at the city library.', 'The course at the city library runs for three months.', false],
    ['a word of a longer number is no number of its own', 'The firm was founded 25 years ago; its last five months were its best.', 'The firm was founded twenty-five years ago.', false],
    ['another spelling', 'The trail climbs 800 meters over 5 kilometers of forest.', 'The trail climbs 800 metres over 5 kilometres of forest.', false],
  ]);
});

test('a page that gives the number with two units of the kind in the sentences stating the rest leaves it unclear: nothing said', () => {
  const ev = evidenceFor({ text: 'The trial lasted three weeks, and the jury deliberated for three days before the verdict in the trial.' } as never);
  assert.deepEqual(checkUnitSwaps('The trial lasted three months before the jury verdict.', [ev]), []);
  const one = evidenceFor({ text: 'The trial lasted three weeks before the jury returned its verdict.' } as never);
  assert.deepEqual(checkUnitSwaps('The trial lasted three months before the jury verdict.', [one]).map((s) => [s.text, s.theirs.text]), [['three months', 'three weeks']]);
});

test('from the whole-change review: a long s, a rate or a time ago on the page, a fraction', () => {
  // A long s (ſ) matches "s" without case: it must not stop the check.
  expectWarned([
    ['long s on the page', 'The pendulum swung for three hours. Old books write two ſeconds with a long s.', 'The pendulum swung for three hours.', false],
    ['long s in the sentence', 'The pendulum swung for three hours in the hall.', 'The pendulum swung for 3 ſeconds in the hall.', true],
    // "A year ago" elsewhere on the page is no amount: the wrong unit is still told.
    ['a year ago elsewhere', 'Patients in the trial were followed for 12 weeks after surgery. A year ago, the hospital began the trial.', 'Patients in the trial were followed for 12 months after surgery.', true],
    ['twice a day elsewhere', 'The outage lasted 24 minutes, the operator said. Staff check the servers twice a day.', 'The outage lasted 24 hours, the operator said.', true],
    // A fraction's denominator is no number of its own.
    ['a fraction', 'Add three-quarters of a cup of sugar to the batter, then 4 tablespoons of sugar for the topping.', 'Add 3/4 cup of sugar to the batter.', false],
  ]);
});
