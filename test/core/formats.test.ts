import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { readBibliography, attachmentOf } from '../../server/src/core/sources/bibliography';
import { sourceText } from '../../server/src/core/sources/readSource';
import { sourceOffset } from '../../server/src/core/sources/sourceTypes';
import { LineIndex } from '../../server/src/core/text';
import type { CitedLanguageService } from '../../server/src/core/languageService';
import { isExtractedDocument, type ExtractedDocument } from '../../server/src/core/sources/documentSource';

const FIXTURES = path.resolve(__dirname, '../fixtures/formats');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function codesAt(s: CitedLanguageService, draft: string, text: string, needle: string): string[] {
  const at = text.indexOf(needle);
  assert.notEqual(at, -1, needle);
  return s.diagnostics(draft).filter((d) => d.range.start >= at && d.range.start < at + needle.length).map((d) => d.code);
}

test('bib: every good entry is a source with its metadata; the broken one is reported at its line and hides none', () => {
  const raw = fixture('refs.bib');
  const bib = readBibliography('/ws/refs.bib', raw)!;
  assert.deepEqual(bib.entries.map((e) => e.id), ['smith2020', 'doe2021', 'lee2019']);
  const smith = bib.entries[0];
  assert.equal(smith.path, '/ws/refs.bib#smith2020');
  assert.equal(smith.file, '/ws/refs.bib');
  assert.equal(smith.meta.title, 'The Harbour Bridge Closure and Ferry Demand');
  assert.equal(smith.meta.author, 'Jane Smith, John Doe');
  assert.equal(smith.meta.date, '2020');
  assert.equal(smith.meta.publisher, 'Nature Cities', 'the @string macro is applied');
  assert.equal(smith.meta.url, 'https://example.org/smith2020');
  // The abstract is the text, mapped back into the .bib file.
  const t = sourceText(smith);
  const at = t.text.indexOf('ferry ridership rose');
  assert.ok(at >= 0);
  assert.equal(raw.slice(sourceOffset(t, at), sourceOffset(t, at) + 20), 'ferry ridership rose');
  // The broken entry: one problem, at its own line.
  const bad = bib.container.problems.filter((p) => p.kind === 'unreadable');
  assert.equal(bad.length, 1);
  assert.match(bad[0].message, /@broken2019 cannot be read/);
  assert.equal(new LineIndex(raw).positionAt(bad[0].range!.start).line + 1, raw.split('\n').findIndex((l) => l.startsWith('@book{broken2019')) + 1);
  // Metadata only, and an attachment resolved against the bibliography's folder.
  assert.equal(bib.entries[1].metadataOnly, true);
  assert.equal(bib.entries[2].attachment, '/ws/sources/report.pdf');
});

test('bib: @string macros, also one naming another, reach the entries that name them', () => {
  const raw = '@string{pub = "Harbour Press"}\n@string{city = "Sydney"}\n@string{place = pub # ", " # city}\n@book{k, title = {T}, publisher = place, year = 2001}\n@book{j, title = {U}, year = 2002}\n';
  const bib = readBibliography('/ws/refs.bib', raw)!;
  assert.deepEqual(bib.entries.map((e) => [e.id, e.meta.publisher]), [['k', 'Harbour Press, Sydney'], ['j', undefined]]);
  assert.deepEqual(bib.container.problems, []);
});

test('bib: the file field in its usual forms', () => {
  assert.equal(attachmentOf('/ws/lib/refs.bib', 'Full Text PDF:files/12/a.pdf:application/pdf'), '/ws/lib/files/12/a.pdf');
  assert.equal(attachmentOf('/ws/refs.bib', 'Snapshot:s.html:text/html;Full Text:b.pdf:application/pdf'), '/ws/s.html');
  assert.equal(attachmentOf('/ws/refs.bib', '/abs/x.pdf'), '/abs/x.pdf');
  assert.equal(attachmentOf('/ws/refs.bib', 'a.zip'), undefined);
});

test('CSL-JSON with two entries resolves both; CSL-YAML in front-matter form too, with its bad item reported', () => {
  const json = readBibliography('/ws/sources/library.json', fixture('sources/library.json'))!;
  assert.deepEqual(json.entries.map((e) => [e.id, e.meta.title, e.meta.date]), [
    ['garcia2018', 'Urban Heat Islands in Southern Europe', '2018-06'],
    ['chen2022', 'Bicycle Lanes and Road Safety', '2022'],
  ]);
  assert.equal(json.container.problems.length, 0);
  const yamlRaw = fixture('more.yaml');
  const yaml = readBibliography('/ws/more.yaml', yamlRaw)!;
  assert.deepEqual(yaml.entries.map((e) => [e.id, e.meta.author]), [['okafor2023', 'Chidi Okafor']]);
  assert.equal(yaml.container.problems.length, 1);
  const p = yaml.container.problems[0];
  assert.equal(yamlRaw.slice(p.range!.start).split('\n')[0], 'title: An item with no id');
  // A .json article export is no bibliography.
  assert.equal(readBibliography('/ws/sources/a.json', '{"title": "A", "content": "Text."}'), undefined);
});

test('a draft resolves keys from its bibliography: front matter, list form, and the sources folder', () => {
  const draft = [
    '---',
    'bibliography: [../refs.bib, ../more.yaml]',
    '---',
    '',
    'Ferry ridership rose by 40 percent after the bridge closed [@smith2020].',
    '',
    'Coastal erosion is a slow process [@doe2021].',
    '',
    'A book nobody can cite [@broken2019].',
    '',
    'Protected bicycle lanes cut cyclist injuries by a third [@chen2022] and city centres ran hotter [@garcia2018].',
    '',
    'Rain tanks halved water bills [@okafor2023].',
    '',
  ].join('\n');
  const s = workspace({ 'drafts/d.md': draft, 'refs.bib': fixture('refs.bib'), 'more.yaml': fixture('more.yaml'), 'sources/library.json': fixture('sources/library.json') });
  const d = ROOT + '/drafts/d.md';
  assert.deepEqual(codesAt(s, d, draft, '[@smith2020]'), []);
  assert.deepEqual(codesAt(s, d, draft, '[@doe2021]'), ['metadata-only']);
  assert.equal(s.diagnostics(d).find((x) => x.code === 'metadata-only')!.severity, 'information');
  assert.deepEqual(codesAt(s, d, draft, '[@broken2019]'), ['undefined-citation']);
  assert.deepEqual(codesAt(s, d, draft, '[@chen2022]'), []);
  assert.deepEqual(codesAt(s, d, draft, '[@garcia2018]'), []);
  assert.deepEqual(codesAt(s, d, draft, '[@okafor2023]'), []);
  // Claims citing a metadata-only entry are unverifiable, never a warning.
  const claims = s.claims(d);
  const doe = claims.find((c) => c.claim.text.includes('Coastal erosion'))!;
  assert.ok(!doe.result || doe.result.verdict === 'unverifiable');
  assert.ok(!s.diagnostics(d).some((x) => x.severity === 'warning' && x.range.start >= draft.indexOf('Coastal') && x.range.start < draft.indexOf('A book')));
  const smith = claims.find((c) => c.claim.text.includes('Ferry ridership'))!;
  assert.ok(smith.result && smith.result.verdict !== 'unsupported' && smith.result.verdict !== 'unverifiable', smith.result?.verdict);
  // The hover shows the entry's title and authors; its link opens the .bib file.
  const h = s.hover(d, draft.indexOf('@smith2020'))!;
  assert.match(h.markdown, /The Harbour Bridge Closure and Ferry Demand/);
  assert.match(h.markdown, /Jane Smith, John Doe/);
  assert.match(h.markdown, /\[Open \.\.\/refs\.bib\]\(file:\/\/\/ws\/refs\.bib#L\d+\)/);
  assert.match(s.hover(d, draft.indexOf('@doe2021'))!.markdown, /Metadata only/);
  // Go to definition lands in the .bib file, on the abstract.
  const def = s.definition(d, draft.indexOf('@smith2020'))!;
  assert.equal(def.targets[0].path, ROOT + '/refs.bib');
  assert.ok(fixture('refs.bib').slice(def.targets[0].range!.start).startsWith('After the Harbour Bridge closed'));
  // The bad entry is a problem of the .bib file; unused entries are not reported.
  assert.deepEqual(s.sourceDiagnostics(ROOT + '/refs.bib').map((x) => x.code), ['unreadable-source']);
  assert.deepEqual(s.sourceDiagnostics(ROOT + '/more.yaml').map((x) => x.code), ['unreadable-source']);
  assert.ok(!s.diagnostics(d).some((x) => /lee2019/.test(x.message)));
});

test('completion after "@" offers the entries with their titles, never the bibliography itself', () => {
  const draft = '---\nbibliography: ../refs.bib\n---\n\nFerry ridership rose [@';
  const s = workspace({ 'drafts/d.md': draft, 'refs.bib': fixture('refs.bib') });
  const items = s.completions(ROOT + '/drafts/d.md', draft.length);
  const labels = items.map((i) => i.label);
  assert.ok(labels.some((l) => l.includes('smith2020')), labels.join());
  assert.ok(labels.some((l) => l.includes('lee2019')));
  assert.ok(!labels.some((l) => /^@?refs$/.test(l)), labels.join());
  assert.ok(s.listSources().every((x) => x.id !== 'refs'));
});

test('the cited.bibliographies setting names a bibliography for every draft; editing it replaces its entries', () => {
  const draft = 'Ridership rose [@smith2020].\n';
  const s = workspace({ 'drafts/d.md': draft, 'refs.bib': fixture('refs.bib') }, { bibliographies: ['refs.bib'] });
  const d = ROOT + '/drafts/d.md';
  assert.deepEqual(s.diagnostics(d).map((x) => x.code).filter((c) => c === 'undefined-citation'), []);
  // A change to the bibliography concerns the drafts that cite keys.
  assert.deepEqual(s.draftsAffectedBy({ path: ROOT + '/refs.bib' }), [d]);
  s.setSource(ROOT + '/refs.bib', '@misc{other, title={Other}}\n');
  assert.deepEqual(s.diagnostics(d).map((x) => x.code).filter((c) => c === 'undefined-citation'), ['undefined-citation']);
  assert.equal(s.sources.get(ROOT + '/refs.bib#smith2020'), undefined);
  s.removeSource(ROOT + '/refs.bib');
  assert.equal(s.sources.get(ROOT + '/refs.bib#other'), undefined);
});

test('an entry with an attached file takes its text from the file once the host has read it', () => {
  const bib = '@article{k1, title={Attached Title}, author={Ng, Ada}, file={Full Text:sources/k1.md:text/markdown}}\n';
  const draft = '---\nbibliography: ../refs.bib\n---\n\nThe dam held back 300 million litres [@k1].\n';
  const s = workspace({ 'drafts/d.md': draft, 'refs.bib': bib });
  const d = ROOT + '/drafts/d.md';
  assert.deepEqual(s.diagnostics(d).map((x) => x.code), ['metadata-only']);
  // The host is asked for the attachment, as for a definition's file.
  assert.deepEqual(s.unknownTargets(d), [ROOT + '/sources/k1.md']);
  assert.deepEqual(s.draftsAffectedBy({ path: ROOT + '/sources/k1.md' }), [d]);
  s.setSource(ROOT + '/sources/k1.md', '# Dam\n\nThe dam held back 300 million litres of water in the flood.\n');
  assert.deepEqual(s.diagnostics(d).map((x) => x.code), []);
  const h = s.hover(d, draft.indexOf('@k1'))!;
  assert.match(h.markdown, /Attached Title/);
  assert.match(h.markdown, /\[Open \.\.\/sources\/k1\.md\]/);
  assert.doesNotMatch(h.markdown, /sources match this id/, 'the attached file is the entry, not a second source of the key');
});

test('bibliography readers never throw on hostile input', () => {
  const inputs = ['', '@', '@article{', '@article{x,\n' + '{'.repeat(5000), '@string{a = b # c}\n@misc{k, title = a}', '[{"id": 1, "type": "book"}, 3, null]', '[', 'references: 5', '- [1, 2]\n- id: x\n  type: book'];
  for (const raw of inputs) {
    for (const ext of ['bib', 'json', 'yaml']) {
      assert.doesNotThrow(() => {
        const r = readBibliography(`/ws/x.${ext}`, raw);
        for (const e of r?.entries ?? []) sourceText(e);
      }, `${ext}: ${raw.slice(0, 20)}`);
    }
  }
});

// ---- PDF and Word: the core is handed the text the host extracted ----

const REPORT: ExtractedDocument = {
  format: 'pdf',
  parts: [
    'Transit Report 2019\nCity Transit Authority. This report describes how people travelled in the city during 2019.',
    'Buses\nBus ridership rose by 12 percent in 2019 after eleven new routes opened in the northern suburbs.',
    'Ferries\nThe ferry fleet grew from eight to eleven vessels during the year.',
  ],
  meta: { title: 'Transit Report 2019', author: 'City Transit Authority', date: '2019-03-14' },
};

function pdfWorkspace(draft: string, doc: ExtractedDocument = REPORT): CitedLanguageService {
  const s = workspace({ 'drafts/d.md': draft });
  s.setDocument(ROOT + '/sources/report.pdf', doc);
  return s;
}

test('pdf: a record with its pages; the hover names the page and links the PDF itself', () => {
  const draft = 'Bus ridership rose by 12 percent in 2019 [@report].\n';
  const s = pdfWorkspace(draft);
  const r = s.sources.get(ROOT + '/sources/report.pdf')!;
  assert.equal(r.format, 'pdf');
  assert.deepEqual(r.meta, REPORT.meta);
  assert.equal(r.units!.starts.length, 3);
  assert.ok(r.raw.slice(r.units!.starts[1]).startsWith('Buses'));
  const h = s.hover(ROOT + '/drafts/d.md', draft.indexOf('@report'))!;
  assert.match(h.markdown, /Best-matching passage, page 2:/);
  assert.match(h.markdown, /\[Open \.\.\/sources\/report\.pdf\]\(file:\/\/\/ws\/sources\/report\.pdf\)/);
  const def = s.definition(ROOT + '/drafts/d.md', draft.indexOf('@report'))!;
  assert.equal(def.targets[0].path, ROOT + '/sources/report.pdf');
  assert.deepEqual(s.diagnostics(ROOT + '/drafts/d.md'), []);
});

test('pdf: the title comes from the first page when the document info has none', () => {
  const s = pdfWorkspace('x\n', { ...REPORT, meta: {} });
  assert.equal(s.sources.get(ROOT + '/sources/report.pdf')!.meta.title, 'Transit Report 2019');
});

test('pdf: a page locator, pandoc or numeric, is checked against that page', () => {
  const draft = [
    'Bus ridership rose by 12 percent in 2019 [@report, p. 2].',
    '',
    'Bus ridership rose by 12 percent in 2019 [@report, p. 1].',
    '',
    'The ferry fleet grew from eight to eleven vessels [1, p. 3].',
    '',
    'The ferry fleet grew from eight to eleven vessels [1, pp. 1-2].',
    '',
    'The report was written in 2019 [@report, p. 7].',
    '',
    '[1]: ../sources/report.pdf',
    '',
  ].join('\n');
  const s = pdfWorkspace(draft);
  const d = ROOT + '/drafts/d.md';
  const lines = s.diagnostics(d).map((x) => `${s.draftModel(d)!.lines.positionAt(x.range.start).line + 1}:${x.code}`);
  assert.ok(!lines.some((l) => l.startsWith('1:')), lines.join(' '));
  assert.ok(lines.includes('3:wrong-page'), lines.join(' '));
  assert.ok(!lines.some((l) => l.startsWith('5:')), lines.join(' '));
  assert.ok(lines.includes('7:wrong-page'), lines.join(' '));
  assert.ok(lines.includes('9:page-not-found'), lines.join(' '));
  const wrong = s.diagnostics(d).find((x) => x.code === 'wrong-page')!;
  assert.match(wrong.message, /page 2 backs it/);
  assert.match(s.diagnostics(d).find((x) => x.code === 'page-not-found')!.message, /the PDF has 3 pages/);
});

test('pdf: a scan with no text layer, and an encrypted file, are unreadable with their reasons', () => {
  const draft = 'A letter [@report].\n';
  const scan = pdfWorkspace(draft, { format: 'pdf', parts: ['', ''], meta: { title: 'Scanned letter' } });
  const u = scan.diagnostics(ROOT + '/drafts/d.md').find((x) => x.code === 'unreadable-source')!;
  assert.match(u.message, /no text layer/);
  const locked = pdfWorkspace(draft, { format: 'pdf', parts: [], meta: {}, unreadable: 'The PDF is encrypted with a password.' });
  assert.match(locked.sourceDiagnostics(ROOT + '/sources/report.pdf')[0].message, /encrypted/);
});

test('docx: paragraphs are the units; the hover names the paragraph', () => {
  const draft = 'Captains run twice as many sailings at rush hour [@interview].\n';
  const s = workspace({ 'drafts/d.md': draft });
  s.setDocument(ROOT + '/sources/interview.docx', {
    format: 'docx',
    parts: ['Interview with a ferry captain.', 'Q: How has the closure changed your work?', 'A: We run twice as many sailings at rush hour as we did last year.'],
    meta: {},
  });
  const h = s.hover(ROOT + '/drafts/d.md', draft.indexOf('@interview'))!;
  assert.match(h.markdown, /Best-matching passage, paragraph 3:/);
  assert.equal(s.sources.get(ROOT + '/sources/interview.docx')!.meta.title, 'Interview with a ferry captain.');
});

test('Insert Citation cites a bibliography entry by its key, in a numeric draft too', () => {
  const draft = '---\nbibliography: ../refs.bib\n---\n\nFerry ridership rose by 40 percent.\n\n[1]: ../sources/a.md\n';
  const s = workspace({ 'drafts/d.md': draft, 'refs.bib': fixture('refs.bib'), 'sources/a.md': '# A\n\nText.\n' }, { citationStyle: 'numeric' });
  const at = draft.indexOf('percent.') + 'percent'.length;
  const plan = s.insertCitation(ROOT + '/drafts/d.md', at, ROOT + '/refs.bib#smith2020')!;
  assert.equal(plan.marker, ' [@smith2020]');
  assert.equal(plan.edits.length, 1);
});

test('a numbered definition pointing at a bibliography says to cite its entries by key', () => {
  const draft = 'Protected bicycle lanes cut cyclist injuries by a third [1].\n\n[1]: ../sources/library.json\n';
  const s = workspace({ 'drafts/d.md': draft, 'sources/library.json': fixture('sources/library.json') });
  const d = s.diagnostics(ROOT + '/drafts/d.md').find((x) => x.code === 'unreadable-source')!;
  assert.match(d.message, /a bibliography: cite its entries by key/);
});

// ---- page labels: a PDF whose pages are printed xi, xii, 245, 246 (a book's chapter) ----

const BOOK: ExtractedDocument = {
  format: 'pdf',
  parts: [
    'Preface\nThis book tells the story of the city harbour from 1850 to 2010.',
    'Acknowledgements\nThe author thanks the staff of the Maritime Museum archive.',
    'Chapter 9: The Tunnel\nThe harbour tunnel opened to traffic in August 1992 after six years of construction beneath the shipping channel.',
    'The tunnel carries about 90,000 vehicles a day.\nTolls collected from drivers had paid off the cost of building the tunnel by 2022.',
  ],
  labels: ['xi', 'xii', '245', '246'],
  meta: { title: 'Harbour Histories', author: 'Mere Walker' },
};

test('pdf page labels: the hover names the printed page, and a locator is checked against the page with that label', () => {
  const draft = [
    'The harbour tunnel opened to traffic in August 1992 [@book, p. 245].',
    '',
    'The harbour tunnel opened to traffic in August 1992 [@book, p. 3].',
    '',
    'Tolls had paid off the cost of building the tunnel by 2022 [1, p. xii].',
    '',
    'Tolls had paid off the cost of building the tunnel by 2022 [1, pp. 245-246].',
    '',
    'The staff of the Maritime Museum archive helped [@book, p. xii].',
    '',
    '[1]: ../sources/book.pdf',
    '',
  ].join('\n');
  const s = workspace({ 'drafts/d.md': draft });
  s.setDocument(ROOT + '/sources/book.pdf', BOOK);
  const d = ROOT + '/drafts/d.md';
  assert.deepEqual(s.sources.get(ROOT + '/sources/book.pdf')!.units!.labels, ['xi', 'xii', '245', '246']);
  const h = s.hover(d, draft.indexOf('@book'))!;
  assert.match(h.markdown, /Best-matching passage, page 245:/);
  const lines = s.diagnostics(d).map((x) => `${s.draftModel(d)!.lines.positionAt(x.range.start).line + 1}:${x.code}`);
  assert.ok(!lines.some((l) => l.startsWith('1:')), lines.join(' '));
  // "p. 3" is no label of this PDF, though it has a third page.
  assert.ok(lines.includes('3:page-not-found'), lines.join(' '));
  const missing = s.diagnostics(d).find((x) => x.code === 'page-not-found')!;
  assert.match(missing.message, /no page labelled 3; it has 4 pages, labelled xi–xii, 245–246/);
  // A roman label in a numeric marker's locator, checked against that page: page 246 backs the sentence.
  assert.ok(lines.includes('5:wrong-page'), lines.join(' '));
  const wrong = s.diagnostics(d).find((x) => x.code === 'wrong-page')!;
  assert.match(wrong.message, /cites page xii, .*; page 246 backs it/);
  assert.match(wrong.related.map((r) => r.message).join(' '), /Page 246 of/);
  assert.ok(!lines.some((l) => l.startsWith('7:')), lines.join(' '));
  assert.ok(!lines.some((l) => l.startsWith('9:')), lines.join(' '));
});

test('pdf page labels: without labels a locator names the page by its number; labels that are just the numbers change nothing', () => {
  const draft = 'The harbour tunnel opened to traffic in August 1992 [@book, p. 3].\n';
  for (const labels of [undefined, ['1', '2', '3', '4']]) {
    const s = workspace({ 'drafts/d.md': draft });
    s.setDocument(ROOT + '/sources/book.pdf', { ...BOOK, labels });
    assert.equal(s.sources.get(ROOT + '/sources/book.pdf')!.units!.labels, undefined);
    assert.deepEqual(s.diagnostics(ROOT + '/drafts/d.md').map((x) => x.code), []);
    assert.match(s.hover(ROOT + '/drafts/d.md', draft.indexOf('@book'))!.markdown, /Best-matching passage, page 3:/);
  }
});

test('docx: the title, author and date of its core properties show in the hover and in completion', () => {
  const draft = '---\n---\nCaptains run twice as many sailings at rush hour [@interview].\n\nFerries run more often [@';
  const s = workspace({ 'drafts/d.md': draft });
  s.setDocument(ROOT + '/sources/interview.docx', {
    format: 'docx',
    parts: ['Interview with a ferry captain, recorded on 2 May 2019.', 'A: We run twice as many sailings at rush hour as we did last year.'],
    meta: { title: 'Interview with a ferry captain', author: 'Ana Reyes', date: '2019-05-02' },
  });
  const r = s.sources.get(ROOT + '/sources/interview.docx')!;
  assert.equal(r.meta.title, 'Interview with a ferry captain');
  assert.match(r.lead, /^Interview with a ferry captain, recorded on 2 May 2019/, 'a title that only begins the first line leaves it whole');
  const h = s.hover(ROOT + '/drafts/d.md', draft.indexOf('@interview'))!.markdown;
  assert.match(h, /Interview with a ferry captain/);
  assert.match(h, /Ana Reyes · 2019\\-05\\-02/);
  const item = s.completions(ROOT + '/drafts/d.md', draft.length).find((i) => i.label.includes('interview'))!;
  assert.ok(item, 'the Word file is offered');
  assert.match(JSON.stringify(item), /Ana Reyes/);
  assert.match(JSON.stringify(item), /2019/);
});

test('pdf page labels: a cover with no label before page 1; "p. 1" is the page printed 1, the second of the file', () => {
  const draft = 'The harbour tunnel opened to traffic in August 1992 [@book, p. 2].\n\nThe author thanks the staff of the archive [@book, p. 1].\n';
  const s = workspace({ 'drafts/d.md': draft });
  s.setDocument(ROOT + '/sources/book.pdf', { ...BOOK, labels: ['', '1', '2', '3'] });
  const d = ROOT + '/drafts/d.md';
  assert.deepEqual(s.diagnostics(d).map((x) => x.code), []);
  assert.match(s.hover(d, draft.indexOf('@book'))!.markdown, /Best-matching passage, page 2:/);
  // The cover keeps its place in the file, and is named by it.
  assert.match(s.hover(d, draft.lastIndexOf('@book'))!.markdown, /Best-matching passage, page 1:/);
  assert.deepEqual(s.documentView(ROOT + '/sources/book.pdf')!.sections.map((x) => x.name), ['Page 1 of the file', 'Page 1', 'Page 2', 'Page 3']);
  const cover = workspace({ 'drafts/d.md': 'The book tells the story of the city harbour [@book, p. 3].\n' });
  cover.setDocument(ROOT + '/sources/book.pdf', { ...BOOK, labels: ['', '1', '2', '3'] });
  const wrong = cover.diagnostics(ROOT + '/drafts/d.md').find((x) => x.code === 'wrong-page')!;
  assert.match(wrong.message, /cites page 3, .*; page 1 of the file backs it/);
});

test('a stored PDF or Word text is used only when it has the shape of one', () => {
  const good = { format: 'pdf', parts: ['Page one.', 'Page two.'], meta: { title: 'A report' }, labels: ['i', 'ii'] };
  assert.equal(isExtractedDocument(good), true);
  assert.equal(isExtractedDocument({ ...good, format: 'html' }), false);
  assert.equal(isExtractedDocument({ ...good, parts: ['Page one.', 2] }), false);
  assert.equal(isExtractedDocument({ ...good, labels: ['i'] }), false, 'a label for each page');
  assert.equal(isExtractedDocument({ ...good, meta: { title: 7 } }), false);
  assert.equal(isExtractedDocument({ ...good, unreadable: true }), false);
  assert.equal(isExtractedDocument(null), false);
});
