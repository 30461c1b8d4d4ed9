/**
 * Session 53's rules, from the first runs of the probes written this session (`bench/data/probe-wice41` to
 * `probe-wice46`, `probe-dev32` to `probe-dev37`) and from the generated negatives:
 * - a "non-" word before its noun ("10 million non-combatants") names a kind of that noun: it denies nothing else of
 *   its clause, so a page that states "an estimated 10 million non-combatants" still states the estimate. Said after
 *   "be" ("the agreement is non-binding") it denies what the clause says of its subject, as before;
 * - an acronym of two letters is the page's words before the same noun ("GM crops" / "genetically modified crop");
 * - a count in words glued to a noun of size or length ("a nine-member commission", "a three-year deal") is a figure,
 *   as "9-member" is; months and years convert into each other ("five-year" / "60 months");
 * - a denial until a time is the page's "only in" that time ("wouldn't take it up until the 1820s");
 * - a denial of a name the window does not have ("wasn't even Eiffel's") denies the name, not what the window says of
 *   others;
 * - "nobody … without" says that everyone does, unless the page makes it optional.
 * (A letter's salutation, "Dear Grounded:", is no part of a claim: `claims.test.ts`.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';
import { extractFigures } from '../../server/src/core/support/numbers';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));
const values = (text: string) => extractFigures(text).map((f) => f.value);

test('a "non-" word before its noun denies only that word ("an estimated 10 million non-combatants")', () => {
  const WAR = 'About 9 million soldiers are thought to have died in the war, along with an estimated 7 million non-combatants, including 5 million civilians.';
  assert.ok(codes('It is not estimated that 7 million non-combatants died in the war, including 5 million civilians.', WAR).includes('unsupported-claim'));
  assert.deepEqual(codes('An estimated 7 million non-combatants died in the war, including 5 million civilians.', WAR), []);
  const SHELTER = 'The shelter was run by non-profit volunteers from the parish, who opened it every winter.';
  assert.ok(codes('The shelter was not opened every winter by the parish volunteers.', SHELTER).includes('unsupported-claim'));
  // Said after "be", a "non-" word still denies what its clause says: "is non-binding" is "is not binding".
  const DEAL = 'The agreement signed in March is non-binding, and either side may leave it.';
  assert.deepEqual(codes('The agreement signed in March is not binding on either side.', DEAL), []);
});

test('an acronym of two letters is the page\'s words before the same noun ("GM crops" / "genetically modified crop")', () => {
  const CROPS = 'The first genetically modified crop, an antibiotic-resistant tobacco plant, was produced in 1982.';
  assert.deepEqual(codes('Tobacco is where GM crops began: the very first, in 1982, was an antibiotic-resistant tobacco.', CROPS), []);
  // Not before another noun: two letters alone may stand for many things.
  assert.ok(codes('Tobacco is where GM plants began: the very first, in 1982, was an antibiotic-resistant tobacco.', CROPS).includes('unsupported-claim'));
});

test('a count in words glued to what it counts is a figure ("a nine-member commission")', () => {
  assert.deepEqual(values('The nine-member commission met twice.'), [9]);
  assert.deepEqual(values('a twenty-two-year-old striker, a three-time champion'), [22, 3]);
  assert.deepEqual(values('a four-year term, a six-man crew and an eight-day week'), [4, 6, 8]);
  // Not things a page may list without counting them ("a six-book shortlist", "a ten-track album").
  assert.deepEqual(values('a six-book shortlist and a ten-track album'), []);
  // Not "one" ("one-time", "one-man show"), nor a word that is no count ("two-thirds", "the Thirty-Nine Steps").
  assert.deepEqual(values('a one-time winner and a one-man show'), []);
  assert.deepEqual(values('a two-thirds majority read the Thirty-Nine Steps'), []);
  const PANEL = 'The seven-person Appellate Judicial Commission narrowed the list to three names, and the chief justice chaired it.';
  assert.ok(codes('The Appellate Judicial Commission, a nine-member body chaired by the chief justice, narrowed the list to three names.', PANEL).includes('number-mismatch'));
  assert.ok(!codes('The Appellate Judicial Commission, a seven-member body chaired by the chief justice, narrowed the list to three names.', PANEL).includes('number-mismatch'));
  // The page's count in any form backs it.
  assert.ok(!codes('He signed a three-year deal with the club in July.', 'In July he joined the club on a 3-year contract.').includes('number-mismatch'));
  assert.ok(!codes('He signed a three-year deal with the club in July.', 'In July he agreed a deal with the club for three years.').includes('number-mismatch'));
});

test('months and years convert into each other ("the five-year rate" / "60 months")', () => {
  const RATES = '| Term | Rate |\n|---|---|\n| 36 months | 3.60% |\n| 60 months | 3.40% |\n';
  assert.ok(!codes('The five-year rate is 3.40%.', RATES).includes('number-mismatch'));
  assert.ok(!codes('The 3-year rate is 3.60%.', RATES).includes('number-mismatch'));
  assert.ok(codes('The four-year rate is 3.40%.', RATES).includes('number-mismatch'));
  // Not into days or weeks, whose months are not all alike.
  assert.ok(codes('The notice period is 4 weeks.', 'The notice period is one month from the date of the letter.').includes('number-mismatch'));
});

test('a denial until a time is the page\'s "only in" of the same time', () => {
  const CALCULUS = 'Only in the 1820s, due to the efforts of the Analytical Society, did Leibnizian analytical calculus become accepted in England.';
  assert.deepEqual(codes("England wouldn't take up Leibniz's analytical calculus until the 1820s, and it took the Analytical Society to bring that about.", CALCULUS), []);
  assert.ok(codes("England wouldn't take up Leibniz's analytical calculus until the 1790s.", CALCULUS).includes('unsupported-claim'));
  assert.ok(codes("England never accepted Leibniz's analytical calculus.", CALCULUS).includes('unsupported-claim'));
  // Not a denial since a time against the page's "first … since": that one is had now, which the sentence denies.
  assert.ok(codes('The company has not posted a loss since 2015.', 'The company posted its first loss since 2015 this quarter.').includes('unsupported-claim'));
});

test('a denial of a name the window does not have denies that name, not what the window states of others', () => {
  const TOWER = 'The Eiffel Tower is acknowledged as the universal symbol of Paris and France. It was originally designed by Émile Nouguier and Maurice Koechlin.';
  assert.deepEqual(codes("The original design wasn't even Eiffel's; Maurice Koechlin and Émile Nouguier drew it up.", TOWER), []);
  // A name the window has is denied of it; so is the design when no name is denied.
  assert.ok(codes("The original design wasn't Koechlin's; Gustave Eiffel drew it up.", TOWER).includes('unsupported-claim'));
  assert.ok(codes('The tower was not originally designed by Nouguier and Koechlin.', TOWER).includes('unsupported-claim'));
});

test('"nobody … without" says that everyone does, unless the page makes it optional', () => {
  const RIDE = 'The event is one of the few that rides on a fully closed road. Coupled with a compulsory online safety briefing for all riders, it has an excellent safety record.';
  assert.deepEqual(codes('Nobody rides without first doing the online safety briefing.', RIDE), []);
  const OPTIONAL = 'The event rides on a fully closed road. The online safety briefing for riders is optional, though most take it.';
  assert.ok(codes('Nobody rides without first doing the online safety briefing.', OPTIONAL).length > 0);
  assert.ok(codes('Riders do not do an online safety briefing.', RIDE).includes('unsupported-claim'));
});
