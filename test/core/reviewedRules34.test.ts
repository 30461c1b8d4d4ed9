/**
 * The review of the session-34 rules (from the tenth probe): a "no" before a thing the window does
 * not state, an alternative the sentence gives to someone else, "a quarter of a century", lengths of
 * time and ages from the sentence's own dates (`support/spans.ts`), a share of a change from its
 * total, figures written to the unit, and a part of a whole counted otherwise. A helper wrote the 143
 * cases against the first versions (pages in its own words, `test/fixtures/reviews34/`): those
 * versions agreed with 94 (the build before them with 79); each rule was narrowed after, to 117. A second helper wrote 71 cases (`worked.json`) against the rules from the eleventh probe (`workedOutOfOwn`, `unlikeOther`, `butInstead`): their first versions agreed with 37, the build before them with 43; narrowed (the figures a worked-out figure follows, not any two; the subject up to its verb; the other right after the verb and its preposition), 66. Each faithful
 * sentence must get no warning and each wrong one a warning, but for KNOWN: the cases still judged
 * otherwise, each said why. The test fails when one of them changes too, so the list stays true.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedOtherwise } from '../helpers/oneSentence';

const OLDER = 'judged so before this session';
const KNOWN: Record<string, string> = {
  'r1-w-warning': `${OLDER}: "received no warning" against "were told to leave … two hours before" (a warning in other words)`,
  'r1-w-opposition': `${OLDER}: "with no opposition" against "passed by 31 votes to 12"`,
  'r2-f-lottery': `${OLDER}: the owner of the alternative is credited by a verb of saying ("a system critics said favoured …"), which reads as a credit`,
  'r2-f-rather-plain': `${OLDER}: "rather than July, to avoid a clash with the World Cup" against "the World Cup in July"`,
  'r2-f-as-planned': `${OLDER}: "rather than in July, as originally planned" against "had originally been planned for July"`,
  'r2-w-resigned': `${OLDER}: "Rather than resign" opens the sentence`,
  'r2-w-jobs': `${OLDER}: "Instead of cutting jobs" opens the sentence`,
  'r2-w-report-found': `${OLDER}: a credit after the alternative; the window does not state the claim's first term plainly`,
  'r3-w-quarter-century-15': '"a quarter of a century" is read as no figure (it was a share of 25%, a lucky catch)',
  'r3-w-quarter-since': '"a quarter of a century" is read as no figure (it was a share of 25%, a lucky catch)',
  'r3-w-half-decade-3': `${OLDER}: "half a decade" gives no figure`,
  'r3-w-half-century': `${OLDER}: "half a century" gives no figure`,
  'r4-f-year-old-bridge': `${OLDER}: an age worked out from a year and the page's date ("41-year-old … built in 1983")`,
  'r4-f-age-then-two-years': 'an age "then" is worked out only in a sentence with one year',
  'r4-f-who-was': `${OLDER}: "who was 38 at the time" is not read as an age then`,
  // (r4-w-four-day, "The three-day folk festival" for "four-day", is caught since session 53: a count in words joined to a
  // noun of length is a figure.)
  'r6-f-feet': `${OLDER}: metres converted to feet (the page gives metres only)`,
  'r7-w-whom': 'a part of one content word ("five of whom were children") is too short to match',
  'r7-w-swapped-years': "the sentence's count is on the page, said of another part",
  'r7-w-other-sentence': "the sentence's count is on the page in another sentence",
  'r7-f-union': `${OLDER}: "34" worked out from the page's killed and wounded`,
  'r7-f-goals-halves': `${OLDER}: the count check reads "12" against another count of goals`,
  'mx-no-plans-pct': `${OLDER}: "has no plans to close any of its 310 branches" against "would keep all 310 branches open"`,
};

/** The second review's cases still judged otherwise. */
const KNOWN_WORKED: Record<string, string> = {
  'r1-margin-and': `${OLDER}: "and Smith 11,900": a number after a name is the name's`,
  'r1-change-twosentences': 'a change is worked out only from two figures one sentence of the page gives ("8,000 this year" and "last year\'s 6,000" are two)',
  'r2-sharks': `${OLDER}: the page's "Most sharks must keep swimming" and "the nurse shark can rest" are two sentences`,
  'r2-roles-wrong': `${OLDER}: the page denies it of the other ("Unlike Android phones, the iPhone does not …"): a denial against a denial with the roles swapped is not read`,
};

for (const [file, known] of [['rules34.json', KNOWN], ['worked.json', KNOWN_WORKED]] as const) {
  test(`the review cases of ${file} are judged as labelled, but for the known ones`, () => {
    assert.deepEqual(judgedOtherwise(`reviews34/${file}`), Object.keys(known).sort());
  });
}
