/**
 * PDF and Word sources. Their bytes are the host's business: it extracts the text (pdf.js and
 * mammoth are asynchronous and read binary files; see `server/src/node/pdfText.ts` and
 * `docxText.ts`) and hands the core an `ExtractedDocument`, its text in parts (a PDF's pages, a
 * Word file's paragraphs). The core joins the parts into the record's `raw` text, keeping where
 * each part starts (`units`), so a passage is named by its page or paragraph and a pandoc locator
 * ("p. 12") can be checked against the page it names.
 */
import { bestPassages } from '../passages';
import { evidenceFor } from '../support/evidence';
import { withText, sourceText } from './readSource';
import { fileStem, metaString, unitAt, type SourceMeta, type SourceProblem, type SourceRecord } from './sourceTypes';

export interface ExtractedDocument {
  format: 'pdf' | 'docx';
  /** The text of each page (PDF) or paragraph (Word), in order. */
  parts: string[];
  meta: SourceMeta;
  /**
   * A PDF's page labels, one per part, when the PDF has them (the numbers printed on its pages:
   * "xii" for a preface, "245" for a chapter of a book); absent when its pages are simply 1, 2, 3….
   */
  labels?: string[];
  /** Why no text could be had (encrypted, broken, a scan with no text layer), when none could. */
  unreadable?: string;
  /** What was read only in part or after repair (pages that failed, a size cap). */
  repaired?: string;
}

/** Whether stored data has the shape of an `ExtractedDocument` (a host's cache is checked, never trusted). */
export function isExtractedDocument(x: unknown): x is ExtractedDocument {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((p) => typeof p === 'string');
  const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
  if (d.format !== 'pdf' && d.format !== 'docx') return false;
  if (!strings(d.parts)) return false;
  if (d.labels !== undefined && !(strings(d.labels) && (d.labels as string[]).length === (d.parts as string[]).length)) return false;
  if (!optionalString(d.unreadable) || !optionalString(d.repaired)) return false;
  if (typeof d.meta !== 'object' || d.meta === null) return false;
  const meta = d.meta as Record<string, unknown>;
  return ['title', 'author', 'publisher', 'date', 'url'].every((k) => optionalString(meta[k]));
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
  // A title that is the first line is not repeated in the lead (one that only begins it, "Interview with a captain, recorded…", is kept).
  if (meta.title && lead.startsWith(meta.title) && /^(?:\s|$)/.test(lead.slice(meta.title.length))) lead = lead.slice(meta.title.length).trim();
  const record: SourceRecord = {
    path,
    format: doc.format,
    id: fileStem(path),
    meta,
    problems,
    raw,
    lead: lead.slice(0, 600),
    readable: !why,
    units: { kind: doc.format === 'pdf' ? 'page' : 'paragraph', starts, ...(pageLabels(doc) ? { labels: pageLabels(doc) } : {}) },
  };
  return withText(record, { text: raw, segments: [{ t: 0, s: 0 }], fileLength: raw.length });
}

/**
 * A PDF's page labels, one per page ('' for a page without one, such as a cover before page 1),
 * when it has labels that are not just the pages' numbers.
 */
function pageLabels(doc: ExtractedDocument): string[] | undefined {
  if (doc.format !== 'pdf' || !Array.isArray(doc.labels) || doc.labels.length === 0) return undefined;
  const labels = doc.parts.map((_, i) => (typeof doc.labels![i] === 'string' ? doc.labels![i].replace(/\s+/g, ' ').trim().slice(0, 40) : ''));
  return labels.some((l, i) => l !== String(i + 1)) ? labels : undefined;
}

/** The pages a pandoc locator names ("p. 12", "pp. 12-14", "page 3"), or undefined when it names none. */
export function locatorPages(locator: string | undefined): { from: number; to: number } | undefined {
  const named = locatorNames(locator);
  if (!named || !/^\d+$/.test(named.from) || !/^\d+$/.test(named.to)) return undefined;
  const from = Number(named.from);
  const to = Number(named.to);
  return to >= from ? { from, to } : { from, to: from };
}

/** The page names a locator gives, as written: "p. 245" → 245, "pp. xi–xii" → xi to xii. */
export function locatorNames(locator: string | undefined): { from: string; to: string } | undefined {
  const m = locator && /^(?:p|pp|pg|page|pages)\.?\s*(\d{1,6}|[ivxlcdm]{1,12})(?:\s*[-–—]\s*(\d{1,6}|[ivxlcdm]{1,12}))?(?![\p{L}\p{N}])/iu.exec(locator.trim());
  if (!m) return undefined;
  return { from: m[1], to: m[2] ?? m[1] };
}

/**
 * The pages (1-based, in the file) a locator names: by the PDF's page labels when it has them (a
 * label "245" is the page printed 245, wherever it is in the file), else by number. `missing` is
 * the name of a page the PDF does not have.
 */
export function locatorRange(source: SourceRecord, locator: string | undefined): { from: number; to: number } | { missing: string } | undefined {
  const names = locatorNames(locator);
  if (!names || source.units?.kind !== 'page') return undefined;
  const count = source.units.starts.length;
  const labels = source.units.labels;
  const index = (name: string): number | undefined => {
    if (labels) {
      const i = labels.findIndex((l) => l !== '' && l.toLowerCase() === name.toLowerCase());
      return i === -1 ? undefined : i + 1;
    }
    const n = /^\d+$/.test(name) ? Number(name) : NaN;
    return n >= 1 && n <= count ? n : undefined;
  };
  const from = index(names.from);
  if (from === undefined) return { missing: names.from };
  const to = index(names.to);
  if (to === undefined) return { missing: names.to };
  return { from, to: Math.max(from, to) };
}

/** How the pages of a PDF are numbered, for a message: "3 pages", or "4 pages, labelled xi–xii, 245–246". */
function pagesSaid(source: SourceRecord): string {
  const count = source.units?.starts.length ?? 0;
  const labels = source.units?.labels;
  const said = `${count} page${count === 1 ? '' : 's'}`;
  if (!labels) return said;
  // Runs of labels that follow on by number (or are roman numerals in a row), as "xi–xii, 245–246".
  const runs: string[][] = [];
  for (const l of labels) {
    if (!l) continue;
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    const follows = prev !== undefined && ((/^\d+$/.test(prev) && /^\d+$/.test(l) && Number(l) === Number(prev) + 1) || (/^[ivxlcdm]+$/i.test(prev) && /^[ivxlcdm]+$/i.test(l)));
    if (follows) last.push(l);
    else runs.push([l]);
  }
  const shown = runs.slice(0, 6).map((r) => (r.length === 1 ? r[0] : `${r[0]}–${r[r.length - 1]}`));
  return `${said}, labelled ${shown.join(', ')}${runs.length > 6 ? ', …' : ''}`;
}

export type LocatorProblem =
  | { code: 'page-not-found'; message: string }
  /** `page`: the page (1-based, in the file) that backs the claim; `pageName`: its label, or its number. */
  | { code: 'wrong-page'; message: string; page: number; pageName: string; range: { start: number; end: number } };

/**
 * Checks a page locator against a paged source: the page must exist, and when another page backs
 * the claim clearly better than the pages named (the best passage shares at least half of the
 * sentence's key words, the named pages under two thirds as many), that page is named.
 */
export function checkLocator(source: SourceRecord, locator: string | undefined, claim: string): LocatorProblem | undefined {
  const pages = locatorRange(source, locator);
  if (!pages) return undefined;
  if ('missing' in pages) {
    const names = locatorNames(locator)!;
    const asked = names.from === names.to ? `Page ${names.from}` : `Pages ${names.from}–${names.to}`;
    return { code: 'page-not-found', message: `${asked}: the PDF has ${source.units?.labels ? `no page labelled ${pages.missing}; it has ${pagesSaid(source)}` : pagesSaid(source)}.` };
  }
  if (!claim.trim()) return undefined;
  const ranked = bestPassages(claim, evidenceFor(sourceText(source)), Number.MAX_SAFE_INTEGER);
  const best = ranked[0];
  if (!best || best.score < 0.5) return undefined;
  const pageOf = (m: (typeof ranked)[number]) => unitAt(source, m.range.start)?.n ?? 0;
  const nameOf = (n: number) => (source.units?.labels ? source.units.labels[n - 1] || `${n} of the file` : String(n));
  if (pageOf(best) >= pages.from && pageOf(best) <= pages.to) return undefined;
  const onPage = ranked.find((m) => pageOf(m) >= pages.from && pageOf(m) <= pages.to);
  if (onPage && onPage.score >= best.score * (2 / 3)) return undefined;
  const named = pages.from === pages.to ? `page ${nameOf(pages.from)}` : `pages ${nameOf(pages.from)}–${nameOf(pages.to)}`;
  return {
    code: 'wrong-page',
    message: `The sentence cites ${named}, which ${onPage ? `backs it less (${Math.round(onPage.score * 100)}% of its key words)` : 'shares none of its key words'}; page ${nameOf(pageOf(best))} backs it (${Math.round(best.score * 100)}%): "${best.text.replace(/\s+/g, ' ').trim().slice(0, 160)}"`,
    page: pageOf(best),
    pageName: nameOf(pageOf(best)),
    range: best.range,
  };
}
