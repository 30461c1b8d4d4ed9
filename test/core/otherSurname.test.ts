/**
 * A person's name whose forename the page writes with another surname (`otherSurname` in
 * conflicts.ts): "Sam York" where the page has "Sam Parnia" and "York" only in "New York". The
 * faithful forms that must stay clean: the surname alone or after a title, a middle initial, a
 * spelling of the surname, a hyphenated name, a word that is no forename.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { expectWarned, warnings } from '../helpers/oneSentence';
import { isForename } from '../../server/src/core/support/forenames';
import { buildForenames, forenamesModule, FORENAMES_FILE } from '../../scripts/forenames';

const PARNIA =
  'Research conducted by Sam Parnia and his team at Stony Brook has shed some light on the matter. The study followed 2,060 patients in New York and London who had a cardiac arrest. About 40 percent described some kind of awareness.';

test('a forename with a surname the page gives another person of that forename is a name the page does not back', () => {
  const w = warnings('Research conducted by Sam York and his team has shed some light on what happens when we die.', PARNIA);
  assert.equal(w.length, 1, w.join('\n'));
  assert.match(w[0], /^unsupported-claim: .*The sentence has "Sam York" where the source has "Sam Parnia"/);
  expectWarned([
    ['first word', 'Laura Wright was born in Washington, D.C., and studied acting in London. Her first shop was in Old Town.', 'Laura Town was born in Washington, D.C.', true],
    ['after a title', 'President Robert Mugabe was placed under house arrest on Wednesday, the army said. Former minister Jonathan Moyo fled the capital.', 'President Robert Moyo was placed under house arrest on Wednesday.', true],
    ['possessive', PARNIA, "Sam York's team followed 2,060 patients who had a cardiac arrest.", true],
  ]);
});

test('the faithful forms of a name stay clean', () => {
  expectWarned([
    ['as the page writes it', PARNIA, 'Research conducted by Sam Parnia and his team has shed some light on the matter.', false],
    ['a middle initial on the page', 'Research by Sam A. Parnia, who works in New York, followed 2,060 patients who had a cardiac arrest.', 'Research by Sam Parnia followed 2,060 patients who had a cardiac arrest.', false],
    // The page speaks of him by the surname alone: the sentence may add the forename the page leaves out.
    ['surname alone on the page', 'In the final, Herbert and Mahut beat Henri Kontinen and Peers in straight sets. John Newcombe presented the trophy.', 'In the final, Herbert and Mahut beat Henri Kontinen and John Peers in straight sets.', false],
    ['surname after a title', 'Dr. Peers led the trial at the hospital. John Newcombe chaired the ethics board of the trial.', 'John Peers led the trial at the hospital.', false],
    ['another spelling', 'Mikael Jorgenson plays keyboards for Wilco. The band recorded at Peter Jorgensen studio in Chicago.', 'Mikael Jorgensen plays keyboards for Wilco.', false],
    ['a hyphenated name', 'Lin Fei-fan and Chen Wei-ting led the occupation of the Legislature in March 2014.', 'Lin Fei-fan and Chen Wei-ting led the occupation of the Legislature in March 2014.', false],
    ['a word cut short, of a common word the page writes in full', 'The Georgia Institute of Technology in Atlanta has opened a new robotics centre.', 'Georgia Tech has opened a new robotics centre in Atlanta.', false],
    ['a longer forename that stems otherwise (Gregory)', 'Gregory York led the team at the hospital in Leeds. Greg Parnia, a nurse there, joined the team later.', 'Greg York led the team at the hospital in Leeds.', false],
    ['a word joined before it', 'The Dess-Martin oxidation turns primary alcohols into aldehydes. Martin Smith described it in a review.', 'The Dess-Martin Oxidation turns primary alcohols into aldehydes.', false],
  ]);
});

test('forenames: common first names, not nationality words nor other names', () => {
  for (const w of ['sam', 'laura', 'robert', 'mikael', 'jose']) assert.ok(isForename(w), w);
  for (const w of ['dutch', 'european', 'president', 'united', 'senate']) assert.ok(!isForename(w), w);
});

test('the shipped list of forenames is what scripts/forenames.ts builds', () => {
  assert.equal(readFileSync(FORENAMES_FILE, 'utf8'), forenamesModule(buildForenames()));
});

test('a forename, or a common word opening a sentence, makes no short form of a longer word: the name swap is still told', () => {
  const w = warnings('Treasury secretary Bill Yellen said on Monday the deficit would narrow.', 'Treasury secretary Janet Yellen said on Monday the deficit would narrow. Billing errors were common, she added.');
  assert.ok(w.some((x) => /"Bill" where the source has "Janet"/.test(x)), w.join('\n'));
});
