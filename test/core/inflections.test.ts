import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { stem, contentStems, contentTokens } from '../../server/src/core/text';
import { wordNumbers } from '../../server/src/core/support/numbers';
import { buildInflections, dataModule, DATA_FILE } from '../../scripts/inflections';
import { wordnetDict } from '../../scripts/derivations';

test('a form the stemmer strips apart from its base gets the base\'s stem', () => {
  for (const [form, base] of [['experienced', 'experience'], ['added', 'add'], ['died', 'die'], ['dying', 'die'], ['tried', 'try'], ['focused', 'focus'], ['gases', 'gas'], ['biases', 'bias']]) {
    assert.equal(stem(form), stem(base), `${form} / ${base}`);
  }
  // Words that only look like forms of another word keep their own stems.
  assert.notEqual(stem('feed'), stem('fee'));
  assert.notEqual(stem('hoped'), stem('hop'));
  assert.notEqual(stem('dice'), stem('die'));
});

test('a claim that says "experience" is backed by a source that says "experienced"', () => {
  const s = workspace({
    'sources/survey.md': '---\ntitle: Survey\n---\n\nMost of the nurses surveyed experienced burnout in 2023, and many tried to leave.\n',
    'drafts/d.md': 'Most nurses experience burnout, and many try to leave [1].\n\n[1]: ../sources/survey.md\n',
  });
  const result = s.claims(ROOT + '/drafts/d.md')[0].result!;
  assert.deepEqual(result.missingTerms, []);
});

test('the shipped table is what scripts/inflections.ts builds from the installed WordNet', () => {
  assert.equal(readFileSync(DATA_FILE, 'utf8'), dataModule(buildInflections(wordnetDict())));
});

test('words that name a property of every object ("constructor") are plain words', () => {
  assert.equal(stem('constructor'), 'constructor');
  assert.deepEqual(contentStems('The constructor of the bridge'), ['constructor', stem('bridge')]);
  assert.deepEqual(wordNumbers('the constructor of six bridges'), [6]);
});

test('contentStems reads a text as contentTokens does, without making a token of every word', () => {
  const samples = [
    'Profits rose 20 per cent after the Jan. 27 filing, and 5 per  cent in Sept. 3 trading.',
    'PER CENT, per\ncent, per-cent and percent; per capita.',
    'One must qualify; one of the 3 firms paid $5 bn, €4 and £2 for 12% of it.',
    "It's Microsoft’s 4.2% stake, the 21st in 2,300 years; we'll see what they're doing.",
    'Świątek won in São Paulo; a café in Jan stayed open. APR. 5 and went to Jan. 5.',
    '',
    '   ',
    'x y z 1 2 a I 7th',
  ];
  // And random texts made of words that take the unusual paths (a merged "per cent", a month's abbreviation, "one").
  const words = ['per', 'cent', 'Per', 'Jan.', '27', 'one', 'One', 'must', 'the', 'a', 'x', '5%', '$3', 'it’s', "they're", 'bridge', 'Sept.', '3', 'café', '\n', '  '];
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 400; i++) samples.push(Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => words[Math.floor(rnd() * words.length)]).join(rnd() < 0.5 ? ' ' : ''));
  for (const s of samples) assert.deepEqual(contentStems(s), contentTokens(s).map((t) => t.stem), JSON.stringify(s));
  // The merged word is one stem, where the words were two.
  assert.deepEqual(contentStems('rose 20 per cent'), [stem('rose'), '20', stem('percent')]);
});
