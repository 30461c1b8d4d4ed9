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
 * - "nobody … without" says that everyone does, unless the page makes it optional;
 * - names: "UT Dallas", "MVP" written as initials, "America" for "United States", "for Dad" no name; a year: "a year
 *   earlier" after a year, an ISO date stamp as the page's date, "Luhrsen '77" a class's year.
 * (A letter's salutation, "Dear Grounded:", is no part of a claim: `claims.test.ts`.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedOtherwise, warnings } from '../helpers/oneSentence';
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
  // A page with no count of the noun has none to set against it: the two men named, a "round-the-clock" channel.
  assert.deepEqual(codes("The two-man team of Hillary and Tenzing reached Everest's summit on 29 May 1953.", 'Edmund Hillary and Tenzing Norgay reached the summit of Everest on 29 May 1953.'), []);
  assert.deepEqual(codes("Sky News, launched in 1989, was Britain's first twenty-four-hour news channel.", "Sky News, launched in 1989, was Britain's first round-the-clock news channel."), []);
  assert.ok(codes("A seven-member panel was appointed in 2018 to review the state's sentencing laws.", "The 9-member panel was appointed in 2018 to review the state's sentencing laws.").includes('number-mismatch'));
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
  // Only a sentence whose one denial it is: "and Fowler had no part in it" denies a name the page has.
  assert.ok(codes("The Forth Bridge wasn't Telford's design, and Fowler had no part in it.", 'The Forth Bridge was designed by the engineers John Fowler and Benjamin Baker and opened in 1890.').includes('unsupported-claim'));
});

test('"nobody … without" says that everyone does, unless the page makes it optional', () => {
  const RIDE = 'The event is one of the few that rides on a fully closed road. Coupled with a compulsory online safety briefing for all riders, it has an excellent safety record.';
  assert.deepEqual(codes('Nobody rides without first doing the online safety briefing.', RIDE), []);
  const OPTIONAL = 'The event rides on a fully closed road. The online safety briefing for riders is optional, though most take it.';
  assert.ok(codes('Nobody rides without first doing the online safety briefing.', OPTIONAL).length > 0);
  assert.ok(codes('Riders do not do an online safety briefing.', RIDE).includes('unsupported-claim'));
  // A review (review53-rules.json) found the first form of the rule letting through what the page does not require: the
  // page must require the same thing (a word of obligation, the words after "without") of most of what is done, and
  // make none of it optional.
  const PADS = 'All players must wear shin pads during matches.';
  assert.deepEqual(codes('No player may play a match without shin pads.', PADS), []);
  assert.ok(codes('No player may train without shin pads.', PADS).length > 0);
  const STUDY = 'A signed consent form is mandatory for all participants in the study.';
  assert.deepEqual(codes('No participant joins the study without a signed consent form.', STUDY), []);
  assert.ok(codes("No participant joins the study without a doctor's referral.", STUDY).length > 0);
  assert.ok(codes('Nobody rides the trains without a mask.', 'Masks are advised on crowded trains.').length > 0);
});

test('a name the page writes as its initials is the page\'s ("Most Valuable Player" / "MVP", "UT Dallas" / "University of Texas at Dallas")', () => {
  const AWARDS = "(We would have voted for Watt, but Aaron Rodgers took home the award.) Watt's 13 MVP votes were the most for a defender since L.T. won the award. He was named Defensive Player of the Year.";
  assert.deepEqual(codes('He drew 13 votes for Most Valuable Player, the most for any defender since Lawrence Taylor won it, but the MVP went to Aaron Rodgers.', AWARDS), []);
  const GIFT = 'Acquisitions of the Month: November 2018. This remarkable gift to the University of Texas at Dallas, comprising more than 400 works collected by Richard Barrett, has been announced.';
  assert.deepEqual(codes("The round-up for November 2018 led with the Barretts' gift to UT Dallas.", GIFT), []);
  // Not another campus, nor initials the page does not write.
  assert.ok(codes("The round-up for November 2018 led with the Barretts' gift to UT Austin.", GIFT).includes('unsupported-claim'));
});

test('"a year earlier" after a year names the year before it, in the same sentence', () => {
  const TRADE = "China's trade surplus widened to USD 88.19 billion in March 2023 from USD 44.35 billion in the same period a year earlier, easily beating forecasts.";
  assert.deepEqual(codes('The surplus was USD 88.19 billion, about twice the USD 44.35 billion of March 2022.', TRADE), []);
  assert.ok(codes('The surplus was USD 44.35 billion in March 2021.', TRADE).includes('number-mismatch'));
  const SALES = 'He joined the club in 2010, two years before the merger. Sales hit a record in 2015; three years earlier they had halved.';
  assert.deepEqual(codes('Sales had halved in 2012.', SALES), []);
  assert.ok(codes('Sales had halved in 2013.', SALES).includes('number-mismatch'));
  // "Two years before the merger" is before another thing, not before the year.
  assert.ok(codes('He joined the club in 2008.', SALES).includes('number-mismatch'));
});

test('a date stamp in ISO form on a line of its own dates the page ("last year" in a page stamped 2015-10-21 is 2014)', () => {
  const PAGE = '# Lessons from a model turned entrepreneur\n\n##### Jean Khoo\n\n2015-10-21 13:19:57\n\nHer career started to bloom after she won the 2004 contest.\n\nFurthermore, she wrote a book earlier last year titled "Guide to a Successful Modeling Career", filled with practical advice.\n';
  assert.deepEqual(codes('She wrote a book in 2014, "Guide to a Successful Modeling Career", full of practical advice.', PAGE), []);
  assert.ok(codes('She wrote a book in 2013, "Guide to a Successful Modeling Career", full of practical advice.', PAGE).includes('number-mismatch'));
});

test('the review of these rules (252 cases): the cases judged otherwise than labelled are the known ones', () => {
  // A helper's cases at the edges of the rules (`review53-rules.json`), written without the code's tests in view. On the
  // build before the session: faithful warned 32 of 161, wrong caught 60 of 91; the first forms of the rules: 14 and 60
  // (the salutation taking "Dear Evan Hansen, the musical," for a greeting; "nobody … without" read as the page's
  // requirement where the page required another thing, of another doing, or only advised it; one name absent from the
  // window excusing a second denial of a name it has; "two-man team" and "twenty-four-hour" against pages with no
  // count); now 14 and 68. What is left: the page's requirement in other words ("No one enters the site" / "All visitors
  // to the site must"), a time said alike of another event (r6-18w: neither build reads it), "not discovered by Pasteur"
  // (a verb between the denial and the name), "PE budget" for "primary education budget", a rate read with the wrong
  // term in a table (r5-16w), and cases no rule of the session touches.
  assert.deepEqual(judgedOtherwise('review53-rules.json'), ['r1-16w', 'r1-18w', 'r1-19w', 'r1-25f', 'r1-34w', 'r2-17w', 'r2-19w', 'r2-22w', 'r2-23w', 'r2-27w', 'r3-14w', 'r3-20w', 'r5-14w', 'r5-16w', 'r5-19w', 'r5-25f', 'r6-18w', 'r6-19w', 'r6-32w', 'r6-33w', 'r7-11f', 'r7-13f', 'r7-15f', 'r7-16f', 'r7-23w', 'r7-4f', 'r7-6f', 'r8-12f', 'r8-13f', 'r8-15w', 'r8-16w', 'r8-19w', 'r8-1f', 'r8-28f', 'r8-30w', 'r8-32f', 'r8-5f']);
});

test('"America" is the page\'s "United States", as "American" was', () => {
  const KETCHUP = 'In the United States, ketchup was used to treat indigestion and diarrhea in the 1830s, while in Europe and Asia it was prescribed for ailments from colds to cholera.';
  assert.ok(!codes('In America it went to digestive complaints, whereas Europe and Asia stretched it to ailments as far apart as colds and cholera.', KETCHUP).includes('unsupported-claim'));
  assert.ok(codes('In Canada it went to digestive complaints, whereas Europe and Asia stretched it to ailments as far apart as colds and cholera.', KETCHUP).includes('unsupported-claim'));
  // Not the continent: "North America" is no "United States".
  assert.ok(codes('In North America it went to digestive complaints, whereas Europe and Asia stretched it to ailments as far apart as colds and cholera.', KETCHUP).includes('unsupported-claim'));
});

test('a word for the writer\'s family capitalised as a name ("for Dad") is no name a page gives', () => {
  const AUTOBAHN = 'Unlike German autobahns, on Austrian autobahns a general speed limit of 130 km/h (81 mph) is set, although as of August 2019 some stretches allow 140 km/h.';
  assert.deepEqual(codes('The hire-car leaflet says Austria, unlike Germany, puts a general limit on its autobahns: 130 km/h, which is 81 mph for Dad.', AUTOBAHN), []);
  // A person's name is still one, and so is a kin word before a name ("Uncle Steve").
  assert.ok(codes('The hire-car leaflet says Austria, unlike Germany, puts a general limit on its autobahns: 130 km/h, which is 81 mph for Steve.', AUTOBAHN).includes('unsupported-claim'));
  assert.ok(codes('The hire-car leaflet says Austria, unlike Germany, puts a general limit on its autobahns: 130 km/h, which is 81 mph for Uncle Steve.', AUTOBAHN).includes('unsupported-claim'));
});

test('"\'77" after a person\'s full name is a class\'s year ("By Dane Luhrsen \'77")', () => {
  assert.deepEqual(values("Posted on April 15, 2013 by the chapter. By Dane Luhrsen '77"), [2013, 1977]);
  // Not a quotation opening on a number after a name.
  assert.deepEqual(values("He said Mary Smith '20 minutes of fame' was enough"), []);
  const POST = "Posted on April 15, 2013 by Alpha Tau Omega - Gamma Zeta Chapter\n\nBy Dane Luhrsen '77\n\nThe house was very new and nice at the time.";
  assert.ok(!codes("Luhrsen, class of '77, wrote it up for the chapter, whose site posted it on April 15, 2013.", POST).includes('number-mismatch'));
  assert.ok(codes("Luhrsen, class of '78, wrote it up for the chapter, whose site posted it on April 15, 2013.", POST).includes('number-mismatch'));
});
