/**
 * The parser's shortcuts must give what the full parse gives: a chunk of plain reference
 * definitions is read without micromark (`plainDefinitions`), and must yield the same
 * definitions, ranges and exclusions as `parseChunkFully` (remark) on the same text; prose whose
 * lines start with a number is read as one paragraph (`plainParagraph`) where remark finds one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { parseChunkFully, plainDefinitions, plainParagraph, parseDraft } from '../../server/src/core/draft/parseDraft';

function viaShortcut(text: string) {
  const definitions = plainDefinitions(text);
  return definitions && { excluded: definitions.map((d) => d.range), definitions, blocks: [], problems: [], proseRows: [] };
}

test('plain definitions read without the parse equal the parse', () => {
  const cases = [
    '[1]: ../sources/a.md',
    '[1]: ../sources/a.md\n',
    '[1]: a\n[2]: b\n\n[3]: c\n\n',
    '[Smith2020]: sources/smith.md',
    '[ÄSS]: x',
    '[ß]: y',
    '[ẞ]: y',
    '[İ]: x',
    '[ǅ]: x',
    '[1]:x',
    '[1]:\tx',
    '[1]: a%20b',
    '[1]: sources/café.md',
    '[1]: http://x.example/z?q=1#f',
    '[1]: x\n[1]: y',
    '[a^]: x',
    '[1]: *x*',
  ];
  for (const c of cases) {
    const fast = viaShortcut(c);
    assert.ok(fast, `shortcut taken for ${JSON.stringify(c)}`);
    assert.deepEqual(fast, parseChunkFully(c, false), JSON.stringify(c));
  }
});

test('what is not a plain definition is left to the parse', () => {
  for (const c of ['[^1]: a footnote', '[1]: x "title"', '[1]: <x y>', '[1]: x\\y', '[1]: a&amp;b', '  [1]: x', '[1]: x ', '[a b]: x', '[1]:\n  x', 'Text\n[1]: x', '[1]: x\r\n', '[]: x', '[1]: (x)']) {
    assert.equal(plainDefinitions(c), undefined, JSON.stringify(c));
  }
});

test('any text the shortcut takes, the parse reads the same (generated)', () => {
  const chars = fc.constantFrom('1', 'a', 'Z', 'ß', 'İ', 'é', '_', '-', '.', '/', ':', '*', '#', '%', '!', '?', '=', '+', '~', '`', '|', '@', '$', '{', '}', ',', ';', '\u00a0', '\u2028', '\u3000');
  const part = fc.array(chars, { minLength: 0, maxLength: 12 }).map((a) => a.join(''));
  const line = fc.tuple(part, fc.constantFrom('', ' ', '\t', '  '), part).map(([label, gap, url]) => `[${label}]:${gap}${url}`);
  const chunk = fc.array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 6 }).map((ls) => ls.join('\n'));
  fc.assert(
    fc.property(chunk, (text) => {
      const fast = viaShortcut(text);
      if (fast) assert.deepEqual(fast, parseChunkFully(text, false));
    }),
    { numRuns: 3000, seed: 16 },
  );
});

test('a draft with its definitions read by the shortcut resolves them as before', () => {
  const md = 'The bridge closed [1]. The ferry ran [2].\n\n[1]: ../sources/a.md\n[2]: ../sources/b.md\n';
  const model = parseDraft(md);
  assert.deepEqual(
    model.definitions.map((d) => [d.identifier, d.url, md.slice(d.urlRange.start, d.urlRange.end)]),
    [
      ['1', '../sources/a.md', '../sources/a.md'],
      ['2', '../sources/b.md', '../sources/b.md'],
    ],
  );
  assert.equal(model.citations.filter((c) => c.kind === 'numeric').length, 2);
});

test('prose whose lines start with a number (not a list item) is read as the paragraph remark finds', () => {
  const processor = unified().use(remarkParse).use(remarkGfm);
  for (const t of ['1839 grid cloud price.\n', 'Words here.\n2024 was a year 5.\n', '12 items\n3 more\n', '2024\n', '12,000 people came.\n', '3.5 percent rose.\n']) {
    const tree = processor.parse(t);
    assert.equal(tree.children.length, 1, t);
    assert.equal(tree.children[0].type, 'paragraph', t);
    const p = tree.children[0];
    assert.deepEqual(plainParagraph(t), { start: p.position!.start.offset, end: p.position!.end.offset }, JSON.stringify(t));
  }
  // A numbered list item, or a number that may open one, is left to the parse.
  for (const t of ['1. item\n', 'Text\n1) item\n', '2024.\n', '12)\n']) assert.equal(plainParagraph(t), undefined, t);
  // Generated: whenever the shortcut reads a paragraph, remark finds that one paragraph.
  const word = fc.constantFrom('1', '12', '2024', '3.5', '7)', '8.', 'a', 'Word', 'x.', '-', '*', '+', '=', '#', '|', '>', ' ', '  ', '\t', '1839', '!', '~');
  const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (ls) => {
      const t = ls.join('\n') + '\n';
      const plain = plainParagraph(t);
      if (!plain) return;
      const tree = processor.parse(t);
      assert.equal(tree.children.length, 1, JSON.stringify(t));
      assert.equal(tree.children[0].type, 'paragraph', JSON.stringify(t));
      assert.deepEqual(plain, { start: tree.children[0].position!.start.offset, end: tree.children[0].position!.end.offset }, JSON.stringify(t));
    }),
    { numRuns: 3000, seed: 16 },
  );
});
