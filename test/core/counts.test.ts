/**
 * Counts in words and ranks as ordinals (`support/counts.ts`), checked only where the page counts
 * the same thing otherwise in the sentence stating the rest; and the clock flag of figures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCounts } from '../../server/src/core/support/counts';
import { evidenceFor } from '../../server/src/core/support/evidence';
import { extractFigures, backsFigure } from '../../server/src/core/support/numbers';
import type { ExtractedText } from '../../server/src/core/sources/sourceTypes';
import { workspace, ROOT } from '../helpers/memoryWorkspace';

const ev = (text: string) => evidenceFor({ text } as ExtractedText);
const counts = (sentence: string, page: string) => checkCounts(sentence, [ev(page)]).map((c) => [c.text, c.theirs.text, c.replacement]);

function diagnostics(sentence: string, page: string): string[] {
  const s = workspace({ 'sources/p.md': page, 'drafts/d.md': `${sentence} [1]\n\n[1]: ../sources/p.md\n` });
  const path = `${ROOT}/drafts/d.md`;
  while (!s.judge(path, 1000).complete);
  return s.diagnostics(path).filter((d) => d.severity === 'warning' || d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
}

const BUSES = 'The transit agency has modified eight buses for the airport route. The route opens on Monday.';

test('a count in words that the page gives otherwise, for the same thing in the sentence stating the rest, is wrong', () => {
  assert.deepEqual(counts('The transit agency has modified twelve buses for the airport route.', BUSES), [['twelve', 'eight', 'eight']]);
  // Digits on the page, a word in the sentence: the fix writes a word.
  assert.deepEqual(counts('Thirty pubs built between the wars were listed this week.', 'This week 20 pubs built between the wars were listed.'), [['Thirty', '20', 'Twenty']]);
  // Two-part number words, and a count past an adjective.
  assert.deepEqual(counts('The agency has modified twenty-two new buses for the airport route.', 'The agency has modified eight new buses for the airport route.'), [['twenty-two', 'eight', 'eight']]);
  // Ranks: a rank against a rank only.
  assert.deepEqual(counts('Ensor served as the 30th director of the broadcaster.', 'It was an honor to serve as the 28th director of the broadcaster.'), [['30th', '28th', '28th']]);
  assert.deepEqual(counts('He faces Novak in the fourth round on Friday.', 'He faces Novak in the third round on Friday.'), [['fourth', 'third', 'third']]);
  const d = diagnostics('The transit agency has modified twelve buses for the airport route.', BUSES);
  assert.ok(d.some((x) => x.startsWith('number-mismatch: The sentence says "twelve"; the cited source gives "eight"')), d.join('\n'));
});

test('a count the page also gives, or cannot be told, is left alone', () => {
  // Said alike, in words or digits.
  assert.deepEqual(counts('The transit agency has modified eight buses for the airport route.', BUSES), []);
  assert.deepEqual(counts('The transit agency has modified eight buses for the airport route.', 'The transit agency has modified 8 buses for the airport route.'), []);
  // Qualified, a range, a share or a list: no exact count.
  assert.deepEqual(counts('The transit agency has modified about twelve buses for the airport route.', BUSES), []);
  assert.deepEqual(counts('The transit agency has modified twelve to fifteen buses for the airport route.', BUSES), []);
  assert.deepEqual(counts('The transit agency has modified two of its buses for the airport route.', BUSES), []);
  // The page's count is a range's end; the page has the sentence's count in the same sentence; two sentences as close disagree.
  assert.deepEqual(counts('The transit agency has modified nine buses for the airport route.', 'The transit agency has modified eight to ten buses for the airport route.'), []);
  assert.deepEqual(counts('The transit agency has modified twelve buses for the airport route.', 'The transit agency has modified eight buses for the airport route, and twelve more are on order.'), []);
  assert.deepEqual(counts('The agency has modified twelve buses for the airport route.', 'The agency has modified eight buses for the airport route. The agency has modified four buses for the airport route too.'), []);
  // Another thing counted, or a sentence about something else.
  assert.deepEqual(counts('The transit agency has hired twelve drivers for the airport route.', BUSES), []);
  assert.deepEqual(counts('Twelve buses were sold at auction in May.', BUSES), []);
  // A page that counts the thing with the sentence's value anywhere backs it.
  assert.deepEqual(counts('The transit agency has modified twelve buses for the airport route.', `${BUSES} In all, twelve buses will serve it.`), []);
});

test('a time of day backs no amount of money', () => {
  const [hour, minutes] = extractFigures('posted on March 11 at 9:08 pm');
  assert.equal(hour.clock, true);
  assert.equal(minutes.clock, true);
  const [fare] = extractFigures('The fare is $9.');
  assert.equal(backsFigure(fare, hour), false);
  assert.equal(backsFigure(extractFigures('9 people')[0], hour), true);
  const page = 'The single fare is set at $7 and comes with a one-day pass.\n\nReply\n\nposted March 11, 2010 at 9:08 pm';
  assert.ok(diagnostics('The single fare is $9 and comes with a one-day pass.', page).some((x) => x.startsWith('number-mismatch') && x.includes('$9')));
  assert.deepEqual(diagnostics('The single fare is $7 and comes with a one-day pass.', page), []);
});

test('a page count said beside another number, against another count, or next to another count of the thing is left alone (found in review)', () => {
  // A score, a vote, a date's day beside it: the claim's may be worked out from them.
  assert.deepEqual(counts('Rovers scored three goals at Ashton Gate on Saturday.', 'Rovers won 3-1 at Ashton Gate on Saturday, with Smith scoring 2 goals.'), []);
  assert.deepEqual(counts('Fifty-two senators in the Senate voted for the bill.', 'The bill passed the Senate 52-48 after 3 senators from the minority crossed party lines.'), []);
  assert.deepEqual(counts("Smith's contract extension, signed in July 2024, keeps him in charge for three seasons.", 'On 1 July 2024 Smith signed a contract extension that keeps him in charge until 2027 after 6 seasons at the club.'), []);
  // A share or a change of the count, or a count given against another.
  assert.deepEqual(counts('Twenty patients at the clinic needed surgery last year.', 'The clinic treated 80 patients last year, and 25% needed surgery.'), []);
  assert.deepEqual(counts('The party gained four seats.', 'The party won 12 seats, up 50% on its previous tally.'), []);
  assert.deepEqual(counts('The retailer closed forty stores in 2022.', 'The retailer closed 30 stores last year, 25 per cent fewer than in 2022.'), []);
  assert.deepEqual(counts('The clinic saw twenty patients on Sunday.', 'The clinic saw 40 patients on Monday, twice as many as on Sunday.'), []);
  // "One in three" is a share; "one more player" adds to the three; "a central tower" is one more tower.
  assert.deepEqual(counts('One in three adults in the survey had skipped a meal to save money.', 'The survey of 300 adults found that 33% had skipped a meal to save money.'), []);
  assert.deepEqual(counts('United signed four players over the summer.', 'United signed three players in June for a combined $900,000 and one more player in August.'), []);
  assert.deepEqual(counts('The cathedral has three towers.', "The cathedral's west front has 2 towers, and a central tower rises over the crossing."), []);
  // The next sentence counts the same thing: the claim's may be the sum.
  assert.deepEqual(counts('The storm killed about forty people in Cuba and Haiti.', 'The storm killed 9 people in Cuba. In Haiti it killed 31 people, mostly in mudslides.'), []);
  assert.deepEqual(counts('The museum acquired twenty paintings in 2019 and 2020.', 'The museum acquired 12 paintings in 2019. The following year it bought 8 paintings, mostly landscapes.'), []);
  assert.deepEqual(counts('The crew spent nine months on the station.', 'The crew spent 6 months on the station in 2021. Their mission was then extended by 3 months.'), []);
  // Still wrong: "about" of a subject is no rough count; "twenty-second" is a rank.
  assert.deepEqual(counts('The film is about two brothers who run a failing restaurant in Naples.', 'The film follows 3 brothers who run a failing restaurant in Naples.'), [['two', '3', 'three']]);
  assert.deepEqual(counts('Serena won her twenty-second Grand Slam title in Melbourne.', 'In Melbourne Serena won her 23rd Grand Slam title.'), [['twenty-second', '23rd', undefined]]);
});

test('a short sentence is checked when the page sentence has all its words; a rough count only when far off', () => {
  assert.deepEqual(counts('There are five types of magma.', 'Types of magma: there are four types of magma.'), [['five', 'four', 'four']]);
  assert.deepEqual(counts('There are five types of rock.', 'Geologists describe four types of magma.'), []);
  // "Some fifteen" is far from fifty; "about twelve" is not far from eight.
  assert.deepEqual(counts('He has been turned down by girls some fifteen times.', 'He is unpopular with girls, having been turned down an astonishing fifty times.'), [['fifteen', 'fifty', 'fifty']]);
  assert.deepEqual(counts('He has been turned down by girls some forty times.', 'He is unpopular with girls, having been turned down an astonishing fifty times.'), []);
  assert.deepEqual(counts('The transit agency has modified about twelve buses for the airport route.', BUSES), []);
  // "More than", "at least" bound a count one way: not read as rough.
  assert.deepEqual(counts('He has been turned down by girls more than fifteen times.', 'He is unpopular with girls, having been turned down an astonishing fifty times.'), []);
});

test('a count in digits the page gives in words is compared with the page count, not with the nearest number', () => {
  const page = 'The album sold well. It stayed in the charts for four weeks, a record for the label in 2004.';
  const d = diagnostics('The album stayed in the charts for 6 weeks.', page);
  assert.ok(d.some((x) => x.startsWith('number-mismatch: The sentence says "6"; the cited source gives "4"')), d.join('\n'));
  assert.deepEqual(diagnostics('The album stayed in the charts for 4 weeks.', page), []);
});

test("a count's own clause may be the statement; a count of another thing near it, or a number's magnitude, is no other count (probe 8)", () => {
  const page = 'The four group winners of League A will play for the trophy in June 2019. The three leagues below it have no finals.';
  assert.deepEqual(counts('The three group winners of League A will then contest the trophy in June 2019, and whichever of them lifts it will receive a bonus.', page), [['three', 'four', 'four']]);
  // "Two dozen others" near the page's count may be the sentence's rough total.
  assert.deepEqual(counts('About thirty people were hurt in the crash.', 'Eight people were seriously hurt in the crash. Paramedics treated more than two dozen others at the scene.'), []);
  // "$12.5 million" is one number, not a count beside another.
  assert.deepEqual(counts('The company agreed to sell its six stations in Tulsa to Griffin for $12.5 million.', 'The company agreed to the sale of its five stations in Tulsa to Griffin for $12.5 million.'), [['six', 'five', 'five']]);
});

test('the "one" of "thirty-one" and "a bus depot" are no second count beside the page count (found in review)', () => {
  assert.deepEqual(counts('The storm killed forty people across the island on Monday.', 'The storm killed thirty-one people across the island on Monday.'), [['forty', 'thirty-one', undefined]]);
  assert.deepEqual(counts('The agency modified twelve buses for the airport route.', 'The agency modified eight buses for the airport route and built a bus depot.'), [['twelve', 'eight', 'eight']]);
});

test('"to" before a count ends a range only after a number, or in "up to" and "close to"; "limited him to four" is exact', () => {
  const page = 'But complaints about his bowling action meant that he made only three Test appearances, all in 1893.';
  assert.deepEqual(counts('Complaints about his bowling action limited him to four Test appearances, all in 1893.', page), [['four', 'three', 'three']]);
  // Said alike, or as a bound or a range: left alone.
  assert.deepEqual(counts('Complaints about his bowling action limited him to three Test appearances, all in 1893.', page), []);
  assert.deepEqual(counts('Complaints about his bowling action limited him to up to four Test appearances, all in 1893.', page), []);
  assert.deepEqual(counts('Complaints about his bowling action meant he made close to four Test appearances, all in 1893.', page), []);
  assert.deepEqual(counts('Complaints about his bowling action meant he made two to four Test appearances, all in 1893.', page), []);
  assert.deepEqual(counts('Complaints about his bowling action meant he made twenty to thirty Test appearances, all in 1893.', page), []);
});

test('a phrase set before the main clause by a comma and a subject pronoun is not part of the statement a count is checked in', () => {
  const page = 'Currently, he is the chairperson of Tukee Arts Pvt. Ltd. As a writer, he published three books.';
  assert.deepEqual(counts('Currently the chairperson of Tukee Arts, he has published two books as a writer.', page), [['two', 'three', 'three']]);
  assert.deepEqual(counts('Currently the chairperson of Tukee Arts, he has published three books as a writer.', page), []);
  // The clause must hold all its words when it has three: another thing published is not the page's statement.
  assert.deepEqual(counts('Currently the chairperson of Tukee Arts, he has published two books of poems.', page), []);
  // A comma before "it" as an object opens no clause: the whole sentence is the statement, and the page's states too little of it.
  assert.deepEqual(counts('After the board of Tukee Arts approved it, two books were published by the firm in Lalitpur.', 'As a writer, he published three books.'), []);
});
