/**
 * Session 53's rules:
 * - a "non-" word before its noun ("10 million non-combatants") names a kind of that noun: it denies nothing else of
 *   its clause, so a page that states "an estimated 10 million non-combatants" still states the estimate. Said after
 *   "be" ("the agreement is non-binding") it denies what the clause says of its subject, as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));

test('a "non-" word before its noun denies only that word ("an estimated 10 million non-combatants")', () => {
  const WAR = 'About 9 million soldiers are thought to have died in the war, along with an estimated 7 million non-combatants, including 5 million civilians.';
  assert.ok(codes('It is not estimated that 7 million non-combatants died in the war, including 5 million civilians.', WAR).includes('unsupported-claim'));
  assert.deepEqual(codes('An estimated 7 million non-combatants died in the war, including 5 million civilians.', WAR), []);
  const SHELTER = 'The shelter was run by non-profit volunteers from the parish, who opened it every winter.';
  assert.ok(codes('The shelter was not opened every winter by the parish volunteers.', SHELTER).includes('unsupported-claim'));
  // Said after "be", a "non-" word still denies what its clause says: "is non-binding" is "is not binding".
  const DEAL = 'The agreement signed in March is non-binding, and either side may leave it.';
  assert.deepEqual(codes('The agreement signed in March is not binding on either side.', DEAL), []);
});

test('an acronym of two letters is the page\'s words before the same noun ("GM crops" / "genetically modified crop")', () => {
  const CROPS = 'The first genetically modified crop, an antibiotic-resistant tobacco plant, was produced in 1982.';
  assert.deepEqual(codes('Tobacco is where GM crops began: the very first, in 1982, was an antibiotic-resistant tobacco.', CROPS), []);
  // Not before another noun: two letters alone may stand for many things.
  assert.ok(codes('Tobacco is where GM plants began: the very first, in 1982, was an antibiotic-resistant tobacco.', CROPS).includes('unsupported-claim'));
});
