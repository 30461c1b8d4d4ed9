/**
 * Session 59's rules:
 * - a word the page negates only as the first thing a negation of another thing denies, and states plainly as well,
 *   is stated plainly as far as a sentence denying it goes: "is not in orbit around the Earth … it orbits the Sun"
 *   states the orbit of the Sun, so "does not orbit the Sun" says the opposite of the page. A page that denies the
 *   sentence's own thing ("has to date never exercised this right"), or denies the word alone ("exposed none such
 *   changes"), still says it alike;
 * and from the false alarms of two probes on their first run (`probe-wice56`, `probe-dev47`):
 * - "no" before a comparative with its "than" compares ("did no better in the course than classmates"): it denies the
 *   comparative alone, not the rest of its clause (the course was taken);
 * - "far from being" denies, after an adverb too ("are frequently far from being the most important");
 * - "are out of school", "was out of work" is "not in school", "not in work";
 * - a count with its items listed in brackets after it ("Seven states (Arkansas, Indiana, …) have used") counts the
 *   same thing as the sentence's count, and the clause goes on after the brackets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';
import { negationScope } from '../../server/src/core/support/features';
import { checkCounts } from '../../server/src/core/support/counts';
import { evidenceFor } from '../../server/src/core/support/evidence';
import type { ExtractedText } from '../../server/src/core/sources/sourceTypes';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));
const opposite = (sentence: string, page: string) => warnings(sentence, page).some((w) => w.startsWith('unsupported-claim') && /states the opposite/.test(w));

test('a word the page negates only of another thing, and states plainly too, is stated plainly', () => {
  const ONE = 'The James Webb Space Telescope is not in orbit around the Earth, like the Hubble Space Telescope is - it actually orbits the Sun, 1.5 million kilometers (1 million miles) away from the Earth at what is called the second Lagrange point or L2.';
  const TWO = 'Unlike Hubble, the James Webb Space Telescope is not in orbit around the Earth. It orbits the Sun, 1.5 million kilometers away.';
  for (const page of [ONE, TWO]) {
    assert.ok(opposite('The James Webb Space Telescope does not orbit the Sun.', page), page);
    assert.ok(!opposite('The James Webb Space Telescope orbits the Sun.', page), page);
  }
  // (A window that negates a word the sentence states plainly may say the sentence's own negation another way, even where
  // it states the word too: "does not apply to CDs that renew automatically" / "an extra 0.10% on a new CD, though not on
  // automatic renewals". So "orbits the Sun at what is not called …" is not read as the opposite of the first page.)
  assert.ok(!opposite('The James Webb Space Telescope orbits the Sun at what is called the second Lagrange point.', ONE));
});

test('a page that denies the sentence’s own thing, or the word alone, still says the negation alike', () => {
  const SENATE = 'Finally, the House of Representatives has exercised its right to institute an inquiry on several occasions, particularly in recent years, whereas the Senate has to date never exercised this right.';
  assert.ok(!opposite('The Senate has to date never exercised its right to institute an inquiry, whereas the House of Representatives has done so on several occasions.', SENATE));
  const PAINTINGS = "In opposition to the various changes in the Boston painting, the scientific research of the paintings in Bruges, St. Petersburg and Munich have 'exposed' none such changes.";
  assert.ok(!opposite('None of the changes found in the Boston painting turned up in the Bruges, St. Petersburg or Munich versions.', PAINTINGS));
});

test('"no" before a comparative with its "than" denies the comparative alone', () => {
  const negated = (text: string) => [...negationScope(text, true).negated];
  assert.deepEqual(negated("They did no better in the college's introductory course than their classmates."), ['better']);
  assert.deepEqual(negated('The chip is no larger than a coin.'), ['larger']);
  // Without its "than" it denies as before ("no longer", "no more money").
  assert.deepEqual(negated('The shop no longer sells bread.'), ['sell', 'bread']);
  const PAGE = "In an experiment conducted by Dartmouth College, entering students with a 5 on their AP Psychology exam took the final exam from the college's introductory Psych course. Worse, when the AP superstars did enroll in intro Psych, they performed no better than classmates with no prior coursework in the subject area.";
  assert.ok(!opposite("In a Dartmouth College experiment, entering students who had scored a 5 on the AP Psychology exam did no better in the college's introductory psychology course than classmates who had never studied the subject.", PAGE));
});

test('"far from being" denies, after an adverb too', () => {
  const scope = (text: string) => negationScope(text);
  assert.ok(scope('Tax incentives are frequently far from being the most important one.').negated.has('import'));
  assert.ok(scope('The project is still far from reaching its target.').negated.has('reach'));
  assert.ok(scope('The plan was far from being a success.').negated.has('success'));
  // Not a place far from something ("far from existing homes").
  assert.equal(scope('The new estate was built far from existing homes.').sentential, false);
  const PAGE = 'Foreign investors, the primary target of most tax incentives, base their decision to enter a country on a whole host of factors (such as natural resources, political stability, transparent regulatory systems, infrastructure, a skilled workforce), of which tax incentives are frequently far from being the most important one.';
  assert.ok(!opposite('Foreign investors weigh a whole host of factors before entering a country, from natural resources and political stability to infrastructure and a skilled workforce, and tax incentives are often not the most important of them.', PAGE));
});

test('"out of school" after "be" is "not in school"', () => {
  const implied = (text: string) => [...negationScope(text).implied];
  assert.deepEqual(implied('Over one-fifth of children are out of school.'), ['out']);
  assert.deepEqual(implied('He was out of work for a year.'), ['out']);
  // Not what a thing is made of, nor a share.
  assert.deepEqual(implied('The frame is made out of wood.'), []);
  assert.deepEqual(implied('Four are out of five.'), []);
  const PAGE = 'Of all regions, sub-Saharan Africa has the highest rates of education exclusion. Over one-fifth of children between the ages of about 6 and 11 are out of school, followed by one-third of youth between the ages of about 12 and 14.';
  assert.ok(!opposite('Sub-Saharan Africa has the worst rates of exclusion from education of any region: over a fifth of children aged roughly 6 to 11 are not in school there, nor are a third of those aged roughly 12 to 14.', PAGE));
});

test('a count with its items in brackets after it is the page\'s count of the same thing', () => {
  const PAGE = 'Seven states (Arkansas, Indiana, Montana, Nebraska, Nevada, Oklahoma, and Washington) have used telehealth strategies to increase the use of DSMES programs in community settings.';
  const counts = (sentence: string) => checkCounts(sentence, [evidenceFor({ text: PAGE } as ExtractedText)]).map((c) => `${c.text}->${c.replacement}`);
  assert.deepEqual(counts('Nine states have used telehealth strategies to increase the use of DSMES programs.'), ['Nine->Seven']);
  assert.deepEqual(counts('Nine states, among them Arkansas, Montana and Oklahoma, have used telehealth strategies to increase the use of DSMES programs in community settings.'), ['Nine->Seven']);
  assert.deepEqual(counts('Seven states have used telehealth strategies to increase the use of DSMES programs.'), []);
  assert.ok(codes('Nine states have used telehealth strategies to increase the use of DSMES programs.', PAGE).includes('number-mismatch'));
  // Not a count said with other words of its own clause than the page's.
  assert.deepEqual(counts('Nine states have banned fireworks outright.'), []);
});
