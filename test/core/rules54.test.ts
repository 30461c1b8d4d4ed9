/**
 * Session 54's rules, from the first runs of the probes written this session (`bench/data/probe-wice47` to
 * `probe-wice52`, `probe-dev38` to `probe-dev43`): denials that say what the page says, which read as its opposite.
 * - a denial that lessens ("not everything", "not on talent alone") leaves the plain statement standing, unless the
 *   page states the whole or the sole way it denies;
 * - a denial and a plain word may say one thing ("not the same" / "different", "never changes" / "always the same",
 *   "no one voted against" / "unanimous", "didn't like" / "disapproval"), either side the sentence's;
 * - "the last time … was in 1995" is "has not … since 1995";
 * - a denial of what is other than the page's only case ("only if …") is the page's.
 * Each rule keeps the plain opposite caught.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedOtherwise, warnings } from '../helpers/oneSentence';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));
const flagged = (sentence: string, page: string) => codes(sentence, page).includes('unsupported-claim');

test('a denial that lessens ("not on points alone", "not every") is no contradiction of the plain statement', () => {
  const BOUT = 'In the semi-final Okafor beat the reigning champion on a split decision after three close rounds.';
  assert.ok(!flagged('Okafor didn\'t beat the reigning champion on the judges\' cards alone, needing a split decision after three close rounds.', BOUT));
  assert.ok(flagged('Okafor didn\'t beat the reigning champion in the semi-final.', BOUT));
  const STREET = 'Most of the cottages on Mill Lane are built of local limestone, though a few at the top are brick.';
  assert.ok(!flagged('Not every cottage on Mill Lane is built of local limestone: a few at the top are brick.', STREET));
  // A whole the page states, the lessening denies.
  assert.ok(flagged('Not every cottage on Mill Lane is built of brick.', 'Every cottage on Mill Lane is built of brick.'));
});

test('a denial and a plain word that say one thing ("not the same" / "different", "no one voted against" / "unanimous")', () => {
  const BISHOP = 'Historians think the Bishop Hugh of the charter is not the same man as the Hugh who founded the abbey.';
  assert.ok(!flagged('Historians take the charter\'s Bishop Hugh to be a different man from the Hugh who founded the abbey.', BISHOP));
  const PLATE = 'A cast iron plate keeps the same shape whatever the temperature of the room.';
  assert.ok(!flagged('Whatever the room\'s temperature, a cast iron plate\'s shape never changes.', PLATE));
  const VOTE = 'The twelve-member board approved the merger in a unanimous vote on Tuesday.';
  assert.ok(!flagged('Not one member of the twelve-member board voted against the merger on Tuesday.', VOTE));
  const AUNT = 'The disapproval with which his aunt greeted the drummer\'s leather jacket was plain to everyone.';
  assert.ok(!flagged('His aunt didn\'t like the drummer\'s leather jacket, and everyone could see it.', AUNT));
  // Where the plain side says the denied word too, the denial is of what it states.
  const PHOTO = 'The file size of a photo can vary a great deal even when its pixel count stays the same.';
  assert.ok(flagged('The file size of a photo cannot vary a great deal when its pixel count stays the same.', PHOTO));
});

test('"the last time … was in 1995" is the page\'s "has not … since 1995", of the same year', () => {
  const CUP = 'The holders have not lost a home match in the cup since falling to Dundee in 1995.';
  assert.ok(!flagged('The last time the holders lost a home match in the cup was against Dundee in 1995.', CUP));
  assert.ok(codes('The last time the holders lost a home match in the cup was against Dundee in 1999.', CUP).length > 0);
});

test('a denial of what is other than the page\'s only case ("only if …") is the page\'s', () => {
  const MOSS = 'Orange spore cases form on the moss in spring (only if it is the star moss of the northern bogs).';
  assert.ok(!flagged('If it is any other kind of moss, you will not see orange spore cases in spring.', MOSS));
  assert.ok(flagged('Orange spore cases never form on the moss.', MOSS));
  // Not where the sentence denies the only case itself, nor where the page speaks of the other cases.
  assert.ok(flagged('Orange spore cases do not form on the star moss of the northern bogs, or on any other moss.', MOSS));
  assert.ok(flagged('If it is any other kind of moss, you will not see orange spore cases.', 'Orange spore cases form on the moss (only if it is the star moss); other mosses form them too, in autumn.'));
});

test('the review of these rules (207 cases): the cases judged otherwise than labelled are the known ones', () => {
  // A helper's cases at the edges of the rules (`review54-rules.json`), written without the code's tests in view. On the
  // build before the session: faithful warned 64 of 121, wrong caught 55 of 86; the first forms of the rules: 23 and 26
  // ("did not live alone" read as a way not enough; a page's "each", "entire", "exclusively" no whole; "exchange" read as
  // "change"; any year after "since"; another event since the same year; "other" against a page that speaks of the
  // others, or a sentence that denies the only case too); now 21 and 52. Let through now, caught before: "did not like
  // … at any point" for a disapproval that "soon turned to fondness", "not the same size" for "a different shape", and
  // "bought a painting … when it acquired a Turner" for "has not bought a painting since 1990, when it sold its last
  // Turner". The rest were judged so before, or are cases no rule of the session touches.
  assert.deepEqual(judgedOtherwise('review54-rules.json'), ['r1-10f', 'r1-10w', 'r1-11f', 'r1-12f', 'r1-13f', 'r1-15f', 'r1-20f', 'r1-21w', 'r1-23w', 'r1-24f', 'r1-26f', 'r1-31f', 'r1-32f', 'r1-5w', 'r2-12w', 'r2-13w', 'r2-15w', 'r2-17w', 'r2-18w', 'r2-21w', 'r2-23w', 'r2-25f', 'r2-28f', 'r2-4w', 'r2-5w', 'r2-6w', 'r2-7w', 'r2-9w', 'r3-13w', 'r3-14w', 'r3-15w', 'r3-16w', 'r3-17f', 'r3-17w', 'r3-18f', 'r3-18w', 'r3-19f', 'r3-27f', 'r3-2w', 'r3-4w', 'r3-5w', 'r3-6w', 'r3-8f', 'r3-8w', 'r4-10w', 'r4-12w', 'r4-16w', 'r4-18w', 'r4-1f', 'r4-21f', 'r4-2w', 'r4-6w', 'r4-8w', 'r4-9f']);
});

test('the first day of a range before its month ("from 6 to 9 February") is a day, as in "6–9 February"', () => {
  const ROUND = 'The third qualifying round (6–9 February 2020) is played in Nottingham.';
  assert.deepEqual(codes('The third qualifying round is played in Nottingham from 6 to 9 February 2020.', ROUND), []);
  // The last day after its month is still a figure the page must give.
  assert.ok(codes('The second legs are on March 13-15.', 'The second legs are on March 13-14.').includes('number-mismatch'));
});

test('"bucks" are dollars, and a currency code glued to its amount ("EUR20 million") is no name', () => {
  const SHOP = 'With forty bucks and a trip to the hardware store we had everything for the workshop.';
  assert.deepEqual(codes('Forty dollars and a trip to the hardware store gave them everything for the workshop.', SHOP), []);
  assert.ok(codes('Sixty dollars and a trip to the hardware store gave them everything for the workshop.', SHOP).includes('number-mismatch'));
  const NOTES = 'The trust issued notes for EUR 20 million, due in 2037. An earlier placement raised EUR 30 million. Its fixed-rate borrowing rose to £88.6 million.';
  assert.deepEqual(codes('A second placement of EUR20 million in notes, due in 2037, lifted its fixed-rate borrowing to £88.6 million.', NOTES), []);
  assert.ok(codes('A second placement of EUR40 million in notes, due in 2037, lifted its fixed-rate borrowing to £88.6 million.', NOTES).includes('number-mismatch'));
});

test('an age at a death, "was 89 when she died in 1998", is worked out of the years of birth and death', () => {
  const ACTRESS = 'Born 11 July 1909 in Los Angeles. Died 20 December 1998 in Woodland Hills.';
  assert.deepEqual(codes('She was born in Los Angeles on July 11, 1909, and was 89 when she died in December 1998.', ACTRESS), []);
  assert.deepEqual(codes('She was born in Los Angeles in 1909 and died at 89 in 1998.', ACTRESS), []);
  assert.ok(codes('She was born in Los Angeles in 1909 and was 79 when she died in 1998.', ACTRESS).includes('number-mismatch'));
  // Not from a year of death the page does not give.
  assert.ok(warnings('She was born in Los Angeles in 1909 and died at 89 in 1998.', 'Born 11 July 1909 in Los Angeles. She retired in 1980.').some((w) => w.includes('"89"')));
});
