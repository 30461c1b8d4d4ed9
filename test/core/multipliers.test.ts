/**
 * Multipliers the page gives otherwise (support/multipliers.ts): "ten times more" where the page says "six times more",
 * found by probe-dev13's wrong sentences. With the multipliers that must stay quiet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';

const ISLAND = [
  'In 2021 the island sent $4.1 billion in taxes to the federal government.',
  'That was over six times more than all of the overseas bases and the other small territories combined.',
].join(' ');
const CLINIC = 'Patients at the rural clinic waited twice as long as those in the city for a first appointment, the audit found.';

const mismatches = (sentence: string, page: string) => warnings(sentence, page).filter((w) => w.startsWith('number-mismatch'));

test('a multiplier the page gives otherwise is a wrong figure, with the page\'s written the sentence\'s way', () => {
  const w = mismatches('The island sent over ten times more in taxes than all of the overseas bases and the other small territories combined.', ISLAND);
  assert.equal(w.length, 1, w.join('\n'));
  assert.match(w[0], /"ten".*"six"/);
  assert.match(mismatches('The island sent over 10 times more in taxes than all of the overseas bases and the other small territories combined.', ISLAND)[0] ?? '', /"10".*"6"/);
  assert.match(mismatches('Patients at the rural clinic waited three times as long as those in the city for a first appointment.', CLINIC)[0] ?? '', /"three".*"two"/);
  assert.match(mismatches('Patients at the rural clinic waited thrice as long as city patients for a first appointment.', CLINIC)[0] ?? '', /"thrice"; the cited source gives "twice"/);
});

test('a multiplier the page has, in any form, and one the page does not give otherwise, stay quiet', () => {
  assert.deepEqual(mismatches('The island sent over six times more in taxes than all of the overseas bases and the other small territories combined.', ISLAND), []);
  assert.deepEqual(mismatches('Patients at the rural clinic waited two times as long as those in the city for a first appointment.', CLINIC), []);
  // A count of times, not a multiplier: "three times" with no comparison after it.
  assert.deepEqual(mismatches('The audit found that patients at the rural clinic were turned away three times.', CLINIC), []);
  // One end of a range.
  assert.deepEqual(mismatches('Patients at the rural clinic waited two to three times as long as those in the city.', CLINIC), []);
  // Two multipliers in the page's sentence: which one the sentence's stands for is unclear.
  const TWO = 'Rural patients waited twice as long as city patients for a first appointment and five times as long for a scan, the audit found.';
  assert.deepEqual(mismatches('Rural patients waited three times as long as city patients for a first appointment, the audit found.', TWO), []);
  // The page's multiplier is of something else: its sentence does not state the rest of the sentence.
  const OTHER = 'Ticket prices at the stadium rose four times faster than wages last decade. Attendance fell.';
  assert.deepEqual(mismatches('The new library holds three times more books than the old one.', OTHER), []);
});

const MAYOR = 'Ana Ruiz was first elected mayor of the port town in 2010 and was re-elected twice.';
const TITLES = 'Mara Lind won the world title in 2009, 2011 and 2014, and finished second twice.';
const LAKE = 'The lake covers 300 hectares and the park 100 hectares; the forest is twice the size of the lake.';

test('how often is no multiplier (what is counted is not sure), and a multiplier compares what comes after it', () => {
  // "Three times" of an election, a title: the page's "twice" counts re-elections, second places.
  assert.deepEqual(mismatches('Ana Ruiz was elected mayor of the port town three times.', MAYOR), []);
  assert.deepEqual(mismatches('Mara Lind won the world title three times.', TITLES), []);
  // "Twice the size of the lake" says nothing of the park.
  assert.deepEqual(mismatches('The lake is three times the size of the park.', LAKE), []);
  // A multiplier turned round, or with a half: unclear.
  assert.deepEqual(mismatches('The new bulb lasts ten times as long as the old one.', 'The old bulb lasted a tenth as long as the new one, which lasts twice as long as a halogen bulb.'), []);
  assert.deepEqual(mismatches('The whale\'s heart is 2.5 times as heavy as a piano.', 'The whale\'s heart is two and a half times as heavy as a piano, and its tongue twice as heavy as a horse.'), []);
  // "Think twice" counts nothing.
  assert.deepEqual(mismatches('The regulator told investors to think twice before buying the funds.', 'The regulator has warned investors three times this year to think carefully before buying the funds.'), []);
});
