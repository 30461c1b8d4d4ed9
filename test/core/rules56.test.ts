/**
 * Session 56's rules, from false alarms of the probes (`probe-wice35`, `probe-wice36`, `probe-wice38`, `probe-wice11`):
 * - a denial of what a page's contrast says of the other thing ("A are P, whereas B are Q" / "B aren't P") is no
 *   opposite of the page;
 * - a difference from a thing named with a name beside it ("more than the sitting chair, Ana Berg,") is read with
 *   that name;
 * - a total of two of the sentence's own figures, each the page's ("207 … and 213 …, 420 across those two"), is worked out;
 * - "N years after …, in Y" reads the year however far it comes within the clause;
 * - a page's count whose noun is understood after the same verb ("won 5,812 votes; Santos won 2,406") is of the same
 *   measure, and no page figure is offered as the fix of "N more votes than" (a difference).
 * The review's cases are `reviewedRules56.test.ts`.
 * Each rule keeps the wrong sentence caught.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedSentence, warnings } from '../helpers/oneSentence';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));

test('a denial of what a page contrasts with the claim\'s subject is said by the contrast', () => {
  const CHAMBERS = 'Members of the lower chamber are full-time legislators, whereas members of the upper chamber are part-timers who often keep other jobs.';
  assert.deepEqual(codes('Members of the upper chamber aren\'t full-time legislators.', CHAMBERS), []);
  assert.deepEqual(codes('Upper chamber members aren\'t full-time legislators the way the lower chamber\'s members are.', CHAMBERS), []);
  // The thing the page says it of, or the other thing's own predicate denied, is still the opposite.
  assert.ok(codes('Members of the lower chamber are not full-time legislators.', CHAMBERS).includes('unsupported-claim'));
  assert.ok(codes('Members of the upper chamber are not part-timers.', CHAMBERS).includes('unsupported-claim'));
  const MEETINGS = 'Council meetings are open to the public, whereas committee meetings are held in private and their minutes appear a week later.';
  assert.deepEqual(codes('Committee meetings are not open to the public.', MEETINGS), []);
  assert.deepEqual(codes('Council meetings are not held in private.', MEETINGS), []);
  assert.ok(codes('Council meetings are not open to the public.', MEETINGS).includes('unsupported-claim'));
  // Two sentences with no contrast between them say nothing of the other thing.
  const APART = 'Council meetings are open to the public. Committee meetings are held on Tuesdays and their minutes appear a week later.';
  assert.ok(codes('Committee meetings are not open to the public.', APART).includes('unsupported-claim'));
});

test('a difference from a thing with a name beside it is read with that name', () => {
  const VOTE = 'Of 703 ballots cast, Berg received 329; Lindqvist received 370; the foreign minister received three, and one ballot was spoiled.';
  assert.ok(!codes('Of the 703 ballots cast, Maja Lindqvist received 41 more than the sitting chair, Ana Berg, and so replaced her.', VOTE).includes('number-mismatch'));
  assert.ok(codes('Of the 703 ballots cast, Maja Lindqvist received 43 more than the sitting chair, Ana Berg, and so replaced her.', VOTE).includes('number-mismatch'));
  // The other way round is the page's difference of the wrong way.
  assert.ok(codes('Of the 703 ballots cast, Ana Berg received 41 more than the challenger, Maja Lindqvist, and so kept her seat.', VOTE).includes('number-mismatch'));
});

test('a total of two of the sentence\'s own figures the page gives is worked out', () => {
  const WICKETS = 'In his first season he took 100 wickets at 11.80, and he passed two hundred twice (207 in 1894, 213 in 1895).';
  assert.ok(!codes('He passed 200 twice, with 207 in 1894 and 213 in 1895, 420 across those two summers.', WICKETS).includes('number-mismatch'));
  assert.ok(codes('He passed 200 twice, with 207 in 1894 and 213 in 1895, 430 across those two summers.', WICKETS).includes('number-mismatch'));
  // Not a total unless the sentence says so.
  assert.ok(codes('He passed 200 twice, with 207 in 1894 and 213 in 1895, and took 420 in 1896.', WICKETS).includes('number-mismatch'));
});

test('"N years after …, in Y" reads the year past the first words after it', () => {
  const PRIZES = 'Daniel Nathans, Nobel Prize in Medicine, 1978.\n\nCarol Greider, Nobel Prize in Physiology or Medicine, 2009.';
  assert.ok(!codes('Carol Greider won the Nobel Prize in 2009, 31 years after Daniel Nathans won his in 1978.', PRIZES).includes('number-mismatch'));
  assert.ok(codes('Carol Greider won the Nobel Prize in 2009, 33 years after Daniel Nathans won his in 1978.', PRIZES).includes('number-mismatch'));
});

test('a total of the sentence\'s figures is no total where the page gives its own', () => {
  const CARS = 'The company sold 14,000 cars in Germany and 9,000 in France last year. Total European sales were 61,000.';
  assert.ok(codes('The company sold 14,000 cars in Germany and 9,000 in France last year, and its European sales totalled 23,000.', CARS).includes('number-mismatch'));
});

test('a total counts what its parts count', () => {
  const SISTERS = 'The sisters, aged 14 and 16, have won medals at every national championship since 2015.';
  assert.ok(codes('The sisters, aged 14 and 16, have won 30 medals between them.', SISTERS).includes('number-mismatch'));
  const GOALS = 'He scored 12 goals in the league and 9 goals in the cup.';
  assert.ok(!codes('He scored 12 goals in the league and 9 goals in the cup, 21 goals in all.', GOALS).includes('number-mismatch'));
  const WARD = 'The ward admitted 40 new patients on Monday and discharged 25.';
  assert.ok(codes('The ward took in 40 new patients on Monday and 25 discharges, 65 new patients between them.', WARD).includes('number-mismatch'));
});

test('a difference of two counts the page gives after one verb, one with its noun understood, is worked out; no fix is offered for "N more votes than"', () => {
  const POLL = 'In the by-election, the Labour candidate, Aoife Byrne, won 5,812 votes; the Green candidate, Rui Santos, won 2,406.';
  assert.deepEqual(codes('Aoife Byrne won 3,406 more votes than Rui Santos.', POLL), []);
  assert.deepEqual(codes('The Labour candidate, Aoife Byrne, won 3,406 more votes than the Green candidate, Rui Santos.', POLL), []);
  // The difference the wrong way round, or a wrong one, is wrong, and no figure of the page is offered for it: "won 5,812 more votes than" is no fix.
  for (const wrong of ['Rui Santos won 3,406 more votes than Aoife Byrne.', 'Aoife Byrne won 3,506 more votes than Rui Santos.']) {
    const { diagnostics } = judgedSentence(wrong, POLL);
    const figure = diagnostics.find((d) => d.code === 'number-mismatch');
    assert.ok(figure, wrong);
    assert.equal(figure.data, undefined, wrong);
  }
  // A figure of another year than the sentence names is no operand.
  const YEARS = 'The sitting chair, Ana Berg, received 329 votes in 2021 and 352 in 2024. In 2024 Maja Lindqvist received 370.';
  assert.ok(codes('In 2024, Maja Lindqvist received 41 more votes than the sitting chair, Ana Berg.', YEARS).includes('number-mismatch'));
  const BOTH = 'In 2021 Ana Berg received 329 votes. In 2024 Ana Berg received 352 votes, and Maja Lindqvist received 370 votes.';
  assert.deepEqual(codes('In 2024, Maja Lindqvist received 18 more votes than Ana Berg.', BOTH), []);
  assert.ok(codes('In 2024, Maja Lindqvist received 41 more votes than Ana Berg.', BOTH).includes('number-mismatch'));
});

test('no page figure is offered as the fix of a total, a margin or a difference said with a comparative', () => {
  const fixOf = (sentence: string, page: string, figure?: string) => judgedSentence(sentence, page).diagnostics.find((d) => d.code === 'number-mismatch' && (!figure || d.message.includes(`"${figure}"`)));
  const LOAVES = 'The bakery sold 520 loaves on Friday and 610 on Saturday.';
  const total = fixOf('The bakery sold 1,140 loaves altogether on Friday and Saturday.', LOAVES);
  assert.ok(total);
  assert.equal(total.data, undefined);
  // A total the page gives as a total is its fix.
  const GRANTS = 'The trust gave £40,000 to schools and £56,000 to hospices; its grants for the year totalled £96,000.';
  assert.deepEqual(fixOf('The trust gave £40,000 to schools and £21,000 to hospices, £61,000 in total for the year.', GRANTS, '£61,000')?.data, { replacement: '£96,000' });
  const RACE = 'This year Ruth Amsel completed it in 398 seconds; the 2022 winner, Ngozi Eze, took 412.';
  const faster = fixOf('Ruth Amsel was 16 seconds faster this year than the 2022 winner, Ngozi Eze.', RACE);
  assert.ok(faster);
  assert.equal(faster.data, undefined);
  const POLL = 'The defending champion, Anders Holm, polled 1,288 votes and Lena Voss 1,301.';
  const margin = fixOf('Lena Voss won by 31 votes, beating the defending champion, Anders Holm.', POLL);
  assert.ok(margin);
  assert.equal(margin.data, undefined);
});
