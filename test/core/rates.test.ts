/**
 * A rate the page gives per another period (support/rates.ts): "25,000 people … every week" where the page says "every
 * day", found by probe-dev13's wrong sentences. With the rates that must stay quiet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';

const mismatches = (sentence: string, page: string) => warnings(sentence, page).filter((w) => w.startsWith('number-mismatch'));

const FERRY = 'On average, 1,800 passengers cross the strait on the ferry every day, which keeps the terminal busy.';
const RENT = 'Tenants in the converted mill pay 950 euros a month for a one-bedroom flat, the council said.';

test('a rate the page gives per another period is a wrong figure naming the page\'s rate', () => {
  const w = mismatches('About 1,800 passengers cross the strait on the ferry every week.', FERRY);
  assert.equal(w.length, 1, w.join('\n'));
  assert.match(w[0], /"every week".*"every day"/);
  assert.match(mismatches('Tenants in the converted mill pay 950 euros a week for a one-bedroom flat.', RENT)[0] ?? '', /"a week".*"a month"/);
  assert.match(mismatches('Tenants in the converted mill pay 950 euros annually for a one-bedroom flat.', RENT)[0] ?? '', /"annually".*"a month"/);
});

test('the same rate said another way, and rates the page does not give otherwise, stay quiet', () => {
  assert.deepEqual(mismatches('About 1,800 passengers cross the strait on the ferry daily.', FERRY), []);
  assert.deepEqual(mismatches('Tenants in the converted mill pay 950 euros per month for a one-bedroom flat.', RENT), []);
  // Another number: the figure check's, not a period's.
  assert.ok(!mismatches('About 2,000 passengers cross the strait on the ferry every week.', FERRY).some((w) => /"every week".*"every day"/.test(w)));
  // The page gives both periods for that number: which one the sentence means is unclear.
  const BOTH = 'The ferry carries 1,800 passengers every day in summer and 1,800 passengers every week in winter across the strait.';
  assert.deepEqual(mismatches('The ferry carries 1,800 passengers every week across the strait.', BOTH), []);
  // The page's rate is of something else (its sentence does not state the rest of the sentence).
  const OTHER = 'The bakery sells 300 loaves every day. Its owner opened a second shop in May.';
  assert.deepEqual(mismatches('The museum welcomes 300 school pupils every week.', OTHER), []);
});

test('a page where many sentences state the rest as well as each other names no one rate', () => {
  // Twenty ferries, each carrying 1,800 passengers every day: which the sentence means is not clear.
  const MANY = Array.from({ length: 20 }, (_, i) => `Ferry ${i + 1} carries 1,800 passengers across the strait every day.`).join(' ');
  assert.deepEqual(mismatches('The ferry carries 1,800 passengers across the strait every week.', MANY), []);
  // One of them: the page's rate.
  assert.match(mismatches('The ferry carries 1,800 passengers across the strait every week.', 'The ferry carries 1,800 passengers across the strait every day.')[0] ?? '', /"every week".*"every day"/);
});

