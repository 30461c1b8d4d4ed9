/**
 * Protocol tests of navigation over a real server (dist/server.js over stdio): go to definition on
 * definition lines and keys, references from a source file, document links, symbols, CodeLens,
 * code actions, and markers being typed.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { LspTestClient, uri } from '../helpers/lspClient';
import { tempCopy, EXAMPLES } from '../helpers/tempWorkspace';

let ws: ReturnType<typeof tempCopy>;
let client: LspTestClient;
let draftUri: string;
let text: string;
const lineOf = (needle: string, t = text) => t.split('\n').findIndex((l) => l.includes(needle));
type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

before(async () => {
  ws = tempCopy(EXAMPLES);
  client = new LspTestClient();
  draftUri = uri(ws.root + '/drafts/harbour-bridge.md');
  text = readFileSync(ws.root + '/drafts/harbour-bridge.md', 'utf8');
  await client.initialize(ws.root);
  const opened = client.waitForDiagnostics(draftUri);
  client.open(draftUri, text);
  await opened;
});

after(async () => {
  await client.stop();
  ws.dispose();
});

test('go to definition on a definition line opens the file; on a pandoc key, the source', async () => {
  const line = lineOf('[3]: ../sources/engineer-interview.txt');
  const defs: { targetUri: string; originSelectionRange: Range }[] = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: draftUri }, position: { line, character: 10 } });
  assert.equal(defs.length, 1);
  assert.equal(defs[0].targetUri, uri(ws.root + '/sources/engineer-interview.txt'));
  assert.equal(defs[0].originSelectionRange.start.line, line);

  const pandocPath = ws.root + '/drafts/pandoc-notes.md';
  const pandoc = readFileSync(pandocPath, 'utf8');
  client.open(uri(pandocPath), pandoc);
  const keyLine = lineOf('[see @engineer-interview', pandoc);
  const keyDefs: { targetUri: string }[] = await client.connection.sendRequest('textDocument/definition', {
    textDocument: { uri: uri(pandocPath) },
    position: { line: keyLine, character: pandoc.split('\n')[keyLine].indexOf('@engineer') + 3 },
  });
  assert.deepEqual(keyDefs.map((d) => d.targetUri), [uri(ws.root + '/sources/engineer-interview.txt')]);
});

test('find all references from anywhere in a source file lists every draft that cites it, opened or not', async () => {
  const source = ws.root + '/sources/council-minutes.md';
  const refs: { uri: string; range: Range }[] = await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: uri(source) },
    position: { line: 12, character: 3 },
    context: { includeDeclaration: true },
  });
  const where = refs.map((r) => `${r.uri.split('/').pop()}:${r.range.start.line + 1}`);
  for (const want of ['fact-check.md:3', 'fact-check.md:11', 'fact-check.md:13', 'pandoc-notes.md:6', 'pandoc-notes.md:9', 'harbour-bridge.md:8', 'harbour-bridge.md:27']) {
    assert.ok(where.includes(want), `${want} in ${where.join(' ')}`);
  }
  // A source no draft cites: an empty list, not an error.
  const none: unknown[] = await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: uri(ws.root + '/sources/ferry-fares.json') },
    position: { line: 0, character: 0 },
    context: { includeDeclaration: false },
  });
  assert.ok(Array.isArray(none));
  assert.ok(none.every((r) => (r as { uri: string }).uri.endsWith('harbour-bridge.md')));
});

test('document links on definition targets open the source files; the capabilities are registered', async () => {
  const links: { range: Range; target: string; tooltip?: string }[] = await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: draftUri } });
  const line3 = lineOf('[3]: ../sources/engineer-interview.txt');
  const l3 = links.find((l) => l.range.start.line === line3)!;
  assert.equal(l3.target, uri(ws.root + '/sources/engineer-interview.txt'));
  assert.equal(text.split('\n')[line3].slice(l3.range.start.character, l3.range.end.character), '../sources/engineer-interview.txt');
  // The web address of [2] opens its saved copy; the missing council-summary.md is no link.
  assert.equal(links.find((l) => l.range.start.line === lineOf('[2]: https://'))!.target, uri(ws.root + '/sources/harbor-gazette.html'));
  assert.ok(!links.some((l) => l.range.start.line === lineOf('[8]: ../sources/council-summary.md')));
});

test('document symbols list the cited sentences by marker; workspace symbols find sources by title, author and id', async () => {
  const symbols: { name: string; detail?: string; range: Range; selectionRange: Range }[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: draftUri } });
  const first = symbols[0];
  assert.match(first.name, /^\[1\]\[2\] The city council approved \$48 million/);
  assert.equal(first.selectionRange.start.line, lineOf('by a vote of six to one [1][2]'));
  assert.match(first.detail ?? '', /Minutes of the Port Alder City Council/);
  assert.ok(symbols.some((x) => x.name.startsWith('[9] A traffic study')));

  type Sym = { name: string; location: { uri: string } };
  const find = async (query: string): Promise<Sym[]> => client.connection.sendRequest('workspace/symbol', { query });
  assert.deepEqual((await find('city clerk')).map((x) => x.location.uri), [uri(ws.root + '/sources/council-minutes.md')]);
  assert.deepEqual((await find('council-minutes')).map((x) => x.location.uri), [uri(ws.root + '/sources/council-minutes.md')]);
  assert.ok((await find('bridge')).length >= 2);
  assert.equal((await find('no source is called this')).length, 0);
});

test('CodeLens above each definition counts its citations and supported sentences; at the top of a source, the drafts citing it', async () => {
  type Lens = { range: Range; command?: { title: string; command: string; arguments?: unknown[] } };
  const lenses: Lens[] = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: draftUri } });
  const at = (needle: string) => lenses.find((l) => l.range.start.line === lineOf(needle))!;
  // [1] is cited on lines 8, 9 (the split [1][↵4]), 17 and 19.
  const one = at('[1]: ../sources/council-minutes.md');
  assert.match(one.command!.title, /^cited 4 times · (supported \d of \d|being judged)/);
  assert.equal(one.command!.command, 'cited.showReferences');
  const [lensUri, , locations] = one.command!.arguments as [string, unknown, { uri: string; range: Range }[]];
  assert.equal(lensUri, draftUri);
  assert.deepEqual(locations.map((l) => l.range.start.line + 1), [8, 9, 17, 19]);
  assert.equal(at('[10]: ../sources/engineer-interview.txt').command!.title, 'not cited');
  assert.match(at('[7]: ../sources/ferry-fares.json').command!.title, /^cited once · the source cannot be read$/);

  const sourceLenses: Lens[] = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uri(ws.root + '/sources/council-minutes.md') } });
  assert.equal(sourceLenses.length, 1);
  assert.match(sourceLenses[0].command!.title, /^cited by 3 drafts · \d+ citations$/);
});

test('a new source the draft does not cite leaves its CodeLens judged (the draft is not judged again)', async () => {
  type Lens = { range: Range; command?: { title: string } };
  const lensOfOne = async () => {
    const lenses: Lens[] = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: draftUri } });
    return lenses.find((l) => l.range.start.line === lineOf('[1]: ../sources/council-minutes.md'))!.command!.title;
  };
  // Wait until every claim is judged (claims are judged a few at a time in the judging thread: a lens may say "(3 being judged)" meanwhile).
  const allJudged = (t: string) => /supported \d of \d/.test(t) && !/being judged/.test(t);
  for (let i = 0; i < 300 && !allJudged(await lensOfOne()); i++) await new Promise((r) => setTimeout(r, 100));
  const judged = await lensOfOne();
  assert.match(judged, /^cited 4 times · supported \d of 4/);
  const created = ws.root + '/sources/tide-tables.md';
  writeFileSync(created, '# Tide tables\n\nHigh tide at the harbour is at noon on Sundays.\n');
  try {
    const loaded = client.nextReady();
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(created), type: 1 }] });
    await loaded;
    assert.equal(await lensOfOne(), judged);
  } finally {
    unlinkSync(created);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(created), type: 3 }] });
  }
});

test('code actions over the protocol: every title unique in the menu of a whole draft, and each says what changes', async () => {
  const p = client.latest.get(draftUri)!;
  const actions: { title: string; kind: string; diagnostics: { code: string }[] }[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: draftUri },
    range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
    context: { diagnostics: p.diagnostics, only: ['quickfix'] },
  });
  const titles = actions.map((a) => a.title);
  assert.equal(new Set(titles).size, titles.length, titles.join(' | '));
  for (const want of ['Join marker into [4]', 'Remove the unclosed "["', 'Remove the empty marker "[]"', 'Remove the unused definition [10]']) assert.ok(titles.includes(want), `${want} in ${titles.join(' | ')}`);
  assert.ok(titles.some((t) => /^Merge the two definitions of \[2\]/.test(t)), titles.join(' | '));
  assert.ok(titles.some((t) => /^Close the marker as \[\d+\], citing /.test(t)), titles.join(' | '));
  assert.ok(actions.every((a) => a.kind === 'quickfix' && a.diagnostics.length > 0));
});

test('a marker being typed is not reported until the writer edits elsewhere or pauses', async () => {
  // A pause long enough that a loaded machine still publishes the held diagnostics before it ends.
  const typing = new LspTestClient();
  try {
    await typing.initialize(ws.root, {}, { typingPauseMs: 3000 });
    const u = uri(ws.root + '/drafts/typing.md');
    const start = 'The council approved the plan [1].\nStaff were stable\n\n[1]: ../sources/council-minutes.md\n';
    const v = (n: number) => (p: { version?: number }) => p.version === n;
    const malformed = (p: { diagnostics: { code: string; range: Range }[] }) => p.diagnostics.filter((d) => d.code === 'malformed-citation').map((d) => d.range.start.line);
    let published = typing.waitForDiagnostics(u, v(1));
    typing.open(u, start);
    assert.deepEqual(malformed(await published), []);

    // "[" typed at the end of line 2: held back while the writer is there...
    published = typing.waitForDiagnostics(u, v(2));
    typing.change(u, 2, [{ range: { start: { line: 1, character: 17 }, end: { line: 1, character: 17 } }, text: ' [' }]);
    assert.deepEqual(malformed(await published), []);
    // ...and published once the writer pauses.
    assert.deepEqual(malformed(await typing.waitForDiagnostics(u, (p) => v(2)(p) && malformed(p).length > 0)), [1]);

    // Another "[" typed at the end of line 1 is held; the earlier one stays reported.
    published = typing.waitForDiagnostics(u, v(3));
    typing.change(u, 3, [{ range: { start: { line: 0, character: 34 }, end: { line: 0, character: 34 } }, text: ' [' }]);
    assert.deepEqual(malformed(await published), [1]);
    // An edit elsewhere: the writer moved on, and both are reported at once.
    published = typing.waitForDiagnostics(u, v(4));
    typing.change(u, 4, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\n' }]);
    assert.deepEqual(malformed(await published), [0, 1]);
  } finally {
    await typing.stop();
  }
});
