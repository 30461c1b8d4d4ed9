import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writtenDates, checkDates } from '../../server/src/core/support/dates';
import { evidenceFor } from '../../server/src/core/support/evidence';
import type { ExtractedText } from '../../server/src/core/sources/sourceTypes';
import { workspace, ROOT } from '../helpers/memoryWorkspace';

const evidenceOf = (text: string) => evidenceFor({ text } as ExtractedText);

test('dates are read in the forms writers use, the year kept apart from the day', () => {
  const read = (t: string) => writtenDates(t).map((d) => [d.month, d.day, d.year, d.text]);
  assert.deepEqual(read('It was signed on April 27, 2026, in Redmond.'), [[4, 27, 2026, 'April 27']]);
  assert.deepEqual(read('Signed on 27 April 2026 and on the 3rd of May.'), [[4, 27, 2026, '27 April'], [5, 3, undefined, '3rd of May']]);
  assert.deepEqual(read('Signed Sept. 3 and Jan. 27th, 2025.'), [[9, 3, undefined, 'Sept. 3'], [1, 27, 2025, 'Jan. 27th']]);
  // "may" the verb, a month with a year only, a time and a day past 31 are no dates.
  assert.deepEqual(read('It may 5 times fail; in May 2026; at April 5:30; on June 45.'), []);
});

test('a date the page gives for the same statement with another day is wrong; the same day in any form, or a day of a range, backs it', () => {
  const page = evidenceOf('Microsoft and OpenAI announced an amended partnership agreement on April 27, 2026. The Cannes Film Festival runs May 11-22.');
  const wrong = checkDates('Microsoft and OpenAI announced the amended agreement on April 17, 2026.', [page]);
  assert.equal(wrong.length, 1);
  assert.equal(wrong[0].date.text, 'April 17');
  assert.equal(wrong[0].theirs.date.text, 'April 27');
  assert.equal(wrong[0].replacement, 'April 27');
  assert.equal(checkDates('Microsoft and OpenAI announced the amended agreement on 17 April 2026.', [page])[0].replacement, '27 April');
  // The fix writes the ordinal the day takes: "23rd", not "23st".
  assert.equal(checkDates('The two countries signed the treaty in Paris on the 21st of April.', [evidenceOf('The two countries signed the treaty in Paris on April 23.')])[0].replacement, '23rd of April');
  for (const same of ['Microsoft and OpenAI announced the amended agreement on 27 April 2026.', 'Microsoft and OpenAI announced the amended agreement on Apr. 27.']) assert.deepEqual(checkDates(same, [page]), [], same);
  assert.deepEqual(checkDates('The film premiered at the Cannes Film Festival on May 19.', [page]), []);
  // A date of the page on another subject, or of another year, says nothing of the sentence's.
  assert.deepEqual(checkDates('Shares of the carmaker rose on April 28.', [page]), []);
  assert.deepEqual(checkDates('Microsoft and OpenAI announced the amended agreement on April 17, 2025.', [page]), []);
  // News style, with no "on": "signed April 17 in Paris"; a date that opens the sentence.
  assert.equal(checkDates('The treaty was signed April 17 in Paris by both sides.', [evidenceOf('The treaty was signed on April 27 in Paris by both sides.')])[0].replacement, 'April 27');
  assert.equal(checkDates('On April 17, 2026, the treaty was signed in Paris.', [evidenceOf('On April 27, 2026, the treaty was signed in Paris.')])[0].replacement, 'April 27');
  // With a weekday the fix would leave wrong: shown, not fixed.
  const monday = checkDates('The treaty was signed in Paris on Monday, April 17.', [evidenceOf('The treaty was signed in Paris on Tuesday, April 27.')]);
  assert.equal(monday.length, 1);
  assert.equal(monday[0].replacement, undefined);
});

test('a date is not called wrong when the page may say it in a form not read, has two dates for it, a range, a list, or a date relative to it (found in review)', () => {
  const none = (claim: string, page: string) => assert.deepEqual(checkDates(claim, [evidenceOf(page)]), [], `${claim} / ${page}`);
  const signed = 'Microsoft and OpenAI signed the partnership agreement on April 27, 2026.';
  const talks = ' They began talks on the partnership agreement on April 3, 2026.';
  for (const form of ['on Apr 27, 2026.', 'on April the 27th, 2026.', 'ON APRIL 27.', 'on 27-Apr-2026.', 'on 27.04.2026.', 'on 2026/04/27.', 'on 4/27.']) none(signed, `Microsoft and OpenAI signed the partnership agreement ${form}${talks}`);
  none('The two countries signed the treaty in Paris on April 27.', 'Talks on the treaty opened in Paris on April 3, and the treaty was signed there on the 27th.');
  for (const range of ['from April 27 to 28', 'on April 27 and 28', 'on April 27/28']) none('The two countries signed the treaty in Paris on April 28.', `The two countries signed the treaty in Paris ${range}.`);
  none('The summit in Paris was still running on April 30.', 'The summit in Paris was held April 27 – May 2.');
  none('The ceasefire between the two sides took effect on May 12, 2024.', 'The ceasefire between the two sides was announced on May 10, 2024, and took effect two days later.');
  // Two sentences as close with other days: which is meant cannot be told.
  none('Microsoft and OpenAI announced the agreement on April 17.', 'Microsoft and OpenAI announced an amended agreement on April 27. Microsoft and OpenAI announced talks on the agreement on April 3.');
  // A page's date of another event in the sentence that states the rest (found in a second review).
  none('The president signed the bill into law on July 4.', 'The president signed the bill, passed by Congress on July 3, into law on Independence Day.');
  none('The troops reached the capital on December 25.', 'The troops, who landed on December 20, reached the capital on Christmas Day.');
  none('Acme signed the agreement with Globex on April 17.', 'Acme signed the agreement with Globex, first proposed on April 3, in a ceremony in Ohio.');
  none('Smith, born on April 17, 1950, signed the treaty.', 'Smith signed the treaty on April 27, 1950.');
  none('The stay-at-home order took effect on April 30, 2020.', 'On April 3, 2020, the governor announced a stay-at-home order that took effect at the end of the month.');
  none('The treaty was signed in Paris on April 27.', 'Talks on the treaty opened in Paris on April 3. The treaty was signed there on the 27th.');
  // A percentage or a price is no date: "17.4%" does not say April 17.
  assert.equal(checkDates('The treaty was signed in Paris on April 17.', [evidenceOf('Trade grew 17.4% that year, to $4.17 billion. The treaty was signed in Paris on April 27.')]).length, 1);
  // "4/7/2026" may be 4 July: it names no other day.
  none('The two countries signed the treaty in Paris on April 17, 2026.', 'The two countries signed the treaty in Paris on 4/7/2026.');
  // Counts and possessives are no dates.
  none('In March 12 protesters were arrested outside the parliament in Tbilisi.', 'In March, 12 protesters were arrested outside the parliament in Tbilisi; the next arrests came on March 5.');
  none("Only 3 of May's cabinet ministers backed the Brexit deal.", 'On 24 May, cabinet ministers backed the Brexit deal.');
});

test('a wrong day of a date is a number-mismatch with the page\'s day as the fix', () => {
  const s = workspace({
    'sources/deal.md': '---\ntitle: Deal\n---\n\nMicrosoft and OpenAI announced an amended partnership agreement on April 27, 2026, in Redmond.\n',
    'drafts/d.md': 'Microsoft and OpenAI announced the amended agreement on April 17, 2026 [1].\n\n[1]: ../sources/deal.md\n',
  });
  const d = s.diagnostics(ROOT + '/drafts/d.md').find((x) => x.code === 'number-mismatch')!;
  assert.ok(d, 'a number-mismatch');
  assert.equal(d.severity, 'warning');
  assert.equal(d.data?.replacement, 'April 27');
  assert.match(d.message, /says "April 17"; the cited source gives "April 27"/);
});

test('a date the sentence writes another way: the fix writes the page\'s day the sentence\'s way, the message and the hover quote the page as it writes it', () => {
  const s = workspace({
    'sources/treaty.md': '---\ntitle: Treaty\n---\n\nThe two countries signed the treaty in Paris on April 23, 2026.\n',
    'drafts/d.md': 'The two countries signed the treaty in Paris on the 21st of April [1].\n\n[1]: ../sources/treaty.md\n',
  });
  const path = ROOT + '/drafts/d.md';
  const d = s.diagnostics(path).find((x) => x.code === 'number-mismatch')!;
  assert.equal(d.data?.replacement, '23rd of April');
  assert.match(d.message, /says "21st of April"; the cited source gives "April 23"/);
  const text = s.draftModel(path)!.text;
  assert.equal(text.slice(d.range.start, d.range.end), '21st of April');
  const hover = s.hover(path, text.indexOf('[1]') + 1)!;
  assert.match(hover.markdown, /gives \*\*April 23\*\*/);
});

test('a weekday beside both dates, or a sentence of two words, does not make two dates one (found in review)', () => {
  // Weekly events fall on the same weekday in other weeks.
  const legs = evidenceOf('The first leg is on Saturday, March 4, in Madrid. The return leg follows seven days later in Munich.');
  assert.deepEqual(checkDates('The return leg in Munich is on Saturday, March 11.', [legs]), []);
  const voting = evidenceOf('Early voting begins Monday, October 23. It ends Friday, November 3, at the county office.');
  assert.deepEqual(checkDates('Early voting at the county office is open on Monday, October 30.', [voting]), []);
  // Two words in common say too little of which day the page's date is.
  assert.deepEqual(checkDates('Thanksgiving in 2023 falls on November 23.', [evidenceOf('Thanksgiving falls on the fourth Thursday of November, and in 2023 the first Thursday of the month falls on November 2.')]), []);
});

test('a sentence next to the page date that dates by it or by a recurrence leaves the sentence date open (found in review)', () => {
  assert.deepEqual(checkDates('Reviews for the workshop are due on Friday, March 31.', [evidenceOf('Paper submissions for the workshop are due Friday, March 3. Reviews are due four weeks later.')]), []);
  assert.deepEqual(checkDates('The farmers market on the town square will be open on Saturday, May 20.', [evidenceOf('The farmers market on the town square opens for the season on Saturday, May 6. It runs every Saturday through October.')]), []);
  assert.deepEqual(checkDates('Trash pickup in the district is on Friday, July 14.', [evidenceOf('Trash pickup in the district moves to Saturday, July 8, because of the holiday. Normal pickup is on Fridays.')]), []);
  assert.deepEqual(checkDates('Boxing Day, a public holiday in Britain, falls on December 26.', [evidenceOf('Boxing Day, a public holiday in Britain, follows Christmas Day, which falls on Monday, December 25.')]), []);
  // With no such sentence, the date is still wrong.
  assert.equal(checkDates('Paper submissions for the workshop are due Friday, March 10.', [evidenceOf('Paper submissions for the workshop are due Friday, March 3. The venue is in Lisbon.')]).length, 1);
});
