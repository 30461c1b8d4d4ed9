import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { stem, contentStems } from '../../server/src/core/text';
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
