/**
 * The review of session 38's whole change (a helper, 107 cases of its own, `test/fixtures/reviews38/whole.json`, aimed
 * at wrong sentences the new rules could let through and faithful ones they could warn): the session-start build
 * agreed with 68, this one with 75, after what the review found was taken out or narrowed (names spelled alike, a
 * place before the kind, short forms, figures worked out of any pair, a quantifier with any word missing, "dis-",
 * brackets); 76 since session 39 (an elision that leaves out a "not"). KNOWN: the cases still judged otherwise, each said why; the test fails when one of them changes too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedOtherwise } from '../helpers/oneSentence';

const BOTH = 'missed by the session-start build as well: another name like the page\'s, a short form or a person\'s country for another, an opposite said without "not", a whole set said the other way round';
const KNOWN: Record<string, string> = {
  ...Object.fromEntries(
    ['n-niger-nigeria', 'n-indiana-india', 'n-somaliland', 'n-austria-australia', 'n-patten-putin', 'n-williamson-williams', 'n-john-johnson', 'n-us-united-nations', 'n-us-united-kingdom', 'n-germany-macron', 'n-google-cook', 'p-lost-won', 'p-rejected-backed', 'p-scrapped-built', 'p-lost-cup', 'q-all-none-lead', 'q-nobody-every', 'q-nomember-unanimous', 'p2-abandoned-bought', 'p2-opposed-backed', 'p2-lost-won-match', 'q2-all-none', 'n2-spain-sanchez', 'n2-paula-paul', 'n2-kent-kentucky'].map((id) => [id, BOTH]),
  ),
  'p-missed-netted': 'caught before: "did not score the winning goal" against "missed the goal twice before netting the winning goal", where the page\'s "missed" before "the goal" now reads as the sentence\'s "not" said otherwise (`otherPredicate`)',
  'b-subject-swapped': 'caught before: "[the regulator has] never tried" for the page\'s "We have never tried": an insertion in brackets stands for a function word or two, whatever it says',
  'n2-inboston-hospital': 'caught before: "In Boston the hospital" for the page\'s "Cleveland Clinic Hospital": the kind after "in" and a place is read as the page\'s thing',
  'ok-bracket-insert': 'judged so before this session: an insertion in brackets of more than a function word\'s place',
  'ok-kyiv': 'judged so before this session: "Kiev" for the page\'s "Kyiv"; names spelled alike are not taken as one (Ghana, Guinea)',
};

test('the review of the whole change: every case judged as labelled, but the known ones', () => {
  assert.deepEqual(judgedOtherwise('reviews38/whole.json'), Object.keys(KNOWN).sort());
});
