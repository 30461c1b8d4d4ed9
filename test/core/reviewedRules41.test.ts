/**
 * Rules found by session 41's reviews (`reviewedArticles41.test.ts`), each with its wrong counterpart where there is
 * one: who said it in a transcript's turn or after "she said"; a version's numbers; a date in numbers and its month;
 * figures worked out of one page sentence; a table's unit across rows that head sections; ".402" as a percentage.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';
import { extractFigures } from '../../server/src/core/support/numbers';

const TRANSCRIPT = [
  '[00:00:11] VOSS: Welcome to the show. With me are Dr Amara Okafor, an eel biologist, and Tom Brannigan, a river keeper.',
  '[00:00:40] TOM BRANNIGAN: Thanks for having me.',
  '[00:02:53] VOSS: And what caused the collapse of the eels?',
  "[00:02:55] DR. OKAFOR: Honestly, we don't know for certain, and anybody who tells you they do is overselling.",
  '[00:03:31] TOM BRANNIGAN: Can I jump in on the barriers thing?',
  '[00:03:34] VOSS: Go ahead.',
].join('\n\n');

test("a sentence of a transcript's turn is its speaker's: a quotation given to another is warned of", () => {
  assert.deepEqual(warnings('"Anybody who tells you they do is overselling," Okafor said.', TRANSCRIPT), []);
  const swapped = warnings('"Anybody who tells you they do is overselling," Brannigan said.', TRANSCRIPT);
  assert.ok(swapped.some((w) => /attributes this to "DR\. OKAFOR", not "Brannigan"/.test(w)), swapped.join('\n'));
});

test('"…," she said is the speaker the sentence before names', () => {
  const page = 'The study was led by Dr Ana Marcó-Llorente of the eye institute. Its co-author is Professor Tomás Berenguer.\n\nMarcó-Llorente cautioned that the study could not say whether outdoor time prevents myopia. "We need to follow these children into their teens before we can answer that," she said.';
  assert.deepEqual(warnings('"We need to follow these children into their teens before we can answer that," said Marcó-Llorente.', page), []);
  assert.ok(warnings('"We need to follow these children into their teens before we can answer that," said Tomás Berenguer.', page).some((w) => /Marcó-Llorente/.test(w)));
});

test("a version's numbers are no figures; a version the page writes to its last part backs the sentence's", () => {
  assert.deepEqual(extractFigures('Affects 4.6.0 through 4.9.1, fixed in 10.2.3.'), []);
  const notes = 'Halyard 5.0.0 was released on 11 March 2025. Brokers refuse to start when zookeeper.connect is set.';
  assert.deepEqual(warnings('A 5.0 broker refuses to start when zookeeper.connect is set.', notes), []);
  assert.ok(warnings('A 5.2 broker refuses to start when zookeeper.connect is set.', notes).length > 0);
});

test('a date written in numbers names its month: "2025-02-17" is in February, and no other month', () => {
  const timeline = 'Timeline\n\n2025-02-17  Reported both issues to Norrhaven with a proof of concept.\n\n2025-03-04  Norrhaven confirmed both issues.\n\nBetween 10 and 14 March 2025 we scanned the public address space.';
  assert.deepEqual(warnings('The researcher reported both issues to Norrhaven on 17 February 2025.', timeline), []);
});

test('a difference or a change worked out of two figures of one page sentence, one of them the sentence\'s', () => {
  const copper = 'Harlow lowered its guidance for C1 cash costs to $1.85 a pound from $2.00 a pound, reflecting higher volumes.';
  assert.deepEqual(warnings('Harlow cut its C1 cash-cost guidance by 15 cents to $1.85 a pound.', copper), []);
  assert.ok(warnings('Harlow cut its C1 cash-cost guidance by 25 cents to $1.85 a pound.', copper).length > 0);
  const profit = 'Underlying operating profit for 2024 rose 13.9 per cent to £201.3m, ahead of the analyst consensus of £193.5m.';
  assert.deepEqual(warnings('Profit beat the analyst consensus of £193.5m by about 4%.', profit), []);
  assert.ok(warnings('Profit beat the analyst consensus of £193.5m by about 9%.', profit).length > 0);
  // A change in percent is of the figure the sentence compares with: "down from $125" is the base, not $90.
  assert.ok(warnings('The jacket is on sale for $90, down from $125, a discount of 39 percent.', 'The jacket is on sale for $90, down from $125.').length > 0);
});

test("a table's unit in its caption holds across a row that heads a section; a decimal from its point is a percentage", () => {
  const estimate = [
    'Table 1. Estimated Budgetary Effects (millions of dollars, by fiscal year)',
    ' | 2026 | 2027 | 2028 | 2029 | 2030',
    'Increases in Direct Spending',
    'Grants – Estimated Outlays | 18.0 | 74.0 | 126.0 | 148.0 | 132.0',
    'Vouchers – Estimated Outlays | 9.0 | 29.0 | 31.0 | 31.0 | 32.0',
  ].join('\n\n');
  assert.deepEqual(warnings('Grant outlays would reach $148 million in 2029.', estimate), []);
  assert.ok(warnings('Grant outlays would reach $158 million in 2029.', estimate).length > 0);
  const stats = 'In 2023-24 he set career highs in field goal percentage (.481) and three-point percentage (.402).';
  assert.deepEqual(warnings('In 2023-24 he made 48.1 percent of his field goals and 40.2 percent of his threes.', stats), []);
  // Not a calibre or a time: ".38 revolver", "by .08 seconds".
  assert.ok(!extractFigures('a .38 revolver, won by .08 seconds').some((f) => f.kind === 'percent'));
});

test('the read-through of these rules: a change needs its base, "3 series of" is a count, a caption is no section, "a third time" no fraction, a date no version', () => {
  const revenue = 'Revenue rose to $20 million in 2023 from $16 million a year earlier, the company said.';
  assert.deepEqual(warnings('Revenue rose by 25% to $20 million in 2023, the company said.', revenue), []);
  for (const wrong of ['20%', '30%']) assert.ok(warnings(`Revenue rose by ${wrong} to $20 million in 2023, the company said.`, revenue).length > 0, wrong);
  assert.ok(warnings('The BBC has aired 5 series of the show since it began in 2015.', 'The BBC has aired 3 series of the show since it began in 2015, and a fourth is planned.').length > 0);
  const two = 'Table 1: Revenue ($ millions)\n\n| Region | Q1 | Q2 |\n|---|---|---|\n| North | 12 | 14 |\n\nTable 2: Revenue growth (%)\n\n| Region | Q1 | Q2 |\n|---|---|---|\n| North | 5 | 7 |\n';
  assert.ok(warnings('Revenue in the North region was $5 million in Q1.', two).length > 0);
  assert.ok(warnings('Bus fares in Leeds rose by about 30% this year, the council said.', 'Bus fares in Leeds rose a third time this year, the council said.').length > 0);
  assert.ok(warnings('An earthquake of magnitude 4.5 struck the region in 2023, officials said.', 'An earthquake struck the region on 4.5.2023, with a magnitude of 5.1, officials said.').length > 0);
});

test('a result the page calls not statistically significant, said as significant, is warned of; one it calls significant is not', () => {
  const paper = [
    'Methods. Students in 40 phone-free schools and 40 control schools completed questionnaires on wellbeing, anxiety, sleep and screen time at the start and end of the school year.',
    'Results. Phone-free schools lost less lesson time to disruption (3.1 vs 4.6 minutes per lesson; p<0.001), a significant reduction.',
    'There were no statistically significant differences in wellbeing scores (p=0.41) or anxiety (GAD-7 difference -0.2; p=0.44).',
    'Weekend screen time was 6 minutes higher in phone-free schools, a non-significant difference.',
  ].join('\n\n');
  const wrong = warnings('Anxiety scores fell significantly in the phone-free schools.', paper);
  assert.ok(wrong.some((w) => /not statistically significant/.test(w)), wrong.join('\n'));
  assert.deepEqual(warnings('The difference in anxiety scores between the groups was not statistically significant.', paper), []);
  assert.deepEqual(warnings('Lesson time lost to disruption fell significantly in the phone-free schools.', paper), []);
});
