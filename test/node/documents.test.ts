/**
 * PDF and Word extraction on the fixtures of test/fixtures/formats (scripts/make-fixtures.mjs):
 * a PDF's page labels, a Word file's core properties, and files that are broken.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { extractPdf } from '../../server/src/node/pdfText';
import { extractDocx, docxMeta } from '../../server/src/node/docxText';

const SOURCES = path.resolve(__dirname, '../fixtures/formats/sources');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(SOURCES, name)));

test('a PDF with page labels gives one label per page; one without gives none', async () => {
  const book = await extractPdf(bytes('book.pdf'));
  assert.equal(book.unreadable, undefined);
  assert.equal(book.parts.length, 4);
  assert.deepEqual(book.labels, ['xi', 'xii', '245', '246']);
  assert.match(book.parts[2], /harbour tunnel opened to traffic in August 1992/);
  const report = await extractPdf(bytes('report.pdf'));
  assert.equal(report.parts.length, 3);
  assert.equal(report.labels, undefined);
});

test('a Word file: title, author and date from its core properties', async () => {
  const doc = await extractDocx(bytes('interview.docx'));
  assert.equal(doc.unreadable, undefined);
  assert.deepEqual(doc.meta, { title: 'Interview with a ferry captain', author: 'Ana Reyes', date: '2019-05-02' });
  assert.equal(doc.parts[0], 'Interview with a ferry captain, recorded on 2 May 2019.');
});

test('Word metadata: escaped characters are decoded; missing, empty or broken core properties give none', async () => {
  const withCore = async (xml: string | undefined) => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(SOURCES, 'interview.docx')));
    if (xml === undefined) zip.remove('docProps/core.xml');
    else zip.file('docProps/core.xml', xml);
    return zip.generateAsync({ type: 'uint8array' });
  };
  const ns = 'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"';
  assert.deepEqual(await docxMeta(await withCore(`<cp:coreProperties ${ns}><dc:title>Rates &amp; fares &lt;2019&gt; &#8212; notes</dc:title><dc:creator></dc:creator><dcterms:created>1601-01-01T00:00:00Z</dcterms:created></cp:coreProperties>`)), {
    title: 'Rates & fares <2019> — notes',
  });
  assert.deepEqual(await docxMeta(await withCore(undefined)), {});
  assert.deepEqual(await docxMeta(await withCore('<cp:coreProperties><dc:title>never closed')), {});
  // Its paragraphs are read all the same.
  const noCore = await extractDocx(await withCore(undefined));
  assert.equal(noCore.parts.length, 5);
  assert.deepEqual(noCore.meta, {});
});

test('a corrupt Word file is reported with a reason, never thrown', async () => {
  const good = bytes('interview.docx');
  for (const bad of [good.subarray(0, 200), new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), new TextEncoder().encode('not a zip at all')]) {
    const doc = await extractDocx(bad);
    assert.equal(doc.parts.length, 0);
    assert.match(doc.unreadable ?? '', /not a Word document|cannot be read/);
  }
  assert.deepEqual(await docxMeta(new Uint8Array([1, 2, 3])), {});
});
