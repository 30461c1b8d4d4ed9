import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { derivedForms } from '../../server/src/core/support/derivations';
import { stem } from '../../server/src/core/text';
import { buildDerivations, dataModule, wordnetDict, DATA_FILE } from '../../scripts/derivations';

test('derived forms join a word with its other forms, both ways', () => {
  assert.ok(derivedForms(stem('merge')).includes(stem('merger')));
  assert.ok(derivedForms(stem('merger')).includes(stem('merge')));
  assert.ok(derivedForms(stem('freshly')).includes(stem('fresh')));
  assert.ok(derivedForms(stem('Austria'.toLowerCase())).includes(stem('austrian')));
  assert.ok(derivedForms(stem('failure')).includes(stem('fail')));
  // Inflections are the stemmer's, not the table's; most words have no entry.
  assert.deepEqual(derivedForms(stem('the')), []);
});

test('a claim word the source gives in another form is backed, and not named as missing', () => {
  const source = '---\ntitle: Banks\n---\n\nThe two regional banks agreed to merge their retail arms, and the deal failed a first review.\n';
  const run = (sentence: string) => {
    const s = workspace({ 'sources/banks.md': source, 'drafts/d.md': `${sentence} [1].\n\n[1]: ../sources/banks.md\n` });
    return s.claims(ROOT + '/drafts/d.md')[0].result!;
  };
  const said = run('The two regional banks announced a merger of their retail arms, after a failure in a first review');
  assert.ok(!said.missingTerms.includes('merger'), said.missingTerms.join(', '));
  assert.ok(!said.missingTerms.includes('failure'), said.missingTerms.join(', '));
  assert.notEqual(said.verdict, 'unsupported', `score ${said.score}`);
  // A word the source has in no form is still missing.
  const other = run('The two regional banks announced a lawsuit over their retail arms');
  assert.ok(other.missingTerms.includes('lawsuit'), other.missingTerms.join(', '));
});

test('the shipped table is what scripts/derivations.ts builds from the installed WordNet', () => {
  assert.equal(readFileSync(DATA_FILE, 'utf8'), dataModule(buildDerivations(wordnetDict())));
});
