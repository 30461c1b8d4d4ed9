/**
 * Protocol tests: the built server (dist/server.js) spawned over stdio, driven
 * the way an editor drives it: initialize, didOpen, hover, didChange, file
 * events, and Cited's own requests.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { LspTestClient, uri, type PublishedDiagnostics } from '../helpers/lspClient';
import { tempCopy, EXAMPLES } from '../helpers/tempWorkspace';

let ws: ReturnType<typeof tempCopy>;
let client: LspTestClient;
let draftPath: string;
let draftUri: string;
let text: string;

/** "line:code" pairs, 1-based, for readable comparisons. */
const summary = (p: PublishedDiagnostics) => p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`);
const SUPPORT_CODES = new Set(['unsupported-claim', 'partial-support', 'number-mismatch', 'quote-not-found', 'uncited-claim', 'sources-disagree']);
/** The same, leaving out the claim-support codes (tested on their own below). */
const structural = (p: PublishedDiagnostics) => p.diagnostics.filter((d) => !SUPPORT_CODES.has(d.code)).map((d) => `${d.range.start.line + 1}:${d.code}`);
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

before(async () => {
  ws = tempCopy(EXAMPLES);
  client = new LspTestClient();
  draftPath = ws.root + '/drafts/harbour-bridge.md';
  draftUri = uri(draftPath);
  text = readFileSync(draftPath, 'utf8');
  const ready = await client.initialize(ws.root);
  assert.equal(ready.sources, 7);
});

after(async () => {
  await client.stop();
  ws.dispose();
});

test('didOpen publishes the expected diagnostics, each from "cited"', async () => {
  const published = client.waitForDiagnostics(draftUri);
  client.open(draftUri, text);
  const p = await published;
  assert.deepEqual(structural(p), [
    '9:malformed-citation',
    '18:malformed-citation',
    '23:undefined-citation',
    '24:unreadable-source',
    '25:missing-source',
    '25:malformed-citation',
    '35:duplicate-definition',
    '36:unused-definition',
  ]);
  assert.ok(p.diagnostics.every((d) => d.source === 'cited'));
  const missing = p.diagnostics.find((d) => d.code === 'missing-source')!;
  assert.equal(missing.severity, 1);
  assert.ok(missing.relatedInformation && missing.relatedInformation.length > 0);
});

test('hover on a marker shows the source and the passage that backs the sentence', async () => {
  const line = lineOf('six to one [1][2]');
  const character = text.split('\n')[line].indexOf('[2]') + 1;
  const h = await client.hover(draftUri, line, character);
  assert.ok(h);
  assert.equal(h.contents.kind, 'markdown');
  assert.match(h.contents.value, /Bridge repairs approved after tense council vote/);
  assert.match(h.contents.value, /Minutes of the Port Alder City Council/);
  assert.match(h.contents.value, /\*\*vote\*\* of \*\*six\*\* to \*\*one\*\*/);
});

test('go to definition opens the cited source at the passage', async () => {
  const line = lineOf('An inspection found corrosion');
  const character = text.split('\n')[line].indexOf('[2]') + 1;
  const defs: { targetUri: string; targetRange: { start: { line: number } } }[] = await client.connection.sendRequest('textDocument/definition', {
    textDocument: { uri: draftUri },
    position: { line, character },
  });
  assert.equal(defs[0].targetUri, uri(ws.root + '/sources/harbor-gazette.html'));
  const sourceLine = readFileSync(ws.root + '/sources/harbor-gazette.html', 'utf8').split('\n')[defs[0].targetRange.start.line];
  assert.match(sourceLine, /corrosion in 14 of the bridge/);
});

test('a quick fix joins a split marker', async () => {
  const p = client.latest.get(draftUri)!;
  const split = p.diagnostics.find((d) => d.code === 'malformed-citation' && /split/.test(d.message))!;
  const actions: { title: string; edit: { changes: Record<string, { newText: string }[]> } }[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: draftUri },
    range: split.range,
    context: { diagnostics: [split] },
  });
  assert.equal(actions[0].title, 'Join marker into [4]');
  assert.equal(actions[0].edit.changes[draftUri][0].newText, '[4]');
});

test('a quick fix defines a numbered marker that has no definition as the source that backs its sentence', async () => {
  const p = client.latest.get(draftUri)!;
  const undef = p.diagnostics.find((d) => d.code === 'undefined-citation')!;
  const actions: { title: string; edit: { changes: Record<string, { newText: string }[]> } }[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: draftUri },
    range: undef.range,
    context: { diagnostics: [undef] },
  });
  const define = actions.filter((a) => /^Define \[9\] as /.test(a.title));
  assert.ok(define.length > 0, actions.map((a) => a.title).join(' | '));
  assert.match(define[0].edit.changes[draftUri][0].newText, /^\n\[9\]: \.\.\/sources\//);
});

test('editing the draft re-publishes diagnostics', async () => {
  // Define [9], which was undefined: append a definition at the end.
  const lines = text.split('\n');
  const published = client.waitForDiagnostics(draftUri, (p) => !summary(p).includes('23:undefined-citation'));
  client.change(draftUri, 2, [{ range: { start: { line: lines.length - 1, character: 0 }, end: { line: lines.length - 1, character: 0 } }, text: '[9]: ../sources/engineer-interview.txt\n' }]);
  const p = await published;
  assert.ok(!summary(p).includes('23:undefined-citation'));
  assert.ok(summary(p).includes('25:missing-source'));
});

test('creating and deleting a source file updates diagnostics without a restart', async () => {
  const created = ws.root + '/sources/council-summary.md';
  writeFileSync(created, '# Council summary\n\nThe council approved the bridge plan.\n');
  let published = client.waitForDiagnostics(draftUri, (p) => !summary(p).includes('25:missing-source'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(created), type: 1 }] });
  await published;
  unlinkSync(created);
  published = client.waitForDiagnostics(draftUri, (p) => summary(p).includes('25:missing-source'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(created), type: 3 }] });
  await published;
});

test('listSources ranks by the sentence at the cursor; insertCitation returns the edits', async () => {
  const line = lineOf('the footpath will close');
  const sources: { title: string; path: string; suggested?: boolean }[] = await client.connection.sendRequest('cited/listSources', {
    uri: draftUri,
    position: { line, character: 5 },
  });
  assert.equal(sources.length, 7);
  assert.equal(sources[0].suggested, true);
  assert.match(sources[0].title, /stay partly open/);
  const result: { marker: string; reused?: string; edits: { newText: string }[] } = await client.connection.sendRequest('cited/insertCitation', {
    uri: draftUri,
    position: { line, character: text.split('\n')[line].length },
    sourcePath: sources[0].path,
  });
  assert.equal(result.reused, '4');
  assert.deepEqual(result.edits.map((e) => e.newText), [' [4]']);
});

test('completion after "[" offers each source with its marker and definition; after "@", its key', async () => {
  const newUri = uri(ws.root + '/drafts/new-story.md');
  const body = 'The footpath will close for several weeks in 2028 [';
  client.open(newUri, body);
  type Item = { label: string; kind: number; sortText: string; textEdit: { range: { start: { character: number } }; newText: string }; additionalTextEdits?: unknown[]; insertTextFormat: number };
  const list: { isIncomplete: boolean; items: Item[] } = await client.connection.sendRequest('textDocument/completion', {
    textDocument: { uri: newUri },
    position: { line: 0, character: body.length },
    context: { triggerKind: 2, triggerCharacter: '[' },
  });
  assert.equal(list.items.length, 7);
  const first = [...list.items].sort((a, b) => a.sortText.localeCompare(b.sortText))[0];
  assert.match(first.label, /^\[1\] Port Alder bridge to stay partly open/);
  assert.equal(first.kind, 18);
  // This client takes no snippets: the marker and its definition in plain text, replacing the typed "[".
  assert.equal(first.insertTextFormat, 1);
  assert.equal(first.textEdit.range.start.character, body.length - 1);
  assert.match(first.textEdit.newText, /^\[1\]\n\n\[1\]: \.\.\/sources\/wire-report\.json/);
  const keyed = 'As reported [@wire';
  client.change(newUri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: body.length } }, text: keyed }]);
  const keys: { items: Item[] } = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: newUri }, position: { line: 0, character: keyed.length } });
  assert.deepEqual(keys.items.map((i) => i.textEdit.newText), ['wire-report']);
});

test('completion after "[@" finds a source by a word of its text that no title, author or key holds, and VS Code keeps the list', async () => {
  const newUri = uri(ws.root + '/drafts/full-text.md');
  const body = 'The worst beams had lost a quarter of their thickness [@girder';
  client.open(newUri, body);
  type Item = { label: string; filterText: string; sortText: string; textEdit: { range: { start: { character: number } }; newText: string } };
  const list: { isIncomplete: boolean; items: Item[] } = await client.connection.sendRequest('textDocument/completion', {
    textDocument: { uri: newUri },
    position: { line: 0, character: body.length },
  });
  // The engineer's interview notes say "girders" three times; nothing in their title, author or key does.
  const keys = [...list.items].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((i) => i.textEdit.newText);
  assert.ok(keys.includes('engineer-interview'), keys.join(' '));
  assert.ok(!keys.includes('council-minutes') && !keys.includes('wire-report'), keys.join(' '));
  // Asked again as the writer types on; each item's filterText starts with the typed word, so the client's own filter
  // (which reads filterText, not the text) keeps every item and scores them alike, leaving sortText's order.
  assert.equal(list.isIncomplete, true);
  for (const i of list.items) assert.ok(i.filterText.startsWith('girder '), i.filterText);
  assert.equal(list.items[0].textEdit.range.start.character, body.length - 'girder'.length);
});

test('Find All References on a marker lists every draft that cites the source, opened or not', async () => {
  const line = text.split('\n').findIndex((l) => l.startsWith('[1]: ../sources/council-minutes.md'));
  const refs: { uri: string; range: { start: { line: number } } }[] = await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: draftUri },
    position: { line, character: 1 },
    context: { includeDeclaration: true },
  });
  const where = refs.map((r) => `${r.uri.split('/').pop()}:${r.range.start.line + 1}`);
  // pandoc-notes.md and fact-check.md were never opened: they are read from disk for the answer.
  for (const want of ['fact-check.md:3', 'fact-check.md:13', 'pandoc-notes.md:6', 'pandoc-notes.md:9', `harbour-bridge.md:${line + 1}`]) assert.ok(where.includes(want), `${want} in ${where.join(' ')}`);

  // A draft changed on disk since the last search is read again: the search does not answer from an old copy.
  const later = ws.root + '/drafts/later.md';
  const ask = async () =>
    ((await client.connection.sendRequest('textDocument/references', { textDocument: { uri: draftUri }, position: { line, character: 1 }, context: { includeDeclaration: false } })) as { uri: string }[]).filter((r) => r.uri.endsWith('/later.md')).length;
  writeFileSync(later, 'Nothing cited here yet.\n');
  assert.equal(await ask(), 0);
  writeFileSync(later, 'The council voted on the bridge [7]. Then again [7].\n\n[7]: ../sources/council-minutes.md\n');
  assert.equal(await ask(), 2);
  unlinkSync(later);
  assert.equal(await ask(), 0);
});

test('checkWorkspace checks drafts that were never opened', async () => {
  const other = uri(ws.root + '/drafts/pandoc-notes.md');
  const published = client.waitForDiagnostics(other);
  const result: { drafts: number; errors: number; citations: number } = await client.connection.sendRequest('cited/checkWorkspace', {});
  assert.equal(result.drafts, 3);
  assert.ok(result.citations >= 24);
  const p = await published;
  assert.deepEqual(structural(p), ['10:undefined-citation']);
});

test('a hostile draft gets diagnostics and the server keeps answering', async () => {
  const bad = uri(ws.root + '/drafts/bad.md');
  const published = client.waitForDiagnostics(bad);
  client.open(bad, '\u0000[[[[ [ |\n```\n[1\n' + '[@'.repeat(2000) + '\n---\n: : :\n[]');
  const p = await published;
  assert.ok(p.diagnostics.length > 0);
  const h = await client.hover(draftUri, lineOf('six to one'), 105);
  assert.ok(h);
  assert.equal(client.stderr.includes('Error'), false, client.stderr);
});

test('claim support: wrong figures, misquotes, disagreeing sources, uncited and unsupported claims', async () => {
  const factPath = ws.root + '/drafts/fact-check.md';
  const factUri = uri(factPath);
  // The first publishes may carry only the marker problems, or part of the verdicts, while claims are judged; wait for all of them.
  const wanted = ['3:number-mismatch', '5:quote-not-found', '7:sources-disagree', '9:uncited-claim', '11:unsupported-claim'];
  const published = client.waitForDiagnostics(factUri, (p) => wanted.every((w) => summary(p).includes(w)));
  client.open(factUri, readFileSync(factPath, 'utf8'));
  const p = await published;
  const got = summary(p);
  for (const want of wanted) assert.ok(got.includes(want), `${want} not in ${got.join(' ')}`);
  const figure = p.diagnostics.find((d) => d.code === 'number-mismatch')!;
  assert.match(figure.message, /says "\$52 million"; the cited source gives "\$48 million"/);
  const actions: { title: string; edit: { changes: Record<string, { newText: string }[]> } }[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: factUri },
    range: figure.range,
    context: { diagnostics: [figure] },
  });
  const fix = actions.find((a) => /Replace with the source's figure/.test(a.title))!;
  assert.ok(fix, actions.map((a) => a.title).join(', '));
  assert.equal(fix.edit.changes[factUri][0].newText, '$48 million');
});

test('hover shows the claim verdict; the report request returns the citation report', async () => {
  const factUri = uri(ws.root + '/drafts/fact-check.md');
  const h = await client.hover(factUri, 2, 57);
  assert.ok(h);
  assert.match(h.contents.value, /Not supported|Partly supported/);
  assert.match(h.contents.value, /gives \*\*\$48 million\*\*/);
  const report: { markdown: string; claims: number } = await client.connection.sendRequest('cited/claimReport', { uri: factUri });
  assert.equal(report.claims, 4);
  assert.match(report.markdown, /^# Citation report: fact\\-check\.md/);
  assert.match(report.markdown, /\[\.\.\/sources\/council\\-minutes\.md line 14\]\(file:\/\/.*council-minutes\.md#L14\)/);
});

test('a client that sends no language id still gets a .md file checked as a draft', async () => {
  const other = uri(ws.root + '/drafts/pandoc-notes.md');
  const published = client.waitForDiagnostics(other, (p) => p.diagnostics.some((d) => d.code === 'undefined-citation'));
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: '', version: 1, text: readFileSync(ws.root + '/drafts/pandoc-notes.md', 'utf8') } });
  const p = await published;
  assert.ok(structural(p).includes('10:undefined-citation'));
});

test('definitions glued under a paragraph: reported, and the quick fix inserts the blank line', async () => {
  const glued = uri(ws.root + '/drafts/glued.md');
  const body = 'The council approved the repair budget [1].\n[1]: ../sources/council-minutes.md\n';
  const published = client.waitForDiagnostics(glued, (p) => p.diagnostics.some((d) => d.code === 'definition-in-paragraph'));
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: glued, languageId: 'markdown', version: 1, text: body } });
  const p = await published;
  assert.ok(!p.diagnostics.some((d) => d.code === 'undefined-citation'), JSON.stringify(p.diagnostics));
  const d = p.diagnostics.find((x) => x.code === 'definition-in-paragraph')!;
  assert.equal(d.range.start.line, 1);
  const actions: { title: string; edit: { changes: Record<string, { range: { start: { line: number; character: number } }; newText: string }[]> } }[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: glued },
    range: d.range,
    context: { diagnostics: [d] },
  });
  const fix = actions.find((a) => /blank line/.test(a.title))!;
  assert.deepEqual(fix.edit.changes[glued], [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '\n' }]);
});

test('prose glued under a table: reported, and the quick fix inserts the blank line after the table', async () => {
  const glued = uri(ws.root + '/drafts/glued-table.md');
  const body = '| Item | Figure |\n|---|---|\n| Budget | $48 million [1] |\nThe council approved the repair budget [1].\n\n[1]: ../sources/council-minutes.md\n';
  const published = client.waitForDiagnostics(glued, (p) => p.diagnostics.some((d) => d.code === 'paragraph-in-table'));
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: glued, languageId: 'markdown', version: 1, text: body } });
  const d = (await published).diagnostics.find((x) => x.code === 'paragraph-in-table')!;
  assert.equal(d.range.start.line, 3);
  const actions: { title: string; edit: { changes: Record<string, unknown[]> } }[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: glued },
    range: d.range,
    context: { diagnostics: [d] },
  });
  const fix = actions.find((a) => a.title === 'Insert a blank line after the table')!;
  assert.deepEqual(fix.edit.changes[glued], [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '\n' }]);
});

test('a draft nested thousands deep does not take the server down: it is reported, and other drafts keep working', async () => {
  const deep = uri(ws.root + '/drafts/deep.md');
  const body = '> '.repeat(3000) + 'The council approved the repair budget [1].\n\n' + '- '.repeat(3000) + 'Deep list.\n\n[1]: ../sources/council-minutes.md\n';
  const published = client.waitForDiagnostics(deep, (p) => p.diagnostics.some((d) => d.code === 'nesting-too-deep'));
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: deep, languageId: 'markdown', version: 1, text: body } });
  const p = await published;
  assert.deepEqual(p.diagnostics.filter((d) => d.code === 'nesting-too-deep').map((d) => d.range.start.line), [0, 2]);
  // The server still answers for the other draft.
  const markerLine = lineOf('[1]');
  const hover = await client.hover(draftUri, markerLine, text.split('\n')[markerLine].indexOf('[1]') + 1);
  assert.ok(hover, 'hover still answered');
});
