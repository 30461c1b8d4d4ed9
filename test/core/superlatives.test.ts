/**
 * "One of" dropped (`support/superlatives.ts`): a sentence that says "the oldest" or "the only" of
 * what the page says of a group is unsupported, with both phrases in the message; a page that also
 * says it of the one thing, a sentence already of a group, or a superlative of something else is left alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneOfDropped } from '../../server/src/core/support/superlatives';
import { evidenceFor } from '../../server/src/core/support/evidence';
import type { ExtractedText } from '../../server/src/core/sources/sourceTypes';
import { warnings } from '../helpers/oneSentence';

const dropped = (sentence: string, page: string) => oneOfDropped(sentence, [evidenceFor({ text: page } as ExtractedText)]);

test('a superlative or "only" the page says of the same group is a claim the page does not make', () => {
  const chapel = 'Built in the style of the Counter-Reformation, the chapel is considered one of the best conserved examples of late Baroque architecture in the region.';
  assert.deepEqual(dropped('The chapel is considered the best-preserved example of late Baroque architecture in the region.', chapel), {
    mine: 'the best-preserved example of late Baroque architecture',
    theirs: 'one of the best conserved examples of late Baroque architecture',
  });
  assert.equal(dropped('The college is the only school in the province that offers free tuition to foreign students.', 'The college is one of the few schools in the province that offers free tuition to foreign students.')?.theirs, 'one of the few schools in the province that offers free tuition');
  assert.equal(dropped('Doctors say air pollution is the most common cause of asthma attacks in cities.', 'Air pollution is among the most common causes of asthma attacks in cities, doctors say.')?.theirs, 'among the most common causes of asthma attacks in cities');
  assert.equal(dropped('Critics call it the best novel of the decade.', 'Critics call it one of his best novels of the decade.')?.theirs, 'one of his best novels of the decade');
  const w = warnings('Smoking is the most common cause of lung cancer, doctors say.', 'Smoking is one of the most common causes of lung cancer, doctors say.');
  assert.ok(w.some((x) => x.startsWith('unsupported-claim:') && x.includes('The source says "one of the most common causes of lung cancer", not "the most common cause of lung cancer"')), w.join('\n'));
});

test('a page that says it of one thing too, another group, a rank, an ordinal or a title is left alone (found in review)', () => {
  // The page says it of the one thing, with "the" or a possessive.
  assert.equal(dropped('Lagos is the largest city in Nigeria.', 'Lagos, the largest city in Nigeria, is one of the largest cities in the world.'), undefined);
  assert.equal(dropped('Lagos is the largest city in Nigeria.', "Lagos is one of the largest cities in Africa and Nigeria's largest city."), undefined);
  // The page's group is another: the world's ranches, Premier League players most feared, universities of the world.
  assert.equal(dropped('The King Ranch is the largest ranch in Texas.', 'The King Ranch is one of the largest ranches in the world.'), undefined);
  assert.equal(dropped('Haaland scored the most goals of any Premier League player in a season.', 'Haaland, one of the most feared Premier League players, scored 36 goals in a season.'), undefined);
  assert.equal(dropped('The hotel is the only hotel on the island.', 'The Harbour Inn is one of the few hotels in the Hebrides with a Michelin star. There is no other hotel on the island.'), undefined);
  // The sentence keeps the group; a rank; an ordinal; a title; a word in "-est" that is no superlative.
  assert.equal(dropped('Doctors say smoking is one of the most common causes of lung cancer.', 'Smoking is one of the most common causes of lung cancer, doctors say.'), undefined);
  assert.equal(dropped('Birmingham is the second largest city in the UK.', 'Birmingham is one of the largest cities in the UK.'), undefined);
  assert.equal(dropped('She was the first woman to sail around the world alone.', 'She was one of the first women to sail around the world alone.'), undefined);
  assert.equal(dropped('Queen released their Greatest Hits compilation in 1981.', 'Queen released Greatest Hits in 1981, and critics rank it among the greatest hits compilations ever.'), undefined);
  assert.equal(dropped('The park holds the forest reserve that the state created in 1990.', 'The park holds one of the forest reserves that the state created in 1990.'), undefined);
  assert.deepEqual(warnings('The club won the cup for the first time in 1901.', 'The club, one of the oldest in England, won the cup for the first time in 1901.'), []);
});

test('"at its best", "it\'s best" and a word in "-est" of a compound are no superlatives of a group (found in review)', () => {
  assert.equal(dropped('The team played at its best in the cup final against Leeds.', 'The team played one of its best in the cup final against Leeds.'), undefined);
  assert.equal(dropped("It's best viewed from the north bank of the river.", 'The bridge is one of the best viewed from the north bank of the river.'), undefined);
  assert.equal(dropped('The reserve protects the rainforest canopy of the valley.', 'The reserve protects one of the rainforest canopies of the valley.'), undefined);
  // The quote ends at a word's end, not inside a longer word.
  assert.equal(dropped('The school has the oldest department of art, say critics.', 'The school has one of the oldest departments of art, say critics.')?.mine, 'the oldest department of art');
});

test('the message quotes the group up to a coordinated part of the sentence', () => {
  const page = "St Audoen's, built in the twelfth century, is one of the oldest churches in Dublin and is still used for worship.";
  assert.deepEqual(dropped("St Audoen's is the oldest church in Dublin and is still used for worship.", page), { mine: 'the oldest church in Dublin', theirs: 'one of the oldest churches in Dublin' });
});
