/**
 * A fraction written with its hyphen before a word of how much of a whole is so ("four-fifths full", "two-thirds
 * complete") is a share: a sentence that turned a page's 61 percent into "four-fifths full" was let through, as only
 * fractions before "of" were read. Before other words it is not read (found in review: "one-quarter to one-half inch",
 * "one-half percentage point", "a two-thirds majority" of a vote the page counts, "one-third cheaper" than a price the
 * page gives, "a two-thirds/one-third split", "a one-quarter lag"), nor in tenths ("three-tenths slower", of a second).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/core/support/numbers';
import { warnings } from '../helpers/oneSentence';

const shares = (text: string) => extractFigures(text).map((f) => `${f.kind}:${f.value}`);

test('a hyphenated fraction is a share before a word of how much of a whole is so, and before no other', () => {
  assert.deepEqual(shares('The reservoir was four-fifths full.'), ['percent:80']);
  assert.deepEqual(shares('The stadium is two-thirds complete.'), ['percent:66.7']);
  assert.deepEqual(shares('The flights were three-quarters booked.'), ['percent:75']);
  for (const text of [
    'The bill needs a two-thirds majority.',
    'The new model is one-third cheaper.',
    'The forecast calls for one-quarter to one-half inch of snow.',
    'The Fed raised its rate by one-half percentage point.',
    'The owners agreed a two-thirds/one-third split.',
    'The company reports with a one-quarter lag.',
    'She wore a three-quarter length coat.',
    'He was three-tenths slower than the leader.',
    'They hired a third party.',
  ]) assert.deepEqual(shares(text), [], text);
});

test('such a fraction the page does not give is a wrong figure; one it gives, or rounds to, is not', () => {
  const page = 'The reservoir held 61 percent of its capacity at the end of August, the water board said.';
  assert.ok(warnings('The reservoir was four-fifths full at the end of August.', page).some((w) => w.startsWith('number-mismatch')));
  assert.deepEqual(warnings('The reservoir was three-fifths full at the end of August.', page), []);
  const vote = 'The measure passed the House 290-140, and polls show 58 percent of voters back it.';
  assert.deepEqual(warnings('The measure cleared the House with a two-thirds majority, and polls show 58 percent of voters back it.', vote), []);
});
