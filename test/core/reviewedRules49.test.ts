/**
 * Session 49's rules, from two new probes (`bench/data/probe-wice22`, `probe-dev13`), whose first run warned four
 * faithful sentences:
 * - a denial the page says with the word's opposite: "does not agree with the projections" / "is at variance with
 *   them", "without losing workability" / "while maintaining workability";
 * - "no other … has more visitors", with no subject of its own (its context gives it), is the page's "the
 *   most-visited …" (not "the second most-visited", nor "one of the most-visited");
 * - a name spelled a letter apart ("Ogilvie" where the page misspells it "Olgilvie") is the same name.
 * With the cases that must stay warned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings, judgedOtherwise } from '../helpers/oneSentence';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));

const CENSUS = 'Although the 2011 census credited the valley with 412,000 residents, that total is at variance with several estimates by regional planners and university demographers.';
const GLAZE = 'Additives can be used to cut the firing temperature of a glaze while maintaining its gloss, and are sometimes called fluxes for this reason.';

test('a denial the page says with the opposite word is said alike', () => {
  assert.deepEqual(codes('The census total does not agree with several estimates by regional planners.', CENSUS), []);
  assert.deepEqual(codes('Such additives are sometimes called fluxes, since they can cut a glaze\'s firing temperature without losing its gloss.', GLAZE), []);
  // Where the page states the very word, the denial is still its opposite.
  const AGREES = 'The 2011 census total agrees with several estimates by regional planners and university demographers.';
  assert.ok(codes('The census total does not agree with several estimates by regional planners.', AGREES).includes('unsupported-claim'));
  const MAINTAINS = 'Additives can cut the firing temperature of a glaze while maintaining its gloss.';
  assert.ok(codes('Additives can cut the firing temperature of a glaze without maintaining its gloss.', MAINTAINS).includes('unsupported-claim'));
});

const MUSEUM = 'It drew 3.1 million people in 2022. The gallery is the most-visited art museum in the country.';

test('"no other … has more" with no subject of its own is said by the page\'s superlative, and only by a first place', () => {
  assert.deepEqual(codes('A note for the slides: no other art museum in the country has more visitors.', MUSEUM), []);
  // The second place, or one of several: the page says some other is ahead, or does not say which.
  assert.ok(codes('A note for the slides: no other art museum in the country has more visitors.', MUSEUM.replace('is the most-visited', 'is the second most-visited')).includes('unsupported-claim'));
  assert.ok(codes('A note for the slides: no other art museum in the country has more visitors.', MUSEUM.replace('is the most-visited art museum', 'is one of the most-visited art museums')).includes('unsupported-claim'));
});

const SURVEY = 'In 1898 the prospector Alfred Harlowe wrote that the trader had "cheerfully paid" the twelve pelts demanded, according to the surveyor Thomas Killbride.';

test('a name a letter apart from the page\'s is the same name, but not a name with a letter changed', () => {
  assert.ok(!codes('According to the surveyor Thomas Kilbride, the trader cheerfully paid the twelve pelts demanded.', SURVEY).includes('unsupported-claim'));
  assert.ok(!warnings('According to the surveyor Thomas Kilbride, the trader cheerfully paid the twelve pelts demanded.', SURVEY).some((w) => /where the source has/.test(w)));
  // Another name in its place, or one letter changed for another: still another name.
  assert.ok(warnings('According to the surveyor Thomas Fitzgerald, the trader cheerfully paid the twelve pelts demanded.', SURVEY).some((w) => /where the source has|Fitzgerald/.test(w)));
  assert.ok(warnings('According to the prospector Alfred Harlawe, the trader cheerfully paid the twelve pelts demanded.', SURVEY.replace('Alfred Harlowe wrote that', 'Alfred Harlowe, a friend, wrote that')).some((w) => /Harlawe/.test(w)));
});

test('a review of these rules: its cases judged otherwise than labelled are the known ones', () => {
  // A helper's 155 cases at the edges of the three rules (`test/fixtures/review49-rules.json`), run on the session's first
  // build (58 faithful sentences warned, 45 of 80 wrong ones caught) and on this one (17 and 45). The rules' first form
  // let 29 of the caught through; all but one are caught again (a denial said with the opposite word only in the place
  // of the sentence's word, with its object, its clause's names and numbers; a label that names the subject; no place
  // after the first; the thing compared; a misspelling only of a person's name). Left: r1-53 ("halve the butter … without
  // losing its crumbly texture" where the page says so of the sugar). The rest were judged so on the first build too.
  const KNOWN = ['r1-16', 'r1-17', 'r1-22', 'r1-33', 'r1-37', 'r1-38', 'r1-39', 'r1-40', 'r1-53', 'r1-59', 'r2-04', 'r2-29', 'r2-30', 'r2-37', 'r2-40', 'r2-42', 'r2-45', 'r2-48', 'r2-51', 'r2-52', 'r2-56', 'r2-58', 'r3-07', 'r3-09', 'r3-10', 'r3-11', 'r3-14', 'r3-17', 'r3-18', 'r3-20', 'r3-21', 'r3-22', 'r3-23', 'r3-24', 'r3-25', 'r3-26', 'r3-27', 'r3-28', 'r3-31', 'r3-32', 'r3-33', 'r3-34', 'r3-35', 'r3-37', 'r3-39', 'r3-40', 'r3-42', 'r3-45', 'r3-48', 'r3-50', 'r3-53'];
  assert.deepEqual(judgedOtherwise('review49-rules.json'), KNOWN);
});

test('two reviews of the multiplier and rate rules: their cases judged otherwise than labelled are the known ones', () => {
  // Two helpers' cases at the edges of support/multipliers.ts and support/rates.ts: 163 (`review49b-rules.json`) and,
  // after the first round of fixes, 148 more (`review49c-rules.json`). Their first forms warned 34 and then 38 faithful
  // sentences the build before them left alone; every one is quiet again. How often ("elected three times", "twice
  // voted") is no longer read as a multiplier: what is counted (elections or re-elections, titles or second places) is
  // not sure. A multiplier must compare the same as the page's (the words after it: "the size of the park" is not "of
  // the lake"), in source sentences with no percentage, range, multiplier turned round ("a tenth as long"), "and a half
  // times" nor the sentence's number; a rate must be said of the same (the word before its period: "leave twice an
  // hour" is not "are cleaned every week"), in a page sentence with no other word of time ("every 12 hours", "Monday to
  // Sunday"), and a length of time is no rate ("spent a year", "for a week", "a day apart", "a week-long"). On the
  // cases: faithful warned 6 and 8, as on the build before the rules; wrong caught 10 → 45 and 11 → 41.
  // (mf37, "half the height of the cathedral spire" for "twice the height of the town hall", is backed since session 51:
  // "half the" before a measure is no share.)
  assert.deepEqual(judgedOtherwise('review49b-rules.json'), ['mf18', 'mf43', 'mw07', 'mw09', 'mw14', 'mw15', 'mw18', 'mw20', 'mw24', 'mw26', 'mw27', 'mw28', 'mw29', 'mw30', 'mw31', 'mw32', 'rf05', 'rf14', 'rf32', 'rw05', 'rw13', 'rw15', 'rw18', 'rw27', 'rw31', 'rw32', 'rw33', 'rw34', 'rw35', 'rw37', 'rw37b', 'rw39']);
  // (Since session 53 a count in words glued to its noun is a figure, as "10-hour" is, where the page counts that noun:
  // cmw11's "three-time winner" for "two-time" is caught; crf40's "ten-hour shifts" against "from 9 am to 7 pm", a page
  // with no count of hours, is not read.)
  assert.deepEqual(judgedOtherwise('review49c-rules.json'), ['cmf06', 'cmf18', 'cmf36', 'cmw01', 'cmw07', 'cmw09', 'cmw16', 'cmw17', 'cmw18', 'cmw20', 'cmw21', 'cmw22', 'cmw23', 'cmw26', 'cmw27', 'cmw29', 'cmw30', 'cmw31', 'cmw33', 'cmw34', 'cmw35', 'crf05', 'crf14', 'crf25', 'crf29', 'crf32', 'crw02', 'crw09', 'crw11', 'crw12', 'crw21', 'crw26', 'crw29', 'crw32', 'crw33', 'crw34']);
});
