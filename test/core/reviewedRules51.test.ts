/**
 * Session 51's rules, from two new probes (`bench/data/probe-wice26`, `probe-dev17`), whose first run warned no
 * faithful sentence and let through a flipped negation said with another verb of permission:
 * - a page's "were not allowed out of the cellblock to work" denies a sentence's "were let out of the cellblock to
 *   work" ("allow", "permit" and "let" are one verb for the polarity check);
 * with the sentences that must stay unwarned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));

const JAIL = 'The old county jail held prisoners for more than a century. Those accused of felony crimes would be held here until trial. They were not allowed out of the cellblock to work while awaiting trial.';

test('a page that denies a permission denies it said with another verb of permission', () => {
  for (const verb of ['let', 'permitted', 'allowed']) {
    assert.ok(codes(`Prisoners awaiting trial on felony charges were ${verb} out of the cellblock to work.`, JAIL).includes('unsupported-claim'), verb);
  }
  // The sentence's own denial, however said, is the page's.
  for (const said of ['were not let out', 'were never permitted out', 'were not allowed out']) {
    assert.deepEqual(codes(`Prisoners awaiting trial on felony charges ${said} of the cellblock to work.`, JAIL), [], said);
  }
});

test('a verb of permission in the sentence is no flip where the page denies something else', () => {
  const PARK = 'Dogs are allowed in the park on a lead. Bicycles are not permitted on the lakeside path.';
  assert.deepEqual(codes('Dogs on a lead are let into the park.', PARK), []);
  const SCHOOL = 'Pupils were not allowed to leave the school grounds at lunchtime. The school let parents collect children early on Fridays.';
  assert.deepEqual(codes('The school let parents collect their children early on Fridays.', SCHOOL), []);
});
