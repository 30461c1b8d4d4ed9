/**
 * Protocol tests of the editing features: rename a pandoc key, renumber, the references section and
 * the preview's data, over the built server (stdio) on a copy of the examples.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { LspTestClient, uri } from '../helpers/lspClient';
import { tempCopy, EXAMPLES } from '../helpers/tempWorkspace';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
type Edit = { range: Range; newText: string };

let ws: ReturnType<typeof tempCopy>;
let client: LspTestClient;

/** Applies LSP text edits to a text. */
function applyEdits(text: string, edits: Edit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
const positionOf = (text: string, needle: string, plus = 0) => {
  const at = text.indexOf(needle) + plus;
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};

before(async () => {
  ws = tempCopy(EXAMPLES);
  // A pandoc draft that stays closed: rename must reach it on disk.
  writeFileSync(ws.root + '/drafts/closed.md', '# Closed\n\nThe vote [@council-minutes, p. 1].\n');
  client = new LspTestClient();
  await client.initialize(ws.root);
});

after(async () => {
  await client.stop();
  ws.dispose();
});

test('rename a pandoc key: the source id and every citation, open drafts and closed ones, in one workspace edit', async () => {
  const draft = ws.root + '/drafts/pandoc-notes.md';
  const text = readFileSync(draft, 'utf8');
  client.open(uri(draft), text);
  const at = positionOf(text, '@council-minutes', 3);
  const prep = (await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: uri(draft) }, position: at })) as { range: Range; placeholder: string };
  assert.equal(prep.placeholder, 'council-minutes');
  assert.deepEqual(prep.range.start, positionOf(text, 'council-minutes]'));
  const edit = (await client.connection.sendRequest('textDocument/rename', { textDocument: { uri: uri(draft) }, position: at, newName: 'minutes-2026' })) as {
    changes: Record<string, Edit[]>;
  };
  const files = Object.keys(edit.changes).map((u) => u.slice(uri(ws.root).length + 1)).sort();
  assert.deepEqual(files, ['drafts/closed.md', 'drafts/pandoc-notes.md', 'sources/council-minutes.md']);
  const after = applyEdits(text, edit.changes[uri(draft)]);
  assert.equal(after, text.replaceAll('@council-minutes', '@minutes-2026'));
  const closed = readFileSync(ws.root + '/drafts/closed.md', 'utf8');
  assert.equal(applyEdits(closed, edit.changes[uri(ws.root + '/drafts/closed.md')]), closed.replace('@council-minutes', '@minutes-2026'));
  const source = readFileSync(ws.root + '/sources/council-minutes.md', 'utf8');
  assert.equal(applyEdits(source, edit.changes[uri(ws.root + '/sources/council-minutes.md')]), source.replace('id: council-minutes', 'id: minutes-2026'));
});

test('prepareRename refuses a numbered marker and a key no source has, with the reason', async () => {
  const draft = ws.root + '/drafts/harbour-bridge.md';
  const text = readFileSync(draft, 'utf8');
  client.open(uri(draft), text);
  await assert.rejects(
    client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: uri(draft) }, position: positionOf(text, '[5]', 1) }),
    /Renumber Citations/,
  );
  const pandoc = ws.root + '/drafts/pandoc-notes.md';
  const ptext = readFileSync(pandoc, 'utf8');
  await assert.rejects(
    client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: uri(pandoc) }, position: positionOf(ptext, '@port-alder-2019', 2) }),
    /No source has the key "port-alder-2019"/,
  );
});

test('renumber: the request returns one set of edits, the source code action the same, and a second run nothing', async () => {
  const draft = ws.root + '/drafts/harbour-bridge.md';
  const text = readFileSync(draft, 'utf8');
  client.open(uri(draft), text);
  const r = (await client.connection.sendRequest('cited/renumber', { uri: uri(draft) })) as { edits: Edit[]; changes: { from: string; to: string }[] };
  assert.deepEqual(r.changes, [
    { from: '4', to: '3' },
    { from: '5', to: '4' },
    { from: '3', to: '5' },
  ]);
  const after = applyEdits(text, r.edits);
  assert.match(after, /grant \[1\]\[\n3\]\.\nThat would leave \$11 million in the reserve for other projects \[4\]/);
  // [9] has no definition: it keeps its number.
  assert.match(after, /ten minutes \[9\]/);
  assert.match(after, /\[3\]: \.\.\/sources\/wire-report\.json\n\[4\]: \.\.\/sources\/budget-memo\.json\n\[5\]: \.\.\/sources\/engineer-interview\.txt/);
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: uri(draft) },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source'] },
  })) as { title: string; kind: string; edit: { changes: Record<string, Edit[]> } }[];
  assert.deepEqual(
    actions.map((a) => [a.kind, a.title]),
    [['source.cited.renumber', 'Renumber citations in order of first appearance']],
  );
  assert.equal(applyEdits(text, actions[0].edit.changes[uri(draft)]), after);
  // Quick fixes only: no source action.
  const quick = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: uri(draft) },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['quickfix'] },
  })) as unknown[];
  assert.equal(quick.length, 0);
  client.change(uri(draft), 2, [{ text: after }]);
  const again = (await client.connection.sendRequest('cited/renumber', { uri: uri(draft) })) as { edits: Edit[] };
  assert.deepEqual(again.edits, []);
  client.change(uri(draft), 3, [{ text }]);
});

test('Generate References Section: one edit before the definitions, nothing on a second run; the preview data names each label', async () => {
  const draft = ws.root + '/drafts/fact-check.md';
  const text = readFileSync(draft, 'utf8');
  client.open(uri(draft), text);
  const r = (await client.connection.sendRequest('cited/referencesSection', { uri: uri(draft) })) as { edits: Edit[]; sources: number };
  assert.equal(r.edits.length, 1);
  assert.equal(r.sources, 4);
  const after = applyEdits(text, r.edits);
  const section = after.slice(after.indexOf('## References'), after.indexOf('[1]: '));
  assert.deepEqual(
    section.trim().split('\n').slice(2).map((l) => l.slice(0, 8)),
    ['- \\[1\\] ', '- \\[2\\] ', '- \\[3\\] ', '- \\[4\\] '],
  );
  assert.match(section, /Minutes of the Port Alder City Council/);
  client.change(uri(draft), 2, [{ text: after }]);
  const again = (await client.connection.sendRequest('cited/referencesSection', { uri: uri(draft) })) as { edits: Edit[] };
  assert.deepEqual(again.edits, []);
  const preview = (await client.connection.sendRequest('cited/previewData', { uri: uri(draft) })) as { entries: { label: string; title: string; sourceUri?: string }[] };
  assert.deepEqual(
    preview.entries.map((e) => [e.label, e.sourceUri?.slice(uri(ws.root).length + 1)]),
    [
      ['1', 'sources/council-minutes.md'],
      ['2', 'sources/harbor-gazette.html'],
      ['3', 'sources/wire-report.json'],
      ['4', 'sources/radio-transcript.txt'],
    ],
  );
  client.change(uri(draft), 3, [{ text }]);
  // A draft that is not open is read from disk for its preview.
  const closed = (await client.connection.sendRequest('cited/previewData', { uri: uri(ws.root + '/drafts/closed.md') })) as { entries: { label: string; title: string }[] };
  assert.deepEqual(closed.entries.map((e) => e.label), ['council-minutes']);
});

test('Sources view data: listSources with usage counts every draft on disk; sourceCitations lists the places that cite a source', async () => {
  const list = (await client.connection.sendRequest('cited/listSources', { withUsage: true })) as {
    path: string;
    title: string;
    usage?: { format: string; citations: number; drafts: number; unreadable?: string; repaired?: string; uri: string };
  }[];
  assert.equal(list.length, 7);
  const byFile = new Map(list.map((s) => [s.path.slice(ws.root.length + 1), s.usage!]));
  const minutes = byFile.get('sources/council-minutes.md')!;
  assert.equal(minutes.format, 'markdown');
  assert.equal(minutes.uri, uri(ws.root + '/sources/council-minutes.md'));
  // harbour-bridge, fact-check, pandoc-notes and closed.md all cite the minutes.
  assert.equal(minutes.drafts, 4);
  assert.ok(minutes.citations >= 8, String(minutes.citations));
  assert.ok(list.every((s) => s.usage && typeof s.usage.citations === 'number'));
  const locations = (await client.connection.sendRequest('cited/sourceCitations', { sourcePath: ws.root + '/sources/council-minutes.md' })) as { uri: string; range: Range }[];
  const drafts = [...new Set(locations.map((l) => l.uri.slice(uri(ws.root).length + 1)))].sort();
  assert.deepEqual(drafts, ['drafts/closed.md', 'drafts/fact-check.md', 'drafts/harbour-bridge.md', 'drafts/pandoc-notes.md']);
  // Without usage, the list is as before.
  const plain = (await client.connection.sendRequest('cited/listSources', {})) as { usage?: unknown }[];
  assert.ok(plain.every((s) => s.usage === undefined));
});
