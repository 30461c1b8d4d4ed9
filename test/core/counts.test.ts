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

test('numbers that count nothing beside the page count leave it the only count of its sentence', () => {
  // A score, a percent, a day of a date, a sum of money.
  assert.deepEqual(counts('The win gave the club its third league title.', 'They beat Rovers 3-1 to give the club its second league title.'), [['third', 'second', 'second']]);
  assert.deepEqual(counts('Exports rose 14.8% in March, the first increase in nine months.', 'Exports jumped 14.8% in March, the first increase in six months.'), [['nine', 'six', 'six']]);
  assert.deepEqual(counts('Released on May 2, 2001, it was the lead single from her third album.', 'Released on May 2, 2001, it was the lead single from her second album.'), [['third', 'second', 'second']]);
  assert.deepEqual(counts('For $40 a night the hotel offers five rooms with a view of the bay.', 'For $40 a night the hotel offers three rooms with a view of the bay.'), [['five', 'three', 'three']]);
  // Another count is still one the sentence's may add up to, and a share of the counted thing may give it.
  assert.deepEqual(counts('The club won nine games in its first season.', 'The club won 12 of its 20 games in its first season.'), []);
  assert.deepEqual(counts('The agency modified six buses last year.', 'The agency modified 15% of its 40 buses last year.'), []);
  // A range of the count is a count, not a score.
  assert.deepEqual(counts('The agency modified twelve buses in March.', 'In March 8-10 buses were modified by the agency, which bought two buses.'), []);
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
