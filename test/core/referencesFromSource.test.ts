import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { provideReferences } from '../../server/src/core/references';
import { parseDraft } from '../../server/src/core/draft/parseDraft';

const SOURCES = {
  'sources/minutes.md': '---\ntitle: Council minutes\nid: minutes\nurl: https://city.example/minutes\n---\n\nThe council voted 6 to 1.\n',
  'sources/memo.md': '---\ntitle: Finance memo\nid: memo\n---\n\nThe reserve holds $41 million.\n',
};
const A = 'The council voted [1]. The reserve [2].\n\n[1]: ../sources/minutes.md\n[2]: ../sources/memo.md\n';
const B = 'Pandoc style [@minutes; @memo]. By url [7].\n\n[7]: https://city.example/minutes\n';

test('Find All References from anywhere in a source file: every place a draft cites it', () => {
  const s = workspace({ ...SOURCES, 'drafts/a.md': A, 'drafts/b.md': B });
  const minutes = ROOT + '/sources/minutes.md';
  for (const offset of [0, 30, SOURCES['sources/minutes.md'].length]) {
    const refs = s.references(minutes, offset)!;
    const shown = refs.map((r) => `${r.path.slice(ROOT.length + 1)}:${(r.path.endsWith('a.md') ? A : B).slice(r.range.start, r.range.end)}`);
    assert.deepEqual(shown, ['drafts/a.md:1', 'drafts/a.md:[1]: ../sources/minutes.md', 'drafts/b.md:@minutes', 'drafts/b.md:7', 'drafts/b.md:[7]: https://city.example/minutes']);
  }
  assert.equal(s.referenceTarget(ROOT + '/sources/memo.md', 5), ROOT + '/sources/memo.md');
  // A file that is neither a source nor a draft the service holds names nothing.
  assert.equal(s.references(ROOT + '/notes/other.md', 0), undefined);
});

test('provideReferences reads the drafts the host hands in, in path order, with or without the definitions', () => {
  const s = workspace(SOURCES);
  const drafts = [
    { path: ROOT + '/drafts/b.md', model: parseDraft(B) },
    { path: ROOT + '/drafts/a.md', model: parseDraft(A) },
  ];
  const memo = ROOT + '/sources/memo.md';
  assert.deepEqual(
    provideReferences(memo, drafts, s.sources, s.roots).map((r) => `${r.path.slice(ROOT.length + 1)}@${r.range.start}`),
    [`drafts/a.md@${A.indexOf('[2].') + 1}`, `drafts/a.md@${A.indexOf('[2]: ')}`, `drafts/b.md@${B.indexOf('@memo')}`],
  );
  assert.equal(provideReferences(memo, drafts, s.sources, s.roots, false).length, 2);
});
