import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT, cursor } from '../helpers/memoryWorkspace';
import type { TextEditOffsets } from '../../server/src/core/insertCitation';
import type { CitationCompletion } from '../../server/src/core/completion';

const SOURCES = {
  'sources/minutes.md': '---\ntitle: Council minutes\nid: minutes\npublisher: City of Port Alder\n---\n\nThe council voted 6 to 1 to approve $48 million for the bridge.\n',
  'sources/ferry.md': '---\ntitle: Ferry fares rise\nid: ferry-fares\n---\n\nFerry fares will rise by 12% next year, the port authority said.\n',
  'sources/harbour.md': '---\ntitle: Harbour tunnel <b>budget</b> [click](command:x)\nid: harbour-tunnel\n---\n\nThe tunnel will cost $310 million.\n',
};

function complete(marked: string, snippets = false): { text: string; items: CitationCompletion[] } {
  const { text, offset } = cursor(marked);
  const s = workspace({ ...SOURCES, 'drafts/d.md': text });
  return { text, items: s.completions(ROOT + '/drafts/d.md', offset, snippets) };
}

/** The draft after accepting `item`: its edit and its additional edits. */
function accept(text: string, item: CitationCompletion): string {
  const edits: TextEditOffsets[] = [item.edit, ...item.additionalEdits];
  for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.newText.replace('$0', '') + text.slice(e.end);
  return text;
}

const byId = (items: CitationCompletion[], path: string) => items.find((i) => i.sourcePath === ROOT + '/' + path)!;

test('pandoc: after "[@" every source is offered by its key, the best match for the sentence first', () => {
  const { text, items } = complete('Ferry fares will rise by 12% next year [@|].\n');
  assert.equal(items.length, 3);
  assert.equal(items[0].label, 'ferry-fares');
  assert.equal(accept(text, items[0]), 'Ferry fares will rise by 12% next year [@ferry-fares].\n');
  // Source text in the documentation is escaped: no HTML, no link, no command.
  const doc = byId(items, 'sources/harbour.md').documentation;
  assert.ok(!doc.includes('<b>') && !doc.includes('](command:'), doc);
});

test('pandoc: what is typed of the key filters the list and is replaced; in-text "@" and "; @" too, not an e-mail address', () => {
  const typed = complete('The council voted [@min|] on Monday.\n');
  assert.deepEqual(typed.items.map((i) => i.label), ['minutes']);
  assert.equal(accept(typed.text, typed.items[0]), 'The council voted [@minutes] on Monday.\n');
  assert.deepEqual(complete('As @harb| writes. Fares rose [@ferry-fares].\n').items.map((i) => i.label), ['harbour-tunnel']);
  assert.equal(complete('Fares rose [@minutes; @fer|].\n').items[0].label, 'ferry-fares');
  assert.equal(complete('Write to press@harb| for details.\n').items.length, 0);
  assert.equal(complete('Run `npm @|` first.\n').items.length, 0, 'inside inline code');
  // In a numeric draft, a handle in the text is no citation; inside brackets a key still is.
  const numeric = '\n\nFares [1].\n\n[1]: ../sources/ferry.md\n';
  assert.equal(complete('Follow @harb| for updates.' + numeric).items.length, 0);
  assert.equal(complete('Tunnel costs [@harb|]' + numeric).items[0].label, 'harbour-tunnel');
});

test('numeric: after "[" each source gets its marker: the number already defined for it, or the next with its definition added', () => {
  const draft = 'The council approved $48 million [1].\n\nFerry fares will rise [|]\n\n[1]: ../sources/minutes.md\n';
  const { text, items } = complete(draft);
  assert.equal(items.length, 3);
  const ferry = items[0];
  assert.equal(ferry.sourcePath, ROOT + '/sources/ferry.md', 'the best match for the sentence comes first');
  assert.equal(ferry.label, '[2] Ferry fares rise');
  assert.equal(accept(text, ferry), 'The council approved $48 million [1].\n\nFerry fares will rise [2]\n\n[1]: ../sources/minutes.md\n[2]: ../sources/ferry.md "Ferry fares rise"\n');
  const minutes = byId(items, 'sources/minutes.md');
  assert.equal(minutes.label, '[1] Council minutes');
  assert.deepEqual(minutes.additionalEdits, []);
  assert.equal(accept(text, minutes), 'The council approved $48 million [1].\n\nFerry fares will rise [1]\n\n[1]: ../sources/minutes.md\n');
  // Digits typed filter by number.
  assert.deepEqual(complete(draft.replace('[|]', '[1|]')).items.map((i) => i.label), ['[1] Council minutes']);
});

test('numeric: at the end of a draft with no definitions, the marker and its definition come in one edit, the cursor after the marker', () => {
  const { text, items } = complete('Ferry fares will rise by 12% next year [|', true);
  const ferry = byId(items, 'sources/ferry.md');
  assert.ok(ferry.snippet);
  assert.equal(ferry.edit.newText, '[1]$0\n\n[1]: ../sources/ferry.md "Ferry fares rise"');
  assert.equal(accept(text, ferry), 'Ferry fares will rise by 12% next year [1]\n\n[1]: ../sources/ferry.md "Ferry fares rise"');
  // A client without snippets gets the same text, plain.
  const plain = byId(complete('Ferry fares will rise by 12% next year [|').items, 'sources/ferry.md');
  assert.equal(plain.snippet, false);
  assert.equal(plain.edit.newText, '[1]\n\n[1]: ../sources/ferry.md "Ferry fares rise"');
});

test('no completion for links, images, escaped brackets, code, or "[" in a pandoc draft', () => {
  const numeric = 'Fares [1].\n\n[1]: ../sources/ferry.md\n';
  assert.equal(complete('See [the minutes|\n\n' + numeric).items.length, 0);
  assert.equal(complete('A photo ![|\n\n' + numeric).items.length, 0);
  assert.equal(complete('Not a marker \\[|\n\n' + numeric).items.length, 0);
  assert.equal(complete('```\ncode [|\n```\n\n' + numeric).items.length, 0);
  assert.equal(complete('Fares rose [@ferry-fares]. Then [|\n').items.length, 0);
});

test('a resolved item documents the passage that backs the sentence being written; a key is found by author or year; shared titles are told apart', () => {
  const extra = {
    'sources/column.md': '---\ntitle: Harbour notes\nid: column\nauthor: Craig Nash\npublisher: Harbour Gazette\ndate: 2025-04-02\n---\n\nThe mayor spoke about the bridge.\n\nThe ferry fares will rise by twelve percent, the port authority said in a statement.\n',
    'sources/column-2.md': '---\ntitle: Harbour notes\nid: column-2\n---\n\nA second column with the same title.\n',
  };
  const { text, offset } = cursor('Ferry fares will rise next year [@|].\n');
  const s = workspace({ ...SOURCES, ...extra, 'drafts/d.md': text });
  const items = s.completions(ROOT + '/drafts/d.md', offset);
  const column = byId(items, 'sources/column.md');
  // The list carries the opening text (cheap); resolving the item gives the passage about the fares, not the opening sentence.
  assert.equal(column.documentation, '**Harbour notes**\n\nHarbour Gazette · Craig Nash · 2025\\-04\\-02\n\nThe mayor spoke about the bridge. The ferry fares will rise by twelve percent, the port authority said in a statement.');
  assert.deepEqual(column.data, { source: ROOT + '/sources/column.md', sentence: 'Ferry fares will rise next year ].' });
  const resolved = s.resolveCompletion(column.data)!;
  assert.match(resolved, /^\*\*Harbour notes\*\*\n\nHarbour Gazette · Craig Nash · 2025\\-04\\-02\n\nFor this sentence: “The ferry fares will rise by twelve percent/);
  assert.ok(!resolved.includes('The mayor spoke'), resolved);
  assert.match(column.detail, /Harbour Gazette · Craig Nash · 2025-04-02/);
  // Two sources titled alike read differently.
  const details = items.filter((i) => i.detail.startsWith('Harbour notes')).map((i) => i.detail.split(' — ')[0]);
  assert.deepEqual(details.sort(), ['Harbour notes (column-2.md)', 'Harbour notes (column.md)']);
  // "[@nash" and "[@2025" find the column by its author and its year.
  for (const typed of ['nash', '2025']) {
    const c = cursor(`Ferry fares will rise next year [@${typed}|].\n`);
    const w = workspace({ ...SOURCES, ...extra, 'drafts/d.md': c.text });
    assert.deepEqual(w.completions(ROOT + '/drafts/d.md', c.offset).map((i) => i.label), ['column'], typed);
  }
});

test('resolve: the passage when it backs the sentence, else the opening text; source text escaped; a source gone resolves to nothing', () => {
  const sources = {
    ...SOURCES,
    // Plain text: its passages are the text as written, markup and all.
    'sources/quay.txt': 'Quay <i>report</i>\n\nThe pier opened in 1901.\n\nThe quay wall <b>collapsed</b> after the storm [click](command:x) on Tuesday night.\n',
    'sources/quay-walk.md': '---\ntitle: Quay wall walks\nid: quay-walk\n---\n\nA guide to strolls along the harbour front.\n',
  };
  const { text, offset } = cursor('The quay wall collapsed after the storm on Tuesday [@|].\n');
  const s = workspace({ ...sources, 'drafts/d.md': text });
  const items = s.completions(ROOT + '/drafts/d.md', offset);
  const quay = byId(items, 'sources/quay.txt');
  assert.equal(items[0], quay, 'the source backing the sentence first');
  // The list has the opening text, no passage.
  assert.ok(!quay.documentation.includes('For this sentence'), quay.documentation);
  assert.ok(quay.data.sentence, 'a ranked source carries the sentence');
  const resolved = s.resolveCompletion(quay.data)!;
  assert.match(resolved, /^\*\*Quay /);
  assert.match(resolved, /For this sentence: “The quay wall .*collapsed.* after the storm/);
  // Source text is escaped: no HTML, no link, no command (in the title and in the passage).
  for (const bad of ['<b>', '<i>', '](command:']) assert.ok(!resolved.includes(bad), resolved);
  // Ranked by its title, but its text does not back the sentence: the opening text, as in the list.
  const walk = byId(items, 'sources/quay-walk.md');
  assert.ok(walk.data.sentence, 'ranked for the sentence');
  assert.equal(s.resolveCompletion(walk.data), walk.documentation);
  assert.match(walk.documentation, /A guide to strolls along the harbour front\.$/);
  // A source not ranked for the sentence carries no sentence: its opening text.
  const ferry = byId(items, 'sources/ferry.md');
  assert.deepEqual(ferry.data, { source: ROOT + '/sources/ferry.md' });
  assert.equal(s.resolveCompletion(ferry.data), ferry.documentation);
  // The same passage when asked again (kept), and nothing once the source is gone.
  assert.equal(s.resolveCompletion(quay.data), resolved);
  s.removeSource(ROOT + '/sources/quay.txt');
  assert.equal(s.resolveCompletion(quay.data), undefined);
});

/** Sources that share no word with one another's titles, for ranking tests: only `surge-*` back the sentence below. */
const REPORTS = {
  'sources/alpha.md': '---\ntitle: Alpha report\nid: alpha\n---\n\nThe budget grew by four percent over the year.\n',
  'sources/beta.md': '---\ntitle: Beta report\nid: beta\n---\n\nThe schools closed early for the holidays.\n',
  'sources/gamma.md': '---\ntitle: Gamma report\nid: gamma\n---\n\nThe trains ran late on most weekdays.\n',
  'sources/epsilon.md': '---\ntitle: Epsilon report\nid: epsilon\n---\n\nThe museum reopened its east wing.\n',
  'sources/zeta.md': '---\ntitle: Zeta report\nid: zeta\n---\n\nThe library extended its opening hours.\n',
  'sources/surge-a.md': '---\ntitle: Storm surge gauges\nid: surge-a\n---\n\nTidal gauges recorded a record storm surge at the harbour.\n',
  'sources/surge-b.md': '---\ntitle: Storm surge gauges\nid: surge-b\n---\n\nTidal gauges recorded a record storm surge at the harbour.\n',
};

test('ranking: sources that back the sentence first; then those cited nearest above the cursor, then below, then in the drafts edited last; then by title', () => {
  const { text, offset } = cursor('Schools closed early [@beta]. Trains ran late [@gamma].\n\nTidal gauges recorded a record storm surge [@|].\n\nThe budget grew [@alpha].\n');
  const s = workspace({ ...REPORTS, 'drafts/d.md': text, 'drafts/other.md': 'The library opened longer [@zeta].\n' });
  const ids = (recentDrafts: string[] = []) => s.completions(ROOT + '/drafts/d.md', offset, { recentDrafts }).map((i) => i.label);
  // Two sources back the sentence alike (the same title and text): the catalogue puts surge-a first; once the draft
  // cites surge-b, surge-b comes first (recency is the second key).
  const surge = (draft: string) => {
    const c = cursor(draft);
    return workspace({ ...REPORTS, 'drafts/d.md': c.text }).completions(ROOT + '/drafts/d.md', c.offset).map((i) => i.label).slice(0, 2);
  };
  assert.deepEqual(surge('Storm surge at the harbour.\n\nTidal gauges recorded a record storm surge [@|].\n'), ['surge-a', 'surge-b']);
  assert.deepEqual(surge('Storm surge at the harbour [@surge-b].\n\nTidal gauges recorded a record storm surge [@|].\n'), ['surge-b', 'surge-a']);
  assert.deepEqual(ids().slice(0, 2), ['surge-a', 'surge-b']);
  // Then gamma (cited just above), beta (further above), alpha (below); the rest by title.
  assert.deepEqual(ids().slice(2), ['gamma', 'beta', 'alpha', 'epsilon', 'zeta']);
  // A draft the host says was edited last counts after this draft's own citations: zeta moves before epsilon.
  assert.deepEqual(ids([ROOT + '/drafts/other.md']).slice(2), ['gamma', 'beta', 'alpha', 'zeta', 'epsilon']);
  // The draft itself in the list adds nothing; a draft the service does not hold is passed over.
  assert.deepEqual(ids([ROOT + '/drafts/d.md', ROOT + '/drafts/gone.md']).slice(2), ['gamma', 'beta', 'alpha', 'epsilon', 'zeta']);
  // Numbered markers rank the same way.
  const numeric = cursor('Schools closed early [1]. Trains ran late [2].\n\nTidal gauges recorded a record storm surge [|]\n\nThe budget grew [3].\n\n[1]: ../sources/beta.md\n[2]: ../sources/gamma.md\n[3]: ../sources/alpha.md\n');
  const n = workspace({ ...REPORTS, 'drafts/d.md': numeric.text });
  assert.deepEqual(n.completions(ROOT + '/drafts/d.md', numeric.offset).map((i) => i.label).slice(2), ['[2] Gamma report', '[1] Beta report', '[3] Alpha report', '[4] Epsilon report', '[4] Zeta report']);
});

test('full text: what is typed after "@" finds a source by the words its body uses most, after those it names in their title, author or key', () => {
  const sources = {
    ...SOURCES,
    'sources/notes.md': '---\ntitle: Harbour notes\nid: notes\nauthor: Craig Nash\n---\n\nTidal flooding reached the market again. The tidal flooding maps were redrawn, and tidal flooding now closes the road twice a month.\n',
    'sources/tide-tables.md': '---\ntitle: Tidal tables for Port Alder\nid: tables\n---\n\nHigh water times for the year.\n',
  };
  const complete = (marked: string) => {
    const c = cursor(marked);
    return workspace({ ...sources, 'drafts/d.md': c.text }).completions(ROOT + '/drafts/d.md', c.offset);
  };
  const items = complete('The council met on Monday [@tidal|].\n');
  // The title match first, then the source whose text is about tidal flooding though nothing else of it says so
  // (neither backs the sentence: support would come first).
  assert.deepEqual(items.map((i) => i.label), ['tables', 'notes']);
  assert.deepEqual(complete('The streets flooded again [@tidal|].\n').map((i) => i.label), ['notes', 'tables'], 'the source backing the sentence first');
  // VS Code ranks by how the typed word matches filterText before sortText, and drops what does not match:
  // every item's filterText starts with what was typed, so none is dropped and all score alike.
  for (const i of items) assert.ok(i.filterText.startsWith('tidal '), i.filterText);
  // A prefix of a body word, and a body word in another form (its stem), find it too.
  assert.ok(complete('The streets flooded again [@flood|].\n').some((i) => i.label === 'notes'));
  assert.ok(complete('The streets flooded again [@floods|].\n').some((i) => i.label === 'notes'));
  // Words a body does not use find nothing by text; three letters are too few to search text for.
  assert.deepEqual(complete('The streets flooded again [@zebra|].\n').map((i) => i.label), []);
  assert.deepEqual(complete('The streets flooded again [@tid|].\n').map((i) => i.label), ['tables']);
  // The front matter's keys ("title:", "author:") are metadata, not what a text is about: they find nothing by text.
  assert.deepEqual(complete('The streets flooded again [@titl|].\n').map((i) => i.label), []);
});

test('full text: a source changed or removed is found by its new text, not its old', () => {
  const c = cursor('The streets flooded again [@tidal|].\n');
  const s = workspace({ ...SOURCES, 'drafts/d.md': c.text });
  const labels = () => s.completions(ROOT + '/drafts/d.md', c.offset).map((i) => i.label);
  assert.deepEqual(labels(), []);
  s.setSource(ROOT + '/sources/notes.md', '---\ntitle: Harbour notes\nid: notes\n---\n\nTidal flooding closed the market road.\n');
  assert.deepEqual(labels(), ['notes']);
  s.setSource(ROOT + '/sources/notes.md', '---\ntitle: Harbour notes\nid: notes\n---\n\nThe market road is open.\n');
  assert.deepEqual(labels(), []);
  s.setSource(ROOT + '/sources/notes.md', '---\ntitle: Harbour notes\nid: notes\n---\n\nTidal flooding closed the market road.\n');
  s.removeSource(ROOT + '/sources/notes.md');
  assert.deepEqual(labels(), []);
});

/** Thirty sources about other things, then the one about tide gauges, added last (the catalogue is built ten sources a step); a draft citing by key at `offset`. */
function tidesWorkspace() {
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`sources/s${String(i).padStart(2, '0')}.md`] = `---\nid: s${i}\n---\n\nThe council met on day ${i} to discuss parking and bus lanes.\n`;
  files['sources/tides.md'] = '---\nid: tides\n---\n\nThe harbour tide gauge recorded a record surge of 3.2 metres.\n';
  const { text, offset } = cursor('The tide gauge recorded a record surge [@|].\n');
  return { s: workspace({ ...files, 'drafts/d.md': text }), offset };
}

test('a ranking made while the catalogue is still being built is used once, not kept: once it is built, the best source ranks first', async () => {
  const { s, offset } = tidesWorkspace();
  const building = s.sources.prepareSearch();
  // One step of the build: the catalogue holds the first sources only.
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(s.sources.searchComplete, false, 'the catalogue is still being built');
  const early = s.completions(ROOT + '/drafts/d.md', offset);
  assert.notEqual(early[0].label, 'tides', 'the partial catalogue does not hold the source added last');
  await building;
  assert.equal(s.sources.searchComplete, true);
  // Same sentence, same index version: the partial ranking was not kept.
  assert.equal(s.completions(ROOT + '/drafts/d.md', offset)[0].label, 'tides');
});

test('the catalogue is built a step at a time as the host allows (`prepareSearch(step)`): no step is taken until the host lets it', async () => {
  const { s, offset } = tidesWorkspace();
  // The host's step: held until released, as a server holds background work while the writer types.
  let steps = 0;
  let release: (() => void) | undefined;
  const step = () => {
    steps++;
    return new Promise<void>((r) => (release = r));
  };
  let done = false;
  const building = s.sources.prepareSearch(step).then(() => (done = true));
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 5));
  assert.equal(steps, 1, 'one chunk, then it waits for the host');
  assert.equal(s.sources.searchComplete, false);
  assert.notEqual(s.completions(ROOT + '/drafts/d.md', offset)[0]?.label, 'tides', 'only the first chunk is in the catalogue');
  // Let every step through from now on.
  while (!done) {
    release?.();
    await new Promise((r) => setTimeout(r, 0));
  }
  await building;
  assert.ok(steps >= 4, `the 31 sources took a step every ten (${steps} steps)`);
  assert.equal(s.sources.searchComplete, true);
  assert.equal(s.completions(ROOT + '/drafts/d.md', offset)[0].label, 'tides');
});
