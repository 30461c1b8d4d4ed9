/**
 * The rules of session 34, from the first run of the unseen probes probe-wice10 and probe-dev10: a "no"
 * that denies a thing the page does not speak of, an alternative set aside that the sentence itself
 * gives to someone else, lengths of time and ages worked out from the sentence's own dates, a share
 * of a change worked out from its total, figures written to the unit that differ, and a part of a
 * whole counted otherwise ("five of them"). Pages in our own words; each case one way and the other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectWarned, warnings } from '../helpers/oneSentence';
import { extractFigures, sameFigure } from '../../server/src/core/support/numbers';
import { spanBacked } from '../../server/src/core/support/spans';
import { checkCounts } from '../../server/src/core/support/counts';
import { evidenceFor } from '../../server/src/core/support/evidence';

const BORDERS =
  'The assembly met on Sunday. Members voted to shut the northern crossings, but said they would open them again at an unspecified time, in agreement with the neighbouring states. The vote passed by 120 to 14.';
const FLAT_TAX = 'A flat tax is one where every household pays the same rate, regardless of income. Supporters say it is simple.';

test('a "no" that denies a thing the page never names is no contradiction; one it names is', () => {
  expectWarned([
    ['no date', BORDERS, 'Members set no date for opening the northern crossings again, saying only that it would be agreed with the neighbouring states.', false],
    ['no bearing', FLAT_TAX, 'Under a flat tax, income has no bearing on the rate each household pays.', false],
    // The page states the thing the "no" denies: still a contradiction.
    ['no vote', 'The assembly met on Sunday and held a vote on the northern crossings. The vote passed by 120 to 14.', 'The assembly held no vote on the northern crossings.', true],
  ]);
});

test('an alternative the sentence gives to someone else is no denial of the page that gives it to them', () => {
  const page =
    'Our service is billed on the volume of logs a customer sends us. That is deliberate: in most older monitoring tools, the bill depends on the number of machines you run.';
  expectWarned([['owned', page, 'The service is billed on the volume of logs customers send, rather than on the number of machines, the basis used by most older monitoring tools.', false]]);
  // A credit after the alternative gives it to no one: the sentence denies what the page says of the service.
  const own = 'The service is billed on the number of machines a customer runs. Customers pay monthly.';
  expectWarned([['credit', own, 'The service is billed on the volume of logs, rather than on the number of machines, the company says.', true]]);
});

test('"a quarter of a century" and "half a decade" are lengths of time, no shares', () => {
  assert.deepEqual(extractFigures('The dispute goes back nearly a quarter of a century.'), []);
  assert.deepEqual(extractFigures('It closed half a decade later.'), []);
  // A share of the century's things is a share.
  assert.equal(extractFigures("A quarter of the century's wars began there.")[0]?.kind, 'percent');
});

test('days and years worked out from the sentence\'s own dates', () => {
  // The first number of each sentence: the length of time ("May 11-22" is read as a number too, checked as one).
  const backed = (s: string) => extractFigures(s).filter((f) => f.kind === 'number').slice(0, 1).map((f) => spanBacked(f, s));
  assert.deepEqual(backed('The fair runs for 11 days, from Aug. 28 to Sept. 7.'), [true]);
  assert.deepEqual(backed('The fair runs for 10 nights, from Aug. 28 to Sept. 7.'), [true]);
  assert.deepEqual(backed('The fair runs for 14 days, from Aug. 28 to Sept. 7.'), [false]);
  assert.deepEqual(backed('The festival lasts 7 days, from Dec. 29 to Jan. 4.'), [true]);
  assert.deepEqual(backed('The market runs for 12 days, May 11-22.'), [true]);
  assert.deepEqual(backed('His reign lasted 12 years, from 2001 to 2013.'), [true]);
  assert.deepEqual(backed('His reign lasted 15 years, from 2001 to 2013.'), [false]);
  // No dates in the sentence: nothing worked out.
  assert.deepEqual(backed('The fair runs for 11 days.'), [false]);
});

test('a length of time from the sentence\'s dates is no wrong figure; one that does not fit them is', () => {
  const page = 'The regional fair returns this summer. It runs from Aug. 28 to Sept. 7 at the showground, with tickets at $12.';
  expectWarned([
    ['span', page, 'The regional fair runs for 11 days, from Aug. 28 to Sept. 7, at the showground.', false],
    ['span wrong', page, 'The regional fair runs for 14 days, from Aug. 28 to Sept. 7, at the showground.', true],
  ]);
});

test('an age "then" worked out from the page\'s age and the sentence\'s year', () => {
  const page = '---\ntitle: Candidate profile\ndate: 2018-07-27\n---\n\nMarsh, 46, was arrested in December 1994 over an unpaid fine. The case was later dismissed.';
  expectWarned([
    ['age', page, 'Marsh, then about 22, was arrested in December 1994 over an unpaid fine.', false],
    ['age wrong', page, 'Marsh, then about 31, was arrested in December 1994 over an unpaid fine.', true],
  ]);
});

test('a share of a change worked out from the total the sentence gives', () => {
  const page = 'The town had 905,748 residents in 2020. That was 11,867 more than the year before.';
  expectWarned([
    ['share', page, 'The town had 905,748 residents in 2020, up 11,867, or about 1.3 percent, on the year before.', false],
    ['share wrong', page, 'The town had 905,748 residents in 2020, up 11,867, or about 2.3 percent, on the year before.', true],
  ]);
});

test('figures written to the unit are the same only when equal', () => {
  const [a] = extractFigures('956,108 people');
  const [b] = extractFigures('953,236 people');
  const [c] = extractFigures('about 956,000 people');
  const [d] = extractFigures('$1.52 billion');
  const [e] = extractFigures('$1.51 billion');
  assert.equal(sameFigure(a, b), false);
  assert.equal(sameFigure(a, a), true);
  assert.equal(sameFigure(c, a), true, 'a rounded figure is still within its rounding');
  assert.equal(sameFigure(d, e), true, 'billions written to two places are roundings');
  const page = 'Projected populations: 2024, 953,236; 2025, 965,108.';
  assert.ok(warnings('By 2025 the town is projected to have 956,108 people.', page).some((w) => w.startsWith('number-mismatch')));
});

test('a part of a whole counted otherwise', () => {
  const page = 'The critics\u2019 section has unveiled its lineup of nine first films, four of them from women directors. It opens on Aug. 28.';
  const ev = [evidenceFor({ text: page, segments: [] } as never)];
  const wrong = checkCounts('The section unveiled nine first films, five of them from women directors.', ev);
  assert.deepEqual(
    wrong.map((c) => [c.text, c.theirs.text, c.replacement]),
    [['five', 'four', 'four']],
  );
  assert.deepEqual(checkCounts('The section unveiled nine first films, four of them from women directors.', ev), []);
  // Another part ("of them in competition") is no count of this one.
  assert.deepEqual(checkCounts('The section unveiled nine first films, five of them in competition.', ev), []);
  expectWarned([['partitive', page, 'The section unveiled nine first films, five of them from women directors.', true]]);
});

test('a figure the sentence works out of two of its own, as its words say', () => {
  expectWarned([
    ['gap', 'Households aged 75 and over had a median net worth of $228,400. Those aged 35 to 44 had $44,600.', 'That $228,400 was more than five times the $44,600 median of households aged 35 to 44, a gap of $183,800.', false],
    ['gap wrong', 'Households aged 75 and over had a median net worth of $228,400. Those aged 35 to 44 had $44,600.', 'That $228,400 was more than five times the $44,600 median of households aged 35 to 44, a gap of $193,800.', true],
    ['rate', 'He finished the game with eight receptions for 180 yards.', 'He caught eight passes for 180 yards, or 22.5 yards a catch.', false],
    ['rate wrong', 'He finished the game with eight receptions for 180 yards.', 'He caught eight passes for 180 yards, or 25.5 yards a catch.', true],
    ['discount', 'Price: $24.99. List Price: $34.99 USD', 'It sells at $24.99, $10 below the US$34.99 list price, a discount of almost 29 per cent.', false],
    // A discount is of the list price: 40 per cent is the markup on the sale price.
    ['discount base', 'Price: $24.99. List Price: $34.99 USD', 'It sells at $24.99, $10 below the US$34.99 list price, a discount of almost 40 per cent.', true],
    ['ages', 'He was born in 1002 and given the name Bruno. He died in 1054. Canonized: 1082', 'Born in 1002, he died in 1054, aged about 52, and was canonized in 1082, 28 years after his death.', false],
    // A sum needs its words ("a total of"), exactly: "30,000" is no rounding of 26,000.
    ['total', 'The two concerts in Hyde Park drew 12,000 and 14,000 fans, a total of 26,000, organisers said.', 'The two concerts in Hyde Park drew 12,000 and 14,000 fans, a total of 30,000, organisers said.', true],
    // A length the page gives beside the same years is the one the sentence is checked against.
    ['page length', 'Smith, born in 1950, joined the firm in 1975 and became chief executive in 1990. He led it for 15 years.', 'Smith, born in 1950, joined the firm in 1975 and led it for 25 years.', true],
    // A score is no operand: "4-1" gives no 25 from 26.
    ['score', 'In Game Three, Lehner stopped 25 of 26 shots. The Islanders won 4-1.', 'In Game Three, Lehner stopped 24 of 26 shots as the Islanders won 4-1.', true],
  ]);
});

test('"Unlike X" and "not X but Y" deny nothing the page says of X', () => {
  const edi = 'EDI requires each supplier and customer to set up a dedicated data link (between them), where ecommerce provides a cost-effective method for companies to set up multiple, ad-hoc links.';
  expectWarned([
    ['unlike', edi, 'Unlike EDI, ecommerce does not need a dedicated data link between each supplier and customer.', false],
    ['unlike wrong', edi, 'Unlike EDI, ecommerce does not offer ad-hoc links.', true],
  ]);
  const fey = 'The sketch mocked Palin. Many believe Palin said it, when in fact the line was delivered by Tina Fey.';
  expectWarned([
    ['but instead', fey, 'The line was delivered not by Palin but by Tina Fey.', false],
    ['but instead wrong', fey, 'The line was delivered not by Tina Fey but by Palin.', true],
  ]);
});

test('a ratio "N times as much" and a share "of the" whole after it (from the twelfth probe)', () => {
  const estates = 'Properties range from $1.5 million estates that would cost $20 million if they were built on Long Island.';
  const pubs = 'At least 5,000 pubs were built in England between the wars. There are now 93 listed pubs from those years.';
  expectWarned([
    ['times', estates, 'An estate sells for $1.5 million, where it would cost $20 million on Long Island, more than 13 times as much.', false],
    ['times wrong', estates, 'An estate sells for $1.5 million, where it would cost $20 million on Long Island, more than 15 times as much.', true],
    ['of the whole', pubs, 'England has 93 listed inter-war pubs, less than 2 per cent of the at least 5,000 built then.', false],
    ['of the whole wrong', pubs, 'England has 93 listed inter-war pubs, less than 1 per cent of the at least 5,000 built then.', true],
  ]);
});

test('a quotation of two words that alters the page\'s quotation of two words', () => {
  const said = warnings('The writer wanted his ideal pub to be "uncompromisingly Edwardian".', 'In a 1946 essay the writer described his ideal pub. He wrote that it would be "uncompromisingly Victorian", with no modern fittings.');
  // The message, and the fix, give the page's quotation.
  assert.ok(said.some((w) => w.startsWith('quote-not-found') && w.includes('The source\'s quotation: "uncompromisingly Victorian"')), said.join('\n'));
  const page = 'In a 1946 essay the writer described his ideal pub. He wrote that it would be "uncompromisingly Victorian", with no modern fittings.';
  expectWarned([
    ['altered', page, 'The writer wanted his ideal pub to be "uncompromisingly Edwardian".', true],
    ['as quoted', page, 'The writer wanted his ideal pub to be "uncompromisingly Victorian".', false],
    // A scare quote the page does not quote is no altered quotation.
    ['scare quote', page, 'The writer described an "ideal pub" of his own.', false],
  ]);
});

test('the whole-change review: thousands in a part, days across years and leap years', () => {
  const club = 'The club signed 4,000 new members last year, 2,500 of them from rural districts.';
  const ev = [evidenceFor({ text: club, segments: [] } as never)];
  // "1,200 of them" is 1,200, not 200 (the fix writes the page's whole number).
  assert.deepEqual(
    checkCounts('The club signed 4,000 new members last year, 1,200 of them from rural districts.', ev).map((c) => [c.text, c.replacement]),
    [['1,200', '2,500']],
  );
  const backed = (s: string) => spanBacked(extractFigures(s).find((f) => f.kind === 'number')!, s);
  // Across a new year with both years: the days between them, a year and more.
  assert.equal(backed('It ran for 398 days, from Jan. 3, 2023 to Feb. 5, 2024.'), true);
  assert.equal(backed('It ran for 33 days, from Jan. 3, 2023 to Feb. 5, 2024.'), false);
  // The end's year gives the start's when the dates cross a new year: Dec. 28, 2023 to Jan. 3, 2024 is 7 days counted.
  assert.equal(backed('It ran for 7 days, from Dec. 28 to Jan. 3, 2024.'), true);
  assert.equal(backed('It ran for 5 days, from Dec. 28 to Jan. 3, 2024.'), false);
  // Over February of a leap year: 29 days between Feb. 10 and March 10, 2024, 30 counted.
  assert.equal(backed('It lasted 30 days, from Feb. 10 to March 10, 2024.'), true);
  assert.equal(backed('It lasted 28 days, from Feb. 10 to March 10, 2024.'), false);
});
