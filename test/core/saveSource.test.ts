// Save Source from URL, the pure parts: which definitions are web addresses, the file name, the front matter, the edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { workspace, ROOT, cursor } from '../helpers/memoryWorkspace';
import { sourceSlug, freeFileName, savedSourceText } from '../../server/src/core/saveSource';
import { readSource } from '../../server/src/core/sources/readSource';

const DRAFT = `${ROOT}/drafts/a.md`;
const apply = (text: string, e: { start: number; end: number; newText: string }) => text.slice(0, e.start) + e.newText + text.slice(e.end);

test('a definition that is only a web address is found from the marker or the definition, and the quick fix names it', () => {
  const { text, offset } = cursor('The bridge closed in March [|2]. The port grew [1].\n\n[1]: ../sources/port.md\n[2]: https://example.com/news/bridge\n');
  const service = workspace({ 'drafts/a.md': text, 'sources/port.md': '# Port\n\nThe port grew.\n' });
  assert.deepEqual(service.urlDefinitions(DRAFT).map((u) => [u.label, u.url]), [['2', 'https://example.com/news/bridge']]);
  assert.equal(service.urlDefinitionAt(DRAFT, offset)?.label, '2');
  assert.equal(service.urlDefinitionAt(DRAFT, text.indexOf('[2]: ') + 3)?.label, '2');
  assert.equal(service.urlDefinitionAt(DRAFT, text.indexOf('[1]')), undefined);
  const diag = service.diagnostics(DRAFT).find((d) => d.code === 'no-saved-copy')!;
  assert.ok(diag);
  assert.deepEqual(service.saveSourceAction(DRAFT, diag.range.start), {
    title: 'Save a copy of https://example.com/news/bridge as a source',
    command: 'cited.saveSourceFromUrl',
    label: '2',
    url: 'https://example.com/news/bridge',
  });
  // The folder of the sources the draft already cites.
  assert.equal(service.saveFolder(DRAFT), `${ROOT}/sources`);
});

test('a saved copy with that url answers the definition, so it is no longer offered; the edit points the definition at the file', () => {
  const text = 'The bridge closed in March [2].\n\n[2]: <https://example.com/news/bridge>\n';
  const service = workspace({ 'drafts/a.md': text });
  // No source folder yet: sources/ in the draft's workspace root.
  assert.equal(service.saveFolder(DRAFT), `${ROOT}/sources`);
  const saved = savedSourceText({ title: 'Bridge "closes"', url: 'https://example.com/news/bridge', retrieved: '2026-12-01T10:00:00Z' }, 'The bridge closed in March.');
  service.setSource(`${ROOT}/sources/bridge-closes.md`, saved);
  assert.deepEqual(service.urlDefinitions(DRAFT), []);
  const edit = service.repointDefinition(DRAFT, '2', `${ROOT}/sources/bridge-closes.md`, 'Bridge "closes"')!;
  const after = apply(text, edit);
  assert.equal(after, 'The bridge closed in March [2].\n\n[2]: ../sources/bridge-closes.md "Bridge \\"closes\\""\n');
  service.setDraft(DRAFT, after);
  assert.deepEqual(service.diagnostics(DRAFT).filter((d) => d.code !== 'weak-support' && d.code !== 'partial-support').map((d) => d.code), []);
  // A title the definition already has is kept; a label that is not a web address gets no edit.
  const titled = 'Text [3].\n\n[3]: https://example.com/x "My title"\n[4]: ../sources/y.md\n';
  service.setDraft(DRAFT, titled);
  assert.equal(apply(titled, service.repointDefinition(DRAFT, '3', `${ROOT}/sources/x.md`, 'Page title')!), 'Text [3].\n\n[3]: ../sources/x.md "My title"\n[4]: ../sources/y.md\n');
  assert.equal(service.repointDefinition(DRAFT, '4', `${ROOT}/sources/x.md`), undefined);
});

test('file names: the title in lower-case ASCII words, else the address; never an existing name', () => {
  assert.equal(sourceSlug('Café owners’ “Bridge” closes — in 2026!', 'https://x.org/a'), 'cafe-owners-bridge-closes-in-2026');
  assert.equal(sourceSlug(undefined, 'https://example.com/news/The%20Bridge.html?x=1'), 'the-bridge');
  assert.equal(sourceSlug('   ', 'https://www.example.com/'), 'example-com');
  assert.equal(sourceSlug('???', 'not a url'), 'source');
  const long = sourceSlug('word '.repeat(40), 'https://x.org');
  assert.ok(long.length <= 60 && !long.endsWith('-') && long.startsWith('word-word'));
  const taken = new Set(['bridge.md', 'bridge-2.md']);
  assert.equal(freeFileName('bridge', 'md', (n) => taken.has(n)), 'bridge-3.md');
  assert.equal(freeFileName('bridge', 'pdf', (n) => taken.has(n)), 'bridge.pdf');
  assert.equal(freeFileName('bridge', 'md', () => true, 5), undefined);
});

test('the saved file: YAML front matter Cited reads back as the source metadata, then the article', () => {
  const text = savedSourceText(
    { title: 'A: "quoted" title\nacross lines', author: 'Jo Smith', publisher: 'Port Gazette', date: '2024-03-05', url: 'https://example.com/a?b=1#c', retrieved: '2026-12-01T10:00:00Z' },
    '## Heading\r\n\r\nThe council voted 6 to 1.',
  );
  const [, yaml, body] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(text)!;
  assert.deepEqual(parse(yaml), { title: 'A: "quoted" title across lines', author: 'Jo Smith', publisher: 'Port Gazette', date: '2024-03-05', url: 'https://example.com/a?b=1#c', retrieved: '2026-12-01T10:00:00Z' });
  assert.equal(body, '## Heading\n\nThe council voted 6 to 1.\n');
  const record = readSource('/ws/sources/a.md', text);
  assert.equal(record.readable, true);
  assert.deepEqual(record.meta, { title: 'A: "quoted" title across lines', author: 'Jo Smith', publisher: 'Port Gazette', date: '2024-03-05', url: 'https://example.com/a?b=1#c' });
  // Fields with no value are left out.
  assert.equal(savedSourceText({ url: 'https://x.org', retrieved: '2026-12-01T10:00:00Z', author: ' ' }, 'x'), '---\nurl: https://x.org\nretrieved: 2026-12-01T10:00:00Z\n---\n\nx\n');
});
