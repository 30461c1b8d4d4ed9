/**
 * The searches that replaced patterns made per claim (session 36): a pattern with a Unicode class
 * costs a tenth of a millisecond or more to make, so names are found with `indexOf` and the
 * characters at their edges. These tests pin what the patterns found, edge by edge.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charAt, charBefore, LETTER_OR_DIGIT_AT, LETTER_OR_DIGIT_BEFORE, WORD_RE, wordRanges, tokenize } from '../../server/src/core/text';
import { gluedIn, heldNameReplaced, namesWord, wordPairAt } from '../../server/src/core/support/conflicts';
import { evidenceFor } from '../../server/src/core/support/evidence';
import { rankFigures } from '../../server/src/core/support/verifiedFixes';
import { extractFigures, wordNumbers } from '../../server/src/core/support/numbers';
import type { ExtractedText } from '../../server/src/core/sources/sourceTypes';

const evidenceOf = (text: string) => evidenceFor({ text } as ExtractedText);

test('the character before and at an offset is read as a code point, as a lookbehind and a lookahead read it', () => {
  // "𝐀" (U+1D400, a letter) is two UTF-16 units.
  const text = 'x𝐀name 9name -name';
  const at = text.indexOf('name');
  assert.equal(charBefore(text, at, LETTER_OR_DIGIT_BEFORE), true);
  assert.equal(charBefore(text, text.indexOf('9name') + 1, LETTER_OR_DIGIT_BEFORE), true);
  assert.equal(charBefore(text, text.indexOf('-name') + 1, LETTER_OR_DIGIT_BEFORE), false);
  assert.equal(charBefore(text, 0, LETTER_OR_DIGIT_BEFORE), false);
  assert.equal(charAt(text, 1, LETTER_OR_DIGIT_AT), true);
  assert.equal(charAt(text, text.length, LETTER_OR_DIGIT_AT), false);
  assert.equal(charAt(text, text.indexOf(' '), LETTER_OR_DIGIT_AT), false);
});

/** Random texts over an alphabet of letters (an astral one too), digits, spaces, a line break and the punctuation the patterns care about. */
function texts(alphabet: string[], count: number, seed = 7): string[] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

test('namesWord finds what the pattern it replaced found: a word of its own, maybe with "s" or a possessive', () => {
  const own = ['ab', 'b'];
  const re = /(?<![\p{L}\p{N}])(?:ab|b)(?:s|['’]s)?(?![\p{L}\p{N}])/u;
  const alphabet = ['a', 'b', 's', "'", '’', ' ', '9', '-', '.', 'é', '𝐀', '\n'];
  for (const t of texts(alphabet, 20000)) assert.equal(namesWord(t, own), re.test(t), JSON.stringify(t));
});

test('gluedIn finds what the pattern it replaced found: not after a letter, digit, dot, slash or @; not before a letter, digit or a dot and a letter', () => {
  const re = /(?<![\p{L}\p{N}./@])AbCd(?![\p{L}\p{N}]|\.\p{L})/u;
  const alphabet = ['AbCd', 'A', 'x', '.', '/', '@', ' ', '7', '𝐀', '-', ','];
  for (const t of texts(alphabet, 20000, 11)) assert.equal(gluedIn(t, 'AbCd'), re.test(t), JSON.stringify(t));
});

test('wordPairAt finds where the global pattern it replaced matched: two words parted by white space, no letter at either end, left to right', () => {
  const re = /(?<![\p{L}])Eagle\s+Scout(?![\p{L}])/gu;
  const alphabet = ['Eagle', 'Scout', ' ', '\u00a0', '\n', 'x', '9', '𝐀', ',', 's'];
  for (const t of texts(alphabet, 20000, 13)) assert.deepEqual(wordPairAt(t, 'Eagle', 'Scout'), [...t.matchAll(re)].map((m) => m.index), JSON.stringify(t));
  // The same word twice: matches do not overlap, as a global pattern's do not.
  const reSame = /(?<![\p{L}])New\s+New(?![\p{L}])/gu;
  for (const t of texts(['New', ' ', 'x', '.'], 5000, 17)) assert.deepEqual(wordPairAt(t, 'New', 'New'), [...t.matchAll(reSame)].map((m) => m.index), JSON.stringify(t));
});

test("a page that names the claim's name in the slot, with a possessive, is no name contradiction", () => {
  const claim = 'The chief executive Sam Altman said the deal would close within weeks.';
  const page = (slot: string) => evidenceOf(`Sam Altman runs OpenAI. Cats sleep. The chief executive ${slot} said the deal would close within weeks.`);
  assert.deepEqual(heldNameReplaced(claim, [page('Andy Jassy')]), { name: 'Sam Altman', theirs: 'Andy Jassy' });
  assert.equal(heldNameReplaced(claim, [page("Altman's")]), undefined);
});

test('figures in words that need a magnitude word are read only where it is, and still read there', () => {
  assert.deepEqual(wordNumbers('One hundred fifty-five stones stand there.').filter((n) => n > 100), [155]);
  assert.deepEqual(wordNumbers('more than a thousand people came').filter((n) => n >= 1000), [1000]);
  assert.deepEqual(wordNumbers('more than a few people came').filter((n) => n >= 100), []);
  assert.equal(extractFigures('They raised half a million dollars for the school.').find((f) => f.kind === 'money')?.value, 500000);
  assert.equal(extractFigures('They raised half of the money for the school.').some((f) => f.value === 500000), false);
});

test("rankFigures counts a claim word held in a related form in the figure's sentence, and ranks by the words by the figure", () => {
  const page = evidenceOf('The council approved 40 new buses for the routes. Cats sleep. The mayor counted 12 trains at the depot in spring.');
  const sentence = 'The council approves 45 new buses for the routes.';
  const figure = extractFigures(sentence)[0];
  const ranked = rankFigures(sentence, figure, [page]);
  assert.equal(ranked[0].figure.text, '40');
  // "approves" / "approved", "buses", "routes", "council", "new": all of the claim's words are in the first sentence.
  assert.equal(ranked[0].global, 1);
  assert.ok(ranked[0].close >= 2);
  const other = ranked.find((m) => m.figure.text === '12');
  assert.ok(other && other.close === 0 && other.local === 0 && other.global < 0.5);
});

test('the word scanner reads the words WORD_RE matches, in every script and at every edge', () => {
  const alphabet = ['a', 'B', 's', 't', 'n', 'd', 'r', 'h', '1', '2', '.', ',', "'", '’', '%', '$', '€', '£', ' ', '\n', '²', 'é', 'e\u0301', '𝐀', '𝟏', '\ud800', '٣', 'Ⅻ', '中', '-', 'st', 'th'];
  for (const t of texts(alphabet, 40000, 19)) {
    const expected = [...t.matchAll(new RegExp(WORD_RE.source, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
    assert.deepEqual(wordRanges(t), expected, JSON.stringify(t));
  }
  // Tokens read inside a visit (a tokenisation within a tokenisation) leave the outer one's place alone.
  const words = tokenize('The 21st meeting cost $5,000.50 and 3D printers’ rock’n’roll per cent').map((x) => x.word);
  assert.deepEqual(words, ['the', '21st', 'meeting', 'cost', 'dollar', '5,000.50', 'and', '3', 'd', 'printers', 'rock’n’roll', 'percent']);
});

test('the magnitude words a pattern needs are looked for case folded as the pattern folds them (a long s)', () => {
  // "thouſand" (an old long s) is "thousand" to the pattern's Unicode case folding: the word check before it must let it through.
  assert.ok(extractFigures('Half a thouſand soldiers marched to the town in 1745.').some((f) => f.kind === 'number'));
  assert.ok(wordNumbers('There were more than a thouſand people at the fair.').length > 0);
});
