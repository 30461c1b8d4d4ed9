/**
 * Forty-three reviews of sessions 42 and 43, each by a helper that wrote three workspaces of its own in a genre no earlier review
 * used, and labelled every cited sentence before running the checker (`test/fixtures/reviews42/<review>`: the
 * workspaces and `labels.json`, each sentence `faithful` or `wrong`, with the passage that backs or belies it):
 * - a: cybersecurity (a breach disclosure as HTML, an incident post-mortem with a timeline and tables by region, an
 *   advisory, a news story as JSON; an email notice as plain text);
 * - b: aviation safety (a safety board's interim report with flight-data and crew tables, in HTML, markdown and plain
 *   text, the airline's statement, news reports);
 * - c: wildlife conservation (census reports with count tables by site and year, a charity's press release as JSON, a
 *   local paper's story with a cookie banner and comments);
 * - d: machine-learning research (preprints with result tables in HTML, markdown and text extracted from a PDF, a
 *   lab's blog post as JSON, newsletters; one draft an assistant's summary with grouped markers);
 * - e: mining (a quarterly report and a resource statement with tables in "Mt", "koz", "g/t", a broker's note in plain
 *   text with "US$m" rows and "FY27E" columns, trade-press stories);
 * - f: the music industry (a trade body's report with revenue tables, year-end charts, a magazine feature);
 * - g: demographics (a statistics office's census releases with tables by region and age band in British English, a
 *   think tank's commentary, newspaper stories).
 * Round 1 (a–g): the session-start build warned 28 of their 486 faithful sentences (5.8%), 2 now. Fixed, each by a rule of English or of page
 * layout: a condition said with "unless" is one said with "if not" ("safe unless they had been exposed" / "not exposed
 * … not accessible"); an alternative set aside with "rather than" that the page names only as a baseline ("relative to
 * training on the full corpus"); "(6,930)" is a count, not a list of sources; "Ardmoray's 118,000 workers" a count,
 * not a name's number; "95M-parameter", "1.1B" and a table's "| 1.1B |"; "56.8 Mt", "641 kt", "2.6 Mtpa", "4.49 Moz",
 * "478 koz" and "66,000–71,000 t"; "0.81x"; "FY27E"; a table's caption under it ("Table 2: Top-1 accuracy (%)"); a
 * row's own unit ("EBITDA (US$m)"); a change worked out of one page sentence said with "climbed" or "trimmed", after
 * "more than A$200", or of two ranges end by end; "still needs £37,500 of the £60,000"; "all 65 occupants" for "61
 * passengers and four crew"; "more than half of those, 22" for "22 of those 38"; "close to two-thirds" for 63%.
 * Six more, written against the build after those fixes (round 2; 405 faithful sentences, 113 wrong): h, commercial
 * property (a trust's results with portfolio tables, a broker's report as text with a header over three lines, a
 * business story); i, motorsport (classification pages and timing sheets); j, medicines regulation (assessment reports
 * with trial tables, "Clinical remission, %"); k, local planning (officer reports, a developer's statement, a residents'
 * blog); l, shipping and trade (throughput tables in "k TEU", a trading update as JSON with tables in its body); m,
 * insurance (catastrophe loss estimates). 18 faithful sentences warned at first (4.4%), 2 now. Fixed: a page's
 * "ceo-comment" box read as its text (a reader's comment is "comment" alone or "comments"); the site's name from the
 * <title> ("… | The Marrowick Courier"), said at the end of the text when the page's body never names it; tables in a
 * JSON export's body; "(cents)", ", %" and "(k TEU)" as units; a plain-text header over three lines; a row of headings
 * after a row of figures opens another table; "6.5 percentage points" worked out of 71.4% and 64.9%; "three-quarters of a
 * mile" no share; "about 120 feet" for "36.5 metres"; "2,118k TEU"; a denial in an appositive ("the fourth reason, the
 * lack of a signed agreement, could be overcome …").
 * Six more in round 3 (410 faithful sentences, 109 wrong): n, humanitarian response (situation reports with district
 * tables); o, climate science (an assessment's summary with calibrated confidence, tables by scenario); p, fisheries
 * (stock assessments writing thousands with spaces, "19 480 tonnes", "72 000 t"); q, financial regulation (a final
 * notice's penalty table); r, football finance (accounts as plain text); s, an earnings call (a transcript, an
 * assistant's summary). 27 faithful sentences warned at first (6.6%), 2 now. Fixed: thousands grouped by spaces (not
 * a plain-text table's columns, "201 707"); a lone "t" or "m" after a space is a unit, no scale; a year after an
 * acronym ("SSB 2026"); a measure after a capitalised word ("Delta-v 4.2 m/s"); "Ms Cadogan" for "Fiona Cadogan";
 * "every" where another page sentence says "all" of the group; "without the discount the fine would have been" (a
 * condition contrary to fact); "did not send … until 15:30" (a delay, no denial); "instead of $250 million";
 * "1.8 percentage points" worked out of one page sentence; "0.8 of a point" for "eight-tenths of a point"; "13
 * points" for "13 percentage points"; "£1.36 for every pound" for 136%.
 * Six more in round 4 (415 faithful sentences, 108 wrong): t, archaeology; u, telecoms ("61.4Mbps" / "61.4 Mbit/s");
 * v, nutrition surveys; w, elections abroad (a results table in a `<table class="regional-share">`); x, a rail
 * project's audit (a plain-text table captioned between rules of dashes); y, an assistant's answer on a cancelled
 * flight's refund, with grouped markers and a table citing sources. 19 faithful sentences warned at first (4.6%), 8 now.
 * Fixed: "Mbps" and "Mbit/s" one unit, no names; "share" in a class a share button's only alone or in "share-bar" and
 * the like; a caption's own figures ("the 4% threshold") declare no unit; a caption between rules of dashes; "the
 * existing line 7.8 km" a length; a word opening a line, a cell or a plain-text column is no name ("3. Compensation");
 * "one in nine of the 173" for "19 of the 173"; and the third read-through's nineteen defects.
 * Six more in round 5 (424 faithful sentences, 110 wrong): z, animal disease outbreaks (situation reports, an epidemic
 * update as plain text, a farmers' paper as JSON); za, university finances (financial statements and their notes, a
 * union's analysis, a staff Q&A); zb, the video games industry (results, a call transcript, charts); zc, road safety
 * statistics; zd, water companies' performance (annual reports with traffic-light tables, regulators' assessments); ze,
 * an assistant's answer comparing electric cars, with a table citing sources. 12 faithful sentences warned at first
 * (2.8%), 3 now. Fixed: "FTE" spelled with a hyphen ("full-time equivalents"); "will take no increase" for "declined any
 * increase"; "just over half its target of 75" for "41 … against a target of 75"; "489 km (about 304 miles)"; "has never
 * been better" no denial; "In Voltmark Labs' test" credits the page's own publisher; a scene-setting opening ("On the water side, …") denies nothing of its own; a plain-text header
 * whose first cells are empty, and "£m" alone in a header's cell; and the fourth read-through's fifteen defects.
 * Six more in round 6 (468 faithful sentences, 114 wrong), written to a brief that asked for figures worked out as
 * writers work them out: zf, central banking (a rate decision's statement, minutes, a press conference, projections);
 * zg, museums and arts funding (funding tables, a box-office summary, a liveblog as JSON); zh, infrastructure cost
 * overruns (an audit report, a minister's answers, a campaign's blog); zi, retail sales and consumer surveys; zj,
 * obituaries (a timeline table, an oral history, a society's tribute as JSON); zk, an assistant's answers on visa rules,
 * applying them to the reader. 70 faithful sentences warned at first (15%), 39 now: JSON exports whose text is in a list
 * of parts ("content": [{"text": …}], a liveblog's "entries", an FAQ's "items") were read without it; "rather than grow by
 * 1.8%"; "no growth" for "growth of 0.0%"; "by December" against a "Wednesday"; the reader's own figure ("your €3,700
 * salary"); a change's share ("to 0.8% from 1.4%, a downgrade of more than 40%"), what is left ("leaving just under
 * £540m"), an average ("£2.1m to 146 businesses, an average of roughly £14,000"), "less than half the 1.3%"; the page's
 * own publisher is no unmentioned name; a common word in capitals is a heading's, no name. Most of what is left are
 * figures worked out of two passages or table rows, and rules applied to the reader's own case (KNOWN).
 * Six more in round 7 (465 faithful sentences, 115 wrong), to the same brief: zl, athletics championships (results
 * pages, a statistics handbook, a press conference); zm, airlines and airports (traffic statistics, results, a call
 * transcript); zn, the wine and spirits trade; zo, technology layoffs and hiring; zp, consumer product testing; zq, an
 * assistant's answers on a freelancer's tax. 44 faithful sentences warned at first (9.5%), 35 now: "contracted by 3.2
 * points to 17.9%" and "4.4 points better than" a table row's other figure; "no price increases" for "before any price
 * increases"; "28 finalists" is no nomination for "ten medals" (a nomination's word in the award's own part of the
 * sentence).
 * Session 44: a figure the writer worked out of two of the page's figures is told as information (`worked-figure`,
 * `worked.ts`), not warned of, and a markdown page's footnotes are its text: round 4's warned lines 8 → 7, round 6's
 * 39 → 32. A change said the other way at the page's figure is caught (`changeOtherWay`: three more wrong sentences),
 * and round 3's warned lines go 2 → 3 with it: a list item's second sentence, caught, is warned on the first's marker
 * too. 91 → 84 lines in all. zn/ws3:9 and zn/ws3:11, caught on figures they give right, are no longer caught.
 * Session 46: 77 → 68. A percentage said in words the way speech gives one ("from fifty to sixty per cent. We wanted
 * seventy."), a page's "tried and failed to file" for the sentence's "had tried to file", "X, not Y," where the page
 * names Y only as what X is compared with, "…, but not if …", a name opening a page's sentence ("The ATR Tech Jobs
 * Barometer is compiled …"), "cautioned against mistaking" for "let's not mistake", and "rather than closing this
 * October" for a page's closing after March, "since 1985" for an interview's "since eighty-five,", "energy prices no
 * longer falling" for "the fall … has come to an end", and a table row's unit before a dash ("Unemployment rate (%) —
 * 3 months to Nov 2024") are no longer warned (`reviewedRules46.test.ts`).
 * The test fails when a faithful sentence is warned (outside KNOWN, which says why), or when the wrong sentences caught change.
 */
import * as path from 'node:path';
import { reviewTests } from '../helpers/reviewWorkspaces';

const FIXTURES = path.resolve(__dirname, '../fixtures/reviews42');

/** The wrong sentences caught (a warning or an error on them), by id (a line may hold more than one sentence). */
const CAUGHT: Record<string, string[]> = {
  // (a/ws1:19 and a/ws3:20 by \`wrongRowFigure\`: "Asia-Pacific accounted for 48,200 … and 3,400 …", the row's figure
  // and then another row's.)
  a: ['a/ws1:15', 'a/ws1:19', 'a/ws2:11', 'a/ws2:43', 'a/ws2:46', 'a/ws3:12', 'a/ws3:16', 'a/ws3:20', 'a/ws3:28'],
  b: ['b/ws1:43', 'b/ws3:41'],
  c: ['c/ws2:22', 'c/ws2:43', 'c/ws3:18'],
  // (d/ws3:19, a score from another column, was caught only while the table's cells were read with no "%": the
  // caption under the table is read now, and the figure is the table's.)
  // (d/ws2:26 by \`wrongRowFigure\`: "Kyrgyz improved from 25.1% to 21.3%", Yoruba's row, read in the caption's "%".)
  d: ['d/ws1:29', 'd/ws1:29', 'd/ws2:26', 'd/ws2:42'],
  // (e/ws2:47, "0.82x" given as the stock's multiple, was caught only while "0.82x" was read as no figure; e/ws1:23,
  // a hole's width from another row, only while "around 140 metres" was read as no figure.)
  e: ['e/ws1:11', 'e/ws3:16'],
  f: ['f/ws1:35'],
  // (g/ws1:20 by \`wrongListedFigure\`: "Lowther Plains grew by 4.7%" where the page lists "Kestrel Bay (4.7%), Lowther
  // Plains (3.8%)".)
  g: ['g/ws1:20', 'g/ws1:40', 'g/ws2:48', 'g/ws3:20', 'g/ws3:23'],
  // Round 2, written against the build after round 1's fixes.
  // (h/ws3:11's "Brennock … up 1.9%" was caught only while the JSON body's table was read as prose; its "$2.52" still is.)
  h: ['h/ws1:25', 'h/ws2:23', 'h/ws2:34', 'h/ws3:11'],
  // (i/ws3:29 by \`subjectDenied\`: "The stewards accepted the team's explanation" against "…, a claim the stewards did
  // not accept".)
  i: ['i/ws3:23', 'i/ws3:29'],
  // (j/ws1:13, "49.8% on 40 mg", was caught only while the row's cells were read with no "%": "Clinical response, %".)
  j: ['j/ws2:26', 'j/ws3:19'],
  k: ['k/ws1:27', 'k/ws2:16', 'k/ws2:47', 'k/ws3:13'],
  l: ['l/ws1:13', 'l/ws1:41', 'l/ws2:13', 'l/ws2:17'],
  m: ['m/ws1:42', 'm/ws1:45', 'm/ws1:50', 'm/ws1:53', 'm/ws3:14'],
  // Round 3, written against the build after round 2's fixes.
  n: ['n/ws1:12', 'n/ws1:27', 'n/ws1:45', 'n/ws2:21', 'n/ws3:21', 'n/ws3:38'],
  o: ['o/ws2:33', 'o/ws2:7', 'o/ws3:35'],
  // (p/ws3:18, a peak given the wrong year, was caught only while "15 400" was read as no figure.)
  p: ['p/ws1:31', 'p/ws2:29', 'p/ws3:37', 'p/ws3:37'],
  q: ['q/ws1:15', 'q/ws1:46', 'q/ws2:41', 'q/ws3:19', 'q/ws3:27', 'q/ws3:40', 'q/ws3:47'],
  r: ['r/ws2:17', 'r/ws3:15', 'r/ws3:53'],
  // (s/ws1:11, s/ws2:17 and s/ws3:9 by `changeOtherWay`: "Asia-Pacific revenue rose 6%" where the page says it
  // "declined 6%".)
  s: ['s/ws1:11', 's/ws1:19', 's/ws2:17', 's/ws3:22', 's/ws3:9'],
  // Round 4, written against the build after round 3's fixes.
  t: ['t/ws1:21', 't/ws1:9'],
  u: ['u/ws2:24'],
  v: ['v/ws1:19', 'v/ws2:36', 'v/ws3:19', 'v/ws3:27'],
  // (w/ws1:11, "lowest in the Southern Valleys, at 58.9%", another region's turnout, was caught only while the table of
  // regions was dropped as a box of share buttons, its class "regional-share": the figure is now found in the table,
  // and the check for another row's figure does not reach one after a comma.)
  w: ['w/ws1:11', 'w/ws1:17', 'w/ws2:29'],
  x: ['x/ws2:39', 'x/ws2:46', 'x/ws3:46'],
  y: ['y/ws1:15', 'y/ws1:39'],
  z: ['z/ws2:35'],
  za: ['za/ws2:48', 'za/ws3:38', 'za/ws3:42'],
  zb: ['zb/ws1:34', 'zb/ws1:43', 'zb/ws2:9', 'zb/ws3:26', 'zb/ws3:28', 'zb/ws3:34'],
  zc: ['zc/ws1:45', 'zc/ws2:17', 'zc/ws2:42', 'zc/ws3:38'],
  zd: ['zd/ws2:22', 'zd/ws2:42', 'zd/ws3:13'],
  ze: ['ze/ws1:13', 'ze/ws1:38', 'ze/ws1:44', 'ze/ws1:48'],
  zf: ['zf/ws1:29', 'zf/ws1:35', 'zf/ws2:10', 'zf/ws3:21', 'zf/ws3:22', 'zf/ws3:9'],
  zg: ['zg/ws1:15', 'zg/ws1:37', 'zg/ws3:19'],
  zh: ['zh/ws1:33', 'zh/ws2:19', 'zh/ws2:27', 'zh/ws3:24', 'zh/ws3:8'],
  zi: ['zi/ws1:13', 'zi/ws1:15', 'zi/ws1:25', 'zi/ws2:11', 'zi/ws3:13', 'zi/ws3:31'],
  zj: ['zj/ws1:7', 'zj/ws2:13', 'zj/ws2:15', 'zj/ws2:25', 'zj/ws2:31', 'zj/ws3:23'],
  zk: ['zk/ws1:10', 'zk/ws1:12', 'zk/ws1:24', 'zk/ws2:14', 'zk/ws2:16', 'zk/ws2:20', 'zk/ws2:35', 'zk/ws3:32', 'zk/ws3:6', 'zk/ws3:8'],
  zl: ['zl/ws1:11', 'zl/ws1:21', 'zl/ws1:23', 'zl/ws1:9'],
  zm: ['zm/ws1:15', 'zm/ws1:9', 'zm/ws2:14'],
  // (zn/ws3:9 and zn/ws3:11 were caught on figures they give right, "up 5.8%" on the page's 26.0 cents and "more than
  // half of sales" for 268.4 of 486.3, worked out of the page's figures: now information (`worked.ts`). Their errors, a
  // prior year's figure the page gives elsewhere and "liqueurs slipped", are not caught.)
  zn: ['zn/ws1:23', 'zn/ws1:33', 'zn/ws2:36', 'zn/ws3:29', 'zn/ws3:33'],
  zo: ['zo/ws1:21', 'zo/ws1:31', 'zo/ws2:23', 'zo/ws3:7'],
  zp: ['zp/ws1:21', 'zp/ws1:25', 'zp/ws1:7', 'zp/ws2:23', 'zp/ws2:27', 'zp/ws3:25', 'zp/ws3:9'],
  zq: ['zq/ws2:27', 'zq/ws2:33', 'zq/ws3:37'],
};

/** Faithful sentences still warned, and why. */
const KNOWN: Record<string, string> = {
  'b/ws1:20': '"12 knots fast at 500 feet": 149 knots in a table\'s row less the 137 knots of a sentence elsewhere; a difference of two passages is not worked out',
  'f/ws3:13': '"less than 1% of the physical market": 4.2 of the table\'s total 535.8, a share of two rows said as a bound',
  'h/ws3:7': '"still about 3% shy of the offer price": $2.96 against the $3.05 offer of another paragraph, worked out by the writer',
  'k/ws3:9': '"134 of the 212 homes": the studios\' 38 and the one-bedroom flats\' 96, two rows of a table added up',
  'r/ws2:17': '"lost £89.6m before tax" over five years: the sum of a plain-text table\'s row, "(14.3) (22.1) (13.3) (21.6) (18.3)"',
  'r/ws3:29': '"the Haddou-Vance obligation": the player is named only by another source the sentence does not cite; the rating note cited says "a player on loan"',
  'u/ws2:30': '"Before it, the Carrow Pass had no coverage from any network": the page\'s "until today … no mobile signal" is read apart from the sentence stating the mast\'s coverage, which is taken as the opposite',
  'v/ws1:25': 'a quotation inside `<section id="comment">`: a reader\'s comment by its id, the page\'s adviser\'s words though it holds',
  'y/ws1:43': '"Write to Bramblejet …": the guidance\'s general advice applied to the reader\'s airline, which the page never names',
  'y/ws2:22': '"about 2,400 km … falls in the DL 300 band": a value within the page\'s band "up to 3,000 km", read as a figure against it',
  'y/ws2:33': '"Owed whatever caused the cancellation": a table cell\'s paraphrase matched to the section\'s heading, not its body',
  'y/ws2:44': '"paid at least part of the money in 604": the page\'s 214 paid in full and 390 in part, added up',
  'y/ws3:23': '"SunVista, within 14 days of cancelling the package": the general "organiser" as the reader\'s company, set against the page\'s "Package Travel Regulations"',
  'za/ws2:28': '"left out of the FTE staff figures": the notes spell "full-time equivalents" only in a table\'s heading, which states nothing else the sentence says',
  'ze/ws2:11': '"167 miles" in a table\'s cell: the page\'s kilometres converted without "about", which is left to a rounded figure',
  'ze/ws3:38': '"Since you tow a 2,500-pound camper": the reader\'s own figure, which no source gives',
  'zf/ws1:25': '"down from 4.6% in 2024": the transcript says "last year", dated only by its heading',
  'zf/ws3:26': '"almost three-quarters of respondents": a share of two counts the page gives in another sentence',
  'zg/ws1:19': '"a loss of £210,000, or about a third": the difference and share of two figures of the sentence before',
  'zg/ws1:31': '"a £230,000 drop": the difference of two rows of a plain-text table',
  'zh/ws2:7': '"£400m in March 2023": the difference of two budget figures of the page, the first step of two',
  'zh/ws2:9': '"Roughly 11% of the new budget is therefore contingency": a share of two page figures in other sentences',
  'zh/ws2:15': '"bored 7.5km": the sum of the two machines\' distances the page gives apart',
  'zh/ws2:26': '"about 11%": a share of the council\'s part worked out of a table',
  'zh/ws3:28': '"12 elements had been cast": a table\'s "Cast and immersed" column added up',
  'zi/ws1:27': '"a stronger month for retailers": a quotation of a phrase the page writes in reported speech around it',
  'zi/ws2:20': '"volumes grew by something under 1%": growth less inflation, one figure from the page',
  'zj/ws1:11': '"ran for 17 years": from 1979 to 1996, two years of two page sentences',
  'zk/ws1:8': '"about €200 short of the new requirement": the page\'s €3,900 less the reader\'s own salary',
  'zk/ws2:6': '"rather than a Specialist Card": the general rule applied to the reader\'s permit, read as the opposite of the page\'s exemption',
  'zk/ws2:8': '"At €2,350 … about €50 short": the reader\'s income against the page\'s, worked out',
  'zk/ws2:20': '"which for the four of you is 48": 28 m² plus two times 10, applied to the reader\'s family',
  'zk/ws2:29': 'a table\'s cells applying the page\'s "aged 6 and over" rule to the reader\'s children ("Yes", "your 16-year-old")',
  'zk/ws2:31': '"€320 for the three applications": the page\'s fees added up for the reader\'s family',
  'zk/ws3:14': '"count as about 13": half of the reader\'s months as a student, as the page\'s rule counts them',
  'zk/ws3:16': '"Your four months abroad in 2023": the reader\'s own year',
  'zk/ws3:18': '"a certificate from March 2023 is already too old": the reader\'s certificate against the page\'s 24 months',
  'zk/ws3:28': '"Around November 2026": five years from the reader\'s permit date, worked out',
  // Round 7: each reason says the kind of the warning (the labels are the reviewers').
  'zl/ws1:19': '"2023": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zl/ws1:21': '"23": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zl/ws1:7': 'a paraphrase backed too weakly ("Only the three medallists went under ten seconds, and the seven men wh…")',
  'zl/ws1:23': '"Arvenian" set against the page\'s "Championship": a date or a name the writer worked out or applied',
  'zl/ws2:13': '"32": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zl/ws2:15': '"24": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zl/ws2:23': '"13": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zl/ws2:7': 'a paraphrase read as the opposite of the page\'s words ("Brandauer\'s mark was not even the longest-lived in the event\'s history…")',
  'zl/ws2:9': '"1.69": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zl/ws3:21': '"11 per cent": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zl/ws3:25': '"almost two thirds": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zm/ws2:11': '"about 15%": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zm/ws2:16': '"about 13%": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zn/ws1:11': '"about €846m": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zn/ws3:15': '"some €18m": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zo/ws1:15': '"more than 45%": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zo/ws1:37': '"roughly 1,200": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zo/ws1:7': '"Wexmoor": named by the page only outside its text (its chrome, another field), or implied',
  'zo/ws2:13': '"around 900": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zo/ws3:19': '"17": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zp/ws1:11': '"£480": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zp/ws1:13': 'a paraphrase read as the opposite of the page\'s words ("Water, not electricity, now makes up the larger share of the bill for…")',
  'zp/ws1:21': '"85": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zp/ws3:17': '"150": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zq/ws1:26': '"52,000": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zq/ws2:21': '"April" set against the page\'s "February": a date or a name the writer worked out or applied',
  'zq/ws2:34': '"roughly 18%": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zq/ws2:36': '"November" set against the page\'s "March": a date or a name the writer worked out or applied',
  'zq/ws3:27': '"37.5%": worked out of the page\'s figures (a difference, a sum, a share, an age, a rate), or given in other words',
  'zq/ws3:32': '"FAQ": named by the page only outside its text (its chrome, another field), or implied',
};

reviewTests(42, FIXTURES, CAUGHT, KNOWN);
