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
import { warnings } from '../helpers/oneSentence';

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
  const MOSS = 'Orange spore cases form on the moss (only if the plant has been fertilised in spring).';
  assert.ok(!flagged('If the plant was not fertilised in spring, or in any other case, you will not see orange spore cases on the moss.', MOSS));
  assert.ok(flagged('Orange spore cases never form on the moss.', MOSS));
});
