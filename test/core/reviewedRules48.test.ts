/**
 * Session 48's rules, from a new probe of writing about real pages (`bench/data/probe-wice18`): a page sentence that
 * denies what a sentence denies, with the sentence's number said in words ("for a decade" / "for 10 years"), says the
 * denial alike; another page sentence that states the words plainly ("one of the very first college students") is no
 * opposite of it. From a probe of short passages (`probe-dev12`): "lacks any significant atmosphere" is no result called
 * significant (nor its "any" a word of all); "no other region has higher rates" is the page's "has the highest rates".
 * From probe 20: a negation in capitals ("based NOT on ability") is stressed, not a title's; "far from keeping X out"
 * denies the keeping; "that" after "have" is a determiner ("would never have that Stanley Cup ring"). A helper's review of
 * these rules (`test/fixtures/review48-rules.json`, 87 cases) found 24 verdicts they made wrong, all fixed: "to" after a
 * verb of change ("cut his sentence to three years") and "left with" count no total the page gives; a phrase of time or
 * place before ", he has" narrows what is counted; only a length of time said in words ("a decade") is a number the
 * page's denial may have; the page's superlative must be said of what the claim names; "significant" before a noun of
 * amount or a thing ("a significant number") is none of statistics.
 * With the cases that must stay warned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings, judgedOtherwise } from '../helpers/oneSentence';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));

const MEMOIR = [
  'The pianist grew up in Harbin during the upheaval.',
  '"There had been no conservatory students for 10 years, 1966 through 1976.',
  '',
  'So I was one of the very first conservatory students, right after the reforms began," she said.',
].join('\n');

test('a denial the page says alike with the number in digits is no opposite of a sentence that says it in words', () => {
  assert.deepEqual(codes('She recalled that there had been no conservatory students for a decade, from 1966 through 1976, and that she was one of the very first after the reforms began.', MEMOIR), []);
  assert.deepEqual(codes('She recalled that there had been no conservatory students for ten years, from 1966 through 1976.', MEMOIR), []);
  // Stated plainly where the page denies it: still the opposite.
  assert.ok(codes('She recalled that there had been conservatory students throughout the decade from 1966 through 1976.', MEMOIR).includes('unsupported-claim'));
  // Another number: the figure is wrong.
  assert.ok(codes('She recalled that there had been no conservatory students for twenty years, from 1956 through 1976.', MEMOIR).includes('number-mismatch'));
});

const MOON = 'The surface temperature swings widely between day and night. Because the planet has no significant atmosphere to hold some of the heat, its nights are bitterly cold.';
const TRIAL = 'The trial enrolled 400 patients. There was no statistically significant difference in recovery time between the two groups.';

test('"significant" of a thing, not of a result, is not read as a statistical claim, and "lacks any" says no "all"', () => {
  assert.deepEqual(codes('Its nights are bitterly cold because it lacks any significant atmosphere to hold some of the heat.', MOON), []);
  assert.deepEqual(codes('Its nights are bitterly cold because the planet has no significant atmosphere to hold the heat.', MOON), []);
  // A result called significant where the page says it was not: still warned.
  assert.ok(warnings('Recovery time was significantly shorter in the treated group.', TRIAL).some((w) => /not statistically significant/.test(w)));
  assert.ok(codes('The difference in recovery time between the two groups was significant.', TRIAL).includes('unsupported-claim'));
});

const REGIONS = 'Of all regions, the northern province has the highest rates of school absence. Rates fell slightly last year.';
const LOWEST = 'Of all regions, the northern province has the lowest rates of school absence. Rates fell slightly last year.';

test('"no other … has higher" is said by the page\'s "the highest", and only by that superlative', () => {
  assert.deepEqual(codes('In the northern province: no other region has higher rates of school absence.', REGIONS), []);
  assert.deepEqual(codes('No other region has higher rates of school absence than the northern province.', REGIONS), []);
  // The opposite superlative, or the superlative denied: still the opposite.
  assert.ok(codes('In the northern province: no other region has higher rates of school absence.', LOWEST).includes('unsupported-claim'));
  assert.ok(codes('The northern province does not have the highest rates of school absence.', REGIONS).includes('unsupported-claim'));
});

test('a review of these rules: its cases judged otherwise than labelled are the known ones (wrong sentences the checker never caught)', () => {
  // Each is a wrong sentence let through before these rules too: "no other … is older" where the page's superlative is
  // another's, results called significant in words the page does not deny, counts worked out of changes.
  const KNOWN = ['cl-06', 'dn-04', 'dn-07', 'dn-13', 'sg-01', 'sg-03', 'sg-08', 'sg-09', 'sg-11', 'sg-17', 'sg-19', 'sg-20', 'sg-21', 'sp-01', 'sp-02', 'sp-07', 'sp-11', 'sp-12', 'sp-13', 'to-10'];
  assert.deepEqual(judgedOtherwise('review48-rules.json'), KNOWN);
});

const CASTING = 'Hardest part of the work? I would say always having to audition, and how decisions are often based NOT on ability but on commercial considerations.';
const HOME = 'A tall black metal fence surrounds the courtyard of the mansion.\n\nBut the thick bars and heavy gate around the home don\'t keep the neighborhood out — far from it.';
const SPEECH = 'His message was about the day he realized his career was over and he would never have that Stanley Cup ring he so cherished.';

test('a negation in capitals, "far from" before a verb, and "that" after "have" are read as what they are', () => {
  assert.deepEqual(codes('He says the hardest part is seeing decisions often made not on ability but on commercial considerations.', CASTING), []);
  assert.ok(codes('He says decisions are often based on ability, not on commercial considerations.', CASTING).includes('unsupported-claim'));
  assert.deepEqual(codes('Far from keeping the neighborhood out, the bars and heavy gate around the home let it in.', HOME), []);
  assert.ok(codes('The thick bars and heavy gate around the home keep the neighborhood out.', HOME).includes('unsupported-claim'));
  assert.deepEqual(codes('He spoke of the sadness of realizing he would never have a Stanley Cup ring.', SPEECH), []);
  assert.ok(codes('He spoke of the joy of realizing he would have a Stanley Cup ring.', SPEECH).includes('unsupported-claim'));
});

test('a second review of these rules: its cases judged otherwise than labelled are the known ones', () => {
  // 154 cases on capitals, "far from", "that", superlatives, counts and "significant" (test/fixtures/review48b-rules.json).
  // Four faithful sentences warned, each warned before this session's rules too ("IN NO EVENT SHALL …" in capitals,
  // "had never won that trophy before 2016", a "significant" of something else
  // where the page says "no significant" of another place); the rest are wrong sentences let through, most of them before too.
  // (Session 59: "far from being a success" is read as a denial, so "was no success" is no longer warned, far-10.)
  const KNOWN = ['cap-06', 'cap-08', 'cap-10', 'cap-12', 'cap-13', 'cap-14', 'cap-18', 'cap-20', 'cap-22', 'cap-28', 'cap-30', 'cap-31', 'cap-34', 'cap-37', 'cap-39', 'cap-41', 'cap-45', 'cap-47', 'cap-49', 'cnt-01', 'cnt-03', 'cnt-04', 'cnt-06', 'cnt-09', 'cnt-10', 'cnt-12', 'cnt-13', 'cnt-17', 'far-06', 'far-08', 'far-09', 'far-11', 'far-14', 'far-16', 'far-18', 'far-23', 'far-26', 'far-28', 'num-06', 'sig-06', 'sig-07', 'sup-02', 'sup-07', 'sup-14', 'that-04', 'that-06', 'that-12', 'that-14', 'that-19', 'that-25'];
  assert.deepEqual(judgedOtherwise('review48b-rules.json'), KNOWN);
});

const VETO = [
  'The Whigs could not get their national bank through.',
  '',
  'Senator Hale proposed a constitutional amendment so that Congress could override the governor\'s vetoes by a majority vote.',
  '',
  'Neither this amendment nor proposals to impeach the governor could pass the legislature.',
].join('\n');

test('"neither A nor B could pass" is said alike by another "neither … nor" denying the same words, not stated plainly by the sentence naming A', () => {
  assert.deepEqual(codes("Neither Senator Hale's proposed constitutional amendment letting Congress override vetoes by a majority vote nor the attempts to impeach the governor could get through the legislature.", VETO), []);
  // A "neither … nor" of who proposed it, where the page says who did: still the opposite.
  assert.ok(codes("Neither Senator Hale nor the Whigs proposed an amendment letting Congress override the governor's vetoes by a majority vote.", VETO).includes('unsupported-claim'));
});

test('capitals, "far from" and "that" only where they are what they seem (the second review)', () => {
  // A "NO" in capitals is a name or a title more often than stress: "the NO campaign", "NO ANGEL".
  assert.deepEqual(codes('In the 2014 referendum, the No campaign won 55% of the vote.', 'Scotland voted on independence in 2014. The NO campaign won 55% of the vote.'), []);
  assert.deepEqual(codes('Dido released her debut album, No Angel, in June 1999.', "Dido's debut album NO ANGEL was released in June 1999."), []);
  // "Far from" a place, or before an adjective in -ing, is a distance.
  assert.deepEqual(codes('The turbines were placed well away from nesting sites used by golden eagles.', 'The turbines were placed far from nesting sites used by golden eagles. Construction began in May.'), []);
  assert.deepEqual(codes('The depot was built well outside Reading town centre.', 'The new depot was built far from Reading town centre to keep lorries off residential streets.'), []);
  // "That" before a clause after "won" ends the denial there.
  assert.deepEqual(codes('Her sister won Wimbledon twice.', 'Wimbledon remained the one title she never won that her sister had won twice. She retired in 2009.'), []);
  // A count after "to" is left open but after a verb of limiting: "took United to nine league wins" may be a total after a
  // change the page gives ("had eight league wins", then a win), as "reduced the line to seven stations" is.
  assert.deepEqual(codes('The derby win took United to nine league wins.', 'United had eight league wins before the derby. On Saturday they beat City 2-1 at Old Trafford.'), []);
  assert.ok(codes('Injuries limited him to four Test appearances, all in 1893.', 'Injuries meant that he made only three Test appearances, all in 1893.').includes('number-mismatch'));
  assert.deepEqual(codes('British Rail closures in 1966 reduced the Valley Line to seven stations.', 'The Valley Line opened in 1911 with eleven stations. In 1966 British Rail closed four stations on the line.'), []);
  // A concession before ", she has" narrows nothing: "Despite two knee operations, she has won four national titles".
  assert.ok(codes('Despite two knee operations, she has won four national titles.', "Okafor has won six national titles. Despite two knee operations, she remains the country's top-ranked sprinter.").includes('number-mismatch'));
  // A place opening the count's clause that the page's count does not share: the page may count the whole.
  assert.deepEqual(codes('Outside Europe, the Castell winery ships to three countries: Japan, Canada and Brazil.', 'The Castell winery ships to twelve countries. Outside Europe, it exports to Japan, Canada and Brazil.'), []);
  // "Shorter than" is not said by "the tallest"; "taller" is, past a participle's phrase.
  const SHARD = 'Designed by Renzo Piano and completed in 2012, the Shard is the tallest building in London.';
  assert.ok(codes('No other building in London is shorter than the Shard.', SHARD).includes('unsupported-claim'));
  assert.deepEqual(codes('Completed in 2012, the Shard stands in London, and no other building in London is taller.', SHARD), []);
  // "Significant" of a result in other words the page denies; of a thing, not.
  assert.ok(warnings('Tutoring produced significant gains in final exam scores.', 'Students who received tutoring scored higher on the final exam. The gain in exam scores was not statistically significant.').some((w) => /not statistically significant/.test(w)));
  assert.deepEqual(codes('Patients lacking the enzyme responded well to the drug.', 'Patients lacking the enzyme responded well to the drug. The difference in response was not statistically significant.'), []);
});

test('a third review of these rules: its cases judged otherwise than labelled are the known ones', () => {
  // 198 cases at the rules' edges (test/fixtures/review48c-rules.json): counts after "to" and after openers, "neither …
  // nor", capitals in names and code, "far from" before nouns in -ing, superlatives of another, "significant" results.
  // Against the session's first build, faithful sentences warned 18 -> 14 and wrong ones caught 39 -> 44; the 14
  // faithful sentences still warned were warned then too. Session 59 catches three more wrong ones (nn-04, nn-06, scp-02:
  // a word the page denies only of another thing, and states plainly too, is stated plainly).
  const KNOWN = ['cap2-02', 'cap2-06', 'cap3-07', 'cl2-01', 'cl2-05', 'cl2-09', 'cl2-12', 'cl2-13', 'cl2-14', 'cl2-17', 'cl3-02', 'cl3-03', 'cl3-04', 'cl3-05', 'far2-02', 'far2-05', 'far2-09', 'far2-13', 'far3-02', 'far3-07', 'far4-03', 'far4-05', 'lw-03', 'lw-04', 'nn-01', 'nn-03', 'nn-05', 'nn-08', 'nn-11', 'nn-12', 'nn2-01', 'nn2-03', 'nn2-04', 'nn2-06', 'nn2-07', 'scp-01', 'sig2-01', 'sup2-01', 'sup2-04', 'sup2-05', 'sup2-06', 'sup3-02', 'sup3-07', 'that2-04', 'that2-06', 'that2-07', 'to2-02', 'to2-04', 'to2-10', 'to2-12', 'to2-16', 'to3-06', 'to3-15', 'to5-04'];
  assert.deepEqual(judgedOtherwise('review48c-rules.json'), KNOWN);
});
