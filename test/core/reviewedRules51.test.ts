/**
 * Session 51's rules, from two new probes (`bench/data/probe-wice26`, `probe-dev17`), whose first run warned no
 * faithful sentence and let through a flipped negation said with another verb of permission:
 * - a page's "were not allowed out of the cellblock to work" denies a sentence's "were let out of the cellblock to
 *   work" ("allow", "permit" and "let" are one verb for the polarity check), only where the page grants nothing with
 *   such a verb and neither says it within bounds (a question, a condition, "except", "until", "since"): a review
 *   (`review51-rules.json`, 66 cases) found the first form warning 12 of its 45 faithful sentences;
 * and from two more (`probe-wice27`, `probe-dev18`), whose first run warned one faithful sentence and let through a
 * share said with its noun inside it:
 * - "There is no agreed figure for the population" is the page's "the figure was disputed": "dispute" is an opposite
 *   of "agree", and a participle before its noun ("agreed figure") is in the place of the page's word said of the noun;
 * - "one child in six" is a share, as "one in six children" is;
 * with the sentences that must stay unwarned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings, judgedOtherwise, judgedSentence } from '../helpers/oneSentence';
import { extractFigures } from '../../server/src/core/support/numbers';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));

const JAIL = 'The old county jail held prisoners for more than a century. Those accused of felony crimes would be held here until trial. They were not allowed out of the cellblock to work while awaiting trial.';

test('a page that denies a permission denies it said with another verb of permission', () => {
  for (const verb of ['let', 'permitted', 'allowed']) {
    assert.ok(codes(`Prisoners awaiting trial on felony charges were ${verb} out of the cellblock to work.`, JAIL).includes('unsupported-claim'), verb);
  }
  // The sentence's own denial, however said, is the page's.
  for (const said of ['were not let out', 'were never permitted out', 'were not allowed out']) {
    assert.deepEqual(codes(`Prisoners awaiting trial on felony charges ${said} of the cellblock to work.`, JAIL), [], said);
  }
});

test('a verb of permission in the sentence is no flip where the page denies something else', () => {
  const PARK = 'Dogs are allowed in the park on a lead. Bicycles are not permitted on the lakeside path.';
  assert.deepEqual(codes('Dogs on a lead are let into the park.', PARK), []);
  const SCHOOL = 'Pupils were not allowed to leave the school grounds at lunchtime. The school let parents collect children early on Fridays.';
  assert.deepEqual(codes('The school let parents collect their children early on Fridays.', SCHOOL), []);
});

test('other senses of the verbs, and a page or a sentence that bounds the permission, are no flip', () => {
  // "Let them down", "a building permit", "allowed that" (conceded).
  assert.deepEqual(codes('Many fans said the league had let them down over the final.', 'Fans were not allowed into the stadium for the final because of the outbreak. Many said the league had let them down.'), []);
  assert.deepEqual(codes('On market days, residents holding a parking permit may park in Church Lane.', 'Drivers are not allowed to park on the high street on market days. Residents with a parking permit may park in Church Lane.'), []);
  assert.deepEqual(codes('The minister allowed that the figures given at the briefing were provisional.', 'The minister did not permit questions at the briefing, though she allowed that the figures were provisional.'), []);
  // A question; an exception; a time after which it changed.
  assert.deepEqual(codes('Were prisoners awaiting trial on felony charges ever let out of the cellblock to work?', JAIL), []);
  assert.deepEqual(codes('Staff are allowed to use the goods lift in an emergency.', 'Staff are not permitted to use the goods lift except in an emergency.'), []);
  assert.deepEqual(codes("Since 1999, women have been let into the members' pavilion at the cricket ground.", "Women were not allowed in the members' pavilion at the cricket ground until 1999. Since then they have been admitted as members."), []);
});

test('the review of the permission rule: faithful sentences warned and wrong ones let through', () => {
  // The first form warned 12 of the 45 faithful sentences (its build before: 1) and caught 18 of the 21 wrong ones (6).
  // Now: the one faithful sentence the build before warned too (f41: "first let … enrol in 1962" for "not permitted …
  // until the 1960s"); let through, wrong: a sentence bounded by "after" or "before" (w05, w21), a page that denies
  // with "may not", "forbidden" or "refused to" (w14, w15, w20).
  assert.deepEqual(judgedOtherwise('review51-rules.json'), ['f41', 'w05', 'w14', 'w15', 'w20', 'w21']);
});

const LAGOS = 'The exact population of Metropolitan Lagos is disputed. In the 2006 federal census data, the conurbation had a population of about 8 million people. However, the figure was disputed by the Lagos State Government, which later released its own population data.';

test('"no agreed figure" says what the page\'s "the figure was disputed" says; its denial does not', () => {
  assert.deepEqual(codes('There is no agreed figure for the exact population of Metropolitan Lagos.', LAGOS), []);
  assert.ok(codes('The exact population of Metropolitan Lagos is not disputed.', LAGOS).includes('unsupported-claim'));
  // "Dispute" is no opposite of "agree" for the notes: "agree that the forecast is too optimistic" / "dispute the
  // forecast's assumptions, calling the forecast too optimistic" (the review found such notes on faithful sentences).
  const notes = (sentence: string, page: string) => judgedSentence(sentence, page).diagnostics.filter((d) => /says .* where the sentence says/.test(d.message));
  assert.deepEqual(notes('Most economists agree that the forecast is too optimistic.', "Most economists dispute the forecast's assumptions, calling the forecast too optimistic."), []);
});

test('a name the page writes contracted in capitals ("QLD" for "Queensland") is mentioned; a capitalised word is no contraction', () => {
  const REEF = 'The Great Barrier Reef spans for several thousand kilometres off the QLD coast.';
  assert.deepEqual(codes('The reef lies off the coast of Queensland.', REEF), []);
  assert.ok(codes('The reef lies off the coast of Tasmania.', REEF).includes('unsupported-claim'));
  // "Wins", "Sure", "Sets" are words, not "Watkins", "Sundance", "Selects" cut short: the name is still not found.
  const notFound = (sentence: string, page: string) => judgedSentence(sentence, page).diagnostics.map((d) => d.message).join(' ');
  assert.match(notFound('Tom Watkins won the Producers Guild award in 2015.', 'Smith Wins Award. Jane Smith, a producer, won the Producers Guild award in 2015.'), /Not found in the cited source: [^.]*"Watkins"/);
  assert.match(notFound('Tom Watkins won the Producers Guild award in 2015.', 'WINS AWARD. Jane Smith, a producer, won the Producers Guild award in 2015.'), /Not found in the cited source: [^.]*"Watkins"/);
});

test('the review of the share and dispute rules (86 cases)', () => {
  // The first form warned 21 of 62 faithful sentences (its build before: 7) and noted 3. Now 4, each warned by the
  // build before too: "no agreed number" for "debated" (a03), a two-word noun after "agreed" (a04), "one voter in
  // 10 turned out" (s07) and "one Oscar in five nominations" (n08). Let through, wrong: a share followed by a phrase
  // of place ("one adult in four in Wales", x02, x05-x07); "agreed" against a page that disputed it first and agreed
  // since, or "disputed by neither side" (b03, b11); an agreement the page denies in other words (b01, b05-b08, b13).
  assert.deepEqual(judgedOtherwise('review51b-rules.json'), ['a03', 'a04', 'b01', 'b03', 'b05', 'b06', 'b07', 'b08', 'b11', 'b13', 'n08', 's07', 'x02', 'x05', 'x06', 'x07']);
});

test('a share said with its noun inside it ("one child in six"), and what is no share', () => {
  const share = (t: string) => extractFigures(t).map((f) => [f.kind, f.value, f.text]);
  assert.deepEqual(share('One child in six does not own a book.'), [['percent', 16.7, 'One child in six']]);
  assert.deepEqual(share('One adult in four has a degree.'), [['percent', 25, 'One adult in four']]);
  // A rate of things over times or games: the count after "in" has a noun of its own, or the word between is one of time.
  // (The review found the first form reading these as shares, and warning the faithful sentence.)
  for (const rate of ['He scored one goal in five games.', 'It rains one day in ten.', 'Cole won one award in five seasons at Bolton.', 'The coach makes one stop in three hours.', 'Inspectors found one house in ten streets still occupied.', 'The director won one Oscar in five nominations.']) assert.deepEqual(share(rate), [], rate);
  // Only before a verb or a stop: "one voter in 10 turned out" is left unread (its "10" a number) rather than guessed at.
  assert.deepEqual(share('Just one voter in 10 turned out.'), [['number', 10, '10']]);
  // The page's other ways of saying a share: "one in every six", "one out of every six", "a sixth of", "every fourth
  // weekend", "the first of every three beats".
  assert.deepEqual(share('One in every six children is poor.'), [['percent', 16.7, 'One in every six']]);
  assert.deepEqual(share('One out of every six is poor.'), [['percent', 16.7, 'One out of every six']]);
  assert.deepEqual(share('A sixth of children are poor.'), [['percent', 16.7, 'A sixth']]);
  assert.deepEqual(share('Junior doctors work every fourth weekend.'), [['percent', 25, 'every fourth']]);
  assert.deepEqual(share('The first of every three beats is accented.'), [['percent', 33.3, 'The first of every three']]);
  assert.deepEqual(codes('Junior doctors at the hospital now work one weekend in four.', 'Junior doctors at the hospital work every fourth weekend under the new rota, down from every third.'), []);
  const PAGE = 'The problem starts at a younger age; 1 in 8 children don\'t even own a book.';
  assert.ok(codes('The problem starts young: one child in six does not even own a book.', PAGE).includes('number-mismatch'));
  assert.deepEqual(codes('The problem starts young: one child in eight does not even own a book.', PAGE), []);
});

test('"there was no X" is the page\'s "the X … didn\'t exist"; the page\'s plain "X existed" still flips it', () => {
  const DOME = 'When the dome was last restored in 1989, the technology to accurately estimate the size of each panel didn\'t exist, so the pieces fit together more loosely.';
  assert.deepEqual(codes('At the last restoration, in 1989, there was no technology to size each panel accurately.', DOME), []);
  const EXISTED = 'When the dome was last restored in 1989, the technology to accurately estimate the size of each panel already existed and was used.';
  assert.ok(codes('At the last restoration, in 1989, there was no technology to size each panel accurately.', EXISTED).includes('unsupported-claim'));
});

test('"voted without a single dissent to admit 26 clubs" denies a dissent, not the admitting', () => {
  const LEAGUE = 'The East of Scotland Football League has voted unanimously to introduce 26 new clubs next season.';
  assert.deepEqual(codes('The league voted without a single dissent to admit 26 new clubs next season.', LEAGUE), []);
  // "Without" before the verb it denies still denies it.
  assert.ok(codes('The league went into next season without admitting any new clubs.', LEAGUE).includes('unsupported-claim'));
});

test('"unless X, no Y" is the page\'s "without X, no Y"; "even if X, no Y" is not', () => {
  const PAGE = 'The minister grew up in a family held together by its women.\n\nBringing women in was vital to the talks – she knew that without help from the women in the community, there was no way she could persuade the men to join the conversation.\n\nShe had to find common ground between families on all sides, in order to help people find hope.';
  assert.deepEqual(codes('The minister understood that unless the women of the community helped, she had no hope of persuading the men to join the conversation.', PAGE), []);
  assert.ok(codes('The minister understood that even if the women of the community helped, she had no hope of persuading the men to join the conversation.', PAGE).includes('unsupported-claim'));
});

test('"half the rural rate" is a measure halved, no share; "three homes in five" is a share', () => {
  const share = (t: string) => extractFigures(t).map((f) => [f.kind, f.value, f.text]);
  assert.deepEqual(share('City households own guns at half the rural rate.'), []);
  assert.deepEqual(share('Half the population voted.'), [['percent', 50, 'Half']]);
  assert.deepEqual(share('In the countryside three homes in five keep a gun.'), [['percent', 60, 'three homes in five']]);
  // Seasons, games, wickets: a rate, not a share ("three seasons in every four", worked out of the sentence's own figures).
  assert.deepEqual(share('He passed a hundred wickets nine times, three seasons in four.'), []);
  const GUNS = 'About 60 percent of rural households own a gun — double the rate of city households.';
  assert.deepEqual(codes('Gun ownership among city households runs at half the rural rate, and in the countryside about three homes in five keep a gun.', GUNS), []);
  assert.ok(codes('In the countryside about four homes in five keep a gun.', GUNS).includes('number-mismatch'));
});

test('a year a page names by its dateline: "five years ago", "last September"', () => {
  const CUBA = 'Posted June 28, 2007 by a correspondent\n\nThe latest push for change is led by a dissident who five years ago gathered 25,000 signatures for a referendum.';
  assert.deepEqual(codes('The dissident gathered 25,000 signatures for a referendum in 2002.', CUBA), []);
  assert.ok(codes('The dissident gathered 25,000 signatures for a referendum in 2004.', CUBA).includes('number-mismatch'));
  const STORMS = '#### August 28 2018 07:30 PM EDT\n\nLast September was the most active month on record for Atlantic hurricanes.';
  assert.deepEqual(codes('September 2017 was the most active month on record for Atlantic hurricanes.', STORMS), []);
  assert.ok(codes('September 2016 was the most active month on record for Atlantic hurricanes.', STORMS).includes('number-mismatch'));
  // On a page of November, "last September" is the same year's.
  const LATER = 'November 2, 2018\n\nLast September was the most active month on record for Atlantic hurricanes.';
  assert.deepEqual(codes('September 2018 was the most active month on record for Atlantic hurricanes.', LATER), []);
});

test('"a poor floater" is the page\'s "wouldn\'t float very well"; "not dyed that way … dyed in the piece instead" denies the way only', () => {
  const CANOE = "Wood floats because it is less dense than water. If canoes were solid, they wouldn't float very well at all.";
  assert.deepEqual(codes('A canoe that was solid all the way through would be a poor floater.', CANOE), []);
  assert.ok(codes('A canoe that was solid all the way through would float very well.', CANOE).includes('unsupported-claim'));
  const CLOTH = 'Producing the pattern needs the dyeing of the yarn before weaving, but in the case of so many flannels and cloths it is piece dyed, and so after a piece of flannel comes from the loom it has many finishing processes. First the oil has to be removed, then it is dyed.';
  assert.deepEqual(codes('Making a pattern needs the yarn to be dyed before weaving, but many flannels and cloths are not dyed that way: they are dyed in the piece instead.', CLOTH), []);
  assert.ok(codes('Many flannels and cloths are not dyed at all.', CLOTH).includes('unsupported-claim'));
});

test('the review of the later rules (90 cases): shares, years by the dateline, poor quality, a way denied', () => {
  // Their first forms warned 13 of 45 faithful sentences (the build before them: 17) and caught 15 of 45 wrong ones
  // (25): "two touchdowns in three drives", "four finals in five," read as shares; "five years ago" of another clause's
  // verb, after "more than", in reported speech, or below a later year; a heading's event date taken for the dateline;
  // "paid poorly" for "did not pay at all"; a way denied and the opposite way stated. Now 7 faithful warned, each warned
  // by the build before too, and 25 wrong caught. Let through, wrong: "half the price" for "a third of the price"
  // (A25-A27: "half the" before a measure is no share), a year of "founded …" in a sentence whose "five years ago" is of
  // the move (B11), a month across the year's turn (B05, B19), and older gaps.
  assert.deepEqual(judgedOtherwise('review51c-rules.json'), ['A17', 'A18', 'A23', 'A25', 'A26', 'A27', 'A30', 'B05', 'B11', 'B17', 'B18', 'B19', 'C02', 'C03', 'C06', 'C07', 'C09', 'C11', 'C12', 'C13', 'C15', 'C16', 'C18', 'C30', 'C31']);
});

test('a count inside a share said in words is the share\'s ("Two children in ten" against "One in five children")', () => {
  assert.deepEqual(codes('Two children in ten now live in poverty in the district, the report found.', 'One in five children in the district now lives in poverty, the report found.'), []);
  assert.ok(codes('Three children in ten now live in poverty in the district, the report found.', 'One in five children in the district now lives in poverty, the report found.').includes('number-mismatch'));
});

test('a name the sentence speaks to ("So, Becca, it\'s Cooper\'s character …") is the person addressed, not a name it states', () => {
  const SONG = '"I\'ll Never Love Again" is a song from the 2018 film A Star Is Born, performed by its stars Lady Gaga and director Bradley Cooper, whose character sings the final chorus in a flashback scene.';
  assert.deepEqual(codes("So, Becca, it's Cooper's character who takes the final chorus, in the flashback scene.", SONG), []);
  // Not set off by commas, it is a name the sentence states.
  assert.ok(codes('So Becca Smith sings the final chorus in a flashback scene of the film.', SONG).includes('unsupported-claim'));
  assert.ok(codes('In the film, Becca Smith sings the final chorus in a flashback scene.', SONG).includes('unsupported-claim'));
});

test('a dateline with a time before its date ("Published 11:07 p.m. ET Jan. 27, 2019") dates the page\'s "last year"', () => {
  const PAGE = 'Published 11:07 p.m. ET Jan. 27, 2019 | Updated 11:14 a.m. ET\n\nThe state passed a universal background check law last year, the governor said in a statement on Sunday.';
  assert.deepEqual(codes('The state passed a universal background check law in 2018.', PAGE), []);
  assert.ok(codes('The state passed a universal background check law in 2017.', PAGE).includes('number-mismatch'));
});
