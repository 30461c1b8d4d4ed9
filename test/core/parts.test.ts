import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { claimRecords, reportMarkdown } from '../../server/src/core/report';

// A small workspace of my own: a harbour report, a council note, and a fleet table.
const SOURCES = {
  'sources/harbour.md':
    '---\ntitle: Harbour works\n---\n\nThe harbour authority dredged the northern channel last winter so that larger freighters could dock.\n\n' +
    'Gulls nest on the breakwater every spring, and the lighthouse keeper counts them.\n',
  'sources/council.md':
    '---\ntitle: Council minutes\n---\n\nAt its March session the city council approved a ferry terminal beside the fish market.\n\n' +
    'The budget for street lighting was deferred.\n',
  'sources/pairs.md':
    '---\ntitle: Tram line\n---\n\nThe regional transit board ordered twelve tramcars from a Czech builder. They will run on the riverside loop from autumn.\n\n' +
    'Unrelated text about the museum café and its opening hours.\n',
  'sources/fleet.md':
    '---\ntitle: Fleet register\n---\n\nThe register lists each vessel.\n\n| Vessel | Home port | Built |\n|---|---|---|\n| Marigold | Tromsø | 1998 |\n| Osprey | Bergen | 2004 |\n',
  'sources/odd.txt':
    'Odd markup\n\nThe *salt* works at [Hollow Bay](http://example.com) <b>closed</b> in the cold spring | after floods.\n',
};

function setup(draft: string) {
  const s = workspace({ ...SOURCES, 'drafts/d.md': draft });
  const path = ROOT + '/drafts/d.md';
  return { s, path, text: draft, claims: s.claims(path), diags: s.diagnostics(path) };
}

test('parts: two clauses backed by sentences of two different sources each get their own passage', () => {
  const draft =
    'The harbour authority dredged the northern channel so that larger freighters could dock, and the city council approved a ferry terminal beside the fish market [1][2].\n\n' +
    '[1]: ../sources/harbour.md\n[2]: ../sources/council.md\n';
  const { claims, text } = setup(draft);
  const parts = claims[0].result!.parts!;
  assert.equal(parts.length, 2);
  assert.ok(parts.every((p) => p.backed));
  assert.match(parts[0].passage!.source.path, /harbour\.md$/);
  assert.match(parts[0].passage!.text, /dredged the northern channel/);
  assert.match(parts[1].passage!.source.path, /council\.md$/);
  assert.match(parts[1].passage!.text, /ferry terminal beside the fish market/);
  // Each part's range is its place in the draft.
  assert.equal(text.slice(parts[0].range!.start, parts[0].range!.end), 'The harbour authority dredged the northern channel so that larger freighters could dock');
  assert.equal(text.slice(parts[1].range!.start, parts[1].range!.end), 'the city council approved a ferry terminal beside the fish market');
  // The file range points at the passage in its source.
  const raw = SOURCES['sources/council.md'];
  assert.match(raw.slice(parts[1].passage!.fileRange.start, parts[1].passage!.fileRange.end), /approved a ferry terminal/);
});

test('parts: a part whose words are spread over two adjacent sentences gets both as its passage', () => {
  const draft = 'Twelve tramcars were ordered from a Czech builder by the regional transit board, and they will run on the riverside loop from autumn [1].\n\n[1]: ../sources/pairs.md\n';
  const { claims } = setup(draft);
  const parts = claims[0].result!.parts!;
  assert.ok(parts.length >= 2);
  const loop = parts.find((p) => /riverside loop/.test(p.text))!;
  assert.ok(loop.backed);
  assert.match(loop.passage!.text, /riverside loop/);
  // A part naming the board and the loop together is backed by the pair of sentences.
  const joined = setup('The regional transit board ordered tramcars for the riverside loop, and the museum café keeps opening hours [1].\n\n[1]: ../sources/pairs.md\n');
  const first = joined.claims[0].result!.parts![0];
  assert.match(first.passage!.text, /transit board ordered.*riverside loop/);
});

test('parts: the part no passage backs is named in the message, with the passage backing the other and its place as related information', () => {
  const draft = 'The harbour authority dredged the northern channel last winter, and the mayor banned lorries from the old stone bridge at night [1].\n\n[1]: ../sources/harbour.md\n';
  const { claims, diags } = setup(draft);
  const r = claims[0].result!;
  assert.notEqual(r.verdict, 'supported');
  const parts = r.parts!;
  assert.deepEqual(parts.map((p) => p.backed), [true, false]);
  const d = diags.find((x) => x.code === 'partial-support' || x.code === 'weak-support' || x.code === 'unsupported-claim')!;
  assert.ok(d, 'a support diagnostic');
  assert.match(d.message, /Not backed: “the mayor banned lorries from the old stone bridge at night”/);
  assert.match(d.message, /Backed: “The harbour authority dredged the northern channel last winter” \(harbour\.md: "The harbour authority dredged/);
  assert.equal(d.related!.length, 1);
  assert.match(d.related![0].path, /harbour\.md$/);
  assert.match(d.related![0].message, /^Backs “The harbour authority/);
  const raw = SOURCES['sources/harbour.md'];
  assert.match(raw.slice(d.related![0].range!.start, d.related![0].range!.end), /^The harbour authority dredged/);
});

test('parts: the hover lists each part with ✓ or ✗ and its passage, with the source name', () => {
  const draft = 'The harbour authority dredged the northern channel last winter, and the mayor banned lorries from the old stone bridge at night [1].\n\n[1]: ../sources/harbour.md\n';
  const { s, path, text } = setup(draft);
  const h = s.hover(path, text.indexOf('[1]'))!.markdown;
  assert.match(h, /Parts of the sentence:/);
  assert.match(h, /✓ “The harbour authority dredged the northern channel last winter” — \.\.\/sources\/harbour\.md: “The harbour authority dredged/);
  assert.match(h, /✗ “the mayor banned lorries from the old stone bridge at night” — not backed/);
  // The old single "least backed part" line gives way to the list.
  assert.doesNotMatch(h, /Least backed part/);
});

test('parts: a table row counts as one passage', () => {
  const draft = 'The Osprey has Bergen as its home port, and the Osprey was built in 2004 [1].\n\n[1]: ../sources/fleet.md\n';
  const { claims } = setup(draft);
  const parts = claims[0].result!.parts!;
  assert.equal(parts.length, 2);
  for (const p of parts) {
    assert.ok(p.backed, p.text);
    assert.equal(p.passage!.text, 'Osprey | Bergen | 2004');
  }
});

test('parts: text from sources is escaped in the hover, and kept to one line in messages', () => {
  const draft = 'The salt works at Hollow Bay closed in the cold spring, and the harbour authority dredged the northern channel [1][2].\n\n[1]: ../sources/odd.txt\n[2]: ../sources/harbour.md\n';
  const { s, path, text } = setup(draft);
  const h = s.hover(path, text.indexOf('[1]'))!.markdown;
  const line = h.split('\n').find((l) => l.includes('odd.txt: '))!;
  assert.ok(line, h);
  // The source's markup is shown as text: no emphasis, link or HTML gets through.
  assert.match(line, /\\\*salt\\\*/);
  assert.match(line, /\\\[Hollow Bay\\\]\\\(http&#58;\/\/example\.com\\\)/);
  assert.match(line, /\\<b\\>closed\\<\/b\\>/);
  assert.doesNotMatch(line, /(?<!\\)<b>/);
});

test('parts: the claims JSON records each part with its source, line and passage; the report lists them', () => {
  const draft = 'The harbour authority dredged the northern channel last winter, and the mayor banned lorries from the old stone bridge at night [1].\n\n[1]: ../sources/harbour.md\n';
  const { s, path } = setup(draft);
  const [rec] = claimRecords(s, path, (p) => p.slice(ROOT.length + 1));
  assert.deepEqual(rec.parts, [
    { text: 'The harbour authority dredged the northern channel last winter', backed: true, source: 'sources/harbour.md', line: 5, passage: 'The harbour authority dredged the northern channel last winter so that larger freighters could dock.' },
    { text: 'the mayor banned lorries from the old stone bridge at night', backed: false, source: null, line: null, passage: null },
  ]);
  assert.ok(rec.problems.some((p) => p.startsWith('not backed: “the mayor banned lorries')));
  const md = reportMarkdown(s, path);
  assert.match(md, /- ✓ “The harbour authority dredged the northern channel last winter” — \[sources\/harbour\.md line 5\]|- ✓ “The harbour authority dredged the northern channel last winter” — \[\.\.\/sources\/harbour\.md line 5\]/);
  assert.match(md, /- ✗ “the mayor banned lorries from the old stone bridge at night” \(not backed\)/);
  // A sentence of one part has no parts.
  const one = setup('The harbour authority dredged the northern channel last winter [1].\n\n[1]: ../sources/harbour.md\n');
  assert.equal(one.claims[0].result!.parts, undefined);
  assert.equal(claimRecords(one.s, one.path, (p) => p)[0].parts, undefined);
});

test('parts: a passage that backs two parts is shown and linked once', () => {
  const draft = 'The harbour authority dredged the northern channel last winter, so that larger freighters could dock, while the mayor banned lorries from the old stone bridge at night [1].\n\n[1]: ../sources/harbour.md\n';
  const { claims, diags } = setup(draft);
  const parts = claims[0].result!.parts!;
  assert.deepEqual(parts.map((p) => p.backed), [true, true, false]);
  const d = diags.find((x) => x.code === 'partial-support' || x.code === 'weak-support' || x.code === 'unsupported-claim')!;
  assert.match(d.message, /“so that larger freighters could dock” \(the same passage\)/);
  assert.equal(d.message.match(/harbour\.md: "/g)!.length, 1);
  assert.equal(d.related!.length, 1);
});

test('parts: a row of an HTML table counts as one passage, read with its header', () => {
  const page =
    '<html><head><title>Depots</title></head><body><article><p>Our depots at a glance.</p>\n<table>\n<tr><th>Depot</th><th>Opened</th><th>Buses</th></tr>\n' +
    '<tr><td>Kelvin Yard</td><td>1987</td><td>140 buses</td></tr>\n<tr><td>Fernhill</td><td>2011</td><td>65 buses</td></tr>\n</table></article></body></html>';
  const s = workspace({ 'sources/depots.html': page, 'drafts/d.md': 'Fernhill depot opened in 2011, and Fernhill houses 65 buses [1].\n\n[1]: ../sources/depots.html\n' });
  const parts = s.claims(ROOT + '/drafts/d.md')[0].result!.parts!;
  assert.equal(parts.length, 2);
  for (const p of parts) {
    assert.ok(p.backed, p.text);
    assert.equal(p.passage!.text, 'Fernhill | 2011 | 65 buses');
    assert.match(page.slice(p.passage!.fileRange.start, p.passage!.fileRange.end), /^Fernhill<\/td><td>2011<\/td><td>65 buses$/);
  }
});
