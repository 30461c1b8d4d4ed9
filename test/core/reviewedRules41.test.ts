/**
 * Rules found by session 41's reviews (`reviewedArticles41.test.ts`) and by the read-throughs of them, each with its
 * wrong counterpart where there is one: who said it in a transcript's turn or after "she said"; a version's numbers; a
 * date in numbers and its month; figures worked out of one page sentence; a table's unit across rows that head
 * sections; ".402" as a percentage; "not statistically significant"; "all" for a part of the group; and the rest of
 * each round's fixes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedSentence, warnings, warningsOf } from '../helpers/oneSentence';
import { extractFigures } from '../../server/src/core/support/numbers';

const TRANSCRIPT = [
  '[00:00:11] VOSS: Welcome to the show. With me are Dr Amara Okafor, an eel biologist, and Tom Brannigan, a river keeper.',
  '[00:00:40] TOM BRANNIGAN: Thanks for having me.',
  '[00:02:53] VOSS: And what caused the collapse of the eels?',
  "[00:02:55] DR. OKAFOR: Honestly, we don't know for certain, and anybody who tells you they do is overselling.",
  '[00:03:31] TOM BRANNIGAN: Can I jump in on the barriers thing?',
  '[00:03:34] VOSS: Go ahead.',
].join('\n\n');

test("a sentence of a transcript's turn is its speaker's: a quotation given to another is warned of", () => {
  assert.deepEqual(warnings('"Anybody who tells you they do is overselling," Okafor said.', TRANSCRIPT), []);
  const swapped = warnings('"Anybody who tells you they do is overselling," Brannigan said.', TRANSCRIPT);
  assert.ok(swapped.some((w) => /attributes this to "DR\. OKAFOR", not "Brannigan"/.test(w)), swapped.join('\n'));
});

test('"…," she said is the speaker the sentence before names', () => {
  const page = 'The study was led by Dr Ana Marcó-Llorente of the eye institute. Its co-author is Professor Tomás Berenguer.\n\nMarcó-Llorente cautioned that the study could not say whether outdoor time prevents myopia. "We need to follow these children into their teens before we can answer that," she said.';
  assert.deepEqual(warnings('"We need to follow these children into their teens before we can answer that," said Marcó-Llorente.', page), []);
  assert.ok(warnings('"We need to follow these children into their teens before we can answer that," said Tomás Berenguer.', page).some((w) => /Marcó-Llorente/.test(w)));
});

test("a version's numbers are no figures; a version the page writes to its last part backs the sentence's", () => {
  assert.deepEqual(extractFigures('Affects 4.6.0 through 4.9.1, fixed in 10.2.3.'), []);
  const notes = 'Halyard 5.0.0 was released on 11 March 2025. Brokers refuse to start when zookeeper.connect is set.';
  assert.deepEqual(warnings('A 5.0 broker refuses to start when zookeeper.connect is set.', notes), []);
  assert.ok(warnings('A 5.2 broker refuses to start when zookeeper.connect is set.', notes).length > 0);
});

test('a date written in numbers names its month: "2025-02-17" is in February, and no other month', () => {
  const timeline = 'Timeline\n\n2025-02-17  Reported both issues to Norrhaven with a proof of concept.\n\n2025-03-04  Norrhaven confirmed both issues.\n\nBetween 10 and 14 March 2025 we scanned the public address space.';
  assert.deepEqual(warnings('The researcher reported both issues to Norrhaven on 17 February 2025.', timeline), []);
});

test('a difference or a change worked out of two figures of one page sentence, one of them the sentence\'s', () => {
  const copper = 'Harlow lowered its guidance for C1 cash costs to $1.85 a pound from $2.00 a pound, reflecting higher volumes.';
  assert.deepEqual(warnings('Harlow cut its C1 cash-cost guidance by 15 cents to $1.85 a pound.', copper), []);
  assert.ok(warnings('Harlow cut its C1 cash-cost guidance by 25 cents to $1.85 a pound.', copper).length > 0);
  const profit = 'Underlying operating profit for 2024 rose 13.9 per cent to £201.3m, ahead of the analyst consensus of £193.5m.';
  assert.deepEqual(warnings('Profit beat the analyst consensus of £193.5m by about 4%.', profit), []);
  assert.ok(warnings('Profit beat the analyst consensus of £193.5m by about 9%.', profit).length > 0);
  // A change in percent is of the figure the sentence compares with: "down from $125" is the base, not $90.
  assert.ok(warnings('The jacket is on sale for $90, down from $125, a discount of 39 percent.', 'The jacket is on sale for $90, down from $125.').length > 0);
});

test("a table's unit in its caption holds across a row that heads a section; a decimal from its point is a percentage", () => {
  const estimate = [
    'Table 1. Estimated Budgetary Effects (millions of dollars, by fiscal year)',
    ' | 2026 | 2027 | 2028 | 2029 | 2030',
    'Increases in Direct Spending',
    'Grants – Estimated Outlays | 18.0 | 74.0 | 126.0 | 148.0 | 132.0',
    'Vouchers – Estimated Outlays | 9.0 | 29.0 | 31.0 | 31.0 | 32.0',
  ].join('\n\n');
  assert.deepEqual(warnings('Grant outlays would reach $148 million in 2029.', estimate), []);
  assert.ok(warnings('Grant outlays would reach $158 million in 2029.', estimate).length > 0);
  const stats = 'In 2023-24 he set career highs in field goal percentage (.481) and three-point percentage (.402).';
  assert.deepEqual(warnings('In 2023-24 he made 48.1 percent of his field goals and 40.2 percent of his threes.', stats), []);
  // Not a calibre or a time: ".38 revolver", "by .08 seconds".
  assert.ok(!extractFigures('a .38 revolver, won by .08 seconds').some((f) => f.kind === 'percent'));
});

test('the read-through of these rules: a change needs its base, "3 series of" is a count, a caption is no section, "a third time" no fraction, a date no version', () => {
  const revenue = 'Revenue rose to $20 million in 2023 from $16 million a year earlier, the company said.';
  assert.deepEqual(warnings('Revenue rose by 25% to $20 million in 2023, the company said.', revenue), []);
  for (const wrong of ['20%', '30%']) assert.ok(warnings(`Revenue rose by ${wrong} to $20 million in 2023, the company said.`, revenue).length > 0, wrong);
  assert.ok(warnings('The BBC has aired 5 series of the show since it began in 2015.', 'The BBC has aired 3 series of the show since it began in 2015, and a fourth is planned.').length > 0);
  const two = 'Table 1: Revenue ($ millions)\n\n| Region | Q1 | Q2 |\n|---|---|---|\n| North | 12 | 14 |\n\nTable 2: Revenue growth (%)\n\n| Region | Q1 | Q2 |\n|---|---|---|\n| North | 5 | 7 |\n';
  assert.ok(warnings('Revenue in the North region was $5 million in Q1.', two).length > 0);
  assert.ok(warnings('Bus fares in Leeds rose by about 30% this year, the council said.', 'Bus fares in Leeds rose a third time this year, the council said.').length > 0);
  assert.ok(warnings('An earthquake of magnitude 4.5 struck the region in 2023, officials said.', 'An earthquake struck the region on 4.5.2023, with a magnitude of 5.1, officials said.').length > 0);
});

test('a result the page calls not statistically significant, said as significant, is warned of; one it calls significant is not', () => {
  const paper = [
    'Methods. Students in 40 phone-free schools and 40 control schools completed questionnaires on wellbeing, anxiety, sleep and screen time at the start and end of the school year.',
    'Results. Phone-free schools lost less lesson time to disruption (3.1 vs 4.6 minutes per lesson; p<0.001), a significant reduction.',
    'There were no statistically significant differences in wellbeing scores (p=0.41) or anxiety (GAD-7 difference -0.2; p=0.44).',
    'Weekend screen time was 6 minutes higher in phone-free schools, a non-significant difference.',
  ].join('\n\n');
  const wrong = warnings('Anxiety scores fell significantly in the phone-free schools.', paper);
  assert.ok(wrong.some((w) => /not statistically significant/.test(w)), wrong.join('\n'));
  assert.deepEqual(warnings('The difference in anxiety scores between the groups was not statistically significant.', paper), []);
  assert.deepEqual(warnings('Lesson time lost to disruption fell significantly in the phone-free schools.', paper), []);
});

test('the second round: percentages to their units, ratings, "more than half", legal forms, "the Isle of", a blockquote\'s attribution, a byline, shares of the sentence\'s own figures', () => {
  const roads = '388 people were killed or seriously injured, 5.1 per cent fewer than in 2022. Riders made up an estimated 1.2 per cent of vehicle kilometres travelled.';
  assert.deepEqual(warnings('388 people were killed or seriously injured, 5% fewer than the year before.', roads), []);
  assert.deepEqual(warnings('Riders made up only about 1% of the traffic.', roads), []);
  // A sentence more precise than the page is not its rounding: "5.4%" is not "5 per cent".
  assert.ok(warnings('Deaths fell 5.4% in the year.', 'Deaths fell 5 per cent in the year.').length > 0);
  assert.deepEqual(warnings('Fernhill Elementary is rated 7 out of 10.', 'Schools\n\n| School | Grades | Rating |\n|---|---|---|\n| Fernhill Elementary | K-5 | 7/10 |\n| Cedarholm High | 9-12 | 6/10 |\n'), []);
  assert.deepEqual(warnings('The inspector said more than half of the old houses need drain repairs.', '"On the old houses, I\'d say more than half need drain repairs," the inspector said.'), []);
  assert.deepEqual(warnings('Harrowgate Provisions Ltd sued Bellmoor Cold Chain Services Ltd in 2023.', 'Harrowgate Provisions Limited sued Bellmoor Cold Chain Services Limited in 2023.'), []);
  assert.deepEqual(warnings('She wrote forty songs during a winter on the Isle of Carrow.', 'I spent the winter on Carrow, and I wrote about forty songs out there on the island.'), []);
  const release = '<html><body><article><p>We consulted on the new timetable for eight weeks.</p><blockquote><p>"This is the biggest change to our timetable in more than a decade."</p><footer>Owen Threlfall, Managing Director, Greyhollow Rail</footer></blockquote></article><footer class="site-footer">© Greyhollow Rail</footer></body></html>';
  assert.deepEqual(warningsOf('The managing director, Owen Threlfall, called it "the biggest change to our timetable in more than a decade."', 'p.html', release), []);
  const exported = JSON.stringify({ title: 'Driving the coast road', author: { name: 'Solenne Abernathy' }, publication: 'Wayfarer Quarterly', body: 'The road can be driven end to end in about an hour and a half without stopping, but allow half a day.' });
  assert.deepEqual(warningsOf('Solenne Abernathy advises allowing at least half a day for the coast road.', 'p.json', exported), []);
  const listing = 'Facts\n\n| Feature | Value |\n|---|---|\n| Finished area below grade | 730 sqft |\n| Total interior livable area | 2,340 sqft |\n';
  assert.deepEqual(warnings('Nearly a third of the living area, 730 of 2,340 square feet, is below grade.', listing), []);
  assert.ok(warnings('Nearly half of the living area, 730 of 2,340 square feet, is below grade.', listing).length > 0);
  const notice = 'The maximum penalty is 10 per cent of turnover. Turnover for 2023 was £486 million.';
  assert.deepEqual(warnings('The maximum penalty was 10% of its £486 million turnover, or about £48.6 million.', notice), []);
  assert.ok(warnings('The maximum penalty was 10% of its £486 million turnover, or about £58.6 million.', notice).length > 0);
});

test('a table in plain text with bars is read a row at a time, its title\'s unit applied', () => {
  const results = 'Results\n\nTABLE 1: CUMULATIVE PERCENTAGE OF ENTRIES ACHIEVING EACH GRADE\n\nGrade     | 2024  | 2025\n----------|-------|------\nA* to A   | 25.9  | 24.6\nA* to C   | 76.5  | 75.8\nA* to E   | 97.3  | 97.1\n';
  assert.deepEqual(warningsOf('In 2025, 75.8% of entries achieved at least a C.', 'p.txt', results), []);
});

test('"all" or "every" where the page gives a part of the group is warned of; a part the sentence gives itself, or a page that says all too, is not', () => {
  const analysts = 'Twelve of the 16 analysts covering the stock rate it a buy, with three holds and one sell.';
  const all = warnings('All 16 analysts covering Harlow rate the stock a buy.', analysts);
  assert.ok(all.some((w) => /"Twelve of the 16", not "All 16"/.test(w)), all.join('\n'));
  assert.deepEqual(warnings('Twelve of the 16 analysts covering Harlow rate the stock a buy.', analysts), []);
  assert.ok(warnings('Every venue is step-free.', 'Four of our five venues are fully step-free; St Bride\'s Church has two steps at the north door.').length > 0);
  assert.ok(warnings('By November every one of the roughly 48,000 records had been restored.', 'By November all but 212 of approximately 48,000 records had been restored.').length > 0);
  assert.deepEqual(warnings('Almost all of the 16 analysts covering Harlow rate the stock a buy.', analysts), []);
  const council = 'The county council is made up of the mayors of seven of the eight municipalities, although all eight municipalities elect their own councils.';
  assert.deepEqual(warnings('Each municipality elects its own council.', council), []);
});

test('the read-through of the second round: "significant" beside "not significant", "not insignificant", "not only"; an empty cell of a bar table; a date is no rating; a share\'s figures together', () => {
  const mixed = 'Anxiety scores fell significantly over the period, while depression scores did not change significantly.\n\nAlthough the cost of the harbour wall was not insignificant, councillors backed it.\n\nColchicine not only significantly reduced strokes but also cut hospital admissions.';
  for (const s of ['Anxiety scores fell significantly.', 'The harbour wall carried a significant cost.', 'Colchicine significantly reduced strokes.']) assert.deepEqual(warnings(s, mixed), [], s);
  const bars = 'TABLE 2: SPENDING BY REGION, 2024\n\nRegion | Spend (£m) | Share of total (%)\n-------|------------|-------------------\nNorth  |            | 12\nSouth  | 40         | 30\nEast   | 22         | 18\n';
  assert.ok(warningsOf('The North region spent £12 million in 2024.', 'p.txt', bars).length > 0);
  assert.ok(warnings('7 out of 10 residents support the bypass.', 'Published 7/10/2024. A survey found 41% of residents support the bypass.').length > 0);
  assert.ok(warnings('Only 30% of patients recovered fully, 3 of 10 treated.', 'Of the 12 patients treated, 3 recovered fully within 10 weeks.').length > 0);
  assert.ok(warnings('Inflation was 5% in March.', 'Unemployment rose to 5.4 per cent in March. Inflation was 3.1 per cent over the same period.').length > 0);
});

test('the third round: power units, σ, exponents, ranges of days, numeric dates either way, sections of crosstabs, elided units, folds, decimals read aloud', () => {
  const outlook = 'The operator has 52,600 MW of installed generating capacity and expects 40,050 MW to be available at the time of the peak.';
  assert.deepEqual(warnings('Expected available capacity at the peak is roughly 40 GW, out of 52.6 GW installed.', outlook), []);
  assert.ok(warnings('Expected available capacity at the peak is roughly 45 GW, out of 52.6 GW installed.', outlook).length > 0);
  assert.deepEqual(warnings('The team ruled out a cloud-free atmosphere at 4.6 sigma.', 'A cloud-free, hydrogen-dominated atmosphere is ruled out at 4.6σ (μ > 8).'), []);
  assert.deepEqual(warningsOf('Spectra detected cyanogen at a production rate of 2.3 × 10^24 molecules per second.', 'p.html', '<html><body><article><p>Spectra detected cyanogen gas at a production rate of 2.3 × 10<sup>24</sup> molecules per second.</p></article></body></html>'), []);
  assert.deepEqual(warnings('Five sheds were broken into overnight on 11–12 June.', 'Five sheds were broken into overnight between Tuesday 11 and Wednesday 12 June.'), []);
  assert.deepEqual(warningsOf('His first hearing is due on 11 July.', 'p.txt', 'SITTING OF 14 JUNE 2024\n\nTyler Brannigan. Result: Sent to Crown Court. First hearing 11/07/2024.'), []);
  const crosstab = 'CROSSTABS -- Q3 vote on Measure T (percent)\n\n                     Unwtd n   Yes    No   Undec\n  ALL LIKELY VOTERS      804     54    39      7\n  WARD GROUP\n    North (Wards 1-2)    262     47    46      7\n    South (Wards 5-6)    261     51    41      8\n';
  assert.deepEqual(warningsOf('North-ward voters split 47% to 46% on the measure.', 'p.txt', crosstab), []);
  const trial = 'HbA1c decreased from baseline by 1.8 percentage points with 2.4 mg, 1.4 percentage points with 1.6 mg, and 0.3 percentage points with placebo.';
  assert.deepEqual(warnings('HbA1c fell by 1.8 percentage points on 2.4 mg and 1.4 on 1.6 mg, compared with 0.3 on placebo.', trial), []);
  assert.ok(warnings('HbA1c fell by 1.8 percentage points on 2.4 mg and 1.2 on 1.6 mg, compared with 0.3 on placebo.', trial).length > 0);
  const fold = 'In patients with moderate renal impairment, exposure was approximately 1.6-fold higher than in patients with normal renal function.';
  assert.deepEqual(warnings('With moderate renal impairment, exposure is roughly 60% higher than with normal kidney function.', fold), []);
  assert.ok(warnings('With moderate renal impairment, exposure is roughly 160% higher than with normal kidney function.', fold).length > 0);
  const briefing = 'ARVELO: We were about four point one million kilometres away at that point. The rotation period is seven point nine hours.';
  assert.deepEqual(warningsOf('The camera took its first images from 4.1 million km away, and the rotation period is 7.9 hours.', 'p.txt', briefing), []);
});

test('the third read-through: unit symbols only after a number, a list\'s elided unit only where a preposition follows, folds only as ratios, a statistical "significant", "all" only where the page says the part of the same thing', () => {
  assert.ok(warnings('The MPC voted 7–2 to hold interest rates at its June meeting.', 'The FOMC voted 7–2 to hold interest rates at its June meeting.').length > 0);
  assert.ok(warnings('Turnout was 64%, and 12 councillors lost their seats.', 'Turnout was 64%. Fifteen councillors lost their seats. Support for the Greens rose 12% on the year.').length > 0);
  assert.ok(warnings('Prices were 200% higher than before the committee met.', 'The committee met 3 times before publishing its report on prices.').length > 0);
  assert.ok(warnings('The drug significantly reduced mortality compared with placebo.', 'Despite significant investment in recruitment, the trial found no significant difference in mortality between the drug and placebo groups.').length > 0);
  assert.deepEqual(warnings('All 30 passengers on the ferry were rescued by the coastguard.', 'The 30 passengers on the ferry were rescued by the coastguard, and four of the passengers were taken to hospital.'), []);
  assert.deepEqual(warnings('Each of the 12 members of the committee voted on the motion.', 'The 12 members of the committee voted on the motion, which passed with nine of the 12 members in favour.'), []);
  assert.deepEqual(warnings('Above all, the council wants to cut waste in its schools budget.', 'The council wants to cut waste in its schools budget, with 30% of council spending going to schools.'), []);
  assert.deepEqual(warnings('Every household will pay 2% of its income under the new levy.', 'Households will pay 2% of household income under the new levy, the council said.'), []);
  assert.ok(warnings('The Arcus throttled in all three of its runs.', 'The Arcus hit 98 °C and briefly throttled in two of its three runs.').length > 0);
});

test('the last round: "two-tenths of a point", "45W", a column in percentage points', () => {
  assert.deepEqual(warnings('The unemployment rate ticked up two-tenths of a point to 4.3%.', 'The unemployment rate rose by 0.2 percentage point to 4.3 percent.'), []);
  assert.ok(warnings('The unemployment rate ticked up three-tenths of a point to 4.3%.', 'The unemployment rate rose by 0.2 percentage point to 4.3 percent.').length > 0);
  assert.deepEqual(warnings('With a 45-watt adapter the phone charges to half in about 22 minutes.', 'It can charge from 0 to 50 percent in about 22 minutes with a 45W adapter.'), []);
  const regions = 'Table 3. Unemployment by region\n\n| Region | Rate (%) | Change on quarter (pp) | Change on year (pp) |\n|---|---|---|---|\n| Capital District | 5.8 | +0.4 | +1.1 |\n| Northmarch | 7.2 | +0.2 | +1.0 |\n';
  assert.deepEqual(warnings("Over the year, the Capital District's unemployment rate was up 1.1 percentage points.", regions), []);
});

test('a part whose figure its passage does not give is not called backed by it', () => {
  const page = 'Index | Close | Change | % Change\n\nPCX 40 | 8,102.33 | -105.2 | -1.3\n\nPCX 120 | 12,905.11 | -77.9 | -0.6\n\nPCX Small Cap | 3,318.46 | +6.63 | +0.20\n';
  const partOf = (sentence: string, figure: string) => {
    const r = judgedSentence(sentence, page);
    return r.service.claims(r.path)[0].result?.parts?.find((p) => p.text.includes(figure));
  };
  const wrong = partOf('The PCX 40 index closed lower, and the PCX Small Cap index changed 0.6%.', '0.6%');
  assert.equal(wrong?.passage?.text, 'PCX Small Cap | 3,318.46 | +6.63 | +0.20');
  assert.equal(wrong?.backed, false);
  assert.equal(partOf('The PCX 40 index closed lower, and the PCX Small Cap index changed 0.20%.', '0.20%')?.backed, true);
});

test("a figure of another row of the table whose row the sentence names is warned of, with the named row's figure", () => {
  const table = 'Table 2. Maize by province\n\n| Province | Yield 2023 (t/ha) | Yield 2024 (t/ha) |\n|---|---|---|\n| Hollin | 7.21 | 6.94 |\n| Varrow | 6.90 | 5.38 |\n| Eastmarch | 6.47 | 4.86 |\n';
  const wrong = warnings("Eastmarch's maize yield was 5.38 tonnes a hectare.", table);
  assert.ok(wrong.some((w) => /"5\.38"; the cited source gives "4\.86"/.test(w)), wrong.join('\n'));
  assert.deepEqual(warnings("Eastmarch's maize yield was 4.86 tonnes a hectare.", table), []);
  // Two rows named, a figure the sentence works out, a common word that is also a row's name: left alone.
  assert.deepEqual(warnings("Varrow's yield of 5.38 was well below Eastmarch's 6.47 a year earlier.", table), []);
  assert.deepEqual(warnings('Eastmarch had a yield 1.08 tonnes below Varrow.', table.replace('| Eastmarch | 6.47 | 4.86 |', '| Eastmarch | 6.47 | 4.86 |\n| Gap | 0.43 | 1.08 |')), []);
});

test("a figure of the table's whole, or of a row the sentence compares with, is no figure of the named row", () => {
  const rates = 'Regional unemployment\n\n| Region | Rate | Claimants |\n|---|---|---|\n| Eastmarch | 4.9% | 12,400 |\n| Varrow | 3.6% | 9,870 |\n| Kelby | 5.2% | 13,300 |\n| National | 4.1% | 35,570 |\n';
  assert.deepEqual(warnings("Eastmarch's rate was well above the national rate of 4.1%.", rates), []);
  assert.deepEqual(warnings('Eastmarch trailed only the worst-hit region, where the rate reached 5.2%.', rates), []);
  const prices = 'Consumer prices\n\n| Group | Annual rate |\n|---|---|\n| Food | 3.1% |\n| Housing | 5.6% |\n| Transport | 1.2% |\n| All items | 4.0% |\n';
  assert.deepEqual(warnings('Food prices rose more slowly than the headline rate of 4.0%.', prices), []);
  assert.deepEqual(warnings('Housing was the main driver of inflation, which stood at 4.0%.', prices), []);
  const ranks = 'Index\n\n| Region | Rank | Score |\n|---|---|---|\n| Nordland | 1 | 87 |\n| Eastmarch | 2 | 81 |\n| Varrow | 3 | 76 |\n';
  assert.deepEqual(warnings("Eastmarch came second, six points behind the leader's score of 87.", ranks), []);
});
