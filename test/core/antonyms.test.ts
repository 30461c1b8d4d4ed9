/**
 * One word swapped for its antonym (`support/antonyms.ts`): a contradiction where the page says
 * the antonym between the same words; left alone where the word is negated, the page says the
 * sentence's word too, or the numbers of the statement differ. And the table is what
 * `npm run antonyms` builds from WordNet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { antonymInPlace } from '../../server/src/core/support/antonyms';
import { evidenceFor } from '../../server/src/core/support/evidence';
import type { ExtractedText } from '../../server/src/core/sources/sourceTypes';
import { buildAntonyms, antonymsModule, ANTONYMS_FILE } from '../../scripts/antonyms';
import { wordnetDict } from '../../scripts/derivations';
import { warnings } from '../helpers/oneSentence';

const swap = (sentence: string, page: string) => antonymInPlace(sentence, [evidenceFor({ text: page } as ExtractedText)]);

test('a word the page says the antonym of, between the same words, contradicts it', () => {
  const page = 'Public schools must stay neutral. Classes on the Bible as literature should be optional. Teachers may not preach.';
  assert.deepEqual(swap('Classes on the Bible as literature should be compulsory.', page), { mine: 'compulsory', theirs: 'optional' });
  assert.deepEqual(swap('Woollen and worsted yarns are similar in structure.', 'Because woollen and worsted yarns are dissimilar in structure, they are spun apart.'), { mine: 'similar', theirs: 'dissimilar' });
  assert.deepEqual(swap('The food index fell 0.5 percent over the month.', 'The food index increased 0.5 percent over the month.'), { mine: 'fell', theirs: 'increased' });
  const w = warnings('Classes on the Bible as literature should be compulsory.', page);
  assert.ok(w.some((x) => x.startsWith('unsupported-claim:') && x.includes('The source says "optional" where the sentence says "compulsory"')), w.join('\n'));
});

test('a negated word, a page that has the word too, other neighbours or other numbers are no swap', () => {
  const page = 'Public schools must stay neutral. Classes on the Bible as literature should be optional.';
  assert.equal(swap('Classes on the Bible as literature should not be compulsory.', page), undefined);
  assert.equal(swap('Unlike the Hubble, the Webb telescope orbits the Sun.', 'The Webb telescope is not in orbit around the Earth, like the Hubble is; it orbits the Sun.'), undefined);
  assert.equal(swap('Classes on the Bible as literature should be compulsory.', `${page} In some states, classes on the Bible as literature should be compulsory.`), undefined);
  assert.equal(swap('The yen fell against the euro on Monday.', 'The dollar rose against the yen on Monday, while the yen fell against the euro.'), undefined);
  assert.equal(swap('Voting closes on Friday, March 10.', 'Voting opens on Friday, March 3. It stays open for one week.'), undefined);
  // A name ("North Carolina") is the name checks' to read.
  assert.equal(swap('He was born in North Carolina in 1950.', 'He was born in South Carolina in 1950.'), undefined);
});

test('the antonym table is what npm run antonyms builds from WordNet', () => {
  assert.equal(readFileSync(ANTONYMS_FILE, 'utf8'), antonymsModule(buildAntonyms(wordnetDict())));
});
