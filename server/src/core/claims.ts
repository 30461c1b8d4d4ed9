/**
 * The claim of a marker: the sentence that holds it. In a table cell or a
 * heading the whole block is the claim (a cell read with its row's first
 * cell, which names what the cell's figure or words are about, unless that
 * cell is a question). A marker placed just after a
 * sentence's final period belongs to the sentence before it.
 */
import type { DraftModel, TextBlock } from './draft/parseDraft';
import type { Citation } from './draft/citationScanner';
import { endsWithAbbreviation, type OffsetRange } from './text';

export interface Claim {
  range: OffsetRange;
  /** The sentence with markers and markdown punctuation removed. */
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Intl.Segmenter slows badly on long strings; longer blocks use a plain splitter. */
const SEGMENTER_LIMIT = 4000;

export function claimFor(draft: DraftModel, citation: Citation): Claim {
  const block = innermostBlock(draft.blocks, citation.range.start);
  const blockRange = block?.range ?? lineRange(draft.text, citation.range.start);
  const sentences = block?.kind === 'paragraph' || !block ? splitSentences(draft.text, blockRange, draft) : [blockRange];
  let idx = sentences.findIndex((s) => citation.range.start >= s.start && citation.range.start < s.end);
  if (idx === -1) idx = sentences.length - 1;
  // A sentence made only of markers and punctuation belongs to the sentence before it.
  while (idx > 0 && !hasWords(stripMarkers(draft, sentences[idx]))) idx--;
  const range = sentences[idx];
  const text = stripMarkers(draft, range);
  // A table cell ("4.5 million [1]") states something about its row: the row's first cell gives it a subject.
  if (block?.kind === 'tableCell') {
    const label = rowLabel(draft, block);
    if (label) return { range, text: `${label}: ${text}` };
  }
  return { range, text };
}

/** The text of the first cell of a table cell's row, when that is another cell with words in it. */
function rowLabel(draft: DraftModel, cell: TextBlock): string | undefined {
  const line = lineRange(draft.text, cell.range.start);
  const first = draft.blocks.find((b) => b.kind === 'tableCell' && b.range.start >= line.start && b.range.start < line.end);
  if (!first || first === cell || first.range.start >= cell.range.start) return undefined;
  const label = stripMarkers(draft, first.range).replace(/[.:]+$/, '');
  // A question ("When does work start?") asks; the cell's answer is the claim, so it stands alone.
  return hasWords(label) && !/\?\s*$/.test(label) ? label : undefined;
}

function innermostBlock(blocks: TextBlock[], offset: number): TextBlock | undefined {
  let best: TextBlock | undefined;
  for (const b of blocks) {
    if (b.range.start > offset) break;
    if (offset < b.range.end && (!best || b.range.start >= best.range.start)) best = b;
  }
  return best;
}

function lineRange(text: string, offset: number): OffsetRange {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl === -1 ? text.length : nl };
}

function splitSentences(text: string, block: OffsetRange, draft: DraftModel): OffsetRange[] {
  const slice = text.slice(block.start, block.end);
  // Markers are blanked first so "terms [4]. Next" splits after the marker, not inside it; the
  // segmenter hangs trailing spaces on the sentence before, so "one. [1] Then" keeps [1] with "one.".
  const masked = maskMarkers(slice, block.start, draft);
  const out: OffsetRange[] = [];
  // A break right after "Mr." or "U.S." is no sentence end, nor is one inside a quotation
  // ("We will rebuild. It will take years," she said): that segment runs on into the next.
  const push = (start: number, end: number): void => {
    const last = out[out.length - 1];
    const prev = last ? masked.slice(last.start - block.start, last.end - block.start) : '';
    if (last && (endsWithAbbreviation(prev) || quoteRunsOn(prev, masked, start - block.start))) last.end = end;
    else out.push({ start, end });
  };
  if (masked.length <= SEGMENTER_LIMIT) {
    for (const s of segmenter.segment(masked)) push(block.start + s.index, block.start + s.index + s.segment.length);
  } else {
    let start = 0;
    for (const m of masked.matchAll(/(?<=[.!?])\s+(?=\S)/g)) {
      push(block.start + start, block.start + m.index! + m[0].length);
      start = m.index! + m[0].length;
    }
    push(block.start + start, block.end);
  }
  return out.length ? out : [block];
}

/** How far a quotation may run across sentence breaks: a few sentences, not a paragraph. */
const QUOTE_SPAN = 600;

/**
 * True when a quotation opened in `s` is not closed by its end, and closes in `text` after `at`
 * within QUOTE_SPAN of where it opened. A quotation never closed, or closed only far on (a pasted
 * fragment cut off inside its quote marks), holds no sentence together.
 */
function quoteRunsOn(s: string, text: string, at: number): boolean {
  let open = 0;
  let close = 0;
  let straight = 0;
  let opened = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '“') {
      if (open === close) opened = i;
      open++;
    } else if (ch === '”') close++;
    // A '"' right after a digit is an inch mark (a 12" pipe), not a quotation mark.
    else if (ch === '"' && !/\d/.test(s[i - 1] ?? '')) {
      if (straight % 2 === 0 && open === close) opened = i;
      straight++;
    }
  }
  if (!(open > close || straight % 2 === 1)) return false;
  const closing = open > close ? /”/ : /(?<!\d)"/;
  const m = closing.exec(text.slice(at, at + QUOTE_SPAN));
  return !!m && at + m.index - (at - s.length + opened) <= QUOTE_SPAN;
}

function maskMarkers(slice: string, base: number, draft: DraftModel): string {
  let out = slice;
  for (const c of draft.citations) {
    if (c.range.end <= base || c.range.start >= base + slice.length) continue;
    const s = Math.max(0, c.range.start - base);
    const e = Math.min(slice.length, c.range.end - base);
    // In-text "@key" is a word of the sentence ("@smith argues"): it becomes a capitalised word, so a
    // sentence may start with it; bracketed markers become spaces.
    const fill = c.kind === 'intext' ? 'X' + 'x'.repeat(e - s - 1) : ' '.repeat(e - s);
    out = out.slice(0, s) + fill + out.slice(e);
  }
  return out.replace(/\n/g, ' ');
}

function stripMarkers(draft: DraftModel, range: OffsetRange): string {
  let out = '';
  let at = range.start;
  for (const c of draft.citations) {
    // In-text "@key" goes too: it names the source; it is not something the source must say.
    if (c.range.end <= range.start || c.range.start >= range.end) continue;
    out += draft.text.slice(at, Math.max(at, c.range.start));
    at = Math.max(at, c.range.end);
  }
  out += draft.text.slice(at, range.end);
  return out
    .replace(/[*_`|#>]+/g, ' ')
    .replace(/\[\s*$/, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)\]])/g, '$1')
    .trim()
    // After a marker split over lines the next line may start with the sentence's own period.
    .replace(/^[.,;:!?]+\s*/, '');
}

function hasWords(s: string): boolean {
  return /[\p{L}\p{N}]{2,}/u.test(s);
}

/** Every sentence of the draft's paragraphs and every table cell, for finding claims that cite nothing. */
export function sentencesOf(draft: DraftModel): Claim[] {
  const out: Claim[] = [];
  let lastEnd = -1;
  for (const block of draft.blocks) {
    if (block.kind === 'heading' || block.range.start < lastEnd) continue;
    lastEnd = block.range.end;
    const ranges = block.kind === 'paragraph' ? splitSentences(draft.text, block.range, draft) : [block.range];
    for (const r of ranges) {
      const text = stripMarkers(draft, r);
      if (hasWords(text)) out.push({ range: trimRange(draft.text, r), text });
    }
  }
  return out;
}

function trimRange(text: string, r: OffsetRange): OffsetRange {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
