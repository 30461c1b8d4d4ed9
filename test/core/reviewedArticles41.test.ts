/**
 * Seven reviews of session 41, each by a helper that wrote three workspaces of its own in a genre no earlier review
 * used, and labelled every cited sentence before running the checker (`test/fixtures/reviews41/<review>`: the
 * workspaces and `labels.json`, each sentence `faithful` or `wrong`, with the passage that backs or belies it):
 * - l: food (a recipe page with a nutrition table, food-safety guidance with a storage table, a restaurant review, a
 *   council's hygiene report, a cookbook review exported as JSON);
 * - m: sports statistics (season and career tables in HTML, transfer news, an infobox profile, innings as "192.1");
 * - n: science news (a trial's paper with tables, press releases, write-ups; effects not significant, figures in words);
 * - o: technology (release notes and a changelog with versions "4.6.0", a security advisory and a mailing-list
 *   disclosure dated "2025-02-17", a benchmark review with tables);
 * - p: government (a bill with its status table, a budget office's estimate with tables "(millions of dollars, by
 *   fiscal year)" and rows heading sections, a council's verbatim transcript);
 * - q: history and culture (an encyclopedia page with an infobox, a lecture transcript, a book's introduction, a
 *   museum's catalogue entry);
 * - r: markets (a market close with price tables, "Volume (m)", an annual report as text, an analyst's Q&A, an
 *   assistant's answer citing [1]–[6]).
 * The session-start build warned 20 of their 488 faithful sentences. Fixed, each by a rule of English or of page layout:
 * a version's numbers are no figures ("4.6.0"); a date in numbers names its month ("2025-02-17": February); "the 300
 * series" names a line of models; a table's unit in its caption or in its header's first cell, across rows that head
 * sections ("Increases in Direct Spending"), and "(m)" in a header; ".402" is also 40.2%; "nearly VLC 7 billion" keeps
 * its "nearly" across a currency's code; a difference or a change worked out of two figures of one page sentence, one
 * of them the claim's ("cut by 15 cents to $1.85" / "to $1.85 from $2.00"; "beat the consensus of £193.5m by about
 * 4%"); "down by about a fifth" for "about 20%"; "roughly a third" in the page's words; "about a quarter of them" for
 * "2,340 workers …, around 610 of them women"; a claim's "not chosen for wealth but because …" and "rather than twelve"
 * against a page that changes "twelve months" to six, read as no opposite.
 * Two more wrong sentences are caught by who said it (`speakers.ts`, in the session-40 reviews): a transcript's turn.
 * Six more reviews written after those fixes (s: weather and climate; t: housing, sources that disagree; u: education,
 * tables in plain text; v: film, music and books; w: transport; x: law and contracts): 18 of their 418 faithful
 * sentences warned at first, 6 now (KNOWN). Fixed: "5%" for "5.1 per cent" and "about 1%" for "1.2 per cent" (a
 * percentage to its units); "rated 7 out of 10" for "7/10"; "more than half" in the page's words; "Ltd" for "Limited";
 * "the Isle of Carrow" for "Carrow"; a quotation's attribution in its blockquote's footer; "8.1" and "Recommended" in
 * two boxes read apart; a table in plain text with bars ("Grade | 2024 | 2025"); a JSON export's byline; a share of the
 * sentence's own "730 of 2,340", and "10% of £486 million, or about £48.6 million".
 * Five more written after those (y: medicine, z: energy, aa: crime and courts, ab: polls, ac: space): 21 of 346
 * faithful sentences warned at first, 11 now (KNOWN). Fixed: power and energy in each other's prefixes ("40 GW" for
 * "40,050 MW"), and "GW" no name; "4.6σ"; "10<sup>24</sup>" as "10^24"; "11–12 June" a range of days; "11/07/2024" in
 * July or November; a line heading a section of a plain-text crosstab ("WARD GROUP"); "1.4 on 1.6 mg" after "1.8
 * percentage points"; "60% higher" for "1.6-fold higher"; "four point one million" and "seven point nine three".
 * "All" or "every" where the page gives a part of the group is caught (`quantifiers.ts`), and a result the page calls not
 * statistically significant said as significant (`significance.ts`).
 * Five last reviews, written against the build of that round as unseen data (ad: agriculture, ae: charities, af:
 * automotive, ag: the labour market, ah: technology keynotes): 13 of 340 faithful sentences warned (3.8%), 9 now.
 * Fixed: "two-tenths of a point" is 0.2 of a point; "45W"; a column "(pp)" in percentage points.
 * Five more, written against the build of the round before (ai: an assistant's answers on product recalls, aj:
 * tourism statistics, ak: public health, al: personal finance, am: environment): 12 of 341 faithful sentences warned
 * (3.5%), all still (KNOWN). A figure of another row of a table whose row the sentence names ("Eastmarch … 5.38" where
 * Eastmarch's row has 4.86) is now caught (`wrongRowFigure`, tables.ts): six wrong sentences of the reviews.
 * Session 46: 37 → 25 faithful lines warned. Two denials in other words are no opposites: "cannot be fast-charged" /
 * "DC fast charging is not offered", "never registered" / "unregistered towers", "No single dose should exceed 1 g" /
 * "Do not give more than 1,000 mg", "have never topped 2.6%" / "between 1.2% and 2.6%", "took more than eight weeks" /
 * "were not resolved within eight weeks", "never approved" / "found no record that the board had … approved"; nor are
 * "did not find that the work had gone undone" against a finding of something else, "the two who did not are on
 * leave", and "All but two … had documented immunity" against "The two staff members without documented immunity";
 * nor "Its briefing found that … working part-time because they could not find full-time jobs" (the document's
 * "found" frames the finding). A table row that is a rate by its name ("U-6 underutilisation rate | … | 8.1") or a
 * poll's split of 100 ("Aged 35–54 | 31 | 57 | 12") is read in percentages; a denial before "more than" in its clause
 * makes a bound from above ("not to be exceeded more than 35 times" backs "allows up to 35") (`reviewedRules46.test.ts`).
 * The test fails when a faithful sentence is warned (outside KNOWN, which says why), or when the wrong sentences caught change.
 */
import * as path from 'node:path';
import { reviewTests } from '../helpers/reviewWorkspaces';

const FIXTURES = path.resolve(__dirname, '../fixtures/reviews41');

/** The wrong sentences caught (a warning or an error on them), by id. */
const CAUGHT: Record<string, string[]> = {
  // (l/ws3:13's wrong sentence was caught only while the review's author, in the JSON export's own field, was read as
  // never mentioned: the export's byline is read now.)
  l: ['l/ws2:11', 'l/ws2:46', 'l/ws3:17', 'l/ws3:21'],
  m: ['m/ws1:21', 'm/ws3:15', 'm/ws3:19'],
  // (n/ws1:21, n/ws2:31 and n/ws3:27 by `significance.ts`: a result the paper calls not statistically significant, said as significant.)
  n: ['n/ws1:21', 'n/ws1:31', 'n/ws2:31', 'n/ws2:47', 'n/ws3:27', 'n/ws3:50'],
  o: ['o/ws2:18', 'o/ws2:43', 'o/ws3:9', 'o/ws3:21', 'o/ws3:25', 'o/ws3:31'],
  // (p/ws2:33, "$31 million in 2027", was caught while the table's "31.0" was read as no money: it is the 2028 column's.)
  p: ['p/ws1:35', 'p/ws1:53', 'p/ws3:17', 'p/ws3:29'],
  q: ['q/ws1:13', 'q/ws1:25', 'q/ws2:51'],
  // (o/ws3:21, r/ws1:38, s/ws2:35, v/ws3:20, x/ws1:46, x/ws3:21 by `quantifiers.ts`: "all" or "every" where the page gives a part.)
  r: ['r/ws1:20', 'r/ws1:34', 'r/ws1:38', 'r/ws2:19', 'r/ws2:27', 'r/ws3:31'],
  s: ['s/ws2:35', 's/ws2:53', 's/ws3:21'],
  t: ['t/ws1:13', 't/ws2:53', 't/ws3:21'],
  // (u/ws3:9, "52.4%" from the 2024 column, was caught while the plain-text table was read as no table.)
  u: ['u/ws3:11', 'u/ws3:29', 'u/ws3:29'],
  v: ['v/ws1:25', 'v/ws3:20', 'v/ws3:28', 'v/ws3:53'],
  w: ['w/ws2:21', 'w/ws2:25', 'w/ws3:25'],
  x: ['x/ws1:15', 'x/ws1:23', 'x/ws1:46', 'x/ws2:35', 'x/ws3:21'],
  // (y/ws1:43, "All 23 doses were reduced", by `quantifiers.ts`.)
  y: ['y/ws1:43', 'y/ws2:15', 'y/ws2:33', 'y/ws3:38'],
  z: ['z/ws1:9', 'z/ws1:21', 'z/ws2:51', 'z/ws3:13', 'z/ws3:17'],
  aa: ['aa/ws2:17', 'aa/ws2:38', 'aa/ws2:44'],
  // (ab/ws2:16 was caught only while the crosstab's "30" was read as no percentage: it is the row's.)
  ab: ['ab/ws1:35', 'ab/ws1:50', 'ab/ws3:29'],
  ac: ['ac/ws2:32', 'ac/ws3:21', 'ac/ws3:25'],
  ad: ['ad/ws2:24', 'ad/ws3:25', 'ad/ws3:35'],
  // (ae/ws1:21, "That exceeded its target of 16km" where the page says "It was not, however, the 16 kilometres we set
  // out to achieve", is caught since session 60: a negation goes on past an aside set off by commas.)
  ae: ['ae/ws1:21', 'ae/ws1:25', 'ae/ws1:25', 'ae/ws2:16', 'ae/ws2:18', 'ae/ws2:49', 'ae/ws3:11'],
  af: ['af/ws1:40', 'af/ws2:11', 'af/ws3:38'],
  // (ag/ws3:21, "Women's unemployment rate, at 4.5%", is the national rate's 4.5 in a row named "Unemployment rate (%)",
  // read as a percentage since session 42: the figure is no longer another row's only.)
  // (ag/ws2:12, "A year ago, the unemployment rate stood at 4.1%", the table's figure of another month, was caught only
  // while the table's "Unemployment rate" row was not read in percentages, since session 46.)
  ag: ['ag/ws1:33', 'ag/ws3:35', 'ag/ws3:37'],
  // (ah/ws3:13, "noticeably heavier", was caught only while the hands-on's author, in the JSON export's byline, was read as never mentioned.)
  ah: ['ah/ws1:13', 'ah/ws1:17', 'ah/ws2:9'],
  // (v/ws1:25, z/ws1:9, aj/ws2:21 and am/ws2:17 by `wrongRowFigure` in tables.ts.)
  ai: ['ai/ws1:31', 'ai/ws1:41', 'ai/ws1:47', 'ai/ws1:50', 'ai/ws2:14', 'ai/ws2:38'],
  // (aj/ws2:23 by `changeOtherWay`, since session 44: "Cargo volumes rose 6.2%" where the page says they "fell 6.2%".)
  aj: ['aj/ws1:41', 'aj/ws1:47', 'aj/ws2:21', 'aj/ws2:23', 'aj/ws3:13', 'aj/ws3:23'],
  ak: ['ak/ws1:16', 'ak/ws2:23', 'ak/ws3:20', 'ak/ws3:30', 'ak/ws3:34'],
  // (al/ws2:14 by \`wrongRowFigure\` since session 42: "Halvorsen Insurance …, rejecting 36% of claims and drawing 7.7
  // complaints …", the row's 36% and then another row's 7.7.)
  al: ['al/ws1:13', 'al/ws2:14', 'al/ws3:37'],
  am: ['am/ws1:11', 'am/ws2:17', 'am/ws3:21'],
};

/** Faithful sentences still warned, each with why. */
const KNOWN: Record<string, string> = {
  'l/ws1:15': '"That is a rise of nearly 30%": a change the writer works out of the sentence before (£0.71 to £0.92), with no figure of its own to find the pair by',
  'l/ws3:13': '"four out of five" from a JSON export\'s "rating": 4 and "rating_scale": 5, fields outside its text',
  's/ws3:11': '"about 10% more than it would normally get" for a column "% Nov LTA" of 110: a share of an average said as the excess over it',
  't/ws3:27': 'a summary of a lettered list of exemptions ("would not cover buildings less than 15 years old, owner-occupied duplexes or …"), read part by part against the wrong items',
  'u/ws2:9': '"institutions that … did not meet the eligibility criteria" for "the remaining 677": a complement said with "not", read as the opposite of "met our eligibility criteria"',
  'w/ws2:15': '"35 minutes later than now" for "at 23:40 instead of 23:05": a difference of two times of day is not worked out',
  'y/ws2:31': '"into the cheek rather than the back of the throat, which can make a child gag" for a page that says squirting to the back of the throat can make them gag: the alternative set aside, read as denied',
  'y/ws2:41': '"call your GP" for "talk to your doctor": "GP" is read as a name the page lacks (as in session 40\'s review i)',
  'z/ws2:41': '"units that miss their deadlines" for "units that fail to correct deficiencies by the deadline": the page\'s "fail to", in a condition, read as a denial',
  'aa/ws2:27': 'a reduction "rather than a full third", and a term worked out from two sentences ("seven years" less 25%): read as the opposite',
  'ab/ws2:20': '"38%" from a topline list with dot leaders and no unit on the list ("More frequent bus service ........ 38")',
  'ac/ws2:10': '"about four-tenths of the Sun\'s mass" for "0.41 M☉": a fraction in words of a quantity',
  'ac/ws3:15': '"roughly 137,500 km/h" for "38.2 kilometres per second": a speed converted between units the reader does not convert',
  'ad/ws1:17': '"little more than a quarter of the 30-year average of 142 mm" for 38 mm against 142 mm: a share worked out of two figures, one of them said before',
  'ad/ws3:29': '"monthly instead of quarterly" for a list under "From April 2025, the program will:" after "currently publishes … quarterly": the list\'s items are not read with their lead-in',
  'ai/ws1:25': '"are not affected, and neither are the inner pot or the accessories" for "are not included … are not affected": two denials, read as opposites',
  'ai/ws1:38': '"According to Harlow\'s CEO" for "Harlow chief executive Priya Venkataraman": a role for the name, read as a name the page replaces',
  'ai/ws2:7': '"Roughly a third of those, about 9,100" for 9,100 of the 27,400 batteries said in the sentence before',
  'aj/ws1:20': '"Dutch and Polish arrivals" for "the Netherlands and Poland": peoples\' words for countries WordNet\'s table lacks',
  'aj/ws3:31': '"Agents selling less than £250,000 … will stay on 10%" for "more than £250,000 … Agents below that threshold will remain on 10%": the bound of the other group',
  'ak/ws1:44': '"Current city code requires testing only every 90 days" for "instead of every 90 days as the current code requires"',
  'al/ws1:28': '"a 0.15-percentage-point rise" for a table\'s "now" and "previously" columns (1.35% and 1.20%): a difference across columns',
  'am/ws2:29': '"The NGO also argues …, since output that year was 9.12 Mt": the critique never calls itself an NGO, and its clauses are read as unbacked (the megatonne is read since session 42)',
  'v/ws2:11': '"Static Bloom gave the album an 8.1": the site\'s score box ("8.1 Recommended") is read, but the part has too few of the page\'s words, and the site\'s name only in its title',
};

reviewTests(41, FIXTURES, CAUGHT, KNOWN);
