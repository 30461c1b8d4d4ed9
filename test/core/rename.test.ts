import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT, cursor } from '../helpers/memoryWorkspace';
import { parseDraft } from '../../server/src/core/draft/parseDraft';
import { readSource } from '../../server/src/core/sources/readSource';
import type { FileEdits } from '../../server/src/core/rename';

/** Applies one file's edits (offsets into `text`, in order) and returns the new text. */
function apply(text: string, edits: FileEdits['edits']): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const MINUTES = '---\ntitle: Council minutes\nid: minutes\n---\n\nThe council voted 6 to 1.\n';

test('rename a key: the front matter id and every citation of it, in every draft, as one set of edits', () => {
  const a = cursor('Voted [see @min|utes, p. 2]; @minutes agrees [-@minutes; @memo].\n');
  const b = 'Also [@{minutes}] and @minutes2 and @memo.\n';
  const files = { 'sources/minutes.md': MINUTES, 'sources/memo.md': '# Memo\n\nThe reserve.\n', 'drafts/a.md': a.text, 'drafts/b.md': b };
  const s = workspace(files);
  const prep = s.prepareRename(ROOT + '/drafts/a.md', a.offset);
  assert.ok(!('error' in prep));
  assert.equal(a.text.slice(prep.range.start, prep.range.end), 'minutes');
  const result = s.rename(ROOT + '/drafts/a.md', a.offset, 'council-2026');
  assert.ok('files' in result);
  const byPath = new Map(result.files.map((f) => [f.path.slice(ROOT.length + 1), f.edits]));
  assert.deepEqual([...byPath.keys()], ['sources/minutes.md', 'drafts/a.md', 'drafts/b.md']);
  assert.equal(apply(MINUTES, byPath.get('sources/minutes.md')!), MINUTES.replace('id: minutes', 'id: council-2026'));
  assert.equal(apply(a.text, byPath.get('drafts/a.md')!), 'Voted [see @council-2026, p. 2]; @council-2026 agrees [-@council-2026; @memo].\n');
  // A longer key that starts the same is another key; braces are kept.
  assert.equal(apply(b, byPath.get('drafts/b.md')!), 'Also [@{council-2026}] and @minutes2 and @memo.\n');
  // The renamed source reads back with the new key.
  assert.equal(readSource('/ws/sources/minutes.md', apply(MINUTES, byPath.get('sources/minutes.md')!)).id, 'council-2026');
});

test('rename also covers drafts the host read from disk, each once', () => {
  const a = cursor('Voted [@|minutes].\n');
  const s = workspace({ 'sources/minutes.md': MINUTES, 'drafts/a.md': a.text });
  const disk = 'On disk: @minutes said so [@minutes].\n';
  const result = s.rename(ROOT + '/drafts/a.md', a.offset, 'mins', [
    { path: ROOT + '/drafts/closed.md', model: parseDraft(disk) },
    { path: ROOT + '/drafts/a.md', model: parseDraft('stale copy [@minutes] [@minutes]\n') },
  ]);
  assert.ok('files' in result);
  const closed = result.files.find((f) => f.path.endsWith('closed.md'))!;
  assert.equal(apply(disk, closed.edits), 'On disk: @mins said so [@mins].\n');
  // The draft the service holds wins over the host's copy of it.
  assert.equal(result.files.find((f) => f.path.endsWith('/a.md'))!.edits.length, 1);
});

test('a markdown source whose key is its file name gets an id line, or front matter when it has none', () => {
  const a = cursor('Per [@me|mo] and [@notes].\n');
  const memo = '---\ntitle: Memo\n---\n\n# Memo\n';
  const notes = '# Notes\n\nText.\n';
  const s = workspace({ 'sources/memo.md': memo, 'sources/notes.md': notes, 'drafts/a.md': a.text });
  const r1 = s.rename(ROOT + '/drafts/a.md', a.offset, 'finance-memo');
  assert.ok('files' in r1);
  const memoAfter = apply(memo, r1.files[0].edits);
  assert.equal(memoAfter, '---\nid: finance-memo\ntitle: Memo\n---\n\n# Memo\n');
  assert.equal(readSource('/ws/sources/memo.md', memoAfter).id, 'finance-memo');
  const r2 = s.rename(ROOT + '/drafts/a.md', a.text.indexOf('@notes') + 2, 'field-notes');
  assert.ok('files' in r2);
  const notesAfter = apply(notes, r2.files[0].edits);
  assert.equal(readSource('/ws/sources/notes.md', notesAfter).id, 'field-notes');
  assert.equal(readSource('/ws/sources/notes.md', notesAfter).meta.title, 'Notes');
});

test('a JSON export: its "id" field is rewritten; a key that is only a file name is refused', () => {
  const wire = '{ "title": "Wire", "id": "wire-2026", "content": "The bridge stays open." }';
  const a = cursor('Per [@wire-20|26] and [@gazette].\n');
  const s = workspace({ 'sources/wire.json': wire, 'sources/gazette.json': '{ "title": "Gazette", "content": "Text." }', 'drafts/a.md': a.text });
  const r = s.rename(ROOT + '/drafts/a.md', a.offset, 'wire');
  assert.ok('files' in r);
  assert.equal(apply(wire, r.files[0].edits), wire.replace('"wire-2026"', '"wire"'));
  const refused = s.prepareRename(ROOT + '/drafts/a.md', a.text.indexOf('@gazette') + 2);
  assert.ok('error' in refused);
  assert.match(refused.error, /file name of sources\/gazette\.json/);
});

test('prepareRename refuses clearly where nothing can be renamed', () => {
  const text = 'Numbered [1]. Unknown [@nobody]. Shared [@twin]. Plain text.\n\n[1]: ../sources/a.md\n';
  const s = workspace({
    'sources/a.md': '---\nid: twin\n---\nA.\n',
    'sources/b.md': '---\nid: twin\n---\nB.\n',
    'drafts/d.md': text,
  });
  const err = (at: number) => {
    const r = s.prepareRename(ROOT + '/drafts/d.md', at);
    assert.ok('error' in r, `expected a refusal at ${at}`);
    return r.error;
  };
  assert.match(err(text.indexOf('[1]') + 1), /Renumber Citations/);
  assert.match(err(text.indexOf('@nobody') + 2), /No source has the key "nobody"/);
  assert.match(err(text.indexOf('@twin') + 2), /2 sources have the key "twin"/);
  assert.match(err(text.indexOf('Plain') + 2), /Nothing to rename here/);
});

test('the new key must be a valid key that no other source has', () => {
  const a = cursor('Per [@mi|nutes] and [@memo].\n');
  const s = workspace({ 'sources/minutes.md': MINUTES, 'sources/memo.md': '---\nid: memo\n---\nText.\n', 'drafts/a.md': a.text });
  const bad = s.rename(ROOT + '/drafts/a.md', a.offset, 'two words');
  assert.ok('error' in bad && /not a pandoc key/.test(bad.error));
  const taken = s.rename(ROOT + '/drafts/a.md', a.offset, 'memo');
  assert.ok('error' in taken && /already the id of sources\/memo\.md/.test(taken.error));
  const same = s.rename(ROOT + '/drafts/a.md', a.offset, 'minutes');
  assert.deepEqual(same, { files: [] });
});

test('a quoted id keeps valid YAML, and an odd key is quoted', () => {
  const src = '---\ntitle: X\nid: "min"\n---\nText.\n';
  const a = cursor('Per [@m|in].\n');
  const s = workspace({ 'sources/x.md': src, 'drafts/a.md': a.text });
  const r = s.rename(ROOT + '/drafts/a.md', a.offset, 'true');
  assert.ok('files' in r);
  const after = apply(src, r.files[0].edits);
  assert.equal(readSource('/ws/sources/x.md', after).id, 'true');
});
