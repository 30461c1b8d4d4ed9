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
import { warnings, judgedOtherwise } from '../helpers/oneSentence';
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
});

test('a share said with its noun inside it ("one child in six"), and what is no share', () => {
  const share = (t: string) => extractFigures(t).map((f) => [f.kind, f.value, f.text]);
  assert.deepEqual(share('One child in six does not own a book.'), [['percent', 16.7, 'One child in six']]);
  assert.deepEqual(share('Just one voter in 10 turned out.'), [['percent', 10, 'one voter in 10']]);
  // A rate of things over times or games, and "one in a thousand", are not read so.
  assert.deepEqual(share('He scored one goal in five games.'), []);
  assert.deepEqual(share('It rains one day in ten.'), []);
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
