/**
 * The review of the session-36 rule (a negation inside a quotation ends with the quotation): a helper
 * wrote 69 cases against it (pages in its own words, `test/fixtures/reviews36/quotes.json`): titles
 * with a negation, scare quotes, quoted expressions, quoted speech with the sentence going on after
 * it, split quotations, marks that do not pair up, straight and curly marks. The build before the rule
 * agreed with 47 of them, this one with 59, and no case the build before judged as labelled is judged
 * otherwise now. Each faithful sentence must get no warning and each wrong one a warning, but for KNOWN:
 * the cases still judged otherwise, each said why. The test fails when one of them changes too, so the
 * list stays true.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedOtherwise } from '../helpers/oneSentence';

const OLDER = 'judged so before this session';
const KNOWN: Record<string, string> = {
  'split-page-wrong': `${OLDER}: a split quotation on the page ("We will not," the minister said, "cut funding …"): its second half is not read as under the first half's "not" (the rule makes split quotations no better)`,
  'split-sent-faithful': `${OLDER}: the same split quotation in the sentence, warned as the opposite of the page's whole one`,
  'neg-before-quote-wrong': `${OLDER}: "called the project \\"a failure\\"" against the page's "did not call the project \\"a failure\\"", not found as a flip`,
  'unpaired-page-wrong': `${OLDER}: the page's quote marks do not pair up, so the rule stays off; the flip is not found either way`,
  'unpaired-sent-wrong': `${OLDER}: the sentence's quote marks do not pair up, so the rule stays off; the flip is not found either way`,
  'coach-drop-neg': `${OLDER}: "said the team was worried" against the page's quoted "we are not worried", not found as a flip`,
  'mention-sodont-wrong': 'since session 55, where "don\'t" is a function word as "do not" is: "\\"So don\'t I\\" does not mean …" against the page\'s "is used to mean" denies one word ("mean") and is not read as a flip',
  'never-said-wrong': `${OLDER}: "has said \\"I won't run again\\"" against "has never said \\"I won't run again\\"", not found as a flip`,
};

test('the review of the quotation rule: every case judged as labelled, but the known ones', () => {
  assert.deepEqual(judgedOtherwise('reviews36/quotes.json'), Object.keys(KNOWN).sort());
});
