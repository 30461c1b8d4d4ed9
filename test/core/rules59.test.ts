/**
 * Session 59's rules:
 * - a word the page negates only as the first thing a negation of another thing denies, and states plainly as well,
 *   is stated plainly as far as a sentence denying it goes: "is not in orbit around the Earth … it orbits the Sun"
 *   states the orbit of the Sun, so "does not orbit the Sun" says the opposite of the page. A page that denies the
 *   sentence's own thing ("has to date never exercised this right"), or denies the word alone ("exposed none such
 *   changes"), still says it alike.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';

const opposite = (sentence: string, page: string) => warnings(sentence, page).some((w) => w.startsWith('unsupported-claim') && /states the opposite/.test(w));

test('a word the page negates only of another thing, and states plainly too, is stated plainly', () => {
  const ONE = 'The James Webb Space Telescope is not in orbit around the Earth, like the Hubble Space Telescope is - it actually orbits the Sun, 1.5 million kilometers (1 million miles) away from the Earth at what is called the second Lagrange point or L2.';
  const TWO = 'Unlike Hubble, the James Webb Space Telescope is not in orbit around the Earth. It orbits the Sun, 1.5 million kilometers away.';
  for (const page of [ONE, TWO]) {
    assert.ok(opposite('The James Webb Space Telescope does not orbit the Sun.', page), page);
    assert.ok(!opposite('The James Webb Space Telescope orbits the Sun.', page), page);
  }
  assert.ok(opposite('The James Webb Space Telescope orbits the Sun at what is not called the second Lagrange point.', ONE));
  assert.ok(!opposite('The James Webb Space Telescope orbits the Sun at what is called the second Lagrange point.', ONE));
});

test('a page that denies the sentence’s own thing, or the word alone, still says the negation alike', () => {
  const SENATE = 'Finally, the House of Representatives has exercised its right to institute an inquiry on several occasions, particularly in recent years, whereas the Senate has to date never exercised this right.';
  assert.ok(!opposite('The Senate has to date never exercised its right to institute an inquiry, whereas the House of Representatives has done so on several occasions.', SENATE));
  const PAINTINGS = "In opposition to the various changes in the Boston painting, the scientific research of the paintings in Bruges, St. Petersburg and Munich have 'exposed' none such changes.";
  assert.ok(!opposite('None of the changes found in the Boston painting turned up in the Bruges, St. Petersburg or Munich versions.', PAINTINGS));
});
