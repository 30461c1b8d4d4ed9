/**
 * The review of session 39's whole change (a helper, 139 cases of its own aimed at the new rules, `test/fixtures/
 * reviews39/whole.json`: 84 wrong sentences made to slip through them, 55 faithful ones near them). The session-start
 * build agreed with 88; the change as first written with 93, letting 20 wrong sentences through that the session-start
 * build warned of, and raising 3 new errors on faithful quotations. What it found was narrowed: a hedge left out by an
 * elision only right before a content word ("in May, two weeks early" is no "may"); a speaker's tag with an "and" only
 * in a title of office, never ", before"; the same words in a row not past a comma before "and" (unless the quotation
 * ends with the page's clause), nor right after a negation; a bracket opening the quotation not for a word of may;
 * "not … until" not against a page that says the thing goes on until then; "whether" only to the end of its clause;
 * a question line of a transcript left as it was; "not big enough" not where the page says it is big enough; "no
 * longer" not where the page says it goes on; a range of percentages only where the page joins the two; the quote fix
 * not offered for a writer's question of a page's statement, and not cut after a word of condition or before an
 * exception. Now 123 agree (a page's "80%-90%" and "75 to 85%" read as ranges of percentages too), and no case is judged worse than by the session-start build. KNOWN: the cases still judged
 * otherwise (the session-start build judged every one of them so too), each said why; the test fails when one changes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedOtherwise } from '../helpers/oneSentence';

const ELISION = 'an elision leaving out a condition, a word of belief ("is thought to have"), or a hedge with an aside after it ("may, depending on the weather,"): only a negation, or a hedge right before a content word, is read';
const QUESTION = 'a question and its answer: the window holds the question, and what the answer says is not read';
const KNOWN: Record<string, string> = {
  'qw-thought-to': ELISION,
  'qw-condition': ELISION,
  'qw-unless-tail': ELISION,
  'qw-may-aside': ELISION,
  'qw-not-two-asides': 'a negation followed by two asides ("not, in my view, ever"): one aside is read',
  'uw-year-other': '"not … until late 2027" where the page gives 2027 to another thing of the same sentence',
  'ww-decided': 'missed by the session-start build as well: a decision told the other way',
  'tw-question-as-statement': QUESTION,
  'tw-qa-only': QUESTION,
  'tw-question-plain': QUESTION,
  'ef-unlisted': '"not bright enough" for the page\'s "too dim": the table of adjectives of degree has no bright and dim',
  'nw-switched': '"no longer supplies the hospital" where the page says it began supplying the hospital: what the thing ended is not read',
  'nw-still-employs': '"no longer employs anyone" where the page says it still employs 400: "anyone" is not read',
  'rw-other-75': 'a range whose first end is another figure of the page sentence ("75% of doctors")',
  'hw-half-hearted': 'missed by the session-start build as well',
  'nm-person': 'a person\'s forename swapped in a passage that backs the rest well is a note, not a warning, by design',
};

test('the review of the whole change of session 39: every case judged as labelled, but the known ones', () => {
  assert.deepEqual(judgedOtherwise('reviews39/whole.json'), Object.keys(KNOWN).sort());
});
