import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT, cursor } from '../helpers/memoryWorkspace';
import type { TextEditOffsets } from '../../server/src/core/insertCitation';

const SOURCES = {
  'sources/minutes.md': '---\ntitle: Council "minutes"\nid: minutes\nurl: https://city.example/minutes\n---\n\nThe council voted.\n',
  'sources/memo.txt': 'Finance memo\n\nThe reserve holds $41 million.\n',
};

function apply(text: string, edits: TextEditOffsets[]): string {
  // Edits come in document order and do not overlap; apply from the end.
  for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}

function insert(marked: string, source: string, settings: Record<string, unknown> = {}): string {
  const { text, offset } = cursor(marked);
  const s = workspace({ ...SOURCES, 'drafts/d.md': text }, settings);
  const plan = s.insertCitation(ROOT + '/drafts/d.md', offset, ROOT + '/' + source)!;
  assert.ok(plan);
  return apply(text, plan.edits);
}

test('numeric: reuses the number already defined for the source', () => {
  assert.equal(insert('First [1]. Second|.\n\n[1]: ../sources/minutes.md\n', 'sources/minutes.md'), 'First [1]. Second [1].\n\n[1]: ../sources/minutes.md\n');
});

test('numeric: reuses a url definition that matches the source', () => {
  assert.equal(insert('Second|.\n\n[3]: https://city.example/minutes\n', 'sources/minutes.md'), 'Second [3].\n\n[3]: https://city.example/minutes\n');
});

test('numeric: takes the next free number and adds the definition after the others', () => {
  assert.equal(
    insert('First [1]. Second|.\n\n[1]: ../sources/minutes.md\n', 'sources/memo.txt'),
    'First [1]. Second [2].\n\n[1]: ../sources/minutes.md\n[2]: ../sources/memo.txt "Finance memo"\n',
  );
});

test('numeric: a draft with no definitions gets a new block at its end, with the title escaped', () => {
  assert.equal(insert('A claim|\n\n\n', 'sources/minutes.md'), 'A claim [1]\n\n[1]: ../sources/minutes.md "Council \\"minutes\\""\n');
});

test('numeric: numbers already used by undefined markers are skipped', () => {
  assert.equal(insert('Cited [4] before. New|.\n', 'sources/memo.txt'), 'Cited [4] before. New [5].\n\n[5]: ../sources/memo.txt "Finance memo"\n');
});

test('pandoc: inserts [@id] in pandoc drafts and when the setting asks for it', () => {
  assert.equal(insert('Known [@memo]. New|.\n', 'sources/minutes.md'), 'Known [@memo]. New [@minutes].\n');
  assert.equal(insert('New|.\n', 'sources/minutes.md', { citationStyle: 'pandoc' }), 'New [@minutes].\n');
});

test('no space is added after a space or an opening bracket', () => {
  assert.equal(insert('A claim |\n', 'sources/memo.txt'), 'A claim [1]\n\n[1]: ../sources/memo.txt "Finance memo"\n');
});
