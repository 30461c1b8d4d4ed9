// Session 60: a negation goes on past an aside set off by commas right after it ("was not, however, approved", "were
// not, by their own account, towed back"). It was read as a negation with nothing after it, so a page saying "It was
// not, however, the 16 kilometres we set out to achieve" backed "That exceeded its target of 16km" (a case of session
// 41's reviews, caught now). Pages in our own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { negationScope } from '../../server/src/core/support/features';
import { warnings } from '../helpers/oneSentence';

const negated = (text: string, claimSide = false) => [...negationScope(text, claimSide).negated].sort();

test('a negation goes on past an aside right after it: an adverb or a phrase set off by commas', () => {
  assert.deepEqual(negated('The plan was not, however, approved by the council.'), ['approv', 'council']);
  assert.deepEqual(negated('They were not, by their own account, towed back to England.', true), ['back', 'england', 'tow']);
  assert.deepEqual(negated('The museum did not, in the end, sell the painting.'), ['paint', 'sell']);
  assert.deepEqual(negated('The results were not, apparently, published.'), ['publish']);
  // The aside's own words are not denied.
  assert.ok(!negated('The plan was not, however, approved by the council.').includes('howev'));
});

test('what is no aside is read as before: another clause, a speaker, a list, a negation with nothing after it', () => {
  // "Or at least not right away": the sentence goes on with another negation, not the verb.
  assert.ok(!negated('The bill may not, or at least not right away, pass the Senate.').includes('pass'));
  // "He said" opens with a subject: a clause of its own.
  assert.ok(!negated('The firm did not, he said, pay the fine.').includes('fine'));
  // An aside that says whose word it is: what is denied is another's claim, which a page often states to report it.
  assert.deepEqual(negated('Its status was not, according to the government, based on any occupation.', true), []);
  assert.deepEqual(negated('It was not, as some reports claimed, the first such case.', true), []);
  // A poll's "39% no and 7% undecided" denies nothing.
  assert.deepEqual(negated('The survey puts Measure T at 54% yes, 39% no and 7% undecided.'), []);
  assert.deepEqual(negated('Asked whether they would return, most said no, and left.'), []);
});

test('the page denying past an aside is the opposite of a sentence stating it, and backs one denying it', () => {
  const page = 'The council met on Tuesday to discuss the harbour plan. The plan was not, however, approved by the council, which voted 5-2 against it.';
  assert.ok(warnings('The plan was approved by the council.', page).some((w) => w.startsWith('unsupported-claim') && /states the opposite/.test(w)));
  assert.deepEqual(warnings('The plan was not approved by the council.', page), []);
  const trip = 'We broke down outside Calais and spent the night by the road. In the end we were towed all the way back to England by the AA.';
  assert.ok(warnings('They were not, by their own account, towed back to England by the AA.', trip).some((w) => /states the opposite/.test(w)));
  assert.deepEqual(warnings('They were, by their own account, towed back to England by the AA.', trip), []);
});

test("a sentence's aside after its negator is read as if it were not there: the rules that read what a negation denies read it whole", () => {
  // "Not the first …; that distinction belongs to …": the first is another, as the page says (a probe's faithful sentence).
  const page = "Jones is the first Welsh man to reach the top 10, but he's not the first Welsh player to do it: two women did it before him. Lloyd, who played her last five seasons under her married name, was the first Welsh player to reach the top 10, breaking through in October 1998.";
  assert.deepEqual(warnings('He was not, however, the first Welsh player to reach the top 10; that distinction belongs to Lloyd, who broke through in October 1998.', page), []);
  assert.deepEqual(warnings('He was not the first Welsh player to reach the top 10; that distinction belongs to Lloyd, who broke through in October 1998.', page), []);
});
