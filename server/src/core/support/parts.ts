/**
 * Evidence that spans sentences: a claim of two or more parts (clauses, coordinated facts; its
 * figures and names belong to the part they sit in) with each part's best passage across the cited
 * sources. A passage is the source sentence that backs the part best (`analyzeClaim` finds it),
 * with a neighbour of its paragraph when that backs the part better, or the whole row of a table
 * the sentence is a cell of. Shown to the writer only: the score does not read it.
 */
import type { OffsetRange } from '../text';
import { squash } from '../text';
import type { SourceRecord } from '../sources/sourceTypes';
import { sourceOffset } from '../sources/sourceTypes';
import { sourceText } from '../sources/readSource';
import type { SourceEvidence } from './evidence';
import { namedAgainAs, referredBack, type ClaimAnalysis } from './features';
import { backsFigure, extractFigures, type Figure } from './numbers';

/** A part counts as backed when its passage holds at least this share of its rarity-weighted words (as `weakPart` says "under half backed"). */
export const PART_BACKED_AT = 0.5;

export interface PartPassage {
  source: SourceRecord;
  /** Range in the extracted text of the source. */
  textRange: OffsetRange;
  /** Range in the source file. */
  fileRange: OffsetRange;
  /** The passage's text, white space squashed; a table row's cells joined by " | ". */
  text: string;
}

export interface ClaimPart {
  text: string;
  /** Range in the draft (the sentence's offsets), when the part's words are found there in order. */
  range?: OffsetRange;
  /** Share of the part's rarity-weighted words its passage holds, 0 to 1. */
  coverage: number;
  backed: boolean;
  passage?: PartPassage;
}

/** A table row can hold many cells; a row window reads at most this many. */
const MAX_ROW_CELLS = 40;
/** How far (in characters of the file) from a cell its row's start and end are looked for. */
const ROW_REACH = 4000;

/**
 * The parts of a claim with their passages, or undefined for a claim of one part. `sentence` is
 * the draft text at `sentenceStart` the parts are located in.
 */
export function claimParts(a: ClaimAnalysis, evs: SourceEvidence[], sources: SourceRecord[], sentence: string, sentenceStart: number): ClaimPart[] | undefined {
  const clauses = a.clauses.filter((c) => c.weight > 0 && !c.opener);
  if (clauses.length < 2) return undefined;
  let from = 0;
  const words = sentenceWords(sentence);
  return clauses.map((c) => {
    const stems = c.stems.filter((s) => a.weights.has(s));
    const coverOf = (set: (s: string) => boolean) => {
      let got = 0;
      for (const s of stems) if (set(s)) got += a.weights.get(s)!;
      return c.weight > 0 ? got / c.weight : 0;
    };
    const at = locate(c.text, words, from);
    if (at) from = at.end;
    const part: ClaimPart = { text: c.text, range: at && { start: sentenceStart + at.start, end: sentenceStart + at.end }, coverage: c.coverage, backed: c.coverage >= PART_BACKED_AT };
    if (c.source < 0) return part;
    const ev = evs[c.source];
    const k = c.sentence;
    // The sentence alone, with a neighbour in its paragraph (a small penalty for the width, as for the claim's window), or its table row.
    let best = { from: k, to: k, coverage: c.coverage, score: c.coverage, row: false };
    const consider = (lo: number, hi: number, row: boolean) => {
      if (lo < 0 || hi >= ev.sentences.length) return;
      if (!row) for (let i = lo + 1; i <= hi; i++) if (ev.sentences[i].paragraphStart) return;
      const coverage = coverOf((s) => {
        for (let i = lo; i <= hi; i++) if (ev.sentences[i].stemSet.has(s)) return true;
        return false;
      });
      const score = coverage - (row ? 0 : 0.04 * (hi - lo));
      if (score > best.score + 1e-9) best = { from: lo, to: hi, coverage, score, row };
    };
    // A cell is read with its row ("2004" alone says nothing of the vessel), and a row with its table's
    // header (which names the columns): the row of the table that backs the part best.
    const rows = tableRows(sources[c.source], ev, k);
    if (rows) {
      best = { from: rows.rows[0].from, to: rows.rows[0].to, coverage: 0, score: -1, row: true };
      const header = rows.header;
      for (const r of rows.rows) {
        const coverage = coverOf((s) => {
          for (let i = r.from; i <= r.to; i++) if (ev.sentences[i].stemSet.has(s)) return true;
          if (header) for (let i = header.from; i <= header.to; i++) if (ev.sentences[i].stemSet.has(s)) return true;
          return false;
        });
        if (coverage > best.score + 1e-9) best = { from: r.from, to: r.to, coverage, score: coverage, row: true };
      }
    } else {
      consider(k - 1, k, false);
      consider(k, k + 1, false);
    }
    const src = sources[c.source];
    const ex = sourceText(src);
    const textRange = { start: ev.sentences[best.from].range.start, end: ev.sentences[best.to].range.end };
    const start = sourceOffset(ex, textRange.start);
    const pieces: string[] = [];
    for (let i = best.from; i <= best.to; i++) pieces.push(squash(ev.text.slice(ev.sentences[i].range.start, ev.sentences[i].range.end)));
    part.coverage = best.coverage;
    // A part whose figure its passage does not give is not backed by it, however many of its words the passage holds
    // ("the Small Cap adding 0.6%" against the Small Cap's row, "+0.20"): the figure is what the part says.
    // (A plain number the sentence names again by its digits, "the 4.3 is", is given by the page's "4.3 percent".)
    const given = (f: Figure, named: boolean) => ev.figures.some((g) => g.range.start >= textRange.start && g.range.end <= textRange.end && (backsFigure(f, g) || (named && namedAgainAs(f, g))));
    const figuresGiven = extractFigures(c.text).every((f) => f.kind === 'year' || f.kind === 'date' || given(f, referredBack(f, c.text)));
    part.backed = best.coverage >= PART_BACKED_AT && figuresGiven;
    part.passage = { source: src, textRange, fileRange: { start, end: Math.max(start, sourceOffset(ex, textRange.end)) }, text: pieces.join(best.row ? ' | ' : ' ') };
    return part;
  });
}

/** The words of a sentence with their offsets, and where each word stands among them. */
interface SentenceWords {
  words: { text: string; start: number; end: number }[];
  at: Map<string, number[]>;
}

function sentenceWords(sentence: string): SentenceWords {
  const words: SentenceWords['words'] = [];
  const at = new Map<string, number[]>();
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    const list = at.get(m[0]);
    if (list) list.push(words.length);
    else at.set(m[0], [words.length]);
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return { words, at };
}

/**
 * Where the part's words stand in the sentence, one after the other, first from `from` on, else
 * anywhere (the part's text is cleaned: quote marks and markers may differ). Only the places of
 * the part's first word are tried, so a long sentence of many parts is not read again per part.
 */
function locate(part: string, s: SentenceWords, from: number): OffsetRange | undefined {
  const words = part.match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return undefined;
  let fallback: OffsetRange | undefined;
  for (const i of s.at.get(words[0]) ?? []) {
    if (i + words.length > s.words.length) break;
    let j = 1;
    while (j < words.length && s.words[i + j].text === words[j]) j++;
    if (j < words.length) continue;
    const range = { start: s.words[i].start, end: s.words[i + words.length - 1].end };
    if (range.start >= from) return range;
    fallback ??= range;
  }
  return fallback;
}

type Row = { from: number; to: number; start: number; end: number };

/** Rows of one table a search reads at most on each side of the part's best cell. */
const MAX_ROWS = 100;

/**
 * The rows of the table sentence `k` is a cell of, each as a run of sentences (its cells), and the
 * header row apart when the table has one (a markdown delimiter row, or `<th>` cells, after it).
 */
function tableRows(src: SourceRecord, ev: SourceEvidence, k: number): { rows: Row[]; header?: Row } | undefined {
  const first = tableRow(src, ev, k);
  if (!first) return undefined;
  const rows = [first];
  for (let r = first, n = 0; n < MAX_ROWS && r.from > 0; n++) {
    const prev = tableRow(src, ev, r.from - 1);
    if (!prev) break;
    rows.unshift(prev);
    r = prev;
  }
  for (let r = first, n = 0; n < MAX_ROWS && r.to + 1 < ev.sentences.length; n++) {
    const next = tableRow(src, ev, r.to + 1);
    if (!next) break;
    rows.push(next);
    r = next;
  }
  const top = rows[0];
  const after = src.raw.slice(top.start, rows[1]?.start ?? top.end);
  const isHeader = rows.length > 1 && (src.format === 'html' ? /<th[\s>]/i.test(after) : /\n\s*\|?\s*:?-{3,}/.test(after));
  return isHeader ? { rows: rows.slice(1), header: top } : { rows };
}

/**
 * The sentences (cells) of the table row sentence `k` is a cell of, when it is one: a markdown or
 * text source's line of `|`-separated cells, or an HTML `<tr>`. Undefined when the row is that one cell.
 */
function tableRow(src: SourceRecord, ev: SourceEvidence, k: number): Row | undefined {
  const ex = sourceText(src);
  const raw = src.raw;
  const at = sourceOffset(ex, ev.sentences[k].range.start);
  let start: number;
  let end: number;
  // Looked for within ROW_REACH characters of the cell, so a long page without tables costs no more than a short one.
  const lo = Math.max(0, at - ROW_REACH);
  const before = raw.slice(lo, at);
  const after = raw.slice(at, at + ROW_REACH);
  if (src.format === 'html') {
    const open = before.lastIndexOf('<tr');
    if (open < 0 || before.lastIndexOf('</tr') > open) return undefined;
    const close = after.indexOf('</tr');
    if (close < 0) return undefined;
    start = lo + open;
    end = at + close;
  } else if (src.format === 'markdown' || src.format === 'text') {
    const nl = before.lastIndexOf('\n');
    if (nl < 0 && lo > 0) return undefined;
    start = lo + nl + 1;
    const next = after.indexOf('\n');
    if (next < 0 && at + ROW_REACH < raw.length) return undefined;
    end = next < 0 ? raw.length : at + next;
    const line = raw.slice(start, end);
    if (!/^\s*\|.*\|\s*$/.test(line) && (line.match(/(?<!\\)\|/g) ?? []).length < 2) return undefined;
  } else return undefined;
  const inRow = (i: number) => {
    const f = sourceOffset(ex, ev.sentences[i].range.start);
    return f >= start && f < end;
  };
  let from = k;
  let to = k;
  while (from > 0 && k - from < MAX_ROW_CELLS && inRow(from - 1)) from--;
  while (to + 1 < ev.sentences.length && to - from < MAX_ROW_CELLS && inRow(to + 1)) to++;
  return from === to ? undefined : { from, to, start, end };
}
