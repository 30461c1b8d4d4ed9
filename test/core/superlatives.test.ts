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

test('a superlative or "only" the page says of a group is a claim the page does not make', () => {
  const chapel = 'Built in the style of the Counter-Reformation, the chapel is considered one of the best conserved examples of late Baroque architecture in the region.';
  assert.deepEqual(dropped('The chapel is considered the best-preserved example of late Baroque architecture in the region.', chapel), {
    mine: 'the best-preserved example',
    theirs: 'one of the best conserved examples',
  });
  assert.deepEqual(dropped('The college is the only school in the province that offers free tuition to foreign students.', 'The college is one of the few schools in the province that offers free tuition to foreign students.'), {
    mine: 'the only school',
    theirs: 'one of the few schools',
  });
  assert.deepEqual(dropped('Doctors say air pollution is the most common cause of asthma attacks in cities.', 'Air pollution is among the most common causes of asthma attacks in cities, doctors say.')?.theirs, 'among the most common causes');
  const w = warnings('She was the first woman to sail around the world alone.', 'She was one of the first women to sail around the world alone, in 1988.');
  assert.ok(w.some((x) => x.startsWith('unsupported-claim:') && x.includes('The source says "one of the first women", not "the first woman"')), w.join('\n'));
});

test('a page that says it of the one thing too, a sentence of a group, or another thing is left alone', () => {
  // The page says "the largest city" of it as well.
  assert.equal(dropped('Lagos is the largest city in Nigeria.', 'Lagos, the largest city in Nigeria, is one of the largest cities in the world.'), undefined);
  // The sentence keeps the group.
  assert.equal(dropped('Doctors say smoking is one of the most common causes of lung cancer.', 'Smoking is one of the most common causes of lung cancer, doctors say.'), undefined);
  assert.equal(dropped('The club is among the oldest football teams in England.', 'The club is one of the oldest football teams in England.'), undefined);
  // "The first time", "at least", a word in "-est" that is no superlative, a superlative of something else.
  assert.equal(dropped('The club won the cup for the first time in 1901.', 'The club, one of the first in the league, won the cup for the first time in 1901.'), undefined);
  assert.equal(dropped('The park holds the forest reserve that the state created in 1990.', 'The park holds one of the forest reserves that the state created in 1990.'), undefined);
  assert.equal(dropped('The mayor opened the tallest building in the city on Monday.', 'On Monday the mayor opened one of the oldest buildings in the city.'), undefined);
  assert.deepEqual(warnings('The club won the cup for the first time in 1901.', 'The club, one of the oldest in England, won the cup for the first time in 1901.'), []);
});
