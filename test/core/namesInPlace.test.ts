/**
 * A name of the sentence that the page never mentions, where the page has another name in its place
 * (`conflict` in conflicts.ts), found in three more places: past the sentence's own stop words
 * ("Saudi and the National Literacy Trust" / "Lancôme and The National Literacy Trust"), as a longer
 * name ending in a word the sentence has in lower case ("Reading Football Club can announce" for
 * "Handlen announced … left the club"), and as the one item a list of names has otherwise ("Niger,
 * Chad, Sudan and Algeria" for "Maine, Niger, Chad and Sudan"). The faithful forms stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectWarned, warnings } from '../helpers/oneSentence';

const LITERACY =
  'Lancôme and The National Literacy Trust have partnered to launch a programme that helps women who struggle with reading. The actress Kate Winslet is its ambassador. The first classes start in 2018 in London.';
const TRANSFER =
  'Reading Football Club can announce that striker Jon Dadi Bodvarsson has completed a permanent transfer to Millwall. The 28-year-old joined the club in 2017 and scored 13 goals.';
const BORDERS = 'The General National Congress said it would close the borders with Niger, Chad, Sudan and Algeria. It declared the south a closed military zone.';

test('a name past the sentence’s own stop words, where the page has another', () => {
  const w = warnings('Winslet teamed with Saudi and the National Literacy Trust to launch a programme that helps women.', LITERACY);
  assert.equal(w.length, 1, w.join('\n'));
  assert.match(w[0], /^unsupported-claim: .*The sentence has "Saudi" where the source has "Lancôme"/);
});

test('a longer name that ends in a word the sentence has in lower case', () => {
  const w = warnings('On Monday, Handlen announced that striker Jon Dadi Bodvarsson had left the club to join Millwall on a permanent transfer.', TRANSFER);
  assert.equal(w.length, 1, w.join('\n'));
  assert.match(w[0], /^unsupported-claim: .*The sentence has "Handlen" where the source has "Reading Football Club"/);
});

test('a list of names with one of them swapped', () => {
  const w = warnings('The congress said it would close the borders with Maine, Niger, Chad and Sudan.', BORDERS);
  assert.equal(w.length, 1, w.join('\n'));
  assert.match(w[0], /^unsupported-claim: .*The sentence has "Maine" where the source has "Algeria"/);
});

test('the faithful forms stay clean', () => {
  expectWarned([
    ['the page’s own words', LITERACY, 'Lancôme and the National Literacy Trust have launched a programme that helps women who struggle with reading.', false],
    // Other stop words between: no place of the name (the page coordinates, the sentence does not).
    ['other stop words between', 'Ministers met the National Literacy Trust in London to plan a programme for women.', 'Ministers of the National Literacy Trust planned a programme for women.', false],
    // The page's first word is a common word: no name of its own.
    ['a common word opening the page sentence', 'Reading and the National Literacy Trust go together, the charity says. Its programme helps women in London.', 'Writing and the National Literacy Trust go together, the charity says.', false],
    ['the longer name named by the sentence', TRANSFER, 'Reading announced that striker Jon Dadi Bodvarsson had left the club to join Millwall.', false],
    ['a word of the longer name capitalised in the sentence', TRANSFER, 'The striker had left Reading, and the club announced his permanent transfer to Millwall.', false],
    ['the list in another order', BORDERS, 'The congress said it would close the borders with Algeria, Chad, Niger and Sudan.', false],
    // One name more or fewer is another list: the writer may add or leave one out.
    ['a list with one name fewer', BORDERS, 'The congress said it would close the borders with Niger, Chad and Sudan.', false],
    ['a list with a name more', BORDERS, 'The congress said it would close the borders with Niger, Chad, Sudan, Algeria and Tunisia.', false],
  ]);
});
