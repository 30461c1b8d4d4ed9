/**
 * The review of session 38's name checks (`conflict` in conflicts.ts): a helper wrote 137 cases
 * (`test/fixtures/reviews38/names.json`, pages in its own words) against three rules that found another name in the
 * place of a name the page never mentions: past the sentence's own stop words ("Saudi and the National Literacy
 * Trust" / "Lancôme and The National Literacy Trust"), as a longer name ending in a word the sentence has in lower case
 * ("Reading Football Club" for "Handlen … the club"), and as the one item a list of names has otherwise. They caught 15
 * of its wrong sentences the build before missed, and warned 24 faithful ones naming the same thing otherwise ("head
 * of the Fed" / "the Federal Reserve", "the Tories", "the Gunners … the club", "Kiev" in a list with "Kyiv"): all three
 * were taken out. The review also found 20 faithful sentences the build before warned; the place of a name now holds
 * the sentence's own name when the page's name there is what the sentence writes in short ("the GOP" / "the Republican Party"), is a forename where
 * the sentence says whose the person is ("France's Macron" / "Emmanuel Macron"), or ends in the kind of thing the
 * sentence names after "in" and a place ("In Devon the trust" / "The National Trust"). The build before agreed with 91 cases, this one with 97, and no wrong sentence caught before is missed.
 * KNOWN: the cases still judged otherwise, each said why; the test fails when one of them changes too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedOtherwise } from '../helpers/oneSentence';

const THREE_AWAY = 'another name three words from the sentence\'s word ("with the Celtics" / "with the Lakers"): the rule that read it was taken out, as it warned faithful sentences naming the same thing otherwise ("head of the Fed")';
const OPENING = 'the swapped name opens the sentence, where a capitalised word is read as no name';
const LONGER = 'the page\'s longer name ends in the word the sentence has in lower case ("Yale … the university" / "Harvard University"): the rule that read it was taken out, as it warned sentences naming the body by a nickname ("the Gunners … the club")';
const LIST = 'one item of a list swapped: the rule that read it was taken out, as it warned lists naming an item otherwise ("Kiev", "Spurs", "Alphabet")';
const ALIAS = 'judged so before this session: another name of the same thing in the page\'s name\'s place, sharing no word or spelling with it (a nickname, a parent company, a married name, another form of a forename), which no rule of words tells from another thing\'s name';
const SPELLING = 'judged so before this session: the name spelled otherwise ("Kiev" / "Kyiv", "Barca" / "Barcelona", "Türkiye" / "Turkey"); a rule taking the same consonants, or a name cut short, for one name was tried and taken out, as a second review found it passing other names (Ghana for Guinea, Smyth for Smith, Tunis for Tunisia)';
const PERSON = 'judged so before this session: a person\'s name the page never mentions (it gives the person\'s office, or her name before marriage), which a writer may have got wrong';

const KNOWN: Record<string, string> = {
  'r1w-saudi-literacy': THREE_AWAY,
  'r1w-signed-celtics': THREE_AWAY,
  'r1w-head-gates': THREE_AWAY,
  'r1w-belgium-mid': THREE_AWAY,
  'r1w-unicef-mid': THREE_AWAY,
  'r1w-nestle-mid': THREE_AWAY,
  'r1w-leader-libdems': THREE_AWAY,
  'r1w-powell-ecb': THREE_AWAY,
  'r1w-belgium-netherlands': OPENING,
  'r1w-unicef-redcross': OPENING,
  'r1w-midpage-first-word': OPENING,
  'r2w-yale': LONGER,
  'r2w-toyota': LONGER,
  'r2w-bradford': LONGER,
  'r2w-commerzbank': LONGER,
  'r2w-yale-sameverb': LONGER,
  'r2w-toyota-sameverb': LONGER,
  'r2w-bradford-sameverb': LONGER,
  'r2w-spurs-club': LONGER,
  'r2w-handlen-nocomma': LONGER,
  'r2w-yale-page-opens': LONGER,
  'r2w-severn': 'the name is set off by commas before a description ("The Severn, the river that …"), which names no word on the page\'s side',
  'r3w-maine': LIST,
  'r3w-radiohead': LIST,
  'r3w-reordered-swap': LIST,
  'r3w-google-apple': LIST,
  'r3f-bigapple-list': ALIAS,
  'r3f-knicks-newyork': ALIAS,
  'r3f-trott-list': ALIAS,
  'r3f-alphabet-list': ALIAS,
  'r3f-meta-owner': ALIAS,
  'r1f-catherine-mid': ALIAS,
  'r1f-sunak-tories': ALIAS,
  'r3f-kiev-list': SPELLING,
  'r3f-barca-list': SPELLING,
  'r3f-turkiye-reordered': SPELLING,
  'r2f-boston-school': 'judged so before this session: a place before the kind of thing ("The Boston school" / "Harvard Business School"); reading it as the same thing was tried and taken out, as a second review found it passing another school ("Yale Law School")',
  'r2f-oldtrafford-club': 'judged so before this session: a ground\'s name for its club ("The Old Trafford club"), which WordNet does not know as a place, so "club" is not read as the kind of thing it names',
  'r2f-garber-harvard': PERSON,
  'r3f-trott-reordered': PERSON,
};

test('the review of the name checks: every case judged as labelled, but the known ones', () => {
  assert.deepEqual(judgedOtherwise('reviews38/names.json'), Object.keys(KNOWN).sort());
});
