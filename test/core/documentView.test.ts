import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { viewOffset } from '../../server/src/core/documentView';
import type { ExtractedDocument } from '../../server/src/core/sources/documentSource';

const BOOK: ExtractedDocument = {
  format: 'pdf',
  parts: [
    'Preface\nThis book tells the story of the city harbour from 1850 to 2010.',
    'Acknowledgements\nThe author thanks the staff of the Maritime Museum archive.',
    'Chapter 9: The Tunnel\nThe harbour tunnel opened to traffic in August 1992 after six years of construction.',
    'Tolls collected from drivers had paid off the cost of building the tunnel by 2022.',
  ],
  labels: ['xi', 'xii', '245', '246'],
  meta: { title: 'Harbour Histories', author: 'Mere Walker', date: '2019-03-14' },
};

test('a PDF view: the text page by page, each under a heading naming the page as printed; the passage of Go to Definition maps into it', () => {
  const draft = 'Tolls had paid off the cost of building the tunnel by 2022 [@book].\n';
  const s = workspace({ 'drafts/d.md': draft });
  s.setDocument(ROOT + '/sources/book.pdf', BOOK);
  const view = s.documentView(ROOT + '/sources/book.pdf')!;
  const lines = view.text.split('\n');
  assert.equal(lines[0], 'Harbour Histories');
  assert.equal(lines[1], 'Mere Walker · 2019-03-14');
  assert.match(lines[2], /the PDF book\.pdf, 4 pages\./);
  assert.deepEqual(view.sections.map((x) => x.name), ['Page xi', 'Page xii', 'Page 245', 'Page 246']);
  assert.ok(view.text.slice(view.sections[2].start).startsWith('──── Page 245 (page 3 of 4 in the file) ────\nChapter 9: The Tunnel\n'));
  assert.ok(view.text.slice(view.sections[0].start).startsWith('──── Page xi (page 1 of 4 in the file) ────\nPreface\n'));
  // Each page's text follows its heading, whole, and nothing else: every page in order.
  for (let i = 0; i < BOOK.parts.length; i++) assert.ok(view.text.includes(`────\n${BOOK.parts[i]}\n`), `page ${i + 1}`);
  // Go to Definition's passage (offsets in the extracted text) is the same text in the view.
  const def = s.definition(ROOT + '/drafts/d.md', draft.indexOf('@book'))!;
  const r = def.targets[0].range!;
  const raw = s.sources.get(ROOT + '/sources/book.pdf')!.raw;
  const passage = raw.slice(r.start, r.end);
  assert.match(passage, /Tolls collected from drivers/);
  const at = { start: viewOffset(view, r.start), end: viewOffset(view, r.end) };
  assert.equal(view.text.slice(at.start, at.end), passage);
  assert.ok(at.start > view.sections[3].start, 'on page 246');
});

test('a PDF without labels is headed by page numbers; a Word file is one section; other sources have no view', () => {
  const s = workspace({ 'drafts/d.md': 'x\n', 'sources/a.md': '# A\n\nText.\n' });
  s.setDocument(ROOT + '/sources/book.pdf', { ...BOOK, labels: undefined });
  const view = s.documentView(ROOT + '/sources/book.pdf')!;
  assert.deepEqual(view.sections.map((x) => x.name), ['Page 1', 'Page 2', 'Page 3', 'Page 4']);
  assert.ok(view.text.includes('──── Page 3 ────\nChapter 9'));
  s.setDocument(ROOT + '/sources/interview.docx', { format: 'docx', parts: ['Interview with a captain.', 'Q: Busy?', 'A: Very.'], meta: { author: 'Ana Reyes' } });
  const word = s.documentView(ROOT + '/sources/interview.docx')!;
  assert.deepEqual(word.sections.map((x) => x.name), ['Text']);
  assert.ok(word.text.endsWith('──── Text ────\nInterview with a captain.\n\nQ: Busy?\n\nA: Very.\n'), JSON.stringify(word.text));
  const raw = s.sources.get(ROOT + '/sources/interview.docx')!.raw;
  assert.equal(word.text.slice(viewOffset(word, raw.indexOf('A: Very')), viewOffset(word, raw.indexOf('A: Very') + 7)), 'A: Very');
  assert.equal(s.documentView(ROOT + '/sources/a.md'), undefined);
  assert.equal(s.documentView(ROOT + '/sources/none.pdf'), undefined);
});

test('an unreadable PDF gets a view that says why; text from the source stays plain text', () => {
  const s = workspace({ 'drafts/d.md': 'x\n' });
  s.setDocument(ROOT + '/sources/locked.pdf', { format: 'pdf', parts: [], meta: {}, unreadable: 'The PDF is encrypted with a password.' });
  const view = s.documentView(ROOT + '/sources/locked.pdf')!;
  assert.match(view.text, /^PDF locked\.pdf: Cited can read no text from it\. The PDF is encrypted with a password\.\n$/);
  assert.deepEqual(view.sections, []);
  assert.equal(viewOffset(view, 10), 0);
  // A title with line breaks stays on its line; the text is the text (the view is plain text, never rendered).
  s.setDocument(ROOT + '/sources/odd.pdf', { format: 'pdf', parts: ['<script>x</script> [a](command:y)'], meta: { title: 'Two\nlines' } });
  const odd = s.documentView(ROOT + '/sources/odd.pdf')!;
  // The whole view, exactly: the source's text is kept as it is, with nothing added to or taken from it.
  assert.equal(odd.text, 'Two lines\nThe text Cited reads from the PDF odd.pdf, 1 page.\n\n──── Page 1 ────\n<script>x</script> [a](command:y)\n');
});
