/**
 * Session 44's rules, from the reviews' known false alarms (`reviewedArticles41/42.test.ts`) and the seventh
 * read-through of round 7's rules: a markdown page's footnotes are its text; sums of money and numbers in words across
 * a line's break; a figure the writer worked out of two figures of the page is told as information (`worked-figure`),
 * never passed as backed and never warned of, with each rule's wrong counterpart still warned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectWarned, judgedSentence, warnings, warningsOf } from '../helpers/oneSentence';
import { markdownText } from '../../server/src/core/sources/readSource';
import { claimRecords } from '../../server/src/core/report';
import { extractFigures } from '../../server/src/core/support/numbers';

const figures = (text: string) => extractFigures(text).map((f) => `${f.kind}:${f.value}`);
/** The diagnostics of a one-sentence draft, as "severity code" each. */
const codes = (sentence: string, page: string, file = 'p.md') => judgedSentence(sentence, page, file).diagnostics.map((d) => `${d.severity} ${d.code}`);

test("a markdown page's footnotes are its text: a figure given only in a note backs the sentence", () => {
  const page = '# Investment programme\n\nPenmore saw the largest rise.[^2] It is one of two Priority Places.\n\n[^2]: The 2023 survey found that\n48% of adults in Penmore had attended an arts event, against a regional average of 63%.\n';
  assert.match(markdownText(page).text, /regional average of 63%\./);
  assert.doesNotMatch(markdownText(page).text, /\[\^2\]/);
  assert.deepEqual(warnings('In Penmore, 48% of adults had attended an arts event, against 63% across the region.', page), []);
  assert.ok(warnings('In Penmore, 48% of adults had attended an arts event, against 68% across the region.', page).some((w) => /68%/.test(w)));
});

test('a sum of money in words is a figure however small ("twenty pounds"); a number in words may break across lines', () => {
  assert.deepEqual(figures('It would be nearer twenty pounds a visit.'), ['money:20']);
  assert.deepEqual(figures('It was nineteen thousand\nsix hundred.'), ['number:19600']);
  // A bare number word is still no figure.
  assert.deepEqual(figures('Two reasons were given.'), []);
  const transcript = 'MR PRYCE: The figure for 2022/23, which was a full year, was nineteen thousand\nsix hundred. It would be nearer twenty pounds a visit, yes, on those numbers.';
  assert.deepEqual(warningsOf('Pryce said that in 2022/23, a full year, there were 19,600 visits, putting the cost nearer £20 a visit.', 'transcript.txt', transcript), []);
  assert.ok(warningsOf('Pryce said that in 2022/23, a full year, there were 19,600 visits, putting the cost nearer £30 a visit.', 'transcript.txt', transcript).some((w) => /£30/.test(w)));
});

const museum = '# Museum cuts\n\nThe Corrick Fishing Museum, which tells the story of the town\'s fishing fleet, will receive £410,000 a year from April 2025, down from £620,000 this year.\n';

test('a difference the writer worked out of two sums the page gives is information with the two figures, not a warning; a wrong one is still warned', () => {
  const judged = judgedSentence('The Corrick Fishing Museum will receive £410,000 a year from April 2025, a loss of £210,000.', museum);
  const worked = judged.diagnostics.find((d) => d.code === 'worked-figure');
  assert.ok(worked, judged.diagnostics.map((d) => d.message).join('\n'));
  assert.equal(worked.severity, 'information');
  assert.match(worked.message, /"£210,000" is not in the cited source as written; it may be worked out as the difference of "£620,000" and "£410,000"/);
  assert.equal(judged.draft.slice(worked.range.start, worked.range.end), '£210,000');
  assert.equal(worked.data?.replacement, undefined);
  assert.ok(!judged.diagnostics.some((d) => d.code === 'number-mismatch'));
  // A difference the page's figures do not give, or one the sentence does not say is a difference, is warned of.
  assert.ok(codes('The Corrick Fishing Museum will receive £410,000 a year from April 2025, a loss of £250,000.', museum).includes('warning number-mismatch'));
  assert.ok(codes('The Corrick Fishing Museum will receive £410,000 a year from April 2025 and £210,000 for repairs.', museum).includes('warning number-mismatch'));
});

test("a share of a table's total row is information; a share of another row's cell, of another measure, or of a whole the sentence names otherwise is warned", () => {
  const table = '# Ticketing summary\n\n| Ticket type | Admissions | Share (%) |\n| --- | --- | --- |\n| Paid admissions | 85,790 | |\n| Members | 20,410 | |\n| Schools | 11,250 | |\n| Total | 117,450 | 100.0 |\n';
  const shareOfTotal = codes('Paid admissions came to 85,790, just under three-quarters of the total.', table);
  assert.ok(shareOfTotal.includes('information worked-figure'), shareOfTotal.join('\n'));
  assert.ok(!shareOfTotal.some((c) => c.startsWith('warning') || c.startsWith('error')), shareOfTotal.join('\n'));
  // 20,410 of 85,790 is about a quarter, but 85,790 is no whole: only the total row's cell is.
  assert.ok(codes('Members made up about a quarter of paid admissions.', table).includes('warning number-mismatch'));
  // Ten minutes of a programme named "40-60" is no share of anything.
  const test = 'We washed each load on its Eco 40-60 programme and on its quick 20-minute programme. The quick wash removed barely half of the cocoa stain.';
  assert.ok(codes('Its 20-minute quick wash removed barely a third of the cocoa stain.', test).some((c) => c.startsWith('warning')));
  // The whole the sentence gives is the one: 3.1 of 9.8 is no "more than half", whatever other rows give.
  const appeal = '| Sector | Required ($m) | Received ($m) | Funded |\n| --- | --- | --- | --- |\n| WASH | 9.8 | 3.1 | 32% |\n| Health | 12.5 | 6.4 | 51% |\n| Total | 22.3 | 9.5 | 43% |\n';
  assert.ok(codes('The WASH sector has received more than half of its $9.8 million requirement.', appeal, 'appeal.md').some((c) => c.startsWith('warning')));
});

test("the rest of a whole, a change in percent and a year's figure from a month's are information when the sentence says so", () => {
  const origins = '# Where bookers came from\n\n| Home area | Share of bookers (%) |\n| --- | --- |\n| Kelmsford borough | 34 |\n| Rest of Westmarch | 41 |\n| Elsewhere in the UK | 21 |\n| Overseas | 4 |\n';
  assert.ok(codes('Two-thirds of bookers lived outside Kelmsford borough.', origins).includes('information worked-figure'));
  // "In the borough" is no rest of it.
  assert.ok(codes('Two-thirds of bookers lived in Kelmsford borough.', origins).includes('warning number-mismatch'));
  const saving = 'Switching to the new tariff saves the average household 310 crowns a month, the regulator says.';
  assert.ok(codes('The regulator says switching saves the average household roughly 3,700 crowns a year.', saving).includes('information worked-figure'));
  assert.ok(codes('The regulator says switching saves the average household roughly 4,700 crowns a year.', saving).includes('warning number-mismatch'));
});

test("the seventh read-through's cases: points and changes the way the sentence says, of the page's own comparison, the named column and the named row", () => {
  const results = '- Operating profit of £212m (Q3 2023: £231m), down 8.2%; operating margin 17.9% (Q3 2023: 21.1%)';
  const punctuality = 'Table 4: On-time performance (%)\n\n| Measure | October 2024 | September 2024 | October 2023 |\n|---|---|---|---|\n| Departures on time (%) | 74.2 | 78.9 | 69.8 |\n| Arrivals on time (%) | 76.0 | 80.1 | 71.3 |';
  expectWarned([
    ['bare points of an index', 'The FTSE 100 closed at 8,212 on Friday, against 8,167 a week earlier.', 'The FTSE 100 rose by 45 points over the week to 8,212.', false],
    ['points, the other way', results, 'The operating margin widened by 3.2 points to 17.9%.', true],
    ['points of another measure', results, 'The operating margin contracted by 9.7 points to 17.9%.', true],
    ['percentage points of another measure', results, 'The operating margin contracted by 9.7 percentage points to 17.9%.', true],
    ['about, in bare points', '- Operating margin 17.86% (Q3 2023: 21.10%)', 'The operating margin contracted by about 3 points to 17.9%.', false],
    ['row points', punctuality, 'Departures on time were 74.2% in October 2024, still 4.4 points better than in October 2023.', false],
    ['another column', punctuality, 'Departures on time were 74.2% in October 2024, still 4.7 points better than in October 2023.', true],
    ['two other columns', punctuality, 'Departures on time were 74.2% in October 2024, still 9.1 points better than in October 2023.', true],
    ['another row', punctuality, 'Departures on time were 74.2% in October 2024, still 1.8 points better than in October 2023.', true],
  ]);
});

test('"before any X" is none of X only of a figure worked out on it, where the page names X only there; a nomination is of the award its clause names', () => {
  expectWarned([
    ['assumed', 'SORELL: The six to eight million assumes a 12% duty, applied from November, and it is before any price increases or other mitigation.', 'On the call, Sorell said that figure assumed a 12% duty and no price increases.', false],
    ['plans none', 'The forecast is before any price increases, which the company plans to announce in June.', 'The company plans no price increases.', true],
    ['charges none', 'Returns were 7% before any fees; the fund charges fees of 1.5% a year.', 'The fund charges no fees.', true],
    ['before in time', 'The union wants a 10% pay rise before any talks about working hours.', 'The union wants no talks about working hours.', true],
    ['nominated in a list', 'The Quiet Shore was nominated for Best Picture and Best Director at the Academy Awards in 2012, but lost both to The Artist.', 'The Quiet Shore won an Academy Award in 2012.', true],
    ['shortlisted, and missed', 'Hollis was shortlisted for, and narrowly missed, the Booker Prize in 2019.', 'Hollis won the Booker Prize in 2019.', true],
    ['nominated by a body with "and"', 'Kerr was nominated by the Academy of Motion Picture Arts and Sciences for an Oscar in 2012.', 'Kerr won an Oscar in 2012.', true],
    ['finalists beside medals', 'The board\'s pre-championship target was 10 to 12 medals and 28 finalists. In Ostrel in 2023 the team won ten medals.', 'In Ostrel in 2023 the team won ten medals.', false],
  ]);
});

test("a worked figure's hover and its claim record say how it may be worked out and ask for a check", () => {
  const { service, path, draft } = judgedSentence('The Corrick Fishing Museum will receive £410,000 a year from April 2025, a loss of £210,000.', museum);
  const hover = service.hover(path, draft.indexOf('[1]') + 1)!;
  assert.match(hover.markdown, /£210,000 is not in the cited source as written; it may be worked out as the difference of £620,000 and £410,000\. Check the arithmetic\./);
  const [record] = claimRecords(service, path, (p) => p);
  assert.ok(record.problems.some((p) => /"£210,000" not in the sources as written \(maybe the difference of "£620,000" and "£410,000"\)/.test(p)), record.problems.join('\n'));
});

test("the eighth read-through's cases: a worked figure is of the sentence's subjects, the way it says, to its precision", () => {
  const results = '- Operating profit of £212m (Q3 2023: £231m), down 8.2%';
  const tickets = '| Ticket type | 2024 | 2023 |\n| --- | --- | --- |\n| Paid admissions | 85,790 | 80,100 |\n| Schools | 11,250 | 12,900 |\n';
  const budget = 'The council will spend £4.2m on road repairs and £3.1m on school buildings next year. Libraries will receive £1.9m, and parks £1.4m.';
  const poll = 'Voting intention: Labour 41%, Conservatives 27%, Reform UK 14%, Lib Dems 12%.';
  const appeal = 'The appeal has received $3.1 million of the $9.8 million it needs for water and sanitation, and $6.4 million of the $12.5 million needed for health.';
  const survey = 'In the survey, 38% said they trusted the government, 45% said they did not, and the rest were unsure.';
  const city = 'A one-bedroom flat in the city centre costs €1,150 a month to rent, while the average net salary is €2,400 a month.';
  const rates = '| Measure | All adults | Men | Women |\n| --- | --- | --- | --- |\n| Employment rate (%) | 74.2 | 78.0 | 70.6 |\n';
  expectWarned([
    ['rose, where it fell', results, 'Operating profit rose by £19m.', true],
    ['fell, as it did', results, 'Operating profit fell by £19m.', false],
    ['a rise of a cut', museum, "The Corrick Fishing Museum's annual grant will rise by £210,000.", true],
    ['a rise in percent of a fall', tickets, 'School admissions rose 14.7% in 2024.', true],
    ['a fall in percent, as it was', tickets, 'School admissions fell 12.8% in 2024.', false],
    ['another subject less', budget, 'The council will spend £1.1m more on road repairs than on libraries.', true],
    ['the subjects less', budget, 'The council will spend £2.3m more on road repairs than on libraries.', false],
    ['another subject added', budget, 'Road repairs and libraries will receive £7.3m between them.', true],
    ['the subjects added', budget, 'Libraries and parks will receive £3.3m between them.', false],
    ['other parties', poll, 'Labour is 2 points ahead of Reform UK.', true],
    ['the parties', poll, 'Labour is 14 points ahead of the Conservatives.', false],
    ['another share', appeal, 'The appeal has received 51% of the money it needs for water and sanitation.', true],
    ['its share', appeal, 'The appeal has received about a third of the money it needs for water and sanitation.', false],
    ['the rest of a denial', survey, 'Some 55% of respondents said they did not trust the government.', true],
    ['another month', city, 'Renting a one-bedroom flat in the city centre costs €28,800 a year.', true],
    ['its month', city, 'Renting a one-bedroom flat in the city centre costs €13,800 a year.', false],
    ['a whole count exact', 'Hartley Rovers scored 84 goals and Marlow Town 79 goals.', 'Hartley Rovers and Marlow Town scored 160 goals between them.', true],
    ['picked up', 'Smith was paid a salary of £850,000 and a bonus of £1.2m last year.', 'Smith picked up a £350,000 bonus last year.', true],
    ['women, not men', rates, 'The employment rate for all adults was 74.2%, 3.6 points higher than for women.', false],
    ["men's gap for women", rates, 'The employment rate for all adults was 74.2%, 3.8 points higher than for women.', true],
    ['improved', '- Operating margin 21.1% (Q3 2023: 17.9%)', 'The operating margin improved by 3.2 points to 21.1%.', false],
    ['the way in its own part', '- Sales fell 3%; operating margin 21.1% (Q3 2023: 17.9%)', 'Sales fell 3%, but the operating margin improved by 3.2 points to 21.1%.', false],
    ['a forecast is no assumption', 'The forecast is before any price increases, which the company plans to announce in June.', "The company's forecast plans no price increases.", true],
  ]);
  assert.deepEqual(warningsOf('The prize for the winner was $20,000.', 'prize.txt', 'Round two\nTwenty thousand dollars was the prize for the winner.'), []);
});

test('a change the page gives the other way at the same figure, of the same thing, is a contradiction; not where the page says both', () => {
  const results = 'Group revenue was up 5.2% at £486.3m, while brandy sales fell 3.1% in the year.';
  expectWarned([
    ['the other way', results, 'Group revenue fell 5.2% to £486.3m.', true],
    ['the way it went', results, 'Group revenue rose 5.2% to £486.3m.', false],
    ['another thing the other way', results, 'Brandy sales rose 3.1% in the year.', true],
    ['another thing its way', results, 'Brandy sales fell 3.1% in the year.', false],
    ['both ways on the page', 'Group revenue was up 5.2% in the first half. Group revenue was down 5.2% in the second half.', 'Group revenue fell 5.2% in the second half.', false],
    // "Up to" is a bound, no rise.
    ['a bound', 'Operating costs will fall by up to 5.2% next year, the company said.', 'Operating costs will fall 5.2% next year.', false],
  ]);
  const judged = judgedSentence('Group revenue fell 5.2% to £486.3m.', results);
  assert.ok(judged.diagnostics.some((d) => d.code === 'unsupported-claim' && /the change the other way: "up 5.2%", not "fell 5.2%"/.test(d.message)), judged.diagnostics.map((d) => d.message).join('\n'));
});

test('a change said both ways on a page, or in another year, is no contradiction of the sentence', () => {
  expectWarned([
    ['the second part of a sentence', 'Group revenue rose 5% in 2023 and fell 5% in 2024, the annual report says.', 'Group revenue fell 5% in 2024.', false],
    ['the same year', 'Group revenue rose 5% in 2024, the annual report says.', 'Group revenue fell 5% in 2024.', true],
  ]);
  // Another year's change is no change of the sentence's year: its year is what the page gives otherwise.
  const other = warnings('Group revenue fell 5% in 2024.', 'Group revenue rose 5% in 2023, the annual report says.');
  assert.ok(other.some((w) => /number-mismatch: The sentence says "2024"/.test(w)), other.join('\n'));
  assert.ok(!other.some((w) => /the other way/.test(w)), other.join('\n'));
});

test("a difference of a table's two cells is from the sentence's own row and of the row it names after \"than\"", () => {
  const league = '| Team | Won | Drawn | Lost |\n|---|---|---|---|\n| Kelsey City | 24 | 8 | 6 |\n| Ashby Town | 22 | 9 | 7 |\n| Dunmore | 21 | 7 | 10 |\n| Rowley | 19 | 11 | 8 |\n';
  const phones = '| Model | Price |\n|---|---|\n| Base model (128GB) | £899 |\n| 256GB | £999 |\n| 512GB | £1,149 |\n';
  expectWarned([
    ['its own and the named', league, 'Kelsey City won 24 games, 5 more than Rowley.', false],
    ['another row than named', league, 'Kelsey City won 24 games, 5 more than Dunmore.', true],
    ['named, no figure of its own', league, 'Kelsey City won 3 more games than Dunmore.', false],
    ['another pair of rows', league, 'Kelsey City won 5 more games than Dunmore.', true],
    ['fewer, the named the higher', league, 'Dunmore won 3 fewer games than Kelsey City.', false],
    ['fewer, another pair', league, 'Dunmore won 5 fewer games than Kelsey City.', true],
    ['a subject that names no row', league, 'The champions won 3 more games than Dunmore.', false],
    ['than the base model', phones, 'The 512GB version costs £250 more than the base model.', false],
    ['than the base model, wrong', phones, 'The 512GB version costs £150 more than the base model.', true],
  ]);
});
