import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT, slice } from '../helpers/memoryWorkspace';

const SOURCES = {
  'sources/minutes.md': '---\ntitle: Council minutes\nauthor: Office of the City Clerk\npublisher: City of Port Alder\ndate: 2026-09-14\nid: council-minutes\n---\n\nThe council voted 6 to 1 for the bridge.\n',
  'sources/memo.md': '---\ntitle: Finance memo\nauthor: Craig Nash\nid: memo\n---\n\nThe reserve holds $41 million.\n',
  'sources/zurich.md': '---\ntitle: Zürich transit plan\nauthor: Zoë Brünner\n---\n\nTrams run every six minutes.\n',
};

test('document symbols: one per cited sentence, named by its markers, with the sources and the verdict once judged', () => {
  const text = '# Notes\n\nThe council voted 6 to 1 for the bridge [1]. Nothing cited here. The reserve holds $41 million [1][2].\n\nSee [the minutes][1].\n\n[1]: ../sources/minutes.md\n[2]: ../sources/memo.md\n';
  const s = workspace({ ...SOURCES, 'drafts/d.md': text });
  const path = ROOT + '/drafts/d.md';
  const before = s.documentSymbols(path);
  assert.deepEqual(before.map((x) => x.name), ['[1] The council voted 6 to 1 for the bridge.', '[1][2] The reserve holds $41 million.']);
  assert.deepEqual(before.map((x) => slice(text, x.selectionRange)), ['[1]', '[1]']);
  assert.ok(before.every((x) => x.range.start <= x.selectionRange.start && x.selectionRange.end <= x.range.end));
  assert.equal(before[1].detail, 'Council minutes; Finance memo');
  s.claims(path);
  const after = s.documentSymbols(path);
  assert.match(after[0].detail, /^supported · Council minutes$/);
});

test('workspace symbols find sources by title, author and id, case and accents aside', () => {
  const s = workspace(SOURCES);
  const names = (q: string) => s.workspaceSymbols(q).map((x) => x.path.slice(ROOT.length + 1));
  assert.deepEqual(names('finance'), ['sources/memo.md']);
  assert.deepEqual(names('nash'), ['sources/memo.md']);
  assert.deepEqual(names('council-min'), ['sources/minutes.md']);
  assert.deepEqual(names('zoe brunner'), ['sources/zurich.md']);
  assert.deepEqual(names('clerk port alder'), ['sources/minutes.md']);
  assert.deepEqual(names('nothing like this'), []);
  assert.equal(names('').length, 3);
  const [memo] = s.workspaceSymbols('memo');
  assert.equal(memo.name, 'Finance memo · Craig Nash · @memo');
  assert.equal(s.workspaceSymbols('minutes')[0].detail, 'City of Port Alder · 2026-09-14');
});
