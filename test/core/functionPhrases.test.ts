/**
 * Phrases that say how the writer puts a thing ("put another way", "in short") or soften a comparison ("a little under
 * a sixth") are no words a source must say: a short sentence built around them was read as weakly backed for
 * "put", "another" and "little" (found in the probes: "Put another way, Martian gravity is a little under two-fifths of
 * Earth's"). The figure is still checked, and the same words used for what they mean are still read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedSentence, warnings } from '../helpers/oneSentence';

const PAGE = 'The gravity on the Moon is 1.62 m/s², which is about 16.5 percent of the gravity on Earth.';
const judged = (sentence: string, page = PAGE) => {
  const j = judgedSentence(sentence, page);
  return j.service.claims(j.path)[0].result!;
};

test('a phrase that says how the writer puts it, or softens a comparison, is not looked for in the source', () => {
  for (const sentence of [
    "Put another way, gravity on the Moon is a little under a sixth of Earth's.",
    "Moon gravity, put differently, is a touch under a sixth of Earth's.",
    "In short, gravity on the Moon is a little under a sixth of Earth's.",
  ]) {
    const r = judged(sentence);
    for (const word of ['put', 'another', 'differently', 'short', 'little', 'touch']) assert.ok(!r.missingTerms.includes(word), `"${word}" looked for in ${sentence}: ${r.missingTerms}`);
    assert.ok(r.verdict === 'supported' || r.verdict === 'partial', `${sentence}: ${r.verdict} ${r.score.toFixed(2)}`);
  }
});

test('the figure of such a sentence is still checked, and the words used for what they mean are still read', () => {
  assert.ok(warnings("Put another way, gravity on the Moon is a little under a third of Earth's.", PAGE).some((w) => w.startsWith('number-mismatch')));
  assert.ok(warnings("Put another way, gravity on Mars is a little under a sixth of Earth's.", PAGE).some((w) => w.startsWith('unsupported-claim')));
  // "Put" as a verb, "short" and "little" as what they say: words the source must give.
  const page = 'The council put the new library on the former bus depot site. The building is three storeys high.';
  assert.ok(judged('The council put the new library on a short street.', page).missingTerms.includes('short'));
  assert.ok(judged('The council did little to fund the new library.', page).missingTerms.includes('little'));
});

test('"in short" and "in brief" are function phrases only set off by a comma: "in short supply" says something', () => {
  const page = 'Eggs are plentiful, grocers say, and prices have fallen for three months.';
  assert.ok(judged('Eggs remain in short supply, grocers say.', page).missingTerms.includes('short'));
  assert.ok(warnings('Eggs remain in short supply.', page).some((w) => w.startsWith('unsupported-claim')));
  assert.ok(judged('In short, eggs are plentiful, grocers say.', page).missingTerms.every((w) => w !== 'short'));
});
