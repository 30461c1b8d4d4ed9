/**
 * A sentence wider than its passage ("always" where the page says "often"): a note, never a
 * warning. Cases in our own words, in the shapes the probes of AI-style writing found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { widerThan } from '../../server/src/core/support/scope';
import { judgedSentence } from '../helpers/oneSentence';

test('the universal word and the limiting word in its place are named', () => {
  assert.deepEqual(widerThan('Small repairs are always chosen over a full rebuild of the harbour wall.', 'Small repairs are often preferred over a full rebuild of the harbour wall, engineers say.'), { mine: 'always', theirs: 'often' });
  assert.deepEqual(widerThan('Every tomato variety should be planted two feet apart.', 'Plant tomatoes two feet apart for most varieties; some need more room.'), { mine: 'Every', theirs: 'most' });
  assert.deepEqual(widerThan('A ban on night flights would end all complaints from residents.', 'A ban on night flights could reduce complaints from residents, the council said.'), { mine: 'all', theirs: 'could' });
  assert.deepEqual(widerThan('The filter removes lead from the water no matter how old the pipes are.', 'The filter usually removes lead from the water in older pipes.'), { mine: 'no matter', theirs: 'usually' });
});

test('no note where the passage is as wide, the universal word is denied, or the limit is about something else', () => {
  // The passage says all too.
  assert.equal(widerThan('All season tickets are accepted on the shuttle.', 'All season tickets, and most day tickets, are accepted on the shuttle.'), undefined);
  assert.equal(widerThan('Every member votes on the budget.', 'Each member may vote on the budget once a year.'), undefined);
  // Denied, or in a condition.
  assert.equal(widerThan('Not every variety needs staking.', 'Most varieties need staking.'), undefined);
  assert.equal(widerThan('The clinic did not turn away any patients.', 'The clinic may have turned patients away on Sunday.'), undefined);
  assert.equal(widerThan('If any seeds sprout early, move them indoors.', 'Some seeds may sprout early; move them indoors.'), undefined);
  // "Some 200", "at most", "the most": an amount, a bound, a superlative.
  assert.equal(widerThan('All 200 residents were moved to the school hall.', 'Some 200 residents were moved to the school hall overnight.'), undefined);
  assert.equal(widerThan('The bridge always carries the most traffic in the city.', 'The bridge carries the most traffic in the city.'), undefined);
  // A limit far from what the sentence's word is said of.
  assert.equal(widerThan('All the mills on the river closed in 1960.', 'The mills on the river closed in 1960. Many workers moved to the coast, where some found jobs in shipping.'), undefined);
});

test('the note is in the support message, the verdict at most partial, and no warning', () => {
  const diags = judgedSentence('Small repairs are always chosen over a full rebuild of the harbour wall.', 'Small repairs are often preferred over a full rebuild of the harbour wall, engineers say.\n').diagnostics;
  assert.ok(!diags.some((d) => d.severity === 'warning' || d.severity === 'error'), diags.map((d) => d.message).join('\n'));
  assert.ok(diags.some((d) => d.code === 'partial-support' && d.message.includes('The sentence says "always" where the best passage says "often".')), diags.map((d) => d.message).join('\n'));
});
