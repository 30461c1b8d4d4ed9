/**
 * The reviews of the session-33 rules: counts in words and ranks (`support/counts.ts`), "one of"
 * dropped (`support/superlatives.ts`), dates (`support/dates.ts`), and a word swapped for its WordNet
 * antonym (a rule the review showed too wide, taken out; its cases stay, most of them faithful
 * sentences no check may warn of). Helpers wrote the cases against the first versions, pages in our
 * own words (`test/fixtures/reviews33/`). Each faithful sentence must get no warning and each wrong
 * one a warning, but for KNOWN: the cases still judged otherwise, each said why. The test fails when
 * one of them changes too, so the list stays true.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { warnings } from '../helpers/oneSentence';

interface Case {
  id: string;
  wrong: boolean;
  page: string;
  sentence: string;
}

/** Cases judged otherwise than labelled, by review: why each is left. */
const SCORE = "a score beside the page's count is a number the sentence's may be worked out from (a 3-1 win is three goals)";
const DAY = "a date's day beside the page's count keeps it from being its sentence's only number (another span may be in play)";
const SHARE = "a percent beside the page's count may work the sentence's out ('up 50% on', '25% needed surgery')";
const KNOWN: Record<string, Record<string, string>> = {
  'counts.json': {
    'f-digits-festival': "the figure check: 32 is worked out from the page's forty and '25% up' (before this session)",
    'w-album-ordinal': DAY,
    'w-court-six': SCORE,
    'w-date-day-as-count': DAY,
    'w-festival-fifth': DAY,
    'w-first-in-eight': SHARE,
    'w-haaland-b': SCORE,
    'w-months-date': DAY,
    'w-percent-stores': SHARE,
    'w-rangers-third': SCORE,
    'w-renovation': DAY,
    'w-score-comma': SCORE,
    'w-score-final-period': SCORE,
    'w-score-haaland': "'with 2 goals' reads as a part of a whole",
    'w-suspects-date': DAY,
    'w-twenty-second': SCORE,
    'w-williams-22nd': SCORE,
    'w-rough-1.5': 'a rough count is wrong only when the page count is twice it or half',
    'w-rough-1.9': 'a rough count is wrong only when the page count is twice it or half',
    'w-mps-twenty': "another count in the page's sentence (3 ministers) may add up to the sentence's",
    'w-museum-other-thing': "another count in the page's sentence (8 sculptures) may add up to the sentence's",
    'w-short-cathedral': "'a central tower' is a second count of towers in the page's sentence",
  },
  // (w-energy-index and w-sales-up, "rose 1.2 percent" where the page says "decreased 1.2 percent", are caught since
  // session 44: a change said the other way at the page's own figure, `changeOtherWay`.)
  'antonyms.json': {
    'f-none-dangerous-safe': "the polarity check reads 'none … dangerous' as the opposite of 'safe' (before this session)",
    'f-nurses-men': "'one in ten … men' worked out from 'nine in ten … women' is a figure the page does not give",
    ...Object.fromEntries(
      ['w-compulsory', 'w-similar', 'w-light-sentence', 'w-foreign-secretary', 'w-left-arm', 'w-denied', 'w-museum-open', 'w-judge-wrong', 'w-hire', 'w-sold-to', 'w-able-vote', 'w-easy-exam', 'w-deep-dam', 'w-heavy-rain', 'w-faster-than'].map((id) => [
        id,
        "a word swapped for its antonym is not warned of (the WordNet rule this review was written for warned 53 of its 66 faithful sentences: a result or a trade told from the other side, 'fewer than half … present' for 'most … absent', other senses; it was taken out)",
      ]),
    ),
  },
  'superlatives-dates.json': {
    'A-fastest-indian-title': "a superlative in a title is left alone ('The World's Fastest Indian')",
    'A-w-norway': "ordinals ('the first country') are left alone: 'the first game' may be the page's 'opening game'",
    'A-w-modelT': "ordinals ('the first car') are left alone",
    'A-w-flu': "'the best way' is left alone (a manner, not a group)",
    'B-rocket-utc': 'a time converted to UTC: the hour is not on the page (the figure check, before this session)',
    'B-w-earthday': 'a date in a sentence of two words besides it is not checked (a review found a page whose date was of another day)',
    'B-w-and-late': "', and late entries' after the page's date reads as a list of dates",
    'B-w-short1': 'a date in a sentence of one word besides it is not checked',
    'B-w-piday': 'a date in a sentence of two words besides it is not checked',
  },
};

for (const [file, known] of Object.entries(KNOWN)) {
  test(`the review cases of ${file} are judged as labelled, but for the known ones`, () => {
    const cases: Case[] = JSON.parse(readFileSync(path.join(__dirname, '../fixtures/reviews33', file), 'utf8'));
    const otherwise: string[] = [];
    for (const c of cases) {
      const warned = warnings(c.sentence, c.page).length > 0;
      if (warned !== c.wrong) otherwise.push(c.id);
    }
    assert.deepEqual(otherwise.sort(), Object.keys(known).sort());
  });
}
