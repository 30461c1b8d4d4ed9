/**
 * The rules of session 35: the year of a full date that the page gives, for the same day and the same
 * statement, with another year. Pages in our own words; each case one way and the other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectWarned, judgedSentence } from '../helpers/oneSentence';
import { checkYears } from '../../server/src/core/support/dates';
import { evidenceFor } from '../../server/src/core/support/evidence';
import { datelineOf } from '../../server/src/core/support/spans';

const PROFILE =
  'Ada Brennan (born March 4, 1962) is an Irish engineer and writer. Her first book, on the history of canal locks, was published in October 2011. She lives in Galway.';

test("a full date's year the page gives otherwise for that day and statement is wrong, with the page's year as the fix", () => {
  const sentence = 'Ada Brennan was born on March 4, 2011.';
  const found = checkYears(sentence, [evidenceFor({ text: PROFILE } as never)]);
  assert.equal(found.length, 1);
  assert.equal(sentence.slice(found[0].year.range.start, found[0].year.range.end), '2011');
  assert.equal(PROFILE.slice(found[0].theirs.range.start, found[0].theirs.range.end), '1962');
  assert.equal(found[0].replacement, '1962');
  const { diagnostics } = judgedSentence(sentence, PROFILE);
  const mismatch = diagnostics.find((d) => d.code === 'number-mismatch');
  assert.ok(mismatch, JSON.stringify(diagnostics));
  assert.match(mismatch.message, /"2011".*"1962"/);
});

test('a full date the page gives, or might give, in the sentence\'s year is left alone', () => {
  expectWarned([
    ['same year', PROFILE, 'Ada Brennan was born on March 4, 1962.', false],
    // The page writes the sentence's date in numbers.
    ['numeric', 'Ada Brennan (born March 4, 1962) is an Irish engineer. Her firm was founded on 04.03.2011 in Cork.', 'Her firm was founded on March 4, 2011 in Cork.', false],
  ]);
  // The page gives the day in two years: which one the sentence means is not sure from the day.
  const fair = 'The fair opened on May 2, 2015, and again on May 2, 2019, after a pause. A third fair is planned for 2021.';
  assert.deepEqual(checkYears('The fair opened on May 2, 2021.', [evidenceFor({ text: fair } as never)]), []);
  // The day without a year: it may be of any year.
  assert.deepEqual(checkYears('Ada Brennan was born on March 4, 1990.', [evidenceFor({ text: 'Ada Brennan was born on March 4 in Sligo. She has lived in Galway since 1990.' } as never)]), []);
  // Another statement on the same day of another year: an anniversary, not the page's date.
  assert.deepEqual(checkYears('Friends held a dinner in Galway on March 4, 2022, to mark her sixtieth birthday.', [evidenceFor({ text: PROFILE } as never)]), []);
  // The page's date of that day dates something else (another anchor word).
  assert.deepEqual(
    checkYears('The bridge reopened on June 9, 2020.', [evidenceFor({ text: 'The council voted on June 9, 2019 to repair the bridge. The bridge was closed for a year and reopened in 2020.' } as never)]),
    [],
  );
});

test('a weekday beside the date would be left wrong by the fix: the year is shown, not fixed', () => {
  const page = 'The final was played on Sunday, July 14, 2019 at Lord\'s. England won on boundaries.';
  const found = checkYears('The final was played on Sunday, July 14, 2018 at Lord\'s.', [evidenceFor({ text: page } as never)]);
  assert.equal(found.length, 1);
  assert.equal(found[0].replacement, undefined);
});

test('a length "for N years, until …" is worked out from the sentence\'s own years; a wrong one is still caught', () => {
  const page =
    'Hal Moore, who died last month at age 81, was a critic of note. He joined the Courier in 1976 as its music critic and features editor. He kept both jobs until he retired in 1991. Friends remember his wit.';
  expectWarned([
    ['until', page, 'Moore joined the Courier in 1976 as music critic and features editor and held both posts for 15 years, until he retired in 1991.', false],
    ['until, wrong', page, 'Moore joined the Courier in 1976 as music critic and features editor and held both posts for 12 years, until he retired in 1991.', true],
  ]);
});

test('a year a page names as "last year" is backed by the year the page was written', () => {
  const page = 'Posted on April 15, 2013 by the alumni office\n\nI turn 95 this year. My wife of 69 years, Ruth, passed away late last year and I miss her.';
  expectWarned([
    ['last year', page, 'His wife of 69 years, Ruth, passed away late in 2012.', false],
    ['last year, wrong', page, 'His wife of 69 years, Ruth, passed away late in 2011.', true],
  ]);
});

test("a count of a page's list is backed: all its items, or those that are names", () => {
  const page = 'The cast of the holiday special includes Ann Lee, Bo Park, Cy Young, Di Ross, members of the band Lumen and Ed Vance. It airs in December.';
  expectWarned([
    ['named', page, 'The holiday special has 5 named guests in its cast, plus the band Lumen.', false],
    ['all', page, 'The cast of the holiday special lists 6 guests.', false],
    ['neither', page, 'The holiday special has 8 named guests in its cast.', true],
  ]);
});

test('"one of only seven" is an exact count, checked against the page\'s "one of only nine"', () => {
  const page = 'This drawing, which probably shows the artist\'s brother, is one of only nine surviving chalk portraits of men by Vane.';
  expectWarned([
    ['only, wrong', page, 'The drawing is one of only seven surviving chalk portraits of men by Vane.', true],
    ['only', page, 'The drawing is one of only nine surviving chalk portraits of men by Vane.', false],
  ]);
});

test('a weight is not a sum of money: "200 kilograms" is not the page\'s "200 pounds"; "200 lb" is', () => {
  const page = 'He was a tall man who weighed, even as a boy, more than 200 pounds. He worked as a trader.';
  expectWarned([
    ['kilograms', page, 'He weighed more than 200 kilograms even as a boy.', true],
    ['lb', page, 'He weighed more than 200 lb even as a boy.', false],
    ['pounds', page, 'He weighed more than 200 pounds even as a boy.', false],
  ]);
});

test('a nomination told as a win is caught; a win the page gives is not', () => {
  const page = 'It was the first cartoon series to win a Peabody Award, and was nominated for an Academy Award in 2012 for the short film "Nap Time."';
  expectWarned([
    ['won', page, 'The series won an Academy Award in 2012 for the short film "Nap Time."', true],
    ['nominated', page, 'The series was nominated for an Academy Award in 2012 for the short film "Nap Time."', false],
    ['other award', page, 'It was the first cartoon series to win a Peabody Award.', false],
  ]);
  const both = 'The drama was nominated for five Emmy Awards in 2019 and won two of them. Its lead actor was also nominated.';
  expectWarned([['won some', both, 'The drama won two Emmy Awards in 2019.', false]]);
  // A win over someone is no award.
  const match = 'Germany beat Spain 1-0 and was nominated for the fair play trophy. The final is in July.';
  expectWarned([['over', match, 'Germany recorded a 1-0 win over Spain.', false]]);
});

test('a superlative widened to the whole world is caught; the page\'s own scope, or one the sentence keeps, is not', () => {
  const priest = 'The lawsuit became public, and Father Lamont became the first Baptist minister in Canadian history to face charges for multiple cases of fraud.';
  const model = 'Her career took off after the 2006 contest. She became the first Asian model to front campaigns for Lumo Watches worldwide.';
  expectWarned([
    ['in the world', priest, 'Lamont was the first Baptist minister in the world to face charges for multiple cases of fraud.', true],
    ['own scope', priest, 'Lamont was the first Baptist minister in Canadian history to face charges for multiple cases of fraud.', false],
    ['of any nationality', model, 'She became the first model of any nationality to front campaigns for Lumo Watches worldwide.', true],
    ['kept', model, 'She became the first Asian model to front campaigns for Lumo Watches worldwide.', false],
    // The sentence keeps the page's limit elsewhere ("Asian"): said of the same group.
    ['limit kept elsewhere', model, 'Among Asian models, she was the first model ever to front campaigns for Lumo Watches worldwide.', false],
  ]);
  // The page says it of the whole world too.
  const world = 'Lamont became the first Baptist minister in the world to face charges for fraud. He was the first Baptist minister in Canadian history to do so.';
  expectWarned([['world too', world, 'Lamont was the first Baptist minister in the world to face charges for fraud.', false]]);
});

test('probe 14: a denial read as the page reads it, a holiday of the page\'s date, and a change told the wrong way round', () => {
  const fuel = 'The certification was required to let the air force keep refuelling the allies\' jets. Without that certification, they would lose the refuelling service.';
  const identity = 'It must be noted that a new social standing, which the converts sought to escape discrimination, did not seem to have come about. Neither in Natal nor in Bengal was a change visible.';
  const diary = '## A year in review\n\nDecember 25, 2014\n\nAnna Berg\n\n2014 was a big year for the Lanterns, ending this month with a new album recorded in Oslo.';
  const orchestra = 'From 1995 to 2002 he led the Duluth Orchestra. During his tenure the orchestra saw its attendance decline from 84% to 69% of capacity.';
  expectWarned([
    // "Without X they would …" with no comma is a condition contrary to fact, as with one.
    ['counterfactual', fuel, 'Without the certification they would lose the refuelling service.', false],
    // An answer's "No —" denies nothing; a phrase of place after a denial is under it.
    ['answer', identity, 'No — the new social standing the converts sought did not seem to have come about, in Natal or in Bengal.', false],
    ['answer, denied', identity, 'The new social standing the converts sought came about in Natal and in Bengal.', true],
    // "Christmas Day 2014" for a page dated December 25, 2014, said of the writing.
    ['holiday', diary, 'Writing on Christmas Day 2014, Anna Berg called it a big year for the Lanterns, ending with a new album recorded in Oslo.', false],
    ['holiday, other year', diary, 'Writing on Christmas Day 2013, Anna Berg called it a big year for the Lanterns.', true],
    ['reversed', orchestra, 'During his tenure at the Duluth Orchestra, attendance rose from 69% to 84% of capacity.', true],
    ['same way', orchestra, 'During his tenure at the Duluth Orchestra, attendance fell from 84% to 69% of capacity.', false],
    ['same way, to … from', orchestra, 'During his tenure at the Duluth Orchestra, attendance fell to 69% of capacity from 84%.', false],
  ]);
});

test('probe 15: a denial said alike elsewhere with no number of its own, and a "no" before a thing the window states only in other figures', () => {
  const shutouts =
    'Teams that lead the league in shutouts rarely notice it. No correlation exists between the number of shutouts during the season and the winner of the league series. In the National League, the outcome is a draw, 9-9; in the American League the team with more shutouts has won 11 times.';
  const diplomas =
    'Anna BROWN, 30, of Canada, competing in the women\'s 75kg event, has been disqualified from the Games, in which she ranked 4th and for which she was awarded a diploma. The decision was taken by the disciplinary commission after a hearing in Lausanne. The Canadian committee shall return the medal, the pin and the diploma awarded in the men\'s 94kg event.';
  expectWarned([
    ['alike', shutouts, 'No correlation exists between a team\'s shutouts and who wins the league series: in the National League, the outcome is a 9-9 draw.', false],
    ['no medal', diplomas, 'Athletes ranked fourth, such as Anna Brown of Canada in the women\'s 75kg event, were told to return the diploma only, no medal having been awarded to them.', false],
    // "Caused no deaths" against "killed four": the window states it in a figure of its own.
    ['no deaths', 'The storm killed four people in the town and destroyed two bridges.', 'The storm caused no deaths in the town.', true],
    // An age is no figure of what is denied; "twice" is.
    ['twice', 'Tom Smith, 45, played the full match for the Rovers on Saturday. Smith scored twice as the Rovers won 3-1.', 'Tom Smith, 45, scored no goals for the Rovers on Saturday.', true],
  ]);
});

test('probe 16: a denial of a negative affirms; a number in the hundreds written out backs its digits', () => {
  const museum = 'I had to fiddle a good bit to set up the disc, and the colours were sometimes washed out--all of which seemed to suit the charm of the museum itself.';
  const odd = 'It was unusual for the museum to open on Sundays. Visitors came on weekdays.';
  const stones = 'Taken together, the one\n\nhundred fifty-five class stones form a continuing record of the college. Each was laid by a graduating class.';
  expectWarned([
    ['litotes', museum, 'Setup took some fiddling and the colours were sometimes washed out, but none of that seemed out of keeping with the charm of the museum itself.', false],
    // The page says the negative itself: "not unusual" contradicts it.
    ['litotes, page negative', odd, 'It was not unusual for the museum to open on Sundays.', true],
    ['hundreds', stones, 'Together, the 155 class stones form a continuing record of the college.', false],
    ['hundreds, wrong', stones, 'Together, the 165 class stones form a continuing record of the college.', true],
  ]);
});

test('a "no" is not contradicted by a year the sentence states itself, nor by a name\'s number', () => {
  expectWarned([
    ['own year', 'Nominations closed on Friday. Ms Rao, 52, was the only candidate in the 2022 election. She takes office in May.', 'Ms Rao faced no rival in the 2022 election.', false],
    ['name number', 'Police published figures for Route 9 on Monday. Route 9 had a clean record in 2023, with only minor scrapes reported.', 'Route 9 had no serious crashes in 2023.', false],
    // A count of the thing stays a figure that states it.
    ['count', 'There were 9 crashes on Route 9 last year, police said.', 'Route 9 saw no crashes last year.', true],
  ]);
});

test("a page's dateline is its first date line near the top: a time after a dash is part of it, another date makes a range", () => {
  const of = (page: string) => datelineOf(evidenceFor({ text: page } as never));
  assert.deepEqual([of('October 4, 2022 - 9:15 am\n\nText.')?.year, of('October 4, 2022 - 9:15 am\n\nText.')?.day], [2022, 4]);
  assert.equal(of('Posted on April 15, 2013 by the chapter\n\nText.')?.year, 2013);
  // A life's dates are no dateline.
  assert.equal(of('March 3, 1931 - February 2, 2014\n\nHale retired last year.'), undefined);
});
