/**
 * Session 50's rules, from two new probes (`bench/data/probe-wice23`, `probe-dev14`), whose first run warned three
 * faithful sentences:
 * - a sentence's "half of those asked wanted …" is backed by a page's "half wanted …" in the sentence stating the rest
 *   (a "half of" a pronoun was looked for as a word of the page: "those");
 * - "250 kb/d" and "7.4 mb/d", as oil-market reports write thousands and millions of barrels a day, back a sentence's
 *   "250,000 barrels a day" and "7.4 million barrels a day";
 * - a comparison the page makes the other way, in the same place, is said as a note (three reviews kept finding faithful
 *   sentences it read so, so it is never a warning).
 * With the cases that must stay warned.
 */
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { warnings, judgedOtherwise, judgedSentence } from '../helpers/oneSentence';
import { barrelsADay } from '../../server/src/core/support/numbers';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));

const POLL = 'The ferry has never been popular with commuters (in a poll last spring, half wanted the old bridge rebuilt instead).';

test('a sentence\'s "half of those asked" is backed by the page\'s "half wanted" in a sentence stating the rest; another share is not', () => {
  assert.deepEqual(codes('In a poll last spring, half of those asked wanted the old bridge rebuilt instead of the ferry.', POLL), []);
  assert.ok(codes('In a poll last spring, a third of those asked wanted the old bridge rebuilt instead of the ferry.', POLL).includes('number-mismatch'));
  assert.ok(codes('In a poll last spring, 70% of those asked wanted the old bridge rebuilt instead of the ferry.', POLL).includes('number-mismatch'));
  // The page's "half" is of something else in the sentence that states the rest: the sentence's "half of those asked" is not backed.
  const COMMUTE = 'In the commuter survey, half said they cycled to work and 12% said they walked.';
  assert.ok(codes('In the commuter survey, half of those asked said they walked to work.', COMMUTE).includes('number-mismatch'));
});

test('thousands and millions of barrels a day, written "kb/d", "mb/d", "kbd" or "mbpd"', () => {
  assert.deepEqual([...barrelsADay('Crude exports fell by 310 kb/d to 6.2 mb/d in May.')], [310000, 6200000]);
  assert.deepEqual([...barrelsADay('Oil output rose 45kb/d, within a forecast range of 1,200-1,400 kb/d.')], [45000, 1400000, 1200000]);
  assert.deepEqual([...barrelsADay('Output reached 45 kbd, and 1.1 mbpd by June.')], [45000, 1100000]);
  // Not "Mb/d", thousands in some reports and millions in others.
  assert.deepEqual([...barrelsADay('Output held at 9.8 Mb/d.')], []);
  const REPORT = 'Norwegian crude exports in May fell by 310 kb/d m-o-m to 6.2 mb/d, the lowest since March 2020.';
  assert.deepEqual(codes('Norway\'s crude exports fell by 310,000 barrels a day in May, to 6.2 million barrels a day.', REPORT), []);
  assert.deepEqual(codes('Norway\'s crude exports in May fell by 310 kb/d to 6.2 mb/d.', REPORT), []);
  assert.ok(codes('Norway\'s crude exports fell by 410,000 barrels a day in May, to 6.2 million barrels a day.', REPORT).includes('number-mismatch'));
  assert.ok(codes('Norway\'s crude exports fell by 310,000 barrels a day in May, to 5.2 million barrels a day.', REPORT).includes('number-mismatch'));
  // A sentence's "kb/d" is backed by the page's amount in barrels a day, not in another unit or period.
  assert.deepEqual(codes('Shipments from the port of Calder slipped to 820 kb/d in July.', 'Shipments from the port of Calder slipped to 820,000 bpd in July.'), []);
  assert.ok(codes('The Calder terminal loaded 250 kb/d of crude at its peak.', 'The Calder terminal loaded 250,000 tonnes of crude a day at its peak.').includes('number-mismatch'));
  assert.ok(codes('The Harrow field produced 1.2 million barrels a month at its peak.', 'The Harrow field produced 1.2 mb/d at its peak.').includes('number-mismatch'));
  // Only an amount in barrels: "6.2 million tonnes" is another unit.
  assert.ok(codes('Norway\'s crude exports fell to 6.2 million tonnes a day in May.', REPORT).includes('number-mismatch'));
  // A page that gives the unit once, in a heading: the sentence's "1,850 kb/d" is its "1,850".
  assert.deepEqual(codes('Westmark exported 1,850 kb/d of crude in 2023.', 'All figures below are in kb/d.\n\nWestmark exported 1,850 of crude in 2023.'), []);
});

const WEALTH = 'In 2014, for the first time, the median savings of renters aged 60+ (£41,200) was higher than that of any younger age group.';
const ACTOR = 'Despite a sixth nomination, Oren Vale has yet to win. Vale is the youngest actor to earn six Tony nominations.';
const AUDIENCE = 'Since the move to streaming, Radio Halden has built an audience several times larger than it was five years ago.';

/** The note that the page makes the sentence's comparison the other way, if any (information, never a warning). */
const noted = (s: string, page: string) => judgedSentence(s, page).diagnostics.find((d) => /makes the comparison the other way/.test(d.message))?.message;

test('a comparison the page makes the other way, in the same place, is said as a note', () => {
  const warned = (s: string, page: string) => noted(s, page);
  assert.match(warned('In 2014 the median savings of renters aged 60 and over, £41,200, was for the first time lower than that of any younger age group.', WEALTH) ?? '', /the comparison the other way: "higher than that of any younger age group\.", where the sentence says "lower"/);
  assert.match(warned('Oren Vale, the oldest actor ever to earn six Tony nominations, is in the running again.', ACTOR) ?? '', /"youngest actor/);
  assert.ok(warned('Radio Halden\'s audience is now smaller than it was five years ago.', AUDIENCE));
  assert.ok(warned('By late May the Harbour pitchers had 19 shutouts, two fewer than the Rovers\' staff.', 'By late May the Harbour pitchers had thrown 19 shutouts, 2 more than the Rovers\' staff has.'));
  assert.ok(warned('Super-glazes carry more harmful effects than other glazes.', 'Super-glazes are a class of glazes that carry fewer harmful effects than other glazes.'));
  // "More slowly than" is "slower than".
  assert.ok(warned('Patients on the new drug recovered more slowly than patients on the placebo.', 'Patients on the new drug recovered faster than patients on the placebo, the trial found.'));
  // A superlative's noun past a preposition: "the highest of any side" is "the lowest among the sides".
  assert.ok(warned('In the relay, Kestrel, with Ada Brennan among its runners, took 22 minutes, the highest of any side so far.', 'Kestrel, with Ada Brennan among its runners, took 22 minutes, the lowest among the sides so far in the relay.'));
});

test('a comparison said the same way, turned round, denied, or made both ways is not read as reversed', () => {
  // (Each case: no warning, and no note.)
  const codes = (s: string, page: string) => [...warnings(s, page).map((w) => w.slice(0, w.indexOf(':'))), ...(noted(s, page) ? ['note'] : [])];
  // The same way; turned round (other words after "than"); the page's own comparison denied.
  assert.deepEqual(codes('In 2014 the median savings of renters aged 60 and over, £41,200, was for the first time higher than that of any younger age group.', WEALTH), []);
  assert.deepEqual(codes('Renters in every younger age group had lower median savings than those aged 60 and over in 2014.', WEALTH), []);
  assert.ok(!codes('The audience of Radio Halden is smaller than it was five years ago.', 'The audience of Radio Halden is not larger than it was five years ago.').includes('note'));
  // A page that compares two things both ways: which one the sentence means is not sure.
  const BOTH = 'Imports grew faster than expected in May, while exports grew slower than expected.';
  assert.ok(!codes('Exports grew slower than expected in May.', BOTH).includes('note'));
  // A bound on a figure is the figure checks' ("more than 40" / "fewer than 40").
  assert.ok(!codes('The club has more than 40 members and meets on Fridays.', 'The club has fewer than 40 members and meets on Fridays.').includes('note'));
  // What the page forecast, asked or claimed, with the outcome in other words.
  assert.deepEqual(codes('Second-quarter profit at Ventra was higher than a year earlier.', 'Analysts had forecast that second-quarter profit at Ventra would be lower than a year earlier. Instead, profit rose 12% from a year earlier.'), []);
  // Parallel subjects told apart by a word of their kind.
  assert.deepEqual(codes('In 2023 unemployment in the north-west region was lower than the national average.', 'Unemployment in the north-west region fell below the national average in 2023. In the north-east region, unemployment was higher than the national average.'), []);
  // A superlative of another scope.
  assert.deepEqual(codes('The Bravo was the least expensive car to buy in the test.', 'In the test, the Bravo was the cheapest car to buy and the most expensive to insure.'), []);
  // A sentence denied.
  assert.deepEqual(codes('Renters aged 60 and over did not have lower median savings than any younger age group in 2014.', WEALTH), []);
  // Said of all but one: the one is the other way ("every month except March warmer than the average").
  assert.deepEqual(codes('March was the only month of the year colder than the 1991–2020 average.', 'It was a mild year, with every month except March warmer than the 1991–2020 average.'), []);
});

test('the reviews of the session\'s rules: their cases judged otherwise than labelled are the known ones', () => {
  // A helper's 127 cases at the edges of the "half" and barrels rules (`test/fixtures/review50-rules.json`; 87 faithful,
  // 40 wrong). On the build before the session 19 faithful were warned and 25 wrong caught; the rules' first form (a
  // "half" read as a share in sentences too, a page's kb/d read as barrels wherever it stood) warned 42 and caught 25;
  // now 4 and 22. Left: "Mb/d" (thousands in some reports, millions in others), a sentence's "3,100 kb/d" for "3.1
  // mb/d", an even split said in words ("as many … as"); let through: a figure the page gives of another product or
  // period in the same sentence, "more than half" for the page's "half".
  assert.deepEqual(judgedOtherwise('review50-rules.json'), ['bf07', 'bf10', 'bf20', 'bw07', 'bw08', 'bw12', 'hf06', 'hw01', 'hw02', 'hw03', 'hw04', 'hw11', 'hw12', 'hw13', 'hw17', 'hw18', 'hw19', 'hw21', 'hw22', 'hw23', 'hw24', 'hw25']);
  // Three reviews of the comparison rule (`review50c-rules.json`, 133 cases; `review50d-rules.json`, 118; and
  // `review50e-rules.json`, 99), each against the rule after the fixes the one before led to. As a warning it read 47,
  // then 51, then 18 faithful sentences as reversed (a comparison turned round with its noun repeated after "than"; an
  // outcome given in other words after a forecast of the opposite; parallel subjects; a measure beside another in one
  // sentence; idioms, "the best part of the decade"). It is a note now, never a warning: their cases are judged as on
  // the build before the rule, wrong ones caught by other checks only. Its notes fall on 37 of 45, 31 of 44 and 21 of
  // 25 wrong sentences, and on the faithful sentences listed.
  // (e7-rather-than, "saving more than half the cost", is backed since session 51: "half the cost" is no share.)
  assert.deepEqual(judgedOtherwise('review50c-rules.json'), ['a10-flights-wrong', 'a12-drivers-wrong', 'a14-rents-swap-wrong', 'a15-side-effects-swap-wrong', 'a7-teachers-wrong', 'b12-homesales-wrong', 'c2-hale-wrong', 'c4-moreau-wrong', 'd15-goalkeeper-wrong', 'd16-novel-wrong', 'd26-complaint-wrong', 'd27-chile-wrong', 'd28-parks-wrong', 'd29-brothers-wrong', 'e10-hawks-wrong', 'e11-generic-wrong', 'e12-water-wrong', 'e13-renters-wrong', 'f4-ferry-wrong', 'f6-stadium-wrong', 'h4-quote-wrong', 'i4-list-wrong', 'k5-subsidies-wrong', 'k6-hardly-wrong', 'r1-savings-wrong', 'r10-field-wrong', 'r11-girls-wrong', 'r12-women-wrong', 'r17-winter-wrong', 'r18-graduates-wrong', 'r19-seaice-wrong', 'r20-expected-wrong', 'r21-feared-wrong', 'r22-tunnel-wrong', 'r23-best-wrong', 'r24-council-wrong', 'r25-cheaper-para-wrong', 'r26-rail-wrong', 'r27-later-usual-wrong', 'r28-population-wrong', 'r3-model-wrong', 'r4-slope-wrong', 'r8-river-wrong', 'r9-rents-wrong']);
  assert.deepEqual(judgedOtherwise('review50d-rules.json'), ['a16w-rents-wrong', 'a17w-study-wrong', 'a1w-audit-wrong', 'a6w-ventra-wrong', 'a8w-rarely-higher', 'b13w-older-patients-wrong', 'b16w-public-wrong', 'b18w-summer-wrong', 'b1w-quarters-wrong', 'b23w-corvan-wrong', 'b25w-brill-tax-wrong', 'b26w-men-aged-list-wrong', 'b27w-list-wrong', 'b3w-northeast-wrong', 'b4w-old-tram-wrong', 'b5w-years-wrong', 'b7w-under-30-wrong', 'c10w-worst-selling', 'c16w-populous-wrong', 'c1w-bravo-wrong', 'c2w-town-resident-wrong', 'c8w-sola-fares', 'c9w-lakes', 'd2w-than-ever-wrong', 'd3w-marginally-wrong', 'e10w-brill-tax', 'e11w-runner', 'e12w-bride', 'e13w-louder', 'e14w-thinner', 'e15w-list-south', 'e16w-question-reversed', 'e17w-most-expensive-insure', 'e19w-hedged-outlook', 'e1w-sooner', 'e20w-summer-fewer', 'e2w-wetter', 'e3w-taller', 'e4w-easier', 'e5w-deeper', 'e6w-without', 'e7w-quote-pronoun', 'e8w-quote-exports', 'e9w-nursing']);
  assert.deepEqual(judgedOtherwise('review50e-rules.json'), ['w01', 'w02', 'w03', 'w04', 'w05', 'w06', 'w07', 'w08', 'w09', 'w10', 'w11', 'w12', 'w13', 'w14', 'w15', 'w16', 'w17', 'w18', 'w19', 'w20', 'w21', 'w22', 'w23', 'w24', 'w25']);
  const notedFaithful = (fixture: string) =>
    (JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', fixture), 'utf8')) as { id: string; page: string; sentence: string; wrong: boolean }[])
      .filter((c) => !c.wrong && noted(c.sentence, c.page))
      .map((c) => c.id)
      .sort();
  assert.deepEqual(notedFaithful('review50c-rules.json'), []);
  assert.deepEqual(notedFaithful('review50d-rules.json'), ['b15-services-farm', 'c2-town-residents']);
  assert.deepEqual(notedFaithful('review50e-rules.json'), ['e01', 'e08', 'e10', 'e14', 'e16', 'e21', 'e23', 'e26', 'e27', 'e37', 'e38', 'e40', 'e41', 'e43', 'e44', 'e45', 'e64', 'e74']);
});

test('a year some years after one the page names ("Two years later") backs the sentence\'s year; another year does not', () => {
  const PAGE = 'In the spring of 1961, Ada Brennan joined the survey team.\n\nTwo years later, she led the Kestrel expedition, mapping the northern glacier.';
  assert.deepEqual(codes('Brennan led the Kestrel expedition in 1963, mapping the northern glacier.', PAGE), []);
  assert.ok(codes('Brennan led the Kestrel expedition in 1964, mapping the northern glacier.', PAGE).includes('number-mismatch'));
  // The nearest year before the words is the one they count from.
  const TWO = 'Brennan joined the team in 1961 and became its chief in 1965. Two years later, she led the Kestrel expedition.';
  assert.ok(codes('Brennan led the Kestrel expedition in 1963.', TWO).includes('number-mismatch'));
  assert.deepEqual(codes('Brennan led the Kestrel expedition in 1967.', TWO), []);
});

test('a number before a length after a word of a document\'s parts is a length ("rows 30-36 inches apart"), not a row\'s number', () => {
  const PAGE = 'These are the largest squash plants. Space them at least 24 inches apart in rows 40-48 inches apart.';
  assert.deepEqual(codes('Plant the largest squash at least 24 inches apart, in rows 40 to 48 inches apart.', PAGE), []);
  assert.ok(codes('Plant the largest squash at least 24 inches apart, in rows 30 to 48 inches apart.', PAGE).includes('number-mismatch'));
});
