/**
 * Session 57's rules, from the false alarms of two probes on their first run (`probe-wice53`, `probe-dev44`):
 * - a year said aloud, "two thousand and eight", is 2008 (and "ten thousand and twenty thousand" two numbers);
 * - a name a page writes as the initials of it and the words in lower case after it ("Eastern time" / "ET") is mentioned;
 * - a count the page gives as the ordinal of its last ("their 12th victory in the cup") backs "12 times" or "making it 12";
 * - (second pair, `probe-wice54`, `probe-dev45`) "no earlier edition had used it" is the page's "the first to feature it";
 *   "at under-17 level" is the page's "U-17"; a denial of a list of things is the page's "all … except" that list;
 * and from a wrong fix found on the way: a page's figure in a sentence about another name than the sentence's
 * ("Arsenal … 13 FA Cup wins" for "Manchester United have won the cup 14 times") is no fix.
 * Each rule keeps the wrong sentence caught.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedSentence, warnings } from '../helpers/oneSentence';
import { extractFigures } from '../../server/src/core/support/numbers';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));
/** The replacements the sentence's figure fixes would write. */
const fixes = (sentence: string, page: string) =>
  judgedSentence(sentence, page)
    .diagnostics.filter((d) => d.code === 'number-mismatch' && d.data?.replacement !== undefined)
    .map((d) => d.data!.replacement);

test('a year said aloud with "thousand and" is one number', () => {
  const values = (text: string) => extractFigures(text).map((f) => f.value);
  assert.deepEqual(values('the Games of two thousand and eight'), [2008]);
  assert.deepEqual(values('back in two thousand and nineteen'), [2019]);
  assert.deepEqual(values('some two thousand and five hundred people'), [2500]);
  // A magnitude as large after the "and" starts another number.
  assert.deepEqual(values('between ten thousand and twenty thousand people'), [10000, 20000]);
  assert.deepEqual(values('two thousand and twenty-five thousand'), [2000, 25000]);
  const PAGE = 'As part of this process, the IOC today announced that 16 athletes have been disqualified from the 2008 Olympic Games in Beijing, after the re-analysis of stored samples.';
  assert.deepEqual(codes('The committee has disqualified sixteen athletes from the Beijing Games of two thousand and eight, after stored samples were tested again.', PAGE), []);
  assert.ok(codes('The committee has disqualified sixteen athletes from the Beijing Games of two thousand and nine, after stored samples were tested again.', PAGE).includes('number-mismatch'));
});

test('a name the page writes as initials with the words after it is mentioned', () => {
  // (A sentence backed only weakly, where a name the page never mentions makes it unsupported.)
  const PAGE =
    'Listeners can hear The Michelle Collins Show every weekday morning from 8 am to 10 am ET starting Monday, March 5. Along with interviews with celebrity guests, newsmakers, experts, and reality TV stars, Collins also invites listeners to dial in to talk current events and dive deeper into the daily discussion.';
  const said = (zone: string) => `The show started on Monday and goes out every weekday from eight till ten in the morning, ${zone} time, and listeners are invited to call in and talk about current events.`;
  assert.deepEqual(codes(said('Eastern'), PAGE), []);
  // Another zone's name is not on the page in any form.
  const other = warnings(said('Pacific'), PAGE);
  assert.ok(other.some((w) => w.startsWith('unsupported-claim') && w.includes('never mentions "Pacific"')), other.join('\n'));
});

test('a count the page gives as the ordinal of its last is backed', () => {
  const PAGE = "Arsenal FC have a record 13 FA Cup wins to their name, with the club's most recent title coming in 2017. Hot on Arsenal’s heels is Manchester United, whose 2016 victory marked their 12th victory in the cup.";
  assert.ok(!codes('Manchester United are next, with their 2016 win making it 12.', PAGE).includes('number-mismatch'));
  assert.deepEqual(codes('Manchester United have won the cup 12 times.', PAGE), []);
  assert.ok(!codes('Manchester United have won the cup twelve times.', PAGE).includes('number-mismatch'));
  assert.ok(codes('Manchester United have won the cup 11 times.', PAGE).includes('number-mismatch'));
  // An ordinal that names one thing, not the owner's count of them ("the 12th century" is no twelve centuries).
  const CENTURY = 'The abbey church was begun in the 12th century and finished under Abbot Suger.';
  assert.ok(codes('The abbey church took 12 centuries to finish under Abbot Suger.', CENTURY).includes('number-mismatch'));
  assert.ok(codes('The abbey church was begun 12 centuries ago under Abbot Suger.', CENTURY).includes('number-mismatch'));
});

test('a page figure in a sentence about another name than the sentence\'s is no fix', () => {
  const PAGE = "Arsenal FC have a record 13 FA Cup wins to their name, with the club's most recent title coming in 2017. Hot on Arsenal’s heels is Manchester United, whose 2016 victory marked their 12th victory in the cup.";
  // Warned (the page never gives 14), but not fixed to Arsenal's 13.
  assert.ok(codes('Manchester United have won the cup 14 times.', PAGE).includes('number-mismatch'));
  assert.deepEqual(fixes('Manchester United have won the cup 14 times.', PAGE), []);
  const PLAIN = "Arsenal have won the cup 13 times, most recently in 2017. Manchester United, whose 2016 victory marked their 12th in the cup, are next.";
  assert.deepEqual(fixes('Manchester United have won the cup 14 times.', PLAIN), []);
  // A page's sentence naming no one else may be about the sentence's subject, named before: its figure is the fix.
  const POLL = 'The Pew Research Center asked Americans about trade again this spring. On all three of these questions, views have held steady since 2017, the last time the Center measured opinions on these issues.';
  assert.deepEqual(fixes('On those questions views have held steady since 2015, the last time Pew asked.', POLL), ['2017']);
  // A name of another clause than the figure's is not what the figure is of: the count is still the page's, and fixed.
  const MOSS = 'As a writer, Moss published three books. He was chairman of the Tukee Arts council from 2015.';
  assert.deepEqual(fixes('Currently the chairman of the Tukee Arts council, he has published two books as a writer.', MOSS), ['three']);
  // Arsenal's own count is still fixed to the page's.
  assert.deepEqual(fixes('Arsenal have won 14 FA Cups.', PAGE), ['13']);
  // A name in the sentence's credit is not what the figure is of: "according to the club" leaves the fix.
  const CLUB = 'The club sold 41,200 season tickets for the new campaign, a record.';
  assert.deepEqual(fixes('According to the Rovers Trust, the club sold 42,100 season tickets for the new campaign.', CLUB), ['41,200']);
});

test('"no earlier one had" is the page\'s "the first to"', () => {
  const PAGE = "The tenth edition of Concacaf's continental club championship is the first to feature the newly introduced, action-packed, home-and-away knockout format, which gives every team a chance to play in front of its home crowd.";
  assert.deepEqual(codes("It should be noted that no earlier edition of Concacaf's continental club championship had used the newly introduced home-and-away knockout format, the Competition being the tenth.", PAGE), []);
  // Of the edition the page says it of, the denial is still the opposite.
  assert.ok(codes("The tenth edition of Concacaf's continental club championship did not use the newly introduced home-and-away knockout format.", PAGE).includes('unsupported-claim'));
});

test('an age group said in full is the page\'s "U-17"', () => {
  const PAGE = 'Sixteen players on the roster have represented the USA in a FIFA Women\'s World Cup at the U-17 level, U-20 level or both.';
  assert.deepEqual(codes('Sixteen of the players have already played for the USA at a FIFA Women\'s World Cup at under-17 or under-20 level, or both.', PAGE), []);
  assert.ok(codes('Sixteen of the players have already played for the USA at a FIFA Women\'s World Cup at under-15 or under-20 level, or both.', PAGE).includes('number-mismatch'));
});

test('a denial of a list of things is the page\'s "all … except" that list', () => {
  const PAGE = 'On heating, oxygen reacts with all of the transition elements except palladium, platinum, silver, and gold. The oxides of these latter metals can be formed using other reactants, but they decompose upon heating.';
  assert.deepEqual(codes('Palladium, platinum, silver and gold are the transition elements that oxygen does not react with when heated.', PAGE), []);
  // Not a list of which the page excepts only some.
  assert.ok(codes('Iron, copper, silver and gold are the transition elements that oxygen does not react with when heated.', PAGE).includes('unsupported-claim'));
});

test('a name with a word after it is no "3 PM" or "US" of the page', () => {
  const PAGE = 'The council meets at 3 PM on Tuesdays, and US observers attend. The session is broadcast live.';
  const unmentioned = (sentence: string) => judgedSentence(sentence, PAGE).diagnostics.some((d) => d.message.includes('never mentions "Paris"'));
  assert.ok(unmentioned('The Paris mayor attends the council session on Tuesdays.'));
  const ursula = judgedSentence('The council meets on Tuesdays, Ursula said, and the session is broadcast live.', PAGE).diagnostics;
  assert.ok(ursula.some((d) => d.message.includes('"Ursula"')), ursula.map((d) => d.message).join('\n'));
});
