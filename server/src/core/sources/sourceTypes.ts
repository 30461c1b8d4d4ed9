/** What Cited knows of one source file. */
import type { OffsetRange } from '../text';

/**
 * `bibliography`: a .bib, CSL-JSON or CSL-YAML file, whose entries are the sources (see `bibliography.ts`);
 * `pdf` and `docx`: documents whose text the host extracts (`server/src/node/pdfText.ts`, `docxText.ts`).
 */
export type SourceFormat = 'markdown' | 'text' | 'html' | 'json' | 'bibliography' | 'pdf' | 'docx';

export interface SourceMeta {
  title?: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

export interface SourceProblem {
  /** `unreadable` means no text could be had; `repaired` means the text was recovered from broken input. */
  kind: 'unreadable' | 'repaired';
  message: string;
  /** Where in the file the problem is, when known. */
  range?: OffsetRange;
}

/**
 * Plain text extracted from a source, with a map back to the original file:
 * text offset `t` of segment i corresponds to file offset `s`, up to the next segment.
 */
export interface ExtractedText {
  text: string;
  segments: { t: number; s: number }[];
  /** The file's length: offsets mapped back stay inside it (decoded text, as of JSON escapes, can be longer than what it came from). */
  fileLength?: number;
}

export interface SourceRecord {
  path: string;
  format: SourceFormat;
  /** Pandoc key: front matter `id`, else the file name without extension. */
  id: string;
  meta: SourceMeta;
  problems: SourceProblem[];
  /** The file as read; offsets in problems and the text map refer to it. */
  raw: string;
  /** The first few hundred characters of text, for pickers and search. */
  lead: string;
  /** Whether any text could be had at all. */
  readable: boolean;
  /**
   * The file on disk that `raw` and the offsets come from, when it is not `path`: an entry of a
   * bibliography (path "refs.bib#key") lives in the bibliography, or in the file attached to it.
   */
  file?: string;
  /** A bibliography entry: the attached file (absolute path) whose text backs it, when its `file` field names one. */
  attachment?: string;
  /** A bibliography entry with no text (no abstract, note or attached file): claims citing it cannot be checked. */
  metadataOnly?: boolean;
  /**
   * A PDF's pages, a Word file's paragraphs: where each starts in `raw` (the text the host extracted);
   * `labels`, a PDF's page labels (the numbers printed on its pages, "xii", "245"), one per page ('' for a page
   * with none), when it has them.
   */
  units?: { kind: 'page' | 'paragraph'; starts: number[]; labels?: string[] };
}

/** The file a record's text and offsets come from (its path, unless it is a bibliography entry). */
export function fileOf(record: SourceRecord): string {
  return record.file ?? record.path;
}

/** Whether a record is an entry of a bibliography (cited by its key; it has no file of its own to point a definition at). */
export function isBibliographyEntry(record: SourceRecord): boolean {
  return record.file !== undefined && record.file !== record.path;
}

/** The 1-based page (or paragraph) of a document holding `offset` of its text, when it has pages. */
export function unitAt(record: SourceRecord, offset: number): { kind: 'page' | 'paragraph'; n: number; label?: string } | undefined {
  const u = record.units;
  if (!u || u.starts.length === 0) return undefined;
  let lo = 0;
  let hi = u.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (u.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  // A page with no label in a PDF that has labels (a cover before page 1) is named by its place in the file.
  const label = u.labels ? u.labels[lo] || `${lo + 1} of the file` : undefined;
  return { kind: u.kind, n: lo + 1, ...(label ? { label } : {}) };
}

/** How a page or paragraph is named to the writer: "page 245" (its printed label when the PDF has labels), "paragraph 3". */
export function unitName(unit: { kind: 'page' | 'paragraph'; n: number; label?: string }): string {
  return `${unit.kind} ${unit.label ?? unit.n}`;
}

/** Maps an offset in extracted text back to an offset in the original file. */
export function sourceOffset(extracted: ExtractedText, textOffset: number): number {
  const segs = extracted.segments;
  if (segs.length === 0) return textOffset;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].t <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  return Math.min(segs[lo].s + Math.max(0, textOffset - segs[lo].t), extracted.fileLength ?? Infinity);
}

/**
 * What stands between two cells of a table row in a source's text (markdown's and HTML's tables): a row is read on one
 * line, as a reader reads it ("Asia-Pacific | 346 | 277 | 25%"), so that the words of a row are one sentence.
 */
export const CELL_SEPARATOR = ' | ';

/** A place in a `TextBuilder`'s text. */
export interface TextMark {
  parts: number;
  length: number;
  segments: number;
  pendingBreak: boolean;
}

/** Builds extracted text piece by piece, keeping the offset map as it goes. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: { t: number; s: number }[] = [];
  private pendingBreak = false;

  /** Appends text that starts at file offset `sourceStart`. */
  push(value: string, sourceStart: number): void {
    if (!value) return;
    if (this.pendingBreak && this.length > 0) {
      this.parts.push('\n\n');
      this.length += 2;
    }
    this.pendingBreak = false;
    this.segments.push({ t: this.length, s: sourceStart });
    this.parts.push(value);
    this.length += value.length;
  }
  /** Ends the current block: the next text starts a new paragraph. */
  breakBlock(): void {
    this.pendingBreak = true;
  }
  /** Where the text is now, to go back to (`undo`). */
  mark(): TextMark {
    return { parts: this.parts.length, length: this.length, segments: this.segments.length, pendingBreak: this.pendingBreak };
  }
  /** Takes out what was pushed since `m`. */
  undo(m: TextMark): void {
    this.parts.length = m.parts;
    this.length = m.length;
    this.segments.length = m.segments;
    this.pendingBreak = m.pendingBreak;
  }
  finish(): ExtractedText {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

export function fileStem(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Turns a front matter or JSON value into a display string (names from objects, lists joined). */
export function metaString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const parts = value.map(metaString).filter((s): s is string => !!s);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return metaString(o.name ?? o.title ?? o['@value'] ?? o.text);
  }
  return undefined;
}
