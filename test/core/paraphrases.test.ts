/**
 * Faithful sentences that two probes (writers paraphrasing long web pages) found warned, each in
 * the shape it was found, with the page reduced to a few sentences in our own words; and the
 * wrong sentences next to them that must still be caught. Each rule is an English one: a figure's
 * scale written once for a range, a unit glued to a number, "no more than", number words of two
 * parts, "the following year", a dateline's "13 Sep 2017", "American" for the United States, and
 * negations said in other words ("will not stay" / "will leave", "none since" / "the first since",
 * "not counting", "without …, … would", "less in X than in Y").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, wordNumbers, decadeYears, backsFigure, unitAfter } from '../../server/src/core/support/numbers';
import { writtenDates } from '../../server/src/core/support/dates';
import { negationScope } from '../../server/src/core/support/features';
import { stem } from '../../server/src/core/text';
import { parseDraft } from '../../server/src/core/draft/parseDraft';
import { claimFor } from '../../server/src/core/claims';
import { warnings, expectWarned } from '../helpers/oneSentence';

/** Whether a one-sentence draft gets the confident "states the opposite" warning. */
const opposite = (sentence: string, page: string) => warnings(sentence, page).some((w) => /^unsupported-claim: .*opposite/.test(w));

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.approx ?? '']);

test('a scale written once after a range belongs to both ends; a hyphen before a scale joins it', () => {
  assert.deepEqual(figures('sales of $50 to $100 million a year'), [
    ['$50', 50e6, ''],
    ['$100 million', 100e6, ''],
  ]);
  assert.deepEqual(figures('between 3 and 5 billion people'), [
    ['3', 3e9, ''],
    ['5 billion', 5e9, ''],
  ]);
  assert.deepEqual(figures('records sold in excess of 10-million'), [['10-million', 10e6, 'over']]);
  // A year before "and" is no range's first end, nor is a number past a thousand.
  assert.deepEqual(figures('in 2019 and 12 million in 2020'), [
    ['2019', 2019, ''],
    ['12 million', 12e6, ''],
    ['2020', 2020, ''],
  ]);
  const page = 'The founder told us the business now takes in somewhere from $50 to $100 million per year.';
  assert.deepEqual(warnings('The founder says revenue is between $50 million and $100 million a year.', page), []);
  assert.ok(warnings('The founder says revenue is between $60 million and $100 million a year.', page).some((w) => w.startsWith('number-mismatch')));
});

test('a unit glued to a number is read, and "no more than" is at most', () => {
  assert.deepEqual(figures('weighing no more than 180g.'), [['180', 180, 'under']]);
  assert.deepEqual(figures('it is 20cm long and not less than 5kg'), [
    ['20', 20, ''],
    ['5', 5, 'over'],
  ]);
  // Not a letter that makes a name or a scale of its own.
  assert.deepEqual(figures('a 3D film, 4G phones and COVID-19'), []);
  const page = 'These marsupials are small: from 12 to 20cm long and weighing no more than 180g.';
  assert.deepEqual(warnings('They weigh no more than 180 grams.', page), []);
  // "Less than" where the page says "more than" the same number is not backed.
  const [less] = extractFigures('at depths of less than 10 kilometres');
  const [more] = extractFigures('at a depth of more than 10km');
  assert.equal(backsFigure(less, more), false);
  assert.equal(backsFigure(more, more), true);
});

test('number words of two parts, and decades said in words, back the numbers they are', () => {
  assert.deepEqual(wordNumbers('she was twenty-two, thirty years younger'), [22, 30]);
  assert.deepEqual(wordNumbers('seventy nine; more than three decades ago; a decade'), [79, 3]);
  assert.deepEqual(decadeYears('seventy nine; more than three decades ago; a decade'), [30, 10]);
  assert.deepEqual(warnings('He married Julia Gardiner when she was 22.', 'In 1844 he married Julia Gardiner. Julia was twenty-two at the time.'), []);
  assert.deepEqual(warnings('His ties to Hollywood began more than 30 years earlier.', 'His ties to Hollywood began more than three decades ago, when he bought the studio.'), []);
  assert.deepEqual(warnings('It ended a 20-year career at the studio.', 'It ended a career of two decades at the studio.'), []);
  // Decades back a number of years only: "two decades" on the page is no "20 miles" (found by a fifth probe's wrong sentence).
  const exile = 'For two decades the duke kept his seat on the council. In 1450 the king ordered him kept at least 12 miles from the court.';
  assert.ok(warnings('In 1450 the king ordered the duke kept at least 20 miles from the court.', exile).some((w) => w.startsWith('number-mismatch')));
});

test('"the following year" gives the year after the one named before it', () => {
  const page =
    'He was first arrested by campus police in 1991.\n\nHe was arrested again the following year, when officers answered a call about a disturbance at his flat.';
  assert.deepEqual(warnings('A year later, in 1992, officers answering a call about a disturbance at his flat arrested him again.', page), []);
  assert.ok(warnings('In 1993, officers answering a call about a disturbance at his flat arrested him again.', page).some((w) => w.startsWith('number-mismatch')));
  // Not across a heading, nor past another year named between.
  const other = 'He was first arrested in 1991.\n\n## Later life\n\nHe moved abroad the following year.';
  assert.ok(warnings('He moved abroad in 1992.', other).some((w) => w.startsWith('number-mismatch')));
});

test('a dateline\'s "13 Sep 2017" is a date, and its month is the sentence\'s', () => {
  assert.deepEqual(
    writtenDates('13 Sep 2017 / staff; Sep 13, 2017; Mar 5 alone').map((d) => [d.month, d.day, d.year]),
    [
      [9, 13, 2017],
      [9, 13, 2017],
    ],
  );
  const page = 'Cities are planting trees to cool streets.\n\n13 Sep 2017\n\nLeanna Garfield\n\nIn a letter published June 28, scientists warned of rising heat.';
  assert.deepEqual(warnings('The article, by Leanna Garfield, was published on September 13, 2017.', page), []);
});

test('"American" is held by a page that says "United States"', () => {
  const page = 'Most of the loans are borrowings made by the two United States owners, Tom Hicks and George Gillett, to buy the club.';
  assert.deepEqual(warnings('The loans came from borrowing by the American owners, Tom Hicks and George Gillett, to buy the club.', page), []);
  // Another people is still another name.
  assert.ok(warnings('The loans came from borrowing by the Canadian owners, Tom Hicks and George Gillett, to buy the club.', page).length > 0);
});

test('a negation said in other words by the page is no contradiction', () => {
  // An opposite of the denied word: "will not stay on" / "will leave".
  const leaving = 'The 31-year-old will leave her post as managing director of Sky Networks at the end of June.';
  assert.deepEqual(warnings('She will not stay on at Sky Networks beyond the end of June.', leaving), []);
  // "None since" / "the first since".
  const first = 'For the first time since Bobby Fischer captivated the country, an American grandmaster has a shot at the world title.';
  assert.deepEqual(warnings('No American had had a shot at the world title since Bobby Fischer.', first), []);
  // "Without X, Y would": the page presupposes X.
  const team = 'Kaile said that without the 12-strong team in place, the government would be giving criminals free rein.';
  assert.deepEqual(warnings('The unit has a team of 12.', team), []);
  assert.equal(negationScope('Without the team in place, criminals would roam free.').sentential, false);
  assert.equal(negationScope('The bridge opened without a ceremony.').sentential, true);
  // "Not counting" sets aside, it denies nothing.
  assert.equal(negationScope('It costs $79, not counting shipping.').sentential, false);
  // "Less in X than in Y" sets X aside, as the page's "not in X but in Y" does.
  const significance = "Harrison's significance does not lie in his brief term in office, but rather in the campaign techniques designed by his party.";
  assert.deepEqual(warnings("Harrison's significance lies less in his brief term than in the campaign techniques his party designed.", significance), []);
});

test('the denials these rules leave alone are still caught', () => {
  const leaving = 'The 31-year-old will leave her post as managing director of Sky Networks at the end of June.';
  assert.ok(warnings('She will not leave her post at Sky Networks at the end of June.', leaving).some((w) => w.startsWith('unsupported-claim')));
  const first = 'For the first time since Bobby Fischer captivated the country, an American grandmaster has a shot at the world title.';
  assert.ok(warnings('An American grandmaster does not have a shot at the world title.', first).some((w) => w.startsWith('unsupported-claim')));
  assert.equal(negationScope('It does not include shipping.').sentential, true);
});

test('a "no" on the object of the sentence\'s own verb is the opposite of the sentence (found by a probe\'s wrong sentences)', () => {
  const page = 'The state toxics department determined in May that the site poses no risk to those who study or work there.';
  assert.ok(warnings('The state toxics department determined that the site poses a risk to those who study or work there.', page).some((w) => /^unsupported-claim: .*opposite/.test(w)));
  assert.ok(warnings('The department found that the site poses a significant risk to students.', 'The department found that the site poses no significant risk to students.').some((w) => /opposite/.test(w)));
  // Said alike, or of another verb: no contradiction.
  assert.deepEqual(warnings('The state toxics department determined that the site does not pose a risk to those who study or work there.', page), []);
  assert.ok(!warnings('The state toxics department found in May that the site is safe for those who study or work there.', page).some((w) => /opposite/.test(w)));
});

test('a measure after a name ("Abramovich\'s 553-foot Eclipse") is a figure, checked like any other (found by a probe\'s wrong sentences)', () => {
  assert.deepEqual(figures("Abramovich's 553-foot Eclipse"), [['553', 553, '']]);
  // A name's own number is still none: "Microsoft 365", "Boeing 737".
  assert.deepEqual(figures('Microsoft 365 and Boeing 737 jets'), []);
  const page = "The yard launched the largest private yacht, passing the record holder, Roman Abramovich's 533-foot Eclipse.";
  const wrong = warnings("The yacht passed the record holder, Roman Abramovich's 553-foot Eclipse.", page);
  assert.ok(wrong.some((w) => w.startsWith('number-mismatch') && w.includes('533')), wrong.join('\n'));
  assert.deepEqual(warnings("The yacht passed the record holder, Roman Abramovich's 533-foot Eclipse.", page), []);
});

test('more of a second round of probes: times of day, hyphenated bounds, "-less", "--", "no matter", "free"', () => {
  // "0400 hours" is the hour "4 a.m." says (a time is still a figure: "8 p.m." against "7 p.m." is wrong).
  assert.deepEqual(figures('launched around 0400 hours, and at 1600 hours'), [
    ['0400', 4, 'about'],
    ['1600', 4, ''],
  ]);
  assert.ok(warnings('The polls closed at 8 p.m. on Tuesday.', 'The polls closed at 7 p.m. on Tuesday.').some((w) => w.startsWith('number-mismatch')));
  assert.deepEqual(warnings('The attack began at around 4 a.m. on December 26.', 'The attack was launched around 0400 hours, 26 December 1944.'), []);
  // A bound inside a hyphenated phrase: "the more-than-3,500-mile trek".
  assert.deepEqual(figures('the more-than-3,500-mile trek'), [['3,500', 3500, 'over']]);
  // "Nearly 300,000" and "over 297,000" allow the same numbers; "less than 10" and "more than 10" do not.
  const [nearly] = extractFigures('nearly 300,000 participants');
  const [over] = extractFigures('over 297,000 participants');
  assert.equal(backsFigure(nearly, over), true);
  assert.deepEqual(warnings('The program has served nearly 300,000 participants.', 'The program has served over 297,000 participants nationally.'), []);
  // "Did not win" / "winless".
  assert.deepEqual(warnings('South Africa did not win a group match and were outscored 8-1.', 'South Africa was winless in group play and outscored 8-1.'), []);
  // A negation before "--" ends there: "don't much act anymore--… --they nonetheless pocketed".
  const twins = 'Though the duo do not much act anymore--one makes a brief cameo in a recent film--they nonetheless pocketed a combined $40 million last year.';
  assert.deepEqual(warnings('The twins pocketed a combined $40 million last year.', twins), []);
  // "No matter how active" and "regardless of how active" deny nothing.
  assert.equal(negationScope('Residents should have a plan every year no matter how active a season is expected.').sentential, false);
  // "Without charge" / "free".
  assert.deepEqual(warnings('The studio gives vloggers production resources without charge.', 'The studio offers vloggers free production resources.'), []);
  // "Has not been named" / "whose name hasn't been released".
  assert.deepEqual(warnings('The homeowner, 28, has not been named.', "The 28-year-old homeowner, whose name hasn't been released, called the police."), []);
  // A single capital letter is no name: "M\*A\*C" against the page's "MAC".
  assert.deepEqual(warnings('She launched a M\\*A\\*C Cosmetics collection in 2014.', 'She launched a collection of MAC Cosmetics in 2014.'), []);
});

test('a sentence is not cut after a time opening it or an exclamation mark inside a name', () => {
  const claim = (text: string) => {
    const m = parseDraft(`${text}\n\n[1]: ../sources/p.md\n`);
    return claimFor(m, m.citations[0]).text;
  };
  assert.equal(claim('At 9 a.m. Fox reported that the storm had passed [1].'), 'At 9 a.m. Fox reported that the storm had passed.');
  // "Bros." may end a sentence: what follows a marker is another claim.
  assert.equal(claim('The film was produced by Warner Bros. [1] It later grossed $412 million.'), 'The film was produced by Warner Bros.');
  assert.equal(claim("She joined E!'s Fashion Police in 2014 [1]."), "She joined E!'s Fashion Police in 2014.");
  // A sentence that does end is still one.
  assert.equal(claim('It rained all day. Then it stopped [1].'), 'Then it stopped.');
});

test('what the second round\'s rules first broke, found by running the first round\'s drafts again', () => {
  // "No." of a number is no "no" on an object: "ranked No.1" in the sentence and on the page.
  const clijsters = "Clijsters achieved something no other woman has ever done - she's the only player in WTA history to be ranked No.1 as a mother.";
  assert.deepEqual(warnings('Clijsters is the only player in WTA history to be ranked No.1 as a mother.', clijsters), []);
  // The sentence's own "Without X, …, … would" denies nothing, part by part either.
  const team = 'Kaile said that without the 12-strong team in place, the government would be giving criminals free rein to exploit wildlife.';
  assert.deepEqual(warnings('Without the 12-strong team, Kaile said, criminals would have free rein to exploit wildlife.', team), []);
  // The minutes of a clock's time are kept on both sides: "3:30 a.m." backs "3:30 in the morning", "3:17" backs "3 minutes 17 seconds".
  assert.deepEqual(figures('gathering at 3:30 a.m. there'), [
    ['3', 3, ''],
    ['30', 30, ''],
  ]);
  assert.deepEqual(warnings('Fans began gathering at 3:30 in the morning.', 'The fans started gathering at 3:30 a.m. along the route.'), []);
  assert.deepEqual(warnings('The Penguins have led for a combined 3 minutes 17 seconds in the series.', 'The Penguins have had the lead twice in the series for a combined 3:17.'), []);
});

test('a review\'s cases: what these rules must not do', () => {
  // A percentage or an age before a scaled figure takes no scale from it.
  assert.deepEqual(warnings('Profit rose 15% to $2.3 billion in 2019.', 'The company reported a profit of $2.3 billion in 2019, up 15% on the year before.'), []);
  assert.deepEqual(figures('He was 18 and 2 million people voted'), [
    ['18', 18, ''],
    ['2 million', 2e6, ''],
  ]);
  // A page that says both: no contradiction from its "no".
  assert.deepEqual(warnings('The audit found evidence of negligence.', 'The audit found no evidence of fraud but found evidence of negligence in the accounts.'), []);
  // "Less in X than in Y" after a verb of change compares; it denies nothing.
  assert.deepEqual(warnings('Unemployment fell less in Texas than in California last year.', 'Unemployment fell less in Texas than in California last year.'), []);
  assert.equal(negationScope('Unemployment fell less in Texas than in California.').sentential, false);
  // A hyphen joins only a scale in words: "5-k" is a race.
  assert.deepEqual(figures('ran a 5-k race'), [['5', 5, '']]);
  // "Under-21" is a side's name, not a bound.
  assert.ok(warnings('He played for the under-23 side.', 'He played for the under-21 side last season.').some((w) => w.startsWith('number-mismatch')));
  // Wrong sentences these rules must still leave warned.
  assert.ok(warnings('The band did not win the Grammy.', 'The band won the Grammy not once but twice.').some((w) => /opposite/.test(w)));
  assert.ok(warnings('She will not remain chief executive.', 'She will remain chief executive, denying reports that she would leave.').some((w) => /opposite/.test(w)));
  assert.ok(warnings('The outcome matters to most voters.', 'The outcome does not matter to most voters.').some((w) => /opposite/.test(w)));
  assert.ok(warnings('The company has not posted a loss since 2015.', 'The company posted its first loss since 2015 this quarter.').some((w) => /opposite/.test(w)));
  assert.ok(warnings('He married in 1992.', 'He was arrested in 1991 with $2,000 in cash. He moved to Ohio in 1995 and married the following year.').some((w) => w.startsWith('number-mismatch')));
  assert.equal(negationScope('The tower was built without government approval, and regulators said it could be closed.').sentential, true);
});

test('a third round of probes: numbers a page writes in its own way back the sentence', () => {
  // A number opening a sentence or a line after a capitalised word ends no name ("… in central London. 4,000 fans").
  assert.deepEqual(figures('The party is in central London. 4,000 fans are expected.'), [['4,000', 4000, '']]);
  assert.deepEqual(figures('THE ROSTER\n\n2016-17 Team'), [['2016', 2016, ''], ['17', 2017, '']]);
  assert.deepEqual(figures('at the Battle of Trafalgar AD 1805.'), [['1805', 1805, '']]);
  // "No. 5" and "Boeing 737" stay names' numbers.
  assert.deepEqual(figures('the No. 5 seed flew Boeing 737 jets'), []);
  // "'94" is a year; "the '60s" a decade.
  assert.deepEqual(figures("From about '94 to '98 we ran a company, as in the '60s."), [["'94", 1994, ''], ["'98", 1998, '']]);
  // "a week and a half of" is no share; "two/thirds of" is.
  assert.deepEqual(figures('paid for a week and a half of reshoots'), []);
  assert.deepEqual(figures('paid two/thirds of the cost'), [['two/thirds', 66.7, 'about']]);
  const club = 'The club was founded long ago. Penarth Windsor 51 (1) Whitchurch 103 (13). Caps went to Anne Smith 1999 – 2003. With 3m copies sold worldwide, the album was a hit.';
  assert.deepEqual(warnings('Anne Smith played for the team from 1999 to 2003.', club), []);
  assert.deepEqual(warnings('The club beat Penarth Windsor 103 to 51.', club), []);
  assert.deepEqual(warnings('The album sold 3 million copies worldwide.', club), []);
  // The number after a name the sentence does not have backs nothing; nor does the name the sentence writes with the number.
  assert.ok(warnings('Anne Jones played for the team from 1999 to 2001.', club).some((w) => w.startsWith('number-mismatch') && w.includes('1999')));
  assert.ok(warnings('The album sold 4 million copies worldwide.', club).some((w) => w.startsWith('number-mismatch')));
  assert.ok(warnings('In 2001, the club signed Manifesto 2001.', 'The club signed Manifesto 2001 in a hurry.').some((w) => w.startsWith('number-mismatch') && w.includes('2001')));
});

test('a third round of probes: negations the page says in its own way are no opposite', () => {
  // A negated infinitive is a negation ("tend not to be", "chose not to accept", "wanted … not to be"); "not to mention" is none.
  assert.ok(!opposite('Redbacks are not usually aggressive unless their nest is disturbed.', 'Redback spiders tend not to be aggressive unless their nest is disturbed. They live in dry places.'));
  assert.ok(!opposite('She said she did not want her acting to be up to an editor.', 'On the stage, she said, "I wanted my acting not to be up to an editor."'));
  // A negation said with "refusing", "closed", "first", "the most" or a reflexive of who did it.
  assert.ok(!opposite('On the last lap the leader would not let his rival pass.', 'On the last lap the leader weaved in front, refusing to allow his rival to pass.'));
  assert.ok(!opposite('The training camp is not open to the public.', 'The training camp is closed to the public.'));
  assert.ok(!opposite('Gas lamps lit the hall; electricity was not connected to the hall until 1978.', 'In 1978 electricity was connected to the hall for the first time; until then gas lamps lit it.'));
  assert.ok(!opposite('The city had never assigned a bus number in the 700 block before the 747.', 'The 747 is the first number the city has assigned in the 700 block.'));
  assert.ok(!opposite('No label has won more prizes for cast albums than Decca.', 'Decca has won the most prizes for cast albums of any label.'));
  assert.ok(!opposite('The architect did not finish the beach restaurant himself.', 'The architect designed the beach restaurant (later finished by two other firms).'));
  // Another sentence of the page says the negation alike, though the closest in words states the rest plainly.
  assert.ok(!opposite('After Buckles died, no US veterans of the Great War were left alive.', 'Buckles was one of four million Americans who served in the Great War.\n\nHe farmed in West Virginia for decades and spoke at schools.\n\nHe died in 2011. With his death, there are no more surviving US veterans of that war.'));
  // A phrase opening the sentence is no statement of its own; a clause without a comma before its subject is its own.
  assert.ok(!opposite('During his first year of making beats, he did not play them for rappers.', 'I wouldn\'t even play beats for rappers the first year I made them.'));
  assert.ok(!opposite('The club welcomed new players because it did not have enough members.', 'As there were not enough members in the club they welcomed new players.'));
  // A contract given is no contract offered: the part says neither.
  assert.ok(!opposite('Silva was the only player from the Division Two squad in Namibia not offered a contract.', 'Most of those who made up the Division Two squad in Namibia have been given three-month contracts.\n\nThe board met in June.\n\nThe only player not offered a contract from that squad was Silva.'));
  // The denials these leave alone are still caught.
  assert.ok(opposite('The training camp is not open to the public.', 'The training camp is open to the public every day.'));
  assert.ok(opposite('The architect did not finish the beach restaurant.', 'The architect finished the beach restaurant in 2004.'));
  assert.ok(opposite('Redbacks are not aggressive.', 'Redbacks are aggressive.'));
});

/** A review of the third round's rules: faithful sentences they must not warn on, wrong ones they must not let through (each page in one or two sentences). */
const REVIEWED: [string, string, string, boolean][] = [
  ["C1-dozen","The city bought a dozen new buses in March to replace eight older buses that had run since 1998.\n\nThe new vehicles run on electricity.","The city bought twelve new buses in March.",false],
  ["C2-sum","The city bought eight buses in March and four in June.\n\nAll of them run on electricity.","The city bought twelve buses in March and June.",false],
  ["C3-seed","Golden State enters the playoffs as the No. 3 seed in the West, one spot behind Denver, the second seed.","Golden State enters the playoffs as the third seed in the West.",false],
  ["C4-years","Jones served on the council from 2008 to 2020, including three years as mayor.","Jones served twelve years on the council.",false],
  ["C5-again","Rovers won the cup for the first time in 2019. On Saturday they won the cup again, the fifth time they had reached the final.","Saturday was the second time Rovers had won the cup.",false],
  ["G5","The central bank held off raising interest rates in May.","The central bank decided not to raise interest rates in May.",false],
  ["G7","Doctors advised the player against travelling with the team to Madrid.","Doctors advised the player not to travel with the team to Madrid.",false],
  ["W1-score","Final score: Cardiff 28 Newport 14.\n\nCardiff ran in four tries at the Arms Park on Saturday.","Newport scored 28 points against Cardiff at the Arms Park.",true],
  ["W2-100m","Bolt won the 100m final in Berlin in a world record time.","Bolt's final in Berlin was watched by 100 million people.",true],
  ["W3-3m","The new 3m sea wall protects about 40,000 people in the town.","The new sea wall protects 3 million people.",true],
  ["W4-737","Boeing delivered 380 planes in 2019, most of them Boeing 737 jets.","Boeing delivered 737 planes in 2019.",true],
  ["W5-most","Most analysts agreed that the company spent more on research than on marketing last year.","The company did not spend more on research than on marketing last year.",true],
  ["W6-itself","The president attended the Geneva summit and met the Russian leader there.","The president did not attend the Geneva summit itself.",true],
  ["W9-until","The band first toured Europe in support of their debut album.","The band did not tour Europe until after their second album.",true],
  ["F1-quote20","He called the television appearance his 20 minutes of fame.","He called the television appearance his '20 minutes of fame'.",false],
  ["W11-third","The chief executive and half of the board resigned on Monday.","The chief executive and a third of the board resigned on Monday.",true],
  ["W11b-twothirds","The chief executive and half of the board resigned on Monday.","The chief executive and two-thirds of the board resigned on Monday.",true],
  ["W12-alike","Smith won the title in 2019 after a close final race.\n\nThe team spent the winter rebuilding the car. Engineers worked through the holidays and the factory added a new wind tunnel.\n\nSponsors returned in the spring, and the budget grew by a quarter.\n\nJones did not win the title in 2019 despite leading for most of the season.","Smith did not win the title in 2019.",true],
  ["W16-tokyo","The Tokyo 2020 Olympics were held in the summer of 2021 after a year's delay caused by the pandemic.","The Tokyo Olympics were held in the summer of 2020.",true],
  ["W17-euro","England reached the final of Euro 2020, which was played in 2021, and lost to Italy on penalties.","England lost the Euro final to Italy on penalties in 2020.",true],
  ["C6-months","He spent a year and a half in prison, including six months in solitary confinement.","He spent eighteen months in prison.",false],
  ["C7-new","The council opened a trio of new libraries this year, two new branches and a rebuilt central library.","The council opened three new libraries this year.",false],
  ["C7b-new","This year the council opened new libraries in Leeds, York and Hull, as well as two new swimming pools.","This year the council opened three new libraries.",false],
  ["C8-fare","Since January, passengers on the city's dozen bus routes have paid £2 bus fares.","Passengers on the city's twelve bus routes pay the same fare.",false],
  ["W18-quote","The mayor said: '25 homes were flooded overnight and more are at risk.'","The mayor said homes were flooded overnight in 2025.",true],
  ["W19-nearly","Nearly 500 people attended the rally, most of them students.","Over 500 people attended the rally, nearly all of them students.",true],
];

test('a review of the third round: faithful sentences stay clean, wrong ones stay warned', () => {
  expectWarned(REVIEWED);
});

test('more of the third round: plurals, peoples, "failed to", "no mention", questions, "last", voice, fixes that would change the measure', () => {
  // A name in the plural, a people by its "-stan" country.
  assert.deepEqual(warnings('In 2011 the Anglican, Lutheran and Methodist churches together had 8,520 Indian members.', 'In 2011 there were 8,520 Indian members of three churches, the Anglican Church, the Lutheran Church and the Methodists.'), []);
  assert.ok(!warnings('Kazakh weightlifter Vladimir Sedov tested positive for stanozolol.', 'Vladimir Sedov, 28, of Kazakhstan, a weightlifter, tested positive for stanozolol.').some((w) => w.startsWith('unsupported-claim')));
  // "Half of" for a page's "half wanted"; not for "the second half".
  assert.deepEqual(warnings('In a recent survey, half of Russians wanted the troops home.', 'In a recent survey, half wanted Russian troops home.'), []);
  assert.ok(warnings('Half of Russians wanted the troops home.', 'A third of Russians wanted the troops home in the second half of the year.').some((w) => w.startsWith('number-mismatch')));
  // Negations: "failed to" and "did not"; "made no mention" alike; a question states nothing; "last … in" is "not … since".
  assert.ok(!opposite('The DNA sample failed to narrow down the search.', 'The DNA sample did not narrow down their search.'));
  assert.ok(!opposite('The producer made no mention of the snub.', 'He thanked his family and made no mention of the snub.'));
  assert.ok(!opposite('Giller did not hold any offices at the fraternity.', 'Did you hold any offices at the fraternity?\n\nNo, for me chemistry was very hard.'));
  assert.ok(!opposite('Mendis had not played a one-day international since the 2015 World Cup.', 'He last played a one-day international in the 2015 World Cup.'));
  // The claim's subject undergoing what the page's subject does to others.
  assert.ok(!opposite('In their only loss, the Mets were not shut out.', 'The Mets have shut out their three chief rivals a total of 11 times.'));
  assert.ok(opposite('The Mets were not shut out in the final game.', 'The Mets were shut out in the final game.'));
  // A year glued to the next word by a page's layout.
  assert.deepEqual(figures('30 JAN 2019NewsVideo'), [['2019', 2019, '']]);
  // A difference or a rate is no fix for an amount.
  const shutouts = warnings('The staff had two more shutouts than the rivals, 24 against 22.', 'The staff raised their season total to 24 shutouts, 2 more than the rivals have.');
  assert.ok(shutouts.some((w) => w.startsWith('number-mismatch') && !w.includes('gives "2"')), shutouts.join('\n'));
  const canyon = warnings('The fifteen miles through the canyon cost about $2.5 million.', 'Building the railroad through the canyon cost $165,000 a mile.');
  assert.ok(canyon.some((w) => w.startsWith('number-mismatch') && !w.includes('gives')), canyon.join('\n'));
});

test('a sixth and seventh probe: "whether or not", "omissions", a title\'s "No", "aimed at", "instead of" told as a change, "there", names in short', () => {
  assert.ok(!opposite('Racing always takes place in split-screen mode, even when there is no second player.', 'Racing always takes place in split-screen mode, regardless of whether or not there\'s a second player.'));
  assert.ok(!opposite('There will be no closing night film this year.', 'Among the conspicuous omissions was a closing night film this year.'));
  assert.ok(!opposite('At that stage the film was called No Worries.', 'At that point, the film was called No Worries, one of several names used.'));
  assert.ok(!opposite('The coalition has failed to oust the rebels or to restore the government.', 'In 2015 the coalition launched a campaign aimed at ousting the rebels and restoring the government.'));
  assert.ok(!opposite('Amazon Studios will release the film instead of Sony Pictures Classics.', 'The film will be released by Amazon Studios (rather than the director\'s usual distributor, Sony Pictures Classics).'));
  assert.ok(!opposite('Board members will be elected by Congress instead of the Council.', 'Board members shall be elected by Congress (old: Council).'));
  assert.ok(!opposite('Amending the statute now requires a two-thirds majority instead of 75%.', 'Reduction from a super majority (75%) to a qualified majority of two thirds for amending the statute.'));
  assert.ok(!opposite('The new film will definitely not be at Cannes because it is not finished.', 'Several films that critics hoped to see in Cannes will definitely not be there, including the new film, which is not done.'));
  assert.ok(!opposite('Without the certification, Saudi Arabia and the U.A.E. would have lost American aerial refueling.', 'Without that certification, they would lose the aerial refueling services provided by the United States.'));
  // Another sentence denying alike, after an interjection or with a people's adjective before its negation.
  assert.ok(!opposite('Thorpe did not find the blank space scary.', '### A blank space can be quite scary after a decade of noise.\n\nYeah, but I didn\'t find it scary - I found it peaceful.'));
  assert.ok(!opposite('Puiu had never been in competition at Cannes before this year.', 'The lineup has two Romanian films in competition at Cannes this year, one by Puiu.\n\nThe revered Romanian filmmaker has remarkably never been in competition at Cannes; his earlier films premiered elsewhere.'));
  // Names in short, in the plural of an acronym, glued to a number by a page's layout.
  assert.deepEqual(warnings('The singers came from the southern United States.', 'The singers came from the southern USA.'), []);
  assert.deepEqual(warnings('She died at St Helen Hall in County Durham.', 'She died at St Helen Hall, St Helen Auckland, Co Durham.'), []);
  assert.deepEqual(warnings('The school was ranked among the most affordable MBAs in project management.', 'The school ranked among the Most Affordable MBA in Project Management.'), []);
  assert.ok(!warnings('Ken Horowitz reviewed the game on October 10, 2011.', 'October 10, 2011 at 8:00 amKen Horowitz0 comments\n\nThe game is a fine review subject.').some((w) => /has "Horowitz"/.test(w)));
  // Still caught: a contrast the page does not make, a real denial.
  assert.ok(opposite('The film will be released by Sony instead of Amazon Studios.', 'The film will be released by Amazon Studios, its first with the studio.') || warnings('The film will be released by Sony instead of Amazon Studios.', 'The film will be released by Amazon Studios, its first with the studio.').length > 0);
  assert.ok(opposite('The coalition did not launch a bombing campaign in 2015.', 'In 2015 the coalition launched a bombing campaign against the rebels.'));
});

/** A second review: faithful sentences the rules must not warn on, wrong ones they must not let through (a page's open count, "more than 20", backs and contradicts nothing). */
const REVIEWED_AGAIN: [string, string, string, boolean][] = [
  ["c-halfdozen","The transit agency has modified half a dozen buses for the airport route. The route opens on Monday.","The transit agency has modified six buses for the airport route.",false],
  ["c-twodozen","The transit agency has modified two dozen buses for the airport route. The route opens on Monday.","The transit agency has modified twenty-four buses for the airport route.",false],
  ["c-threedozen","Police arrested three dozen protesters outside the parliament building on Tuesday.","Police arrested thirty-six protesters outside the parliament building on Tuesday.",false],
  ["c-channel4","Channel 4 journalists Alex Thomson and Jonathan Miller were detained in Syria last week.","Two journalists from Channel 4 were detained in Syria last week.",false],
  ["c-formula1","Both Formula 1 drivers escaped injury in the crash at Monza on Sunday.","Two drivers escaped injury in the crash at Monza on Sunday.",false],
  ["c-top10","Both of her Top 10 singles came from the album, which was released in 1998.","She had two singles in the Top 10, both from the album released in 1998.",false],
  ["c-sum2","The city bought eight buses in March.\n\nIn June the city bought four more electric buses.","The city bought twelve buses in March and June.",false],
  ["k-andlist","The transit agency operates 40 buses in the city and 12 buses at the airport.","The transit agency operates fifty-two buses in the city and at the airport.",false],
  ["k-andlist2","The charity runs 40 shops in England and 12 shops in Wales.","The charity runs fifty-two shops in England and Wales.",false],
  ["k16","The company operates 40 stores in the UK and 12 stores in Ireland.","The company operates fifty-two stores in the UK and Ireland.",false],
  ["c-lost8","The team won 12 of its 20 games this season and drew none of them.","The team lost eight games this season.",false],
  ["k8","The company closed a third of its 30 stores last year, leaving 20 stores open.","The company closed ten stores last year.",false],
  ["k10","Police have charged a third man over the attack; 2 men were charged last week.","Police have charged three men over the attack.",false],
  ["f-missed","The company missed its annual sales target for the third year running, the chief executive said.","The company failed to meet its annual sales target for the third year running.",false],
  ["f-shortmaj","The bill fell three votes short of a majority in the Senate on Thursday.","The bill failed to win a majority in the Senate on Thursday.",false],
  ["f-orbit","The rocket exploded two minutes after launch, before reaching orbit.","The rocket failed to reach orbit.",false],
  ["f-qualify","Italy missed out on qualification for the World Cup after losing to North Macedonia.","Italy failed to qualify for the World Cup after losing to North Macedonia.",false],
  ["f-quorum","The meeting was abandoned after too few members turned up to make a quorum.","The meeting failed to reach a quorum and was abandoned.",false],
  ["f-target2","Sales fell short of the company's target of 2 million cars for the year.","The company failed to reach its sales target of 2 million cars for the year.",false],
  ["n-unmentioned","The layoffs went unmentioned in the company's annual statement to shareholders.","The company's annual statement to shareholders made no mention of the layoffs.",false],
  ["n-silent","The annual statement was silent on the layoffs announced in March.","The annual statement made no mention of the layoffs announced in March.",false],
  ["n-ignored","The minister's speech ignored the hospital closures entirely.","The minister's speech made no mention of the hospital closures.",false],
  ["t-tried","The club tried not to sell its best players, but sold two of them in January.","The club sold two of its best players in January.",false],
  ["q-quote-of","The committee accused ministers of 20 years of failure on housing.","The committee accused ministers of '20 years of failure' on housing.",false],
  ["q-quote-to","The report pointed to 30 years of underinvestment in the railways.","The report pointed to '30 years of underinvestment' in the railways.",false],
  ["q-quote-and","The chairman promised a new stadium and 50 more matches a season.","The chairman promised a new stadium and '50 more matches a season'.",false],
  ["c-nearlydozen","The transit agency has modified nearly a dozen buses for the airport route. The route opens on Monday.","The transit agency has modified eleven buses for the airport route.",false],
  ["c-morethan","The transit agency has modified more than 20 buses for the airport route. The route opens on Monday.","The transit agency has modified twenty-five buses for the airport route.",false],
  ["c-asmanyas","Police arrested as many as 40 protesters outside the parliament building on Tuesday.","Police arrested thirty-eight protesters outside the parliament building on Tuesday.",false],
  ["w-year-alike","Smith won the title in 2019 after a close final race.\n\nThe team spent the winter rebuilding the car. Engineers worked through the holidays.\n\nSmith did not win the title in 2018 despite leading for most of the season.","Smith did not win the title in 2019.",true],
  ["c-alike-sinceyear","Smith won the race this year after a late attack on the final climb.\n\nThe course was changed in the spring. Organisers added a second climb.\n\nIn 2019, Smith did not win the race after he crashed on the descent.","Smith did not win the race this year.",true],
  ["w-vaccine","The vaccine reduced hospital admissions in adults over 65, the trial found.\n\nThe trial enrolled 30,000 people. Results were published on Monday.\n\nIn children, the vaccine did not reduce hospital admissions.","The vaccine did not reduce hospital admissions in adults over 65, the trial found.",true],
  ["w-subjacts","The bill, which the Senate has passed, now goes to the House for a vote.","The bill was not passed by the Senate.",true],
  ["w-mets","The Mets' rivals have beaten them four times this season.","The Mets were not beaten by their rivals this season.",true],
  ["u-before","The company made its first loss in 2008, and another in 2020 during the pandemic.","The company had never made a loss before 2020.",true],
  ["w-since","Last season the club signed a striker, as it has done every season since 2015.","The club has not signed a striker since 2015.",true],
  ["s-lastweek","The minister visited the flooded town last week, as she has every month since January.","The minister has not visited the flooded town since January.",true],
  ["w-comp","Last year the company spent more on research than on marketing for the first time, the biggest change in its history.","Last year the company did not spend more on research than on marketing.",true],
  ["w-reflex","The mayor personally signed the order on Monday.","The mayor did not sign the order himself.",true],
  ["r-herself","The author personally translated the novel into French in 1995.","The author did not translate the novel into French herself.",true],
  ["w-question","Why did the council close the library? Budget cuts, officials say.","The council did not close the library.",true],
  ["q-whyfire","Why did the board fire the chief executive after only six months? Shareholders want answers.","The board did not fire the chief executive.",true],
  ["h-manage","The team did not manage to win a single away game all season.","The team won a single away game this season.",true],
  ["h-endup","The company did not end up selling the plant to the Chinese bidder.","The company sold the plant to the Chinese bidder.",true],
  ["w-half2","A third of Russians wanted the troops home, while half said the war was going badly, the survey found.","Half of Russians wanted the troops home, the survey found.",true],
  ["w-half3","A third of Russians wanted the troops home, the survey found. The Kremlin gave a half-hearted response.","Half of Russians wanted the troops home, the survey found.",true],
  ["w-half4","A third of voters backed the plan in the poll, which was published on Monday.\n\nThe plan would cut the deficit by half over ten years.","Half of voters backed the plan in the poll published on Monday.",true],
  ["y-quote-backs","The committee accused ministers of '20 years of failure' on housing.","The committee accused ministers of failure on housing in 2020.",true],
  ["y-60min","The senator gave an interview to '60 Minutes' on Sunday about the budget.","The senator gave an interview about the budget in 1960.",true],
];

test('a second review of these rules: faithful sentences stay clean, wrong ones stay warned', () => {
  expectWarned(REVIEWED_AGAIN);
  // A fix writes no count the page gives only loosely.
  assert.ok(!warnings('The city bought eleven buses for the route.', 'The city bought nearly a dozen buses for the route.').some((w) => w.includes('gives')));
});

test('an eighth and ninth probe: seasons and possessives before years, millions as "m" in a list of ratings, units in words, "un-", "only", "not to" on both sides', () => {
  assert.deepEqual(figures('targeting a Fall 2007 debut after Isaac Stern\'s 1979 visit'), [['2007', 2007, ''], ['1979', 1979, '']]);
  assert.deepEqual(figures('from the original 35millimeter negative'), [['35', 35, '']]);
  const ratings = 'At 10, "Philly" added viewers week to week (to 9.30m), but declined. "JAG" (17.27m) was the most-watched show of the night.';
  assert.deepEqual(warnings('"Philly" added viewers from the week before, reaching 9.30 million, but declined.', ratings), []);
  assert.deepEqual(warnings('"JAG" was the most-watched show of the night with 17.27 million viewers.', ratings), []);
  assert.ok(!opposite('It is not clear how much continuity there will be between the old site and the new one.', 'It is unclear how much continuity will exist between the old site and the new one.'));
  assert.ok(!opposite('Under the bill, only licensed dealers would be able to transfer firearms.', 'Under the bill, anyone who isn\'t a licensed dealer would not be able to transfer firearms.'));
  assert.ok(!opposite('Officials said the FBI had asked them not to divulge details about the flight.', 'All said that the FBI had asked them not to divulge details about the flight.'));
  assert.ok(!opposite('Rapaport said he had not spoken to his longtime friend Natasha Lyonne.', 'Natasha knows how I feel about her, and I love her very much.\n\nRapaport: I haven\'t spoken to her.'));
  assert.deepEqual(warnings('The bill is expected to meet resistance from Republicans in the Senate.', 'The bill is expected to meet resistance from GOP lawmakers in the Senate.').filter((w) => /has "Republicans"/.test(w)), []);
  // Still caught: metres are no millions, a real denial of "clear".
  assert.ok(warnings('The sprint final in Berlin was watched by 100 million people.', 'Bolt won the 100m final in Berlin.').some((w) => w.startsWith('number-mismatch')));
  assert.ok(opposite('It is not clear how the money was spent.', 'It is clear how the money was spent: on roads.'));
});

test('the final probes: a season written "2002/03" after a name, a copyright\'s year, "8 ½", a decade\'s "\'60s" opens no quotation', () => {
  assert.deepEqual(figures('Season 2002/03 saw the club reach the final.'), [['2002', 2002, ''], ['03', 2003, '']]);
  assert.deepEqual(figures('© Andy Diggle 1997'), [['1997', 1997, '']]);
  assert.deepEqual(extractFigures('ranges from 5 to 8 ½ feet').map((f) => f.value), [5, 8.5]);
  assert.deepEqual(warnings('In 2002/03 the club lost to Slough Town in a replay.', 'Season 2002/03 saw the club lose to Slough Town in a replay.'), []);
  assert.deepEqual(warnings('Cougars range from 5 to 8.5 feet in total length.', 'The cougar ranges from 5 to 8 ½ feet in total length.'), []);
  assert.deepEqual(warnings("Among the '60s picks is the Beatles' Sgt. Pepper's Lonely Hearts Club Band.", "The list holds twenty-five albums from the '60s, among them The Beatles: Sgt. Pepper's Lonely Hearts Club Band."), []);
});

test('"only" and "un-" say a negation otherwise only where the page says the rest or the word itself', () => {
  assert.ok(!opposite('Only licensed dealers may transfer firearms under the bill.', 'Under the bill, anyone who isn\'t a licensed dealer may not transfer firearms.'));
  assert.ok(opposite('Only members can vote at the meeting.', 'Members cannot vote at the meeting.') || warnings('Only members can vote at the meeting.', 'Members cannot vote at the meeting.').length > 0);
  assert.ok(opposite('The store did not close in May.', 'The store closed in May, though the company would not disclose why.'));
});

/** A third review, of the last rules: wrong sentences they must not hide, faithful ones they must not warn on. */
const REVIEWED_THIRD: [string, string, string, boolean][] = [
  ["legal","The strike was legal, the Supreme Court ruled on Tuesday, overturning a lower court that had called it illegal.","The Supreme Court ruled that the strike was not legal.",true],
  ["pose","The chemical posed a risk to workers at the plant, prompting regulators to impose new limits last year.","The chemical did not pose a risk to workers at the plant.",true],
  ["come","Tourists came back to the island after the storm, boosting income for local hotels, the tourism board said.","Tourists did not come back to the island after the storm.",true],
  ["form","The council formed a committee to review the budget, according to information obtained by the newspaper.","The council did not form a committee to review the budget.",true],
  ["side","The judge sided with the city in the dispute, according to a source inside the court.","The judge did not side with the city in the dispute.",true],
  ["pref3","The plan was popular with voters, the poll found, though it was unpopular with party members.","The poll found that the plan was not popular with voters.",true],
  ["pref4","The referee's decision was fair, the league said, rejecting claims that it was unfair.","The league said the referee's decision was not fair.",true],
  ["only1","The Paris office will not close in June, the company said, unless sales fall further.","Only the Paris office will close in June.",true],
  ["only3","Smith was not charged over the crash, prosecutors said, except with a minor traffic offence.","Only Smith was charged over the crash.",true],
  ["only4","Residents cannot park on the street overnight under the new rules, other than in marked bays.","Only residents can park on the street overnight under the new rules.",true],
  ["only5","Women were not allowed to vote in the election, and non-citizens were also barred.","Only women were allowed to vote in the election.",true],
  ["alike1","The mayor attended the funeral on Monday. His deputy did not attend.","The mayor did not attend the funeral on Monday.",true],
  ["alike2","The president signed the treaty in Geneva on Friday. The prime minister did not sign it.","The president did not sign the treaty in Geneva.",true],
  ["alike7","The company paid its workers in March. It has not paid them since.","The company did not pay its workers in March.",true],
  ["m3","Bolt won the 100m, the 200m and the relay in Berlin. The final drew a television audience of 30 million.","The final in Berlin drew a television audience of 100 million.",true],
  ["m1","Sales reached 4m, up from 3m, in 2020, the company said.","Sales reached 3 million in 2020.",true],
  ["m4","Ticket sales fell to 2m last year, from 3m, 4m and 5m in the three years before.","Ticket sales fell to 3 million last year.",true],
  ["h4","The hearing lasted two and a half hours before the judge adjourned.","The hearing lasted 2 ½ hours before the judge adjourned.",false],
  ["f_half","The meeting lasted two and a half hours, officials said.","The meeting lasted 2 ½ hours.",false],
  ["f_half2","The fish grows to about eight and a half inches long.","The fish grows to about 8 ½ inches long.",false],
];

test('a third review: the prefix, "only", pronoun, ratings-list and "½" rules hide no real contradiction', () => {
  expectWarned(REVIEWED_THIRD);
});

/** Session 21's probes (604 faithful sentences on 24 pages: 6 warned): each false warning in our own words, and a wrong sentence beside it that must stay warned. */
const PROBED_S21: [string, string, string, boolean][] = [
  // A title in quotation marks opening on "Not" is a name, not a negation.
  ['title', 'Speaking about the pairing, the singer said: "They call the tour \'Not In This Lifetime\' for a reason."', 'The singer noted that the tour is called "Not In This Lifetime".', false],
  ['title-no', 'Critics praised the film "No Country for Old Men" at the festival.', 'Critics praised "No Country for Old Men" at the festival.', false],
  ['title-wrong', 'The senator said that the Democrats voted for the bill on Monday.', 'The senator said: "Not one of the Democrats voted for the bill on Monday."', true],
  // Both negate the same function word: "not out" and "not being out".
  ['particle', 'Having songs finished and it not being out, it is a bit like a secret pregnancy, the singer said.', 'The singer compared having songs finished but not out to "a secret pregnancy".', false],
  ['particle-wrong', 'The singer said having songs finished is a bit like a secret pregnancy.', 'The singer said having songs finished is not like a secret pregnancy.', true],
  // A contrast ("rather than") is still read as a negation: a page often words the act set aside otherwise (found in review).
  ['contrast-wrong', 'The city council chose trams for the new line after a long debate.', 'The city council chose buses rather than trams for the new line.', true],
  ['contrast-not', '"Merry Company on a Terrace" (1616) is in the collection of the Mauritshuis, the Hague.', '"Merry Company on a Terrace" (1616) is not in the collection of the Mauritshuis, the Hague.', true],
  // A name a page writes run together ("NaludaMagazine", "naludamagazine.com").
  ['glued', 'Home Editorials EDITORIALS INTERVIEWS Interview with actor James Chen\n\nNovember 5, 2018\n\nWe sat down with James Chen to talk about his new series.\n\nNaludaMagazine - May 22, 2019', "Naluda Magazine's interview with actor James Chen is dated November 5, 2018.", false],
  // A percent written once after two numbers joined by "and".
  ['pct', 'Wall Street cheered the deal, sending Paramount\'s stock up nearly three and Sony almost seven percent.', "After the deal, Paramount's stock rose nearly three percent and Sony's almost seven percent.", false],
  ['pct-wrong', 'Wall Street cheered the deal, sending Paramount\'s stock up nearly three and Sony almost seven percent.', "After the deal, Paramount's stock rose nearly five percent.", true],
];

test('session 21 probes: a quoted title\'s "Not", "not out" said alike, names run together, a shared percent', () => {
  expectWarned(PROBED_S21);
  assert.deepEqual(figures('up nearly three and Fox almost seven percent'), [
    ['three', 3, 'nearly'],
    ['seven percent', 7, 'nearly'],
  ]);
  // Not across a sentence, nor a year.
  assert.deepEqual(figures('In 2019 and in 2020 about 7 percent').map((f) => f[0]), ['2019', '2020', '7 percent']);
});

/** A review of session 21's rules: what each must not do (an apostrophe is no closing quote mark; "not in the Prado" has an object; a contrast worded otherwise; a name inside a handle or a web address; numbers before "and" that are ages, points or "one in five"). */
/**
 * Session 22 probes: faithful sentences on real pages that were warned of (their words here are the project's own),
 * and the wrong sentence beside each that must still be.
 */
const PROBED_S22: [string, string, string, boolean][] = [
  // A verb and its particle are the noun they make: "could not break down" is denied alike as "could not provide a breakdown".
  ['compound', 'Violent crime at each school is also down 19 percent this year, the department said.\n\nThe department said it could not provide a breakdown for specific crimes by school.', 'The department said it could not break down specific crimes by school.', false],
  ['compound-wrong', 'Violent crime at each school is also down 19 percent this year, the department said.\n\nThe department gave figures for every school.', 'The department said it could not break down specific crimes by school.', true],
  // What a sentence excepts from what it states, it denies.
  ['except', 'All the inns featured have been listed at Grade II, except the Red Lion in Leeds, which has been raised from Grade II to Grade II*.', 'The Red Lion was already listed, but it has now been raised from Grade II to Grade II*, making it the only inn featured that is not listed at Grade II.', false],
  ['except-wrong', 'All the inns featured have been listed at Grade II - including the Red Lion, Leeds, which was also repainted.', 'The Red Lion was already listed, but it has now been repainted, making it the only inn featured that is not listed at Grade II.', true],
  // "X, not Y" sets an alternative beside what the page states of X (outside brackets).
  ['contrast', 'The Disciplinary Board chair, deputy chair and not less than four other members shall be elected by Congress (old: Council).', 'Congress, not the Council, will now elect the Disciplinary Board chair, deputy chair and at least four other members.', false],
  ['contrast-wrong', 'The Disciplinary Board chair, deputy chair and not less than four other members shall be elected by the Council (old: Congress).', 'Congress, not the Council, will now elect the Disciplinary Board chair, deputy chair and at least four other members.', true],
  // An ordinal in a name where the page writes the cardinal, in the plural.
  ['ordinal', 'Twenty pubs built between World War One and World War Two have been granted listed status.', 'Twenty pubs built between the First and Second World Wars have been granted listed status.', false],
  // A share of a magnitude in words.
  ['half-million', 'Every week about half a million people listen to the podcast, which the paper has made for 11 years.', 'Around 500,000 people listen to the podcast every week.', false],
  ['half-million-wrong', 'Every week about half a million people listen to the podcast, which the paper has made for 11 years.', 'Around 800,000 people listen to the podcast every week.', true],
  // A year after a plural possessive.
  ['possessive-year', "The site cemented its standing with its coverage of the Canucks' 2011 run to the final.", "Its coverage of the Canucks' run to the final in 2011 cemented its standing.", false],
  ['possessive-year-wrong', "The site cemented its standing with its coverage of the Canucks' 2011 run to the final.", "Its coverage of the Canucks' run to the final in 2012 cemented its standing.", true],
  // A difference worked out from the page's two figures.
  ['difference', 'The yacht is 591 feet long. It beat the previous record holder, the 533-foot Eclipse.', 'At 591 feet, the yacht is 58 feet longer than Eclipse.', false],
  ['difference-wrong', 'The yacht is 591 feet long. It beat the previous record holder, the 533-foot Eclipse.', 'At 591 feet, the yacht is 48 feet longer than Eclipse.', true],
];

test('session 22 probes: a particle verb as its noun, an exception, "X, not Y", ordinals, half a million, a possessive year, a difference', () => {
  expectWarned(PROBED_S22);
  assert.deepEqual(figures('about half a million, a quarter of a billion dollars, two and a half million'), [
    ['half a million', 500_000, 'about'],
    ['a quarter of a billion dollars', 250_000_000, 'about'],
    ['two and a half million', 2_500_000, 'about'],
  ]);
});


/**
 * Session 22, second probes: figures a writer works out (a total, a rounded increase), a
 * percent the page says as "half", an acronym the page spells out; each wrong twin
 * must still be warned of.
 */
const WORKED_OUT_S22: [string, string, string, boolean][] = [
  ['sum', "After the vote the package failed, with 17 Democrats and 18 Republicans voting against the measure.", "When legislators voted, the package failed, with 35 lawmakers, 17 Democrats and 18 Republicans, voting against it.", false],
  ['sum-wrong', "After the vote the package failed, with 17 Democrats and 18 Republicans voting against the measure.", "When legislators voted, the package failed, with 36 lawmakers, 17 Democrats and 18 Republicans, voting against it.", true],
  ['sum2', "Both will leave the office after 23 and 16 years respectively in service.", "They are leaving the office after 23 and 16 years of service respectively, 39 years between them.", false],
  ['year-wrong', "He served as a council member for 22 years until 2008.", "He served on the council for 22 years until 2008, meaning he first joined it in 1984.", true],
  ['incr', "In 2017 there were 628,275 beneficiaries (compared with 30,224 beneficiaries in 2013).", "The number of beneficiaries rose from 30,224 in 2013 to 628,275 in 2017, an increase of nearly 600,000.", false],
  ['incr-wrong', "In 2017 there were 628,275 beneficiaries (compared with 30,224 beneficiaries in 2013).", "The number of beneficiaries rose from 30,224 in 2013 to 628,275 in 2017, an increase of nearly 800,000.", true],
  ['mets-wrong', "The staff threw another shutout, raising their season total to 24 shutouts, 2 more than the Mets' staff has.", "That is two more than the Mets' staff, which has 20 shutouts.", true],
  ['fifty', "The war is not especially popular at home (in a recent survey, half wanted Russian forces pulled out of Syria).", "In one recent survey, 50% wanted Russian forces pulled out of Syria.", false],
  ['fifty-wrong', "The war is not especially popular at home (in a recent survey, a third wanted Russian forces pulled out of Syria).", "In one recent survey, 50% wanted Russian forces pulled out of Syria.", true],
  ['cdc', "A Yale University study found that whites had the lowest exposure rates for most of the pollutants monitored in the study.\n\nA study by the Centers for Disease Control and Prevention determined that 11.2 percent of black children are poisoned by lead.", "A CDC study found that 11.2 percent of black children are poisoned by lead.", false],
  ['nih-wrong', "A Yale University study found that whites had the lowest exposure rates for most of the pollutants monitored in the study.\n\nA study by the Centers for Disease Control and Prevention determined that 11.2 percent of black children are poisoned by lead.", "A NIH study found that 11.2 percent of black children are poisoned by lead.", true],
];

test('session 22: worked-out figures, "half" for 50%, a spelled-out acronym', () => {
  expectWarned(WORKED_OUT_S22);
});

/**
 * Session 22, reviews of the new rules (cases written by two review helpers to break them, the old build's verdict
 * being right on each) and the third probes: a holiday for its date, "Britons" for "British", a page's "made no mention" said alike, "more than a thousand", no "last year" read from a
 * dated page, "2.5m" for "two and a half million".
 */
const REVIEWED_S22: [string, string, string, boolean][] = [
  ["r1-d1", "Smith, 45, will face Jones, 38, in the final on Sunday.", "At 45, Smith is 7 years younger than Jones.", true],
  ["r1-d3", "The rally drew 300 people, fewer than the 800 organisers had expected.", "The rally drew 500 people, fewer than the 800 organisers had expected.", true],
  ["r1-d6", "The house sold for $450,000, against an asking price of $420,000. The owners had paid $400,000 for it in 2010.", "The house sold for $450,000, $50,000 more than its asking price.", true],
  ["r1-d19", "The tower is 310 metres tall. The second-tallest building is 280 metres; a third tower, 290 metres tall, is planned.", "The tower is 310 metres tall, 20 metres taller than the second-tallest building.", true],
  ["r1-d20", "The new stadium holds 60,000 fans. The old ground held 45,000, and 5,000 season tickets were sold.", "The new stadium holds 60,000 fans, 55,000 more than the old ground.", true],
  ["r1-d23", "The marathon winner finished in 130 minutes. The runner-up crossed the line at 134 minutes; a record time would have been 126 minutes.", "The winner finished in 130 minutes, 4 minutes slower than the runner-up.", true],
  ["r1-n3", "The single was released by Fifth Harmony in 2015 and reached the top ten.", "The single was released by One Direction in 2015.", true],
  ["r1-n13", "The song was first recorded by Third Eye Blind in 1997.", "The song was first recorded by Three Dog Night in 1997.", true],
  ["r1-n27", "The club were promoted to the Second Division in 1994.", "The club were promoted to League One in 1994.", true],
  ["r1-e2", "The airline cancelled flights on Tuesday to every destination other than those served by the airline's regional partner. Passengers were offered refunds.", "The airline did not cancel flights on Tuesday.", true],
  ["r1-e7", "The school closed during the storm, as did every public building in the town apart from the school's sports hall, which served as a shelter.", "The school did not close during the storm.", true],
  ["r1-e25", "The senator voted for every amendment to the bill apart from the senator's own amendment on tax.", "The senator did not vote for amendments to the bill.", true],
  ["r1-p11", "The police broke down the crime figures by school in a report on Monday. The education department said it could not provide a breakdown of the crime figures by school.", "The police could not break down the crime figures by school.", true],
  ["r1-p17", "The company shut down the Leeds factory in March. A spokesman for the union said it had not expected a shutdown of the Leeds factory.", "The company did not shut down the Leeds factory.", true],
  ["r1-f2", "Police estimated that 490,000 people attended the march in London on Saturday.", "Half a million people attended the march in London on Saturday.", false],
  ["r1-f41", "The bridge will cost $480 million, state officials said.", "The bridge will cost half a billion dollars, state officials said.", false],
  ["r1-f24", "Some two-and-a-half million people live in the region.", "Two and a half million people live in the region.", false],
  ["r1-f44", "The region now has 2½ million inhabitants.", "The region now has two and a half million inhabitants.", false],
  ["r2-a2", "The firm was founded in 1985 by two brothers with 12 staff. It moved its headquarters to Leeds in 2004 and now employs 900 people.", "Founded in 1985 with 12 staff, the firm moved its headquarters to Leeds in 2000.", true],
  ["r2-a4", "The two concerts in Hyde Park drew 12,000 and 14,000 fans, a total of 26,000, organisers said.", "The two concerts in Hyde Park drew 12,000 and 14,000 fans, a total of 30,000, organisers said.", true],
  ["r2-a5", "Jones became head teacher of the school in 2011. She had taught there for 8 years before that, and she retires in 2023.", "Jones, who retires in 2023, has been head teacher for 8 years since taking over in 2015.", true],
  ["r2-a6", "The Azzam is 180 metres long. The Eclipse, which carries 170 guests and crew, is 162 metres long.", "At 180 metres, the Azzam is 10 metres longer than the Eclipse.", true],
  ["r2-a10", "She has 3 sons, 2 daughters and a stepson, 6 children in all, and lives in Cork.", "She has 3 sons and 2 daughters, 5 children in all, and lives in Cork.", true],
  ["r2-a11", "The ship was built in 1998 in Glasgow. It spent 15 months in dry dock before returning to service in 2001.", "The ship was built in 1986 in Glasgow and spent 15 months in dry dock until 2001.", true],
  ["r2-a16", "Rival Tesco, which made £0.9bn a year earlier, reported a profit of £1.4bn. Sainsbury's made £2.1bn.", "Sainsbury's made a profit of £2.1bn, £1.2bn more than Tesco.", true],
  ["r2-a17", "The two clubs have met 120 times. United have won 48 of those games and City 41, with 31 draws.", "Of the 120 meetings between the two clubs, United have won 48, meaning City have won 72.", true],
  ["r2-a18", "Membership of the club rose from 1,200 in 2015 to 3,500 in 2020.", "Membership of the club rose from 1,200 in 2015 to 3,500 in 2020, an increase of 5,000.", true],
  ["r2-a23", "Police said 140 people were arrested at the protest and 35 were later charged. About 60 officers were injured.", "Police arrested 140 people at the protest, 35 of whom were charged, so 105 were released without charge.", true],
  ["r2-a42", "The company sold 14,000 cars in Germany and 9,000 in France last year. Total European sales were 61,000.", "The company sold 14,000 cars in Germany and 9,000 in France last year, and its European sales totalled 23,000.", true],
  ["r2-a48", "The deficit widened from $1.4 trillion to $3.1 trillion, the Treasury said.", "The deficit widened from $1.4 trillion to $3.1 trillion, a jump of $2 trillion, the Treasury said.", true],
  ["r2-a53", "Chen, 34, joined the company in 2012. Her colleague Ruiz, who joined in 2009 with 22 others, is 41.", "Chen, 34, is 12 years older than Ruiz.", true],
  ["r2-a64", "The city's population was 2.1 million in 2001 and 2.6 million in 2021.", "The city's population grew from 2.1 million in 2001 to 2.6 million in 2021, an increase of 1 million.", true],
  ["r2-b13", "The study was funded by the National Institutes of Health. It was carried out by the Mayo Clinic in Minnesota.", "The study was carried out by the NIH in Minnesota.", true],
  ["r2-b15", "Flights were grounded by the Federal Aviation Administration after the crash. The National Transportation Safety Board is leading the inquiry.", "The FAA is leading the inquiry into the crash.", true],
  ["r2-b20", "Saudi Arabia's oil minister said the Organization of the Petroleum Exporting Countries would cut output. The International Energy Agency warned of shortages.", "The OPEC warned of shortages.", true],
  ["r2-c7", "The match was played on Court Two at Wimbledon. First serve was at noon.", "The match was played on Court One at Wimbledon.", true],
  ["r2-c21", "England lost the Second Test at Lord's. One day was lost to rain.", "England won the First Test at Lord's.", true],
  ["r2-d1", "Jones scored the winner in the 89th minute after a cross from Smith.", "Smith, not Jones, scored the winner in the 89th minute.", true],
  ["r2-d2", "The treaty was signed in Berlin on Monday. Leaders had met in Paris a week earlier to agree its terms.", "The treaty was signed in Paris, not Berlin, on Monday.", true],
  ["r2-d7", "Labour will field a candidate in the by-election. The Greens have said they will stand aside to help Labour.", "The Greens, not Labour, will field a candidate in the by-election.", true],
  ["r2-d13", "The goal was scored by Kane. Saka, who had been booked earlier, was substituted at half-time.", "Saka, not Kane, scored the goal.", true],
  ["r2-e10", "Of the 2,000 nurses surveyed, half were over 50. Some 30 per cent of the nurses surveyed said they planned to quit.", "50% of the nurses surveyed said they planned to quit.", true],
  ["r2-e11", "In 2019, half voted Conservative, the poll of Hartlepool voters found. Only 20 per cent of Hartlepool voters say they will vote Conservative again.", "50% of Hartlepool voters say they will vote Conservative again.", true],
  ["r2-e12", "The firm employs 400 engineers, and nearly half are women. It hopes 30 per cent of its engineers will be working from home by 2025.", "The firm hopes 50% of its engineers will be working from home by 2025.", true],
  ["r2-f1", "The Abercwm mine closed in 1962 after 70 years of operation. (See Welsh History Review 22, pp. 1931–58.)", "The Abercwm mine closed in 1958 after 70 years of operation.", true],
  ["r2-f2", "The painting (catalogue no. 1901–99) was sold at auction in 2001 for £40,000.", "The painting was sold at auction in 1999 for £40,000.", true],
  ["r2-f6", "Her parents ran the bakery 1948–72. She took it over in 1975.", "She took over the bakery in 1972.", true],
  ["r2-f26", "Order no. 1977-45 of the planning board approved the scheme in 1982.", "The planning board approved the scheme in 2045.", true],
  ["r3-w01", "For residents of the valley, the promised new hospital still feels a million miles away.", "The new hospital will serve 1,000,000 residents of the valley.", true],
  ["r3-w02", "Finding a donor on the transplant register was one in a million, the surgeon said.", "The surgeon said 1,000,000 donors were on the transplant register.", true],
  ["r3-w06", "The ministry said a thousand five hundred troops would be sent to the border.", "The ministry said 1,000 troops would be sent to the border.", true],
  ["r3-w07", "Fans had asked a thousand times for the band to reunite, and on Friday it finally announced a tour.", "The band announced a tour on Friday after 1,000 fans asked it to reunite.", true],
  ["r3-w08", "The lottery winner bought a million-dollar house in Florida for her parents.", "The lottery winner bought 1,000,000 houses in Florida for her parents.", true],
  ["r3-y02", "---\ntitle: Report\npublished: 2018-09-13\n---\n\nSmith, who won the city marathon in 2015, finished third in the marathon last year.\n", "Smith won the city marathon in 2017.", true],
  ["r3-y03", "---\ntitle: Report\npublished: 2018-09-13\n---\n\nIn the last year of his presidency, Obama signed the order protecting the reef.\n", "Obama signed the order protecting the reef in 2017.", true],
  ["r3-y05", "---\ntitle: Report\npublished: 2018-09-13\n---\n\nThe report, first drafted in 2009, was updated last year by the water authority.\n", "The report was first drafted by the water authority in 2017.", true],
  ["r3-y06", "---\ntitle: Report\npublished: 2018-09-13\n---\n\nThe festival, which drew record crowds last year, will move to a new site next year.\n", "The festival moved to a new site in 2017.", true],
  ["r3-y07", "---\ntitle: Report\npublished: 2018-09-13\n---\n\nOver the last year, the council has received complaints about the bridge, which was built in 1998.\n", "The council built the bridge in 2017.", true],
  ["r3-m03", "Organisers said entries for the 50k race had closed within an hour.", "Organisers said fifty thousand race entries were received within an hour.", true],
  ["r3-a02", "The team won 5 home games and lost 4 away games this season.", "The team won 5 home games and 4 away games, 9 in all, this season.", true],
  ["r3-a03", "The sisters, aged 14 and 16, have won medals at every national championship since 2015.", "The sisters, aged 14 and 16, have won 30 medals between them.", true],
  ["r3-a04", "The Shard is 310 metres tall. The Heron Tower stands 230 metres from Liverpool Street station.", "At 310 metres, the Shard is 80 metres taller than the Heron Tower.", true],
  ["r3-a05", "Smith, 45, has led the firm since 2010. Jones joined the firm 38 years ago as an apprentice.", "At 45, Smith is 7 years older than Jones.", true],
  ["r3-a06", "About 12,000 people live in the town. Of those, 8,000 commute to the city each day.", "The town has 12,000 residents, an increase of 4,000 from 8,000 a decade ago.", true],
  ["r3-a07", "Membership of the club fell from 800 to 500 over the decade.", "Membership of the club went from 500 to 800 over the decade, an increase of 300.", true],
  ["r3-a09", "The region reported 40 new cases on Tuesday, and 25 patients were discharged from hospital.", "The region reported 40 new cases on Tuesday and 25 discharges, a total of 65 new cases.", true],
  ["r3-m08", "The petition gathered 500k signatures in a week.", "The petition gathered half a million signatures in a week.", false],
  ["eve", "A Most Violent Year premieres in select theatres on Dec. 31, and Ebert wrote the score. Review: the film is slow but rewarding.", "A Most Violent Year opens in select theaters on New Year's Eve.", false],
  ["eve-wrong", "A Most Violent Year premieres in select theatres on Dec. 25, and Ebert wrote the score. Review: the film is slow but rewarding.", "A Most Violent Year opens in select theaters on New Year's Eve.", true],
  ["britons", "The identified passengers comprised 154 Dutch, 43 Malaysians, 27 Australians, 12 Indonesians and nine British.", "Twelve Indonesians and nine Britons were among the identified passengers.", false],
  ["britons-wrong", "The identified passengers comprised 154 Dutch, 43 Malaysians, 27 Australians, 12 Indonesians and nine Germans.", "Twelve Indonesians and nine Britons were among the identified passengers.", true],
  ["r1-n10", "The Red Sox signed the pitcher to a two-year deal in 2018.", "The Reds signed the pitcher to a two-year deal in 2018.", true],
  ["r4-h01", "# Fireworks show cancelled\n\nDec. 31, 2019\n\nThe city cancelled its Christmas Day fireworks show on Dec. 25 because of high winds. Officials said a smaller display would be held on Dec. 31 instead.\n", "The city cancelled its New Year's Eve fireworks show because of high winds.", true],
  ["r4-h02", "# Parade draws crowds\n\nThe Harvest Festival parade on Oct. 30 drew about 5,000 people to Main Street, organisers said. The town museum will reopen on Oct. 31 after renovations.\n", "The Halloween parade drew about 5,000 people to Main Street, organisers said.", true],
  ["r4-h04", "# Florists brace for busy season\n\nFor most florists the busiest day of the year is Mother's Day, according to the trade association. Rosa Diaz opened her shop on Feb. 14, 2010.\n", "For most florists the busiest day of the year is Valentine's Day, according to the trade association.", true],
  ["r4-h05", "# Bar shooting\n\nThe shooting happened late on Thanksgiving Eve outside a downtown bar, police said. The suspect's name was released on Dec. 24.\n", "The shooting happened late on Christmas Eve outside a downtown bar, police said.", true],
  ["r4-d01", "# Climbers rescued\n\nThree Germans were among the 12 climbers rescued on Sunday, the Nepal army said. The team's guide had trained in Britain.\n", "Three Britons were among the 12 climbers rescued on Sunday, the Nepal army said.", true],
  ["r4-d02", "# Border arrests\n\nTwo Canadians were detained at the border crossing on Friday, officials from the United States said.\n", "Two Americans were detained at the border crossing on Friday.", true],
  ["r4-d04", "# Stage result\n\nA Frenchman won the fourth stage of the race on Tuesday. The race will start in Britain next year.\n", "A Briton won the fourth stage of the race on Tuesday.", true],
  ["r4-d06", "# Avalanche\n\nFour Irish hikers were killed in the avalanche. Britain's Foreign Office said it was in contact with local authorities.\n", "Four Britons were killed in the avalanche.", true],
  ["r4-d09", "# Crash\n\nFive Mexicans died when the bus overturned near the border, according to American consular officials.\n", "Five Americans died when the bus overturned near the border.", true],
  ["r4-p09", "# Deal\n\nManchester City completed the signing on Thursday. The fee is a record for a Manchester United academy graduate.\n", "Manchester Uniteds completed the signing on Thursday.", true],
  ["r4-d07", "# Passengers\n\nNine British nationals were among the passengers on the flight, the airline said.\n", "Nine Britons were among the passengers on the flight, the airline said.", false],
  ["lin", "\"Lego\" producer Dan Lin accepted the trophy from Reese Witherspoon and Bruna Papandrea.\n\nHe gave extensive thanks, concluding with co-directors Phil Lord and Chris Miller and his family, and made no mention of the Oscar snub.", "Producer Dan Lin accepted the trophy from Reese Witherspoon and Bruna Papandrea and made no mention of the Oscar snub.", false],
  ["thousand", "More than a thousand people gathered in Harlem; across a plaza, a banner hung from a church.", "More than 1,000 people gathered in Harlem.", false],
  ["thousand-wrong", "More than a thousand people gathered in Harlem; across a plaza, a banner hung from a church.", "More than 5,000 people gathered in Harlem.", true],
  ["last-year-wrong", "---\ntitle: Collingwood to retire\npublished: 2018-09-13\n---\n\nHe hit his maiden T20 century for Durham last year, against Northants.", "He hit his maiden T20 century for Durham in 2015, against Northants.", true],
  ["words-m", "Around 2.5m people live in the region, the census found.", "Two and a half million people live in the region, the census found.", false],
];

test('session 22 reviews: worked-out figures, exceptions, contrasts, halves, acronyms and numbers of names hide no wrong sentence', () => {
  expectWarned(REVIEWED_S22);
});

const REVIEWED_S21: [string, string, string, boolean][] = [
  ["T5-page-mp", "The chief whip said after the vote: \"Not one MP's vote changed because of the letter.\"", "The chief whip said that one MP's vote changed because of the letter.", true],
  ["P1-notin", "The painting is in the Louvre, not in the Prado as some guidebooks claim.", "The painting is not in the Louvre.", true],
  ["P3-nota", "The film was a commercial success, though not a critical one.", "The film was not a commercial success.", true],
  ["P4-notfor", "The house on Elm Street is for sale, but not for rent, the agency said.", "The house on Elm Street is not for sale, the agency said.", true],
  ["P5-notfrom", "The wine served at the dinner was from France, not from Italy as the menu suggested.", "The wine served at the dinner was not from France.", true],
  ["P8-notagainst", "The senator was against the bill, though not against its aims.", "The senator was not against the bill.", true],
  ["P9-notall", "The victims were all civilians, officials said, though not all were local residents.", "The victims were not all civilians, officials said.", true],
  ["P10-notan", "The drug is an effective treatment for migraines, although not an approved one in Europe.", "The drug is not an effective treatment for migraines.", true],
  ["C1-going", "Disney will acquire the Burbank lot as part of the deal, the companies said.", "The Burbank lot will stay with the family rather than going to Disney as part of the deal.", true],
  ["C2-pursuing", "After college she went on to study medicine at Harvard, later specialising in cardiology.", "After college she studied law instead of pursuing medicine at Harvard.", true],
  ["C3-staying", "The company kept its headquarters in San Jose, although it had considered a move to Austin.", "The company moved its headquarters to Austin rather than staying in San Jose.", true],
  ["C4-shooting", "Police fired tear gas and then live ammunition at the crowd outside the parliament.", "Police fired tear gas instead of shooting live ammunition at the crowd outside the parliament.", true],
  ["C6-signing", "The striker agreed a three-year contract with Chelsea in July.", "The striker stayed at his club rather than signing with Chelsea in July.", true],
  ["C7-travelling", "The prime minister flew to Brussels for the summit on Thursday.", "The prime minister joined the summit by video link instead of travelling to Brussels on Thursday.", true],
  ["N1-aged65", "Of those aged 65 and older about 30 percent live alone, the survey found.", "The survey found that about 30 percent of people aged 65 and older live alone.", false],
  ["N2-scored21", "Smith finished with 21 and shot nearly 60 percent from the floor in the win over Boston.", "Smith scored 21 points and shot nearly 60 percent from the floor against Boston.", false],
  ["N3-shot21wrong", "Smith finished with 21 and shot nearly 60 percent from the floor in the win over Boston.", "Smith shot 21 percent from the floor in the win over Boston.", true],
  ["N4-fivewrong", "Roughly one adult in five and almost 40 percent of teenagers use the app every day, the survey found.", "The survey found that five percent of adults use the app every day.", true],
  ["N5-under5", "Vaccination reached 90 percent of children under 5 and nearly 60 percent of adults by March.", "By March, vaccination had reached 90 percent of children under 5.", false],
  ["N6-over50wrong", "The vaccine is recommended for adults over 50 and about 20 percent of younger adults have had it.", "About 50 percent of adults have had the vaccine.", true],
  ["N8-under5wrong", "Vaccination reached 90 percent of children under 5 and nearly 60 percent of adults by March.", "By March, vaccination had reached 5 percent of children.", true],
  ["T14-page-uk", "Asked about the banking crisis, the minister said: \"Not the UK's problem.\"", "The minister said the banking crisis was the UK's problem.", true],
  ["T15-claim-colon-no", "The mayor said that one family's home was destroyed by the flood.", "The mayor's message was clear: No one's home was destroyed by the flood.", true],
  ["G7-photo", "Anna Jones won the 10,000 metres in a national record time on Saturday. Photo: @AnnaSmithPhoto", "Anna Smith won the 10,000 metres in a national record time on Saturday.", true],
  ["G8-credit", "Mark Evans scored twice as Cardiff beat Swansea 3-1 on Sunday. Pictures by MarkWilliamsPhotography", "Mark Williams scored twice as Cardiff beat Swansea 3-1 on Sunday.", true],
  ["P12-notunder", "The hospital is under state control, though not under the health ministry.", "The hospital is not under state control.", true],
  ["C9-insteadof", "The band recorded the album in Berlin and mixed it in London over the summer.", "The band recorded the album in London instead of working in Berlin over the summer.", true],
];

test('a review of session 21\'s rules: titles, particles, names run together and a shared percent hide no real contradiction', () => {
  expectWarned(REVIEWED_S21);
});

test('an acronym spelled out across a comma, "none since" said as "the first … since" further apart, and "none of" as an object (found by a fifth probe)', () => {
  // "UCLA": "University of California, Los Angeles" (a comma parts the words); "USC" is still another name in its place.
  const tournament =
    'The University of California, Los Angeles is making its 44th appearance in the tournament, the most of any team in the field. The University at Albany and Villanova University are both making their first appearance in the tournament.';
  assert.deepEqual(warnings('Albany and Villanova are making their first tournament appearances, while UCLA is making its 44th, the most of any team in the field.', tournament), []);
  assert.ok(warnings('Albany and Villanova are making their first tournament appearances, while USC is making its 44th, the most of any team in the field.', tournament).some((w) => /"USC" where the source has/.test(w)));
  // "No team had … since" is the page's "became the first team to … since", however many words part "first" and "since".
  const majors = 'The two Frenchmen became the first team to win all four majors since a pair of American twins did so in 2006.';
  assert.deepEqual(warnings('No team had won all four majors since a pair of American twins did so in 2006.', majors), []);
  // "Kept none of its promises" denies the promises kept, not what the sentence goes on to say of the party.
  const party = 'The party that once promised to abolish winter and to keep none of its promises will field a candidate in the by-election next month.';
  assert.deepEqual(warnings('The party, which once promised to abolish winter, will field a candidate in the by-election next month.', party), []);
  assert.ok(opposite('The party, which once promised to abolish winter, will not field a candidate in the by-election next month.', party));
  const object = negationScope('The party that kept none of its promises plans to run a candidate.');
  assert.ok(object.negated.has(stem('promises')) && !object.negated.has(stem('candidate')));
  // Opening its clause, "none of" denies what follows.
  assert.ok(negationScope('None of the players scored in the final.').negated.has(stem('scored')));
  assert.ok(negationScope('The coach was angry, but none of the players scored in the final.').negated.has(stem('scored')));
});

test('"none of" as an object denies its whole noun phrase; after an adverb or a verb of saying it opens its clause (a review of the rule)', () => {
  const opposite2 = (sentence: string, page: string) => warnings(sentence, page).some((w) => w.startsWith('unsupported-claim'));
  // The noun phrase runs on past its first word: "its campaign promises", "the usual delays at the border".
  assert.ok(opposite2('Critics said the party had kept its campaign promises.', 'The party kept none of its campaign promises, critics said. It now trails the opposition by 12 points.'));
  assert.ok(opposite2('Officials said there were the usual delays at the Dover border crossing on Friday.', 'There were none of the usual delays at the Dover border crossing on Friday, officials said. Lorries passed through in under an hour.'));
  // After "Remarkably" or "Police said", "none of the 12 passengers" is the subject: what follows is denied.
  const bus = 'Remarkably none of the 12 passengers was hurt when the bus left the road near Tarbes on Sunday. The driver was treated for shock.';
  assert.ok(opposite2('All 12 passengers were hurt when the bus left the road near Tarbes on Sunday.', bus));
  assert.deepEqual(warnings('No passengers were hurt when the bus left the road near Tarbes on Sunday.', bus), []);
  assert.ok(opposite2('Police said the victims had been identified by Monday evening.', 'Police said none of the victims had been identified by Monday evening. The fire broke out shortly after midnight.'));
});

test('"rather than" and "instead of" set aside a thing, not what a participle or relative clause after it says of it', () => {
  const page = 'The council voted on Tuesday to require developers to set aside 15 percent of new units as affordable housing, rather than the 2 to 11 percent required under the city\'s existing framework. The mayor praised the vote.';
  // What the existing framework required is stated by the page, inside the phrase "rather than" sets aside.
  assert.deepEqual(warnings('The existing framework required 2 to 11 percent of new units to be affordable.', page), []);
  assert.deepEqual(warnings('Developers must now set aside 15 percent of new units rather than the 2–11 percent required under the existing framework.', page), []);
  const scope = negationScope('The board chose the plan instead of the bridge proposed by the mayor last spring.');
  assert.ok(scope.negated.has(stem('bridge')));
  assert.ok(!scope.negated.has(stem('proposed')) && !scope.negated.has(stem('mayor')));
  const relative = negationScope('They used steel rather than the timber that the builders had ordered.');
  assert.ok(relative.negated.has(stem('timber')) && !relative.negated.has(stem('ordered')));
  // Setting aside an action denies the whole of it.
  const action = negationScope('The city repaired the bridge rather than building one approved by the council.');
  assert.ok(action.negated.has(stem('approved')) && action.negated.has(stem('council')));
  // A sentence that says the set-aside thing was chosen is still the opposite. (One that goes on to repeat the
  // modifier, "chose the bridge proposed by the mayor", is no longer caught: by its words it is as much about what the
  // mayor proposed, which the page states.)
  assert.ok(opposite('The board chose the bridge.', 'The board chose the tunnel plan instead of the bridge proposed by the mayor last spring. Work starts in May.'));
});

test('short passages (a probe of citebench-dev): a negation that leaves its verb unsaid, a year after an event\'s name, degrees glued to a number, a number written in words', () => {
  const warnedOf = (sentence: string, page: string, code: RegExp) => assert.ok(warnings(sentence, page).some((w) => code.test(w)), sentence);
  // "may not," denies the verb said before it ("shut"), which its words do not repeat: no "states the opposite".
  const pension = 'Once the factory shuts, its pension fund may not, or at least not at once. Trustees meet next month.';
  assert.deepEqual(warnings('The pension fund may not shut when the factory does, or at least not at once.', pension), []);
  assert.deepEqual(negationScope(pension).elidedAbout, [[stem('pension'), stem('fund')].reverse()]);
  assert.deepEqual(negationScope('The fund did not shut.').elidedAbout, []);
  // The page writes the year after the event's name, the sentence before it.
  assert.deepEqual(warnings('The Dutch pavilion won the design prize at the 2020 Expo.', 'Expo 2020 highlights: the Dutch pavilion won the design prize.'), []);
  warnedOf('The Dutch pavilion won the design prize at the 2021 Expo.', 'Expo 2020 highlights: the Dutch pavilion won the design prize.', /^number-mismatch/);
  // "41.5C (106.7F)" is a temperature, and Celsius the unit, not a name the page should mention.
  const heat = 'In the valley the thermometer reached 41.5C (106.7F) on Tuesday, a record for June.';
  assert.deepEqual(figures(heat), [
    ['41.5', 41.5, ''],
    ['106.7', 106.7, ''],
  ]);
  assert.deepEqual(warnings('The valley recorded 41.5 degrees Celsius on Tuesday, a June record.', heat), []);
  assert.deepEqual(warnings('The thermometer in the valley reached 106.7 degrees Fahrenheit on Tuesday.', heat), []);
  warnedOf('The valley recorded 42.5 degrees Celsius on Tuesday, a June record.', heat, /^number-mismatch/);
  // A figure the page backs in digits needs no number words of the sentence's.
  const climb = 'The route rises to 3,000 metres before the pass, where climbers rest for the night.';
  assert.deepEqual(warnings('Climbers rest for the night at the pass after the route rises to three thousand metres.', climb), []);
});

test('a figure in another unit of the same measure is the page\'s figure converted, and never a fix for a figure in another unit', () => {
  const parcel = 'The parcel weighed 2.5 kilograms when it reached the depot on Monday.';
  assert.deepEqual(warnings('The parcel weighed 2,500 grams when it reached the depot.', parcel), []);
  assert.deepEqual(warnings('The parcel weighed about 2,500 grams when it reached the depot.', parcel), []);
  const wrong = warnings('The parcel weighed 2,400 grams when it reached the depot.', parcel);
  assert.ok(wrong.some((w) => w.startsWith('number-mismatch')), wrong.join('\n'));
  assert.deepEqual(warnings('The interval lasted 90 minutes.', 'The interval lasted 1.5 hours, longer than planned.'), []);
  assert.deepEqual(warnings('The shelf is 18 inches deep.', 'The shelf is 1.5 feet deep and holds forty books.'), []);
  // Not across systems unless the sentence rounds (`about 3 miles`): 5 km is not 5,000 feet.
  const race = 'The race covered 5 km through the park on Sunday.';
  assert.ok(warnings('The race covered 5,000 feet through the park.', race).some((w) => w.startsWith('number-mismatch')));
  // The units a figure may be converted between, and those it may not.
  const at = (text: string) => unitAfter(text, text.search(/\d/) + (/\d[\d,.]*/.exec(text)?.[0].length ?? 0));
  assert.deepEqual(at('0.05 kilograms'), at('0.05 kg') && { measure: 'mass', size: 1000 });
  assert.equal(at('180g of flour')?.size, 1);
  assert.equal(at('a 12-inch pipe')?.measure, 'imperial length');
  assert.equal(at('5 m people'), undefined);
  // A mile is a statute mile (5,280 feet); a nautical mile is no unit of these.
  assert.deepEqual(at('3 miles'), { measure: 'imperial length', size: 5280 });
  assert.equal(at('200 nautical miles'), undefined);
});

test('the page\'s number in another unit is a wrong figure, shown with both units and never fixed; a unit written another way is the same', () => {
  const peak = 'The summit rises 7,000 feet above the valley floor. The trail to the top is 12 miles long. In winter the pass lies under 3 metres of snow.';
  const feet = warnings('The summit rises 7,000 meters above the valley floor.', peak);
  assert.ok(feet.some((w) => w.startsWith('number-mismatch: The sentence says "7,000 meters"; the cited source gives "7,000 feet"')), feet.join('\n'));
  assert.ok(warnings('The trail to the top is 12 kilometres long.', peak).some((w) => /^number-mismatch: The sentence says "12 kilometres"; the cited source gives "12 miles"/.test(w)));
  assert.ok(warnings('In winter the pass lies under 3 feet of snow.', peak).some((w) => /^number-mismatch: The sentence says "under 3 feet"; the cited source gives "under 3 metres"/.test(w)));
  // The same unit written otherwise, or no unit named on one side, is the page's figure.
  assert.deepEqual(warnings('The summit rises 7,000 ft above the valley floor.', peak), []);
  assert.deepEqual(warnings('The trail to the top is 12 mi long.', peak), []);
  const road = 'Cars may drive at 70 mph on the valley road. A 20 tonne truck crossed the bridge. The 5 km/h limit applies in camp.';
  assert.deepEqual(warnings('Cars may drive at 70 miles per hour on the valley road.', road), []);
  assert.deepEqual(warnings('A 20 ton truck crossed the bridge.', road), []);
  assert.ok(warnings('Cars may drive at 70 kilometres per hour on the valley road.', road).some((w) => w.startsWith('number-mismatch')));
  // A span of time in another unit: "3 weeks" is not the page's "3 days".
  assert.ok(warnings('The hearing lasted 3 weeks.', 'The hearing lasted 3 days and ended on a Friday.').some((w) => w.startsWith('number-mismatch')));
  assert.deepEqual(warnings('The hearing lasted 3 days.', 'The hearing lasted 3 days and ended on a Friday.'), []);
});

test('the page\'s amount in another currency is a wrong figure; the same currency written another way is the same', () => {
  const page = 'The bill foresees a deficit of more than 265bn roubles (£3.1bn; $4.2bn) next year. The bank lent €40m to the port. Tickets cost 500 rupees.';
  const roubles = warnings('The bill foresees a deficit of more than 265bn dollars next year.', page);
  assert.ok(roubles.some((w) => w.startsWith('number-mismatch: The sentence says "more than 265bn dollars"; the cited source gives "more than 265bn roubles"')), roubles.join('\n'));
  assert.ok(warnings('The bank lent $40m to the port.', page).some((w) => w.startsWith('number-mismatch')));
  assert.ok(warnings('Tickets cost 500 roubles.', page).some((w) => w.startsWith('number-mismatch')));
  assert.deepEqual(warnings('The bill foresees a deficit of more than 265bn roubles next year.', page), []);
  assert.deepEqual(warnings('The bill foresees a deficit of more than $4.2bn next year.', page), []);
  assert.deepEqual(warnings('The bank lent 40 million euros to the port.', page), []);
  // A page amount with no currency named backs any.
  assert.deepEqual(warnings('The bill foresees a deficit of $265bn next year.', 'The bill foresees a deficit of 265bn next year.'), []);
});

test('a page\'s "does not mean that X" holds X back too; a name spelled with a vowel doubled is the same name (AI-style probes)', () => {
  const soil = 'The rule asks for a citizen by birth. It does not mean that a mayor must have been born inside the city limits to serve. Two were born abroad.';
  assert.deepEqual(warnings('A mayor does not have to be born inside the city limits to serve.', soil), []);
  const study = 'The trial did not show that the new drug shortens recovery, the authors wrote.';
  assert.deepEqual(warnings('The new drug does not shorten recovery, the authors wrote.', study).filter((w) => /opposite/.test(w)), []);
  // What the page denies is still the opposite of a sentence that states it.
  assert.ok(opposite('The trial showed that the new drug shortens recovery.', study));
  assert.ok(negationScope('It does not mean that a mayor must live in the city.').negated.has(stem('live')));
  // A claim's own "did not say that" keeps its narrow reading (the saying is what it denies).
  assert.ok(!negationScope('She did not say that the mayor must live in the city.', true).negated.has(stem('live')));
  const village = 'Under the Panchyati Raaj Act the village is run by a Sarpanch, an elected head of the village.';
  assert.deepEqual(warnings('Under the Panchayati Raj Act the village is run by an elected Sarpanch.', village), []);
  // Another vowel is another name.
  assert.ok(warnings('Under the Panchyati Rej Act the village is run by an elected Sarpanch.', village).length > 0);
});

test('a sentence of the page that lacks a word the part denies, which the page has elsewhere, states something else', () => {
  const rules =
    "The rules require anyone elected to the board to be a registered member of the club. What that means is only those members who paid their dues for a full year and did not have to be nominated twice are eligible to stand. It does not mean that a board member must have played for the club to serve, even though there has never been a board member who did not play for one of the club's teams.";
  assert.deepEqual(warnings('Being a registered member does not require a board member to have played for the club, even though no board member has ever been someone who did not play for one of its teams.', rules), []);
  const bill = 'The bill passed the House on Tuesday by 220 votes to 205. In the Senate, a vote is expected next month.';
  assert.ok(!opposite('The bill has not yet passed the Senate.', bill));
  // The sentence that states the denied words is still the opposite.
  assert.ok(opposite('The bill did not pass the House.', bill));
});

test('a scale letter glued to a number is that scale where its sentence spells it out; a difference of two page figures backs the sentence (probe 8)', () => {
  const plays = 'It is the top show of all time on the service, at 75 million program plays (55m this year alone).';
  assert.deepEqual(warnings('The show has had 75 million program plays, 55 million of them this year alone.', plays), []);
  assert.ok(warnings('The show has had 75 million program plays, 45 million of them this year alone.', plays).some((w) => w.startsWith('number-mismatch')));
  // "A 30m drop" with no "million" near is no 30 million.
  assert.deepEqual(extractFigures('a 30m drop into the sea').map((f) => f.value), []);
  const fuel = 'The highest average price, $6.34, is in California, and ten states have now passed the $5 mark.';
  assert.deepEqual(warnings("California's average price is more than $1.30 above the $5 mark.", fuel).filter((w) => w.startsWith('number-mismatch')), []);
  assert.ok(warnings("California's average price is more than $2.30 above the $5 mark.", fuel).some((w) => w.startsWith('number-mismatch')));
});

test("'nobody's found', 'wasn't her first' and a date with a two-digit year are read as the page says them (probe 9)", () => {
  const mars = 'To date, no proof of past or present life has been found on Mars.';
  assert.deepEqual(warnings("So far, nobody's found proof of life on Mars, past or present.", mars), []);
  assert.ok(warnings('So far, scientists have found proof of life on Mars, past or present.', mars).some((w) => w.startsWith('unsupported-claim')));
  // "Not her first" says there was one before; it is the opposite only of a page calling the same thing the first.
  assert.deepEqual(warnings("It wasn't her first intense pregnancy.", 'She had already been through an intense pregnancy: in 2010, pregnant with her first child, she found a lump.'), []);
  assert.ok(warnings("It wasn't her first pregnancy.", 'It was her first pregnancy, and it was an intense one.').some((w) => w.startsWith('unsupported-claim')));
  assert.deepEqual(extractFigures('24/02/22: 6 papers accepted').map((f) => [f.kind, f.value]), [['year', 2022], ['number', 6]]);
  assert.deepEqual(extractFigures('opened on 11/06/98 in Leeds').map((f) => [f.kind, f.value]), [['year', 1998]]);
  // Dots with a year of two digits are a version's.
  assert.deepEqual(extractFigures('runs on Python 3.10.12').filter((f) => f.kind === 'year'), []);
  // A glued "m" is millions only set beside a spelled-out million or counting what it counts.
  assert.deepEqual(extractFigures('He ran 400m, and the race drew 2 million viewers.').map((f) => f.value), [2e6]);
});
