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

const VENUE = 'Radio host Jan Weller was its resident DJ, and the club was twice voted the best small venue in Europe by a British music weekly.';
const RACE = 'She won the coastal marathon three times and the mountain race once, her coach said.';

test('how often the page says it happened, said otherwise, is a wrong figure; said alike, or of another thing, it is not', () => {
  assert.match(mismatches('A British music weekly voted the club the best small venue in Europe three times.', VENUE)[0] ?? '', /"three".*"two"/);
  assert.match(mismatches('She won the coastal marathon twice, her coach said.', RACE)[0] ?? '', /"twice"; the cited source gives "three times"/);
  assert.deepEqual(mismatches('A British music weekly voted the club the best small venue in Europe two times.', VENUE), []);
  assert.deepEqual(mismatches('She won the coastal marathon three times, her coach said.', RACE), []);
  // The page says the sentence's number another way in the same sentence, with another number's "twice" beside it.
  const SEASONS = 'Over the next ten summers she took fifty catches in a season on six occasions, and a hundred catches twice.';
  assert.deepEqual(mismatches('Over the next ten summers she took fifty catches in a season six times.', SEASONS), []);
  // "Once" is also "formerly": never read as how often.
  assert.deepEqual(mismatches('She once won the mountain race, her coach said.', RACE), []);
  // The page says how often with no number ("on several occasions"): nothing to set against it.
  assert.deepEqual(mismatches('A British music weekly voted the club the best small venue in Europe three times.', VENUE.replace('twice voted', 'voted on several occasions')), []);
});

