/**
 * Polarity cases found by session 40's reviews (`reviewedArticles40.test.ts`), each with its wrong counterpart: a
 * table's row states no sentence; a short imperative in quote marks is a quotation, not a title; what a page says only
 * as what would be ("if I said it proves X") is not stated.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';

test('a row "Headphone jack | No" of a specifications table is not read as stating the jack', () => {
  const specs = 'Specifications\n\n| Feature | Aurora 7 |\n|---|---|\n| Water and dust resistance | IP68 |\n| Headphone jack | No |\n| Weight | 201 g |\n';
  assert.deepEqual(warnings('The phone is rated IP68 for water and dust resistance, but it has no headphone jack.', specs), []);
});

test('"Don\'t eat eel" in quote marks is a quotation that negates, not a title', () => {
  const transcript = 'VOSS: If a listener wants to help, what should they do?\n\nBRANNIGAN: Don\'t eat eel. Even the stuff that is labelled sustainable, you cannot be sure of the chain.';
  assert.deepEqual(warnings('Brannigan\'s advice to listeners was plain: "Don\'t eat eel."', transcript), []);
  // A title still negates nothing: "No Country for Old Men" won.
  assert.deepEqual(warnings('"No Country for Old Men" won the award for best picture.', 'The Coen brothers\' "No Country for Old Men" won the award for best picture in 2008.'), []);
});

test('what the page says only as what would be ("if I said it proves X") is not stated: denying it is no opposite; stating it plainly is not backed as stated', () => {
  const transcript = 'OKAFOR: It is remarkable, but I would be misleading you if I said it proves the population is recovering. What it proves is that the eels that arrive can now get upstream.';
  assert.deepEqual(warnings('Okafor said the increase does not prove the population is recovering.', transcript), []);
  const plain = 'OKAFOR: It is remarkable. It proves the population is recovering, and the eels that arrive can now get upstream.';
  assert.ok(warnings('Okafor said the increase does not prove the population is recovering.', plain).length > 0);
});
