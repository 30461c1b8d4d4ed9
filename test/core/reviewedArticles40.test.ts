/**
 * Two reviews of session 40, each by a helper that wrote three workspaces of its own in genres not reviewed before,
 * and labelled every cited sentence before running the checker (`test/fixtures/reviews40/{a,b}`: the workspaces and
 * `labels.json`, each sentence `faithful` or `wrong`, with the passage that backs or belies it):
 * - a: a quarterly earnings release saved as HTML (prose, and tables captioned "in millions of U.S. dollars") with an
 *   analyst's note; an encyclopedia biography with an obituary; a trial's paper with its press release;
 * - b: a court's decision with a law firm's alert; a match report with box-score tables and a club's HTML page (menus,
 *   adverts, a "next up" box in an aside); an agency's annual report (a spending table captioned "£ million") with a
 *   watchdog's critique, written up as an assistant's answer with grouped markers, a list and a table citing sources.
 * The session-start build warned 9 of the 148 faithful sentences: table rows written in prose with their caption's
 * unit ("$509 million" for the cell 509, "£205.0m" for 205.0), "41 cents" for "$0.41", "roughly two-thirds" for the
 * page's own "roughly two-thirds", and the aside's fixture. Each is now read as the page means it (`tables.ts`, cents
 * in `numbers.ts`, a share in the page's words, asides kept unless they are boxes of links).
 * Two more reviews, written after those fixes (159 faithful sentences, 37 wrong):
 * - c: a phone's product page with a specifications table and a price table (HTML) and a hands-on review; an
 *   encyclopedia biography with an infobox and a magazine interview; a statistics office's bulletin of tables
 *   ("£ billion", "(%)", "parts per 1,000") with a newspaper's story;
 * - d: an annual report exported to plain text (page headers, hyphenation, a table laid out in columns of spaces
 *   under "(GBP million)") with its summary; a podcast transcript with the show notes; a news article exported as
 *   JSON with a newsletter, written up as an assistant's brief.
 * They found 7 false alarms, each fixed: a row "Headphone jack | No" read as stating the jack (a table's row states no
 * sentence for polarity); "£250 more than the base model" and "£2.9bn more than in the first quarter" worked out of
 * two rows of a column; "almost 80%" for 797 "parts per 1,000"; a plain-text table's "26.9" under "(GBP million)"; a
 * quotation "Don't eat eel" read as a title; "I'd be misleading you if I said it proves X" read as stating X.
 * Two more, written after those (e: a council's minutes and press release, a health agency's dosing guidance and a
 * pharmacist's Q&A, a results page of ward tables and an election-night story; f: an assistant's research report on one
 * business story citing eight sources saved every way, with grouped markers split across lines, a list and a table
 * citing sources): no faithful sentence of 121 warned. Their misleading notes were fixed: sources said to disagree on
 * "named" ("has not named" / "declined to name": a refusal is a negation) and on "unless" (a word of the frame).
 * Two more, in British English (h: a Budget-day live blog saved as HTML, a football report with a match-stats box and
 * a club statement, a trading update with a City column) and in health reporting (i: a cohort study with its press
 * release, a trial summary with a patient FAQ, a surveillance report with a local story): 150 faithful sentences, 7
 * false alarms at first, fixed but two: "a fifth lower" for "about 20% lower"; "60 basis points" for "0.6 percentage
 * points"; "FY26" for "the 2026 financial year"; a hazard ratio of 1.8 or 1.17 for a risk "80 per cent" or "17 per cent
 * higher" (and a ratio read beside its label, "HR 1.8", which read as a name's number). KNOWN: the faithful sentences
 * still warned, with why.
 * Two last reviews, written as unseen data for the session's final build (j: a court's sentencing remarks with the
 * police release, a house price index with an agency's blog, travel guidance with an airline FAQ; k: an obituary with a
 * museum biography, a sustainability report with an NGO scorecard, a season preview with a fan post): 7 of 156
 * faithful sentences warned at first. Fixed: "for 22 years, from 1974 to 1996" on a page that says "seventy years at
 * the loom" elsewhere (a length of years is checked against the page's lengths by the sentence's years only); "a
 * Varnian citizen" for "a citizen of Varnia"; "jailed for 40 months" for "three years and four months" (the figure; the
 * sentence is still read as an opposite: KNOWN); "It cannot be used to claim public funds" for a list whose lead-in says
 * "You cannot use a VEP to:" (an item under a denying lead-in is read for polarity nowhere); "a 40% deposit" for a
 * column "60% loan-to-value".
 * The test fails when a faithful sentence is warned, or when the wrong sentences caught change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { judged as judgeReview } from '../helpers/reviewWorkspaces';


const FIXTURES = path.resolve(__dirname, '../fixtures/reviews40');

const judged = (review: string) => judgeReview(FIXTURES, review);

/** The wrong sentences caught (a warning or an error on them), by id. */
const CAUGHT: Record<string, string[]> = {
  a: ['a/ws1:20', 'a/ws1:22', 'a/ws1:40', 'a/ws1:8', 'a/ws2:16', 'a/ws2:25', 'a/ws2:35', 'a/ws3:26', 'a/ws3:36', 'a/ws3:39', 'a/ws3:8'],
  b: ['b/ws1:35', 'b/ws1:38', 'b/ws1:51', 'b/ws2:15', 'b/ws3:14', 'b/ws3:23', 'b/ws3:36', 'b/ws3:40'],
  // (c/ws3:25, "Services output was 1.4% higher", was caught while a table's "-1.4" under "(%)" was read as a plain number:
  // the page gives 1.4% for production, and a figure the page gives is backed wherever it stands.)
  c: ['c/ws1:12', 'c/ws1:25', 'c/ws1:48', 'c/ws1:55', 'c/ws2:23', 'c/ws2:28', 'c/ws2:47', 'c/ws3:38', 'c/ws3:43', 'c/ws3:49'],
  d: ['d/ws1:24', 'd/ws1:32', 'd/ws1:45', 'd/ws2:14', 'd/ws2:29', 'd/ws2:37', 'd/ws2:47', 'd/ws3:15', 'd/ws3:31', 'd/ws3:43'],
  e: ['e/ws1:25', 'e/ws1:45', 'e/ws2:17', 'e/ws2:55', 'e/ws3:15', 'e/ws3:47'],
  f: ['f/ws:13', 'f/ws:15', 'f/ws:26', 'f/ws:30', 'f/ws:58'],
  h: ['h/ws1:21', 'h/ws1:37', 'h/ws1:41', 'h/ws1:47', 'h/ws2:11', 'h/ws2:25', 'h/ws2:39', 'h/ws2:47', 'h/ws2:53', 'h/ws3:17', 'h/ws3:33'],
  i: ['i/ws1:13', 'i/ws1:35', 'i/ws2:15', 'i/ws2:31', 'i/ws2:9', 'i/ws3:21', 'i/ws3:7'],
  // (j/ws2:45, "a 10% deposit … 4.18%", was caught by chance while "10%" was read as no figure of the page: the page's
  // 90% loan-to-value is a 10% deposit; the rate, 4.18%, is the 60% column's, which is not read.)
  // (j/ws2:21 and k/ws3:11 by `wrongRowFigure` in tables.ts: a figure of another row of the table whose row the sentence names.)
  j: ['j/ws1:37', 'j/ws2:21', 'j/ws2:35', 'j/ws2:77', 'j/ws3:21', 'j/ws3:67', 'j/ws3:77'],
  k: ['k/ws1:5', 'k/ws1:11', 'k/ws1:13', 'k/ws2:7', 'k/ws2:11', 'k/ws2:21', 'k/ws3:5', 'k/ws3:7', 'k/ws3:9', 'k/ws3:11'],
};

/** Faithful sentences still warned, each with why. */
const KNOWN: Record<string, string> = {
  'i/ws2:17': 'a clinical term in lay words ("chest pain needing a procedure to open the arteries" for "angina leading to revascularisation"): the checker reads words, not meaning',
  'i/ws3:37': '"GP" for the page\'s "general practice": an acronym of two letters is not read as spelled out in words of lower case ("American public" would be "AP")',
  'j/ws1:5': 'a lead merging several facts, read as the opposite of "since leaving school" ("leaving him on the pavement"): a polarity flip on a word of another sense',
  'j/ws1:49': '"so that the ban is not used up while he is behind bars" for "… not simply used up while you are in prison": the idiom is not read, and the part is read as the opposite',
};

for (const review of ['a', 'b', 'c', 'd', 'e', 'f', 'h', 'i', 'j', 'k']) {
  test(`session 40's review ${review}: no faithful sentence warned; the wrong sentences caught as before`, () => {
    const all = judged(review);
    assert.ok(all.length >= 50, `${all.length} labelled sentences`);
    const falseAlarms = all.filter((x) => x.label.label === 'faithful' && x.warned.length && !KNOWN[x.id]).map((x) => `${x.id} (${x.label.kind}): ${x.label.sentence}\n  ${x.warned.join('\n  ')}`);
    assert.deepEqual(falseAlarms, []);
    for (const id of Object.keys(KNOWN).filter((k) => k.startsWith(`${review}/`))) assert.ok(all.some((x) => x.id === id && x.warned.length), `${id} is no longer warned: take it out of KNOWN`);
    assert.deepEqual(all.filter((x) => x.label.label === 'wrong' && x.warned.length).map((x) => x.id).sort(), [...CAUGHT[review]].sort());
  });
}
