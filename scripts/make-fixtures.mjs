// Writes the binary fixtures of test/fixtures/formats/ (a text PDF, a scanned one, a Word file),
// deterministically: `node scripts/make-fixtures.mjs`. The results are committed; the text
// fixtures beside them (.bib, CSL-JSON, CSL-YAML, drafts) are written by hand.
// Also used by bench/bench.ts to make many PDFs (`makeTextPdf`).
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import JSZip from 'jszip';
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXED_DATE = new Date('2019-03-14T09:30:00Z');

/**
 * A PDF with a text layer: one page per entry of `pages` (each a list of paragraphs). `pageLabels`,
 * when given, is the catalogue's /PageLabels number tree as [first page index, { S: style, St: start, P: prefix }, …]
 * (style `D` decimal, `r` lower-case roman…), as a book's chapter numbers its pages.
 */
export async function makeTextPdf({ title, author, pages, pageLabels }) {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setAuthor(author);
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('cited make-fixtures');
  doc.setCreator('cited make-fixtures');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const paragraphs of pages) {
    const page = doc.addPage([595, 842]);
    let y = 780;
    for (const para of paragraphs) {
      for (const line of wrap(para, 80)) {
        page.drawText(line, { x: 50, y, size: 11, font });
        y -= 15;
      }
      y -= 10;
    }
  }
  if (pageLabels) doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: pageLabels }));
  return doc.save({ useObjectStreams: false });
}

/** A PDF whose one page is a picture of text, with no text layer (as a scan without OCR is). */
export async function makeScannedPdf() {
  const doc = await PDFDocument.create();
  doc.setTitle('Scanned letter');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('cited make-fixtures');
  doc.setCreator('cited make-fixtures');
  const png = await doc.embedPng(grayPng(64, 32));
  const page = doc.addPage([595, 842]);
  page.drawImage(png, { x: 50, y: 500, width: 495, height: 250 });
  return doc.save({ useObjectStreams: false });
}

/**
 * A PDF encrypted with a user password: the trailer of `pdf` given a standard security handler
 * whose password check cannot pass without the password (pdf.js then asks for one).
 */
export function encryptPdf(pdf) {
  const text = Buffer.from(pdf).toString('latin1');
  const at = text.lastIndexOf('trailer');
  const open = text.indexOf('<<', at);
  const hex = (seed) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  const patched = text.slice(0, open + 2) + `\n/Encrypt << /Filter /Standard /V 1 /R 2 /O <${hex(11)}> /U <${hex(23)}> /P -4 >>\n/ID [<${hex(5).slice(0, 32)}> <${hex(5).slice(0, 32)}>]\n` + text.slice(open + 2);
  return Buffer.from(patched, 'latin1');
}

/**
 * A .docx of the given paragraphs; `core`, when given, its core properties (docProps/core.xml, as
 * Word writes them): { title, creator, created (ISO date-time) }.
 */
export async function makeDocx(paragraphs, core) {
  const zip = new JSZip();
  const date = FIXED_DATE;
  const coreType = core ? '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' : '';
  const coreRel = core ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' : '';
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${coreType}</Types>`, { date, createFolders: false });
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>${coreRel}</Relationships>`, { date, createFolders: false });
  if (core) {
    const field = (tag, v, attr = '') => (v ? `<${tag}${attr}>${escapeXml(v)}</${tag}>` : '');
    zip.file(
      'docProps/core.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${field('dc:title', core.title)}${field('dc:creator', core.creator)}${field('cp:lastModifiedBy', core.creator)}${field('dcterms:created', core.created, ' xsi:type="dcterms:W3CDTF"')}${field('dcterms:modified', core.created, ' xsi:type="dcterms:W3CDTF"')}</cp:coreProperties>`,
      { date, createFolders: false },
    );
  }
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`, { date, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? line + ' ' + word : word;
  }
  if (line) lines.push(line);
  return lines;
}

function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A grayscale PNG of stripes, like a scanned page of lines of text. */
function grayPng(w, h) {
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0;
    for (let x = 0; x < w; x++) raw[y * (w + 1) + 1 + x] = y % 4 < 2 && x > 4 && x < w - 4 ? 40 : 245;
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** The transit report: three pages, each with facts of its own (the tests cite them by page). */
export const REPORT_PAGES = [
  ['Transit Report 2019', 'City Transit Authority. This report describes how people travelled in the city during 2019.', 'After the Harbour Bridge closed in March, the ferry service carried far more commuters than before.'],
  ['Buses', 'Bus ridership rose by 12 percent in 2019 after eleven new routes opened in the northern suburbs.', 'Average waiting times at bus stops fell to six minutes.'],
  ['Ferries', 'The ferry fleet grew from eight to eleven vessels during the year.', 'Ferry ridership rose by 40 percent within six months of the bridge closing.'],
];

/** A book chapter as a PDF of four pages, numbered as printed: xi and xii (the preface), then 245 and 246. */
export const BOOK_PAGES = [
  ['Preface', 'This book tells the story of the city harbour from 1850 to 2010, from the first wharves to the container port.'],
  ['Acknowledgements', 'The author thanks the staff of the Maritime Museum archive, who found the old harbour board minutes.'],
  ['Chapter 9: The Tunnel', 'The harbour tunnel opened to traffic in August 1992 after six years of construction beneath the shipping channel.'],
  ['The tunnel carries about 90,000 vehicles a day.', 'Tolls collected from drivers had paid off the cost of building the tunnel by 2022.'],
];
export const BOOK_LABELS = [0, { S: 'r', St: 11 }, 2, { S: 'D', St: 245 }];

export const INTERVIEW = [
  'Interview with a ferry captain, recorded on 2 May 2019.',
  'Q: How has the closure changed your work?',
  'A: We run twice as many sailings at rush hour as we did last year.',
  'Q: Are the boats full?',
  'A: In the mornings every seat is taken before we leave the first wharf.',
];

async function main() {
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/formats/sources');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'report.pdf'), await makeTextPdf({ title: 'Transit Report 2019', author: 'City Transit Authority', pages: REPORT_PAGES }));
  writeFileSync(path.join(out, 'scan.pdf'), await makeScannedPdf());
  writeFileSync(path.join(out, 'locked.pdf'), encryptPdf(await makeTextPdf({ title: 'Locked', author: 'Nobody', pages: [['A secret page.']] })));
  writeFileSync(path.join(out, 'book.pdf'), await makeTextPdf({ title: 'Harbour Histories', author: 'Mere Walker', pages: BOOK_PAGES, pageLabels: BOOK_LABELS }));
  writeFileSync(path.join(out, 'interview.docx'), await makeDocx(INTERVIEW, { title: 'Interview with a ferry captain', creator: 'Ana Reyes', created: '2019-05-02T10:00:00Z' }));
  console.log(`wrote report.pdf, scan.pdf, locked.pdf, book.pdf and interview.docx in ${out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
