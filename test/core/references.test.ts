import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT, cursor } from '../helpers/memoryWorkspace';

const SOURCES = {
  'sources/minutes.md': '---\ntitle: Council minutes\nid: minutes\nurl: https://city.example/minutes\n---\n\nThe council voted 6 to 1.\n',
  'sources/memo.md': '---\ntitle: Finance memo\nid: memo\n---\n\nThe reserve holds $41 million.\n',
};

test('Find All References on a marker: every marker and definition, in every draft, that cites the same source', () => {
  const a = cursor('The council voted [|1]. The reserve [2]. Again [1][2].\n\n[1]: ../sources/minutes.md\n[2]: ../sources/memo.md\n');
  const b = 'Pandoc style [@minutes; @memo]. By url [7].\n\n[7]: https://city.example/minutes\n';
  const s = workspace({ ...SOURCES, 'drafts/a.md': a.text, 'drafts/b.md': b });
  const refs = s.references(ROOT + '/drafts/a.md', a.offset)!;
  const shown = refs.map((r) => `${r.path.slice(ROOT.length + 1)}:${(r.path.endsWith('a.md') ? a.text : b).slice(r.range.start, r.range.end)}`);
  assert.deepEqual(shown, ['drafts/a.md:1', 'drafts/a.md:1', 'drafts/a.md:[1]: ../sources/minutes.md', 'drafts/b.md:@minutes', 'drafts/b.md:7', 'drafts/b.md:[7]: https://city.example/minutes']);
  // Without the definitions.
  assert.equal(s.references(ROOT + '/drafts/a.md', a.offset, false)!.length, 4);
  // From a definition line, the same places.
  const defAt = a.text.indexOf('[2]: ../sources/memo.md') + 6;
  assert.deepEqual(
    s.references(ROOT + '/drafts/a.md', defAt)!.map((r) => `${r.path.slice(ROOT.length + 1)}@${r.range.start}`),
    [
      `drafts/a.md@${a.text.indexOf('[2]. Again') + 1}`,
      `drafts/a.md@${a.text.indexOf('[2].\n') + 1}`,
      `drafts/a.md@${a.text.indexOf('[2]: ')}`,
      `drafts/b.md@${b.indexOf('@memo')}`,
    ],
  );
});

test('Find All References names nothing on plain text, an undefined marker or a missing source', () => {
  const text = 'Plain text here [9]. Missing [3].\n\n[3]: ../sources/gone.md\n';
  const s = workspace({ ...SOURCES, 'drafts/a.md': text });
  assert.equal(s.references(ROOT + '/drafts/a.md', 3), undefined);
  assert.equal(s.references(ROOT + '/drafts/a.md', text.indexOf('[9]') + 1), undefined);
  assert.equal(s.references(ROOT + '/drafts/a.md', text.indexOf('[3]') + 1), undefined);
});
