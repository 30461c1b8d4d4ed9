/**
 * PDF and Word sources. Their bytes are the host's business: it extracts the text (pdf.js and
 * mammoth are asynchronous and read binary files; see `server/src/node/pdfText.ts` and
 * `docxText.ts`) and hands the core an `ExtractedDocument`, its text in parts (a PDF's pages, a
 * Word file's paragraphs). The core joins the parts into the record's `raw` text, keeping where
 * each part starts (`units`), so a passage is named by its page or paragraph and a pandoc locator
 * ("p. 12") can be checked against the page it names.
 */
import { bestPassages } from '../passages';
import { withText, sourceText } from './readSource';
import { fileStem, metaString, unitAt, type SourceMeta, type SourceProblem, type SourceRecord } from './sourceTypes';

export interface ExtractedDocument {
  format: 'pdf' | 'docx';
  /** The text of each page (PDF) or paragraph (Word), in order. */
  parts: string[];
  meta: SourceMeta;
  /** Why no text could be had (encrypted, broken, a scan with no text layer), when none could. */
  unreadable?: string;
  /** What was read only in part or after repair (pages that failed, a size cap). */
  repaired?: string;
}

/** Between two parts of the joined text: a blank line, so no sentence runs from one page into the next. */
const JOIN = '\n\n';

export function readDocument(path: string, doc: ExtractedDocument): SourceRecord {
  const starts: number[] = [];
  const pieces: string[] = [];
  let at = 0;
  for (const p of doc.parts) {
    starts.push(at);
    const text = p.replace(/\u0000/g, '');
    pieces.push(text);
    at += text.length + JOIN.length;
  }
  const raw = pieces.join(JOIN);
  const hasText = raw.trim().length > 0;
  const problems: SourceProblem[] = [];
  if (doc.repaired) problems.push({ kind: 'repaired', message: doc.repaired });
  const why = doc.unreadable ?? (hasText ? undefined : doc.format === 'pdf' ? 'The PDF has no text layer (a scanned document?): run OCR on it (e.g. ocrmypdf) and save the result beside it.' : 'The document holds no text.');
  if (why) problems.push({ kind: 'unreadable', message: why });
  const firstLine = /^[ \t]*(\S.{0,200}?)[ \t]*$/m.exec(pieces[0] ?? '')?.[1];
  const meta: SourceMeta = {};
  const title = metaString(doc.meta.title) ?? firstLine;
  if (title) meta.title = title;
  for (const k of ['author', 'publisher', 'date', 'url'] as const) {
    const v = metaString(doc.meta[k]);
    if (v) meta[k] = v;
  }
  let lead = raw.slice(0, 1200).replace(/\s+/g, ' ').trim();
  if (meta.title && lead.startsWith(meta.title)) lead = lead.slice(meta.title.length).trim();
  const record: SourceRecord = {
    path,
    format: doc.format,
    id: fileStem(path),
    meta,
    problems,
    raw,
    lead: lead.slice(0, 600),
    readable: !why,
    units: { kind: doc.format === 'pdf' ? 'page' : 'paragraph', starts },
  };
  return withText(record, { text: raw, segments: [{ t: 0, s: 0 }], fileLength: raw.length });
}

/** The pages a pandoc locator names ("p. 12", "pp. 12-14", "page 3"), or undefined when it names none. */
export function locatorPages(locator: string | undefined): { from: number; to: number } | undefined {
  const m = locator && /^(?:p|pp|pg|page|pages)\.?\s*(\d{1,6})(?:\s*[-–—]\s*(\d{1,6}))?\b/i.exec(locator.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return to >= from ? { from, to } : { from, to: from };
}

export type LocatorProblem =
  | { code: 'page-not-found'; message: string }
  | { code: 'wrong-page'; message: string; page: number; range: { start: number; end: number } };

/**
 * Checks a page locator against a paged source: the page must exist, and when another page backs
 * the claim clearly better than the pages named (the best passage shares at least half of the
 * sentence's key words, the named pages under two thirds as many), that page is named.
 */
export function checkLocator(source: SourceRecord, locator: string | undefined, claim: string): LocatorProblem | undefined {
  const pages = locatorPages(locator);
  if (!pages || source.units?.kind !== 'page') return undefined;
  const count = source.units.starts.length;
  if (pages.from > count || pages.to > count) {
    return { code: 'page-not-found', message: `${pages.from === pages.to ? `Page ${pages.from}` : `Pages ${pages.from}–${pages.to}`}: the PDF has ${count} page${count === 1 ? '' : 's'}.` };
  }
  if (!claim.trim()) return undefined;
  const ranked = bestPassages(claim, sourceText(source), Number.MAX_SAFE_INTEGER);
  const best = ranked[0];
  if (!best || best.score < 0.5) return undefined;
  const pageOf = (m: (typeof ranked)[number]) => unitAt(source, m.range.start)?.n ?? 0;
  if (pageOf(best) >= pages.from && pageOf(best) <= pages.to) return undefined;
  const onPage = ranked.find((m) => pageOf(m) >= pages.from && pageOf(m) <= pages.to);
  if (onPage && onPage.score >= best.score * (2 / 3)) return undefined;
  const named = pages.from === pages.to ? `page ${pages.from}` : `pages ${pages.from}–${pages.to}`;
  return {
    code: 'wrong-page',
    message: `The sentence cites ${named}, which ${onPage ? `backs it less (${Math.round(onPage.score * 100)}% of its key words)` : 'shares none of its key words'}; page ${pageOf(best)} backs it (${Math.round(best.score * 100)}%): "${best.text.replace(/\s+/g, ' ').trim().slice(0, 160)}"`,
    page: pageOf(best),
    range: best.range,
  };
}
