/**
 * The figure scan reads a page's numbers as the patterns it replaced did: `figureMatches` finds FIGURE_RE's matches
 * without trying it at every character, and `wordBefore` reads the word before a number as WORD_BEFORE did, on random
 * texts of digits, currencies, letters of several scripts, spaces and line breaks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, FIGURE_RE, figureMatches, WORD_BEFORE, wordBefore } from '../../server/src/core/support/numbers';

function texts(alphabet: string[], count: number, seed: number, most = 24): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * most) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

test('figureMatches finds what matchAll finds with FIGURE_RE', () => {
  const alphabet = ['1', '23', ',000', '.5', ' ', '\u00a0', '$', '€', '£', '¥', '₹', 'US$', 'USD', 'usd ', 'EUR', 'Rs', 'rs.', 'mrs ', 'GBP', 'INR', 'k', 'm', 'bn', ' million', '-million', '%', ' per cent', ' dollars', 'a', 'x', '\n', '-', '.', 'é', '𝐀'];
  for (const t of texts(alphabet, 30000, 23)) {
    const expected = [...t.matchAll(FIGURE_RE)].map((m) => [m.index, m[0], JSON.stringify(m.groups)]);
    assert.deepEqual([...figureMatches(t)].map((m) => [m.index, m[0], JSON.stringify(m.groups)]), expected, JSON.stringify(t));
  }
});

test('wordBefore reads the word WORD_BEFORE read, in every script and across one line break at most', () => {
  const alphabet = ['a', 'B', 'No', '.', "'", '’', '-', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '1', '$', 'é', 'e\u0301', '𝐀', '\ud800', '中', 'Ⅻ', ','];
  for (const t of texts(alphabet, 40000, 29, 40)) {
    for (const at of [t.length, Math.floor(t.length / 2)]) {
      assert.equal(wordBefore(t, at), WORD_BEFORE.exec(t.slice(Math.max(0, at - 30), at))?.[1], JSON.stringify([t, at]));
    }
  }
});

test('the figures of a text are read as before the scan', () => {
  const figures = extractFigures('Sales rose 12% to US$1,250,000 in 2023. In London. 4,000 fans came; No. 5 won Rs. 300 and €2bn.');
  assert.deepEqual(
    figures.map((f) => [f.kind, f.value]),
    [
      ['percent', 12],
      ['money', 1250000],
      ['year', 2023],
      ['number', 4000],
      ['money', 300],
      ['money', 2e9],
    ],
  );
});

test('a number with a unit glued to it is a figure, a letter before "²" is no scale, a percent after a half is the number\'s, an address\'s escape is none', () => {
  const values = (t: string) => extractFigures(t).map((f) => [f.kind, f.value]);
  assert.deepEqual(values('It revs to 6,500rpm, holds 5,000mAh, has 250kcal and takes 13hrs; a 2L bottle; he is 6ft 8in.'), [
    ['number', 6500],
    ['number', 5000],
    ['number', 250],
    ['number', 13],
    ['number', 2],
    ['number', 6],
    ['number', 8],
  ]);
  assert.deepEqual(values('The hall covers 5,000 m² of floor.'), [['number', 5000]]);
  assert.deepEqual(values('The rate is 3½% a year.'), [['percent', 3.5]]);
  assert.deepEqual(values('See https://example.org/a%20civil%2029servant%E2%80%98 for more.'), []);
});
