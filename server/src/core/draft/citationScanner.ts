/**
 * Finds citation markers in the raw text of a draft, with exact offsets.
 *
 * The scanner works on raw text rather than on mdast nodes because CommonMark
 * reads `[4][8]` as one reference link (text 4, label 8) where a writer means
 * two citations, and because the broken forms writers leave behind (a marker
 * split across lines, a `[` cut off at the end of a table cell) are not
 * markdown constructs at all. The markdown parse supplies the ranges where no
 * citation can be (code, HTML, links, definitions, front matter).
 */
import type { OffsetRange } from '../text';

export type CitationKind = 'numeric' | 'pandoc' | 'intext';

export interface CitationRef {
  /** "4" for a numeric marker, the key (without "@") for pandoc ones. */
  label: string;
  /** Range of this reference inside the marker (the digits, or `@key`). */
  range: OffsetRange;
  /** Pandoc's `-@key` (suppress author). */
  suppressAuthor?: boolean;
  /** Pandoc prefix/locator text, e.g. "see" or "p. 12". */
  prefix?: string;
  locator?: string;
}

export interface Citation {
  kind: CitationKind;
  /** The whole marker, brackets included. */
  range: OffsetRange;
  refs: CitationRef[];
  /** The marker runs over a line break (`[4][` newline `8]`). */
  split?: boolean;
  /**
   * The label of a reference link or image (`[the minutes][1]`, `![map][2]`): it resolves like a
   * marker, but it links; it cites nothing, so no claim is judged for it.
   */
  link?: boolean;
  /**
   * A numbered marker glued to the word before it (`item[2]`) that no definition backs, in a draft
   * that otherwise cites no numbered sources: it may be ordinary text as well as a citation.
   */
  ambiguous?: boolean;
}

export type MalformedKind = 'split' | 'unclosed' | 'empty' | 'empty-key' | 'bad-range';

export interface MalformedMarker {
  kind: MalformedKind;
  range: OffsetRange;
  message: string;
  /** Text that would fix the marker, where one is obvious. */
  replacement?: string;
}

export interface ScanResult {
  citations: Citation[];
  malformed: MalformedMarker[];
}

/** Pandoc citation keys: a letter, digit or `_`, then those plus internal punctuation. */
const KEY_BODY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*`;
const KEY_RE = new RegExp(String.raw`(-?)@(?:\{([^{}\s]+)\}|(${KEY_BODY}))`, 'gu');
const INTEXT_RE = new RegExp(String.raw`(?<![\p{L}\p{N}_@.\\\]-])@(${KEY_BODY})`, 'gu');
const NUMERIC_BODY_RE = /^\s*(\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*)\s*$/;
const MAX_RANGE = 100;
/** A page locator closing a numeric marker: "[4, p. 12]", "[4, pp. 3-5]", "[4, p. xii]" (a PDF's page label). */
const NUMERIC_LOCATOR_RE = /,\s*((?:p|pp|page|pages)\.?\s*(?:\d{1,6}|[ivxlcdm]{1,12})(?:\s*[-–]\s*(?:\d{1,6}|[ivxlcdm]{1,12}))?)\s*$/i;

/** A letter, digit or underscore: a `[` right after one is glued to a word (`x[0]`, `claim[4]`). */
const WORD_CHAR_RE = /[\p{L}\p{N}_]/u;
/** A four-digit year in brackets ("In [2023]"). */
const YEAR_RE = /^\s*[12]\d{3}\s*$/;

/**
 * Scans `text` for markers, ignoring anything that starts inside `excluded`
 * (sorted, non-overlapping ranges). `defined` holds the identifiers of the draft's reference
 * definitions: a bracketed number no definition backs may be ordinary text (`x[0]`, `[2023]`).
 */
export function scanCitations(text: string, excluded: OffsetRange[], defined: ReadonlySet<string> = new Set()): ScanResult {
  const citations: Citation[] = [];
  const malformed: MalformedMarker[] = [];
  const isExcluded = makeExclusionTest(excluded);
  const bracketSpans: OffsetRange[] = [];
  /** The `]` of the last bracketed text that is no marker: a `[` right after it is a reference link's label. */
  let textBracketEnd = -2;
  /** Undefined markers glued to a word: ambiguous unless the draft cites numbered sources elsewhere. */
  const glued: Citation[] = [];
  let numericElsewhere = [...defined].some((d) => /^\d+$/.test(d));

  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) {
    if (isExcluded(i) || text.charCodeAt(i - 1) === 92 /* \ */) continue;
    const close = findClose(text, i);
    if (close === -1) {
      // A `[` with nothing but spaces before the end of the line or a table cell's `|` is a cut-off marker.
      const m = /^\[[ \t]*(?=\r?\n|\||$)/.exec(text.slice(i, i + 200));
      if (m && !isContinuedOnNextLine(text, i + m[0].length)) {
        malformed.push({
          kind: 'unclosed',
          range: { start: i, end: i + 1 },
          message: 'Unclosed citation marker: "[" with no closing "]" (cut off at the end of a line or table cell).',
        });
      }
      continue;
    }
    if (isExcluded(close)) continue;
    const inner = text.slice(i + 1, close);
    const range = { start: i, end: close + 1 };
    const after = text.charAt(close + 1);
    if (after === '(' || (after === ':' && isLineStart(text, i))) continue; // an inline link, or a definition
    // An image's alt text (`![map][2]`, `![1]`) is no marker; a `[` right after it is the image's label.
    if (text.charAt(i - 1) === '!') {
      textBracketEnd = close;
      continue;
    }
    const linkLabel = i - 1 === textBracketEnd;
    if (inner === '') {
      if (after === '[' || text.charAt(i - 1) === ']') continue; // `[][x]` style link syntax, not a marker
      malformed.push({ kind: 'empty', range, message: 'Empty citation marker "[]".' });
      continue;
    }
    if (/^\s*-?@\s*$/.test(inner)) {
      malformed.push({ kind: 'empty-key', range, message: `Citation marker "${squashWs(inner)}" has no key after "@".` });
      bracketSpans.push(range);
      continue;
    }
    // "[4, p. 12]": a page locator after the numbers, as pandoc writes one after a key.
    const pageLocator = NUMERIC_LOCATOR_RE.exec(inner);
    const body = pageLocator ? inner.slice(0, pageLocator.index) : inner;
    const numeric = NUMERIC_BODY_RE.exec(body);
    if (numeric) {
      const undef = !numericLabels(body).some((l) => defined.has(l));
      // Not citations when nothing defines them: a year ("in [2023]"), and an index glued to code (`x[0]`, `row_2[1]`).
      if (undef && !linkLabel && (YEAR_RE.test(inner) || (WORD_CHAR_RE.test(text.charAt(i - 1)) && looksLikeCode(text, i, close, inner)))) continue;
      const refs = numericRefs(text, i + 1, body, malformed);
      if (pageLocator && refs.length) refs[refs.length - 1].locator = squashWs(pageLocator[1]);
      const split = /[\r\n]/.test(inner);
      const citation: Citation = { kind: 'numeric', range, refs, split: split || undefined };
      if (linkLabel) citation.link = true;
      else if (undef && WORD_CHAR_RE.test(text.charAt(i - 1))) glued.push(citation);
      else numericElsewhere = true;
      citations.push(citation);
      if (split) {
        malformed.push({
          kind: 'split',
          range,
          message: `Citation marker split across lines: "${text.slice(i, close + 1).replace(/\r?\n[ \t]*/g, '↵')}". Join it onto one line.`,
          replacement: '[' + inner.replace(/\s+/g, '') + ']',
        });
      }
      continue;
    }
    if (inner.includes('@') && !linkLabel) {
      const refs = pandocRefs(inner, i + 1);
      if (refs.length > 0) {
        citations.push({ kind: 'pandoc', range, refs });
        bracketSpans.push(range);
        continue;
      }
    }
    // Bracketed text: link text when a label or a destination follows.
    textBracketEnd = close;
  }
  if (!numericElsewhere) for (const c of glued) c.ambiguous = true;

  // In-text `@key` citations, outside the bracketed ones already found.
  const inBracket = makeExclusionTest(bracketSpans.sort((a, b) => a.start - b.start));
  for (const m of text.matchAll(INTEXT_RE)) {
    const start = m.index!;
    if (isExcluded(start) || inBracket(start)) continue;
    const range = { start, end: start + m[0].length };
    citations.push({ kind: 'intext', range, refs: [{ label: m[1], range }] });
  }
  citations.sort((a, b) => a.range.start - b.range.start);
  malformed.sort((a, b) => a.range.start - b.range.start);
  return { citations, malformed };
}

/** Finds the `]` that closes the `[` at `open`, within one paragraph (no blank line), or -1. */
function findClose(text: string, open: number): number {
  const limit = Math.min(text.length, open + 400);
  for (let j = open + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 93 /* ] */) return j;
    if (c === 91 /* [ */ || c === 124 /* | */) return -1;
    if (c === 10 && /^\n[ \t]*(\r?\n|$)/.test(text.slice(j, j + 100))) return -1;
  }
  return -1;
}

/** True when the text after a cut-off `[` continues the marker on the next line (`8]`, `@key]`). */
function isContinuedOnNextLine(text: string, from: number): boolean {
  return /^\r?\n[ \t]*(-?@|\d)[^\n\]]*\]/.test(text.slice(from, from + 200));
}

/** The labels of a numeric marker's body ("2, 4-5" → 2, 4, 5; a range by its ends). */
function numericLabels(inner: string): string[] {
  return [...inner.matchAll(/\d{1,4}/g)].map((m) => String(Number(m[0])));
}

/**
 * Whether a bracketed number glued to the word before it reads as code: index 0 (`x[0]`), a
 * one-letter lower-case name, a name with an underscore, a dot, letters and digits together or an
 * inner capital (`row_2[1]`, `obj.items[3]`, `arr2[1]`, `myList[2]`), or an index followed by a
 * member or an assignment (`items[1].name`, `total[2] += 3`).
 */
function looksLikeCode(text: string, open: number, close: number, inner: string): boolean {
  if (/^\s*0+\s*$/.test(inner)) return true;
  let j = open;
  while (j > 0 && j > open - 80 && /[\p{L}\p{N}_.$]/u.test(text.charAt(j - 1))) j--;
  const name = text.slice(j, open);
  // A plain word or number ("claim[4]", "2020[4]") is not enough: drafts glue markers to both.
  if (/^\p{Ll}$/u.test(name) || /[_$.]/.test(name) || /\p{L}\p{N}|\p{N}\p{L}|\p{Ll}\p{Lu}/u.test(name)) return true;
  return /^(?:\.[\p{L}_]|\s*[-+*/%=<>!]?=)/u.test(text.slice(close + 1, close + 4));
}

function isLineStart(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = text.charAt(j);
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '>') return false;
  }
  return true;
}

function numericRefs(text: string, innerStart: number, inner: string, malformed: MalformedMarker[]): CitationRef[] {
  const refs: CitationRef[] = [];
  for (const m of inner.matchAll(/(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?/g)) {
    const start = innerStart + m.index!;
    const range = { start, end: start + m[0].length };
    const from = Number(m[1]);
    if (m[2] === undefined) {
      refs.push({ label: String(from), range });
      continue;
    }
    const to = Number(m[2]);
    if (to < from || to - from > MAX_RANGE) {
      malformed.push({
        kind: 'bad-range',
        range,
        message: to < from ? `Citation range "${m[0]}" runs backwards.` : `Citation range "${m[0]}" spans more than ${MAX_RANGE} sources.`,
      });
      refs.push({ label: String(from), range });
      continue;
    }
    for (let n = from; n <= to; n++) refs.push({ label: String(n), range });
  }
  return refs;
}

function pandocRefs(inner: string, innerStart: number): CitationRef[] {
  const refs: CitationRef[] = [];
  let itemStart = 0;
  for (const item of inner.split(';')) {
    KEY_RE.lastIndex = 0;
    const m = KEY_RE.exec(item);
    if (m) {
      const before = item.charAt(m.index - 1);
      if (m.index === 0 || /[\s[(;]/.test(before)) {
        const key = m[2] ?? trimKey(m[3]);
        const start = innerStart + itemStart + m.index;
        const prefix = squashWs(item.slice(0, m.index));
        const locator = squashWs(item.slice(m.index + m[0].length).replace(/^\s*,/, ''));
        refs.push({
          label: key,
          range: { start, end: start + m[0].length - (m[3] ? m[3].length - key.length : 0) },
          suppressAuthor: m[1] === '-' || undefined,
          prefix: prefix || undefined,
          locator: locator || undefined,
        });
      }
    }
    itemStart += item.length + 1;
  }
  return refs;
}

function trimKey(key: string): string {
  return key.replace(/[:.#$%&+?<>~/-]+$/, '');
}

function squashWs(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Returns a test for "offset lies inside one of these sorted ranges", by binary search. */
export function makeExclusionTest(ranges: OffsetRange[]): (offset: number) => boolean {
  return (offset) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid];
      if (offset < r.start) hi = mid - 1;
      else if (offset >= r.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
