/**
 * The rule of session 36: a negation inside a quotation ends with the quotation. Pages in our own
 * words; each case one way and the other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectWarned } from '../helpers/oneSentence';
import { claimClauses, negationScope } from '../../server/src/core/support/features';

const SAYINGS =
  'Visitors to Boston pick up a few local sayings. "Wicked" means very, as in wicked good. "So don\'t I" (said "so doan I"): actually meaning "So do I" or "Me too", one of the region\'s negative positives. ' +
  'Locals also call a milkshake a frappe. Tourists rarely hear the phrase outside New England.';

test('a negation inside a quotation does not reach past its closing mark', () => {
  const scope = negationScope('Notably, "So don\'t I" actually means "So do I" in the region.', true);
  assert.equal(scope.negated.has('actual'), false);
  assert.equal(scope.negated.has('mean'), false);
  // Outside a quotation, the same negation reaches on.
  const plain = negationScope('Notably, so don\'t I actually means so do I in the region.', true);
  assert.equal(plain.negated.has('mean'), true);
  // Marks that do not pair up tell nothing of where a quotation ends: the negation reaches on as before.
  const odd = negationScope('The sign read "do not enter" and the 6" gap did not close at night.', true);
  assert.equal(odd.negated.has('night'), true);
});

test('a quoted expression with a negation, mentioned, is no opposite of the page; a quotation denied or denying still is', () => {
  expectWarned([
    ['mentioned saying', SAYINGS, 'In Boston, "So don\'t I" actually means "So do I", one of the region\'s negative positives.', false],
    // The negation inside the quotation still denies the quotation's own words.
    ['quoted denial', 'The budget was debated for hours. The mayor told reporters: "We will raise the harbour fee next spring." Council members left at nine.', 'The mayor told reporters: "We will not raise the harbour fee next spring."', true],
    // A negation before the quotation reaches into it.
    ['denied quotation', 'The review ran to ten pages. The board called the launch "a clear success" in its review. Sales rose in May.', 'The board did not call the launch "a clear success" in its review.', true],
  ]);
});

test("a part keeps its quotations whole for reading its negations, and is shown as before", () => {
  const [part] = claimClauses('"So don\'t I" actually means "So do I", one of the region\'s sayings.');
  assert.equal(part.text, 'So don\'t I" actually means "So do I');
  assert.equal(part.said, '"So don\'t I" actually means "So do I"');
  // A part whose quotation the division cut is read as shown.
  const [cut] = claimClauses('"We will not, under any mayor, raise the fee," she said.');
  assert.equal(cut.said, undefined);
});

test('a quoted title opening a sentence negates nothing; a quoted sentence opening one does', () => {
  assert.equal(negationScope('"No Country for Old Men" won Best Picture in 2008.').sentential, false);
  assert.equal(negationScope('"No one came to the hearing," the clerk said.').sentential, true);
});
