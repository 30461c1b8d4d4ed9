/**
 * Lexical evidence: splits a source's text into passages (sentences) and finds
 * the passage that best matches a claim, weighting shared content words by
 * how rare they are in the source.
 */
import { contentStems, tokenize, isStopword, endsWithAbbreviation } from './text';
import type { OffsetRange } from './text';
import type { SourceEvidence } from './support/evidence';

export interface PassageMatch {
  /** Range in the extracted text. */
  range: OffsetRange;
  text: string;
  /** Share of the claim's weighted content words found in the passage, 0 to 1. */
  score: number;
  /** Claim stems found in the passage. */
  matched: Set<string>;
  /** Claim stems found nowhere in the passage. */
  missing: string[];
}

/**
 * Sentence boundaries: end punctuation (and closing quotes) followed by space and a likely sentence start, a blank line,
 * a list item, or the end of a heading on a line of its own in plain text (a short line without punctuation, before a
 * line that starts with a capital: "Partnership changes", "AGI clause removed").
 * Every boundary starts with white space: the leading `(?=\s)`, and `(?=[ \t]{0,40}\n)` before the
 * heading's look-behind, reject the other positions before any look-behind runs (the heading's
 * reads up to 60 characters back; tried at every position, it made splitting 12 times slower). The
 * look-ahead reads at most 40 spaces: unbounded, a run of spaces was read again from each of its
 * positions (40,000 spaces took 0.7 s, 400,000 over a minute).
 */
const BOUNDARY_RE = /(?=\s)(?:(?<=[.!?…](?:["'”’)\]]*))\s+(?=["“‘'([]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*(?:[-*•·]|\d+[.)])\s)|(?=[ \t]{0,40}\n)(?<=(?:^|\n)[ \t]*[\p{Lu}][^\n.!?…:;,"“”]{0,58}[\p{L}\p{N}])[ \t]{0,40}\n(?=[ \t]*[\p{Lu}]))/gu;

/** The start of a line that goes on with the sentence before it: a lower-case letter. */
const CONTINUES = /^\p{Ll}/u;
/** The end of a line that leaves its sentence open: a word, a number or a comma, with no end punctuation (spaces after it aside). */
const GOES_ON = /[\p{L}\p{N},][ \t\r]*$/u;

/** Whether the passage from `start` to `end` is a heading: one line of three words at most, opening with a capital. */
function afterHeading(text: string, start: number, end: number): boolean {
  if (end - start > 60) return false;
  const t = text.slice(start, end).trim();
  return !t.includes('\n') && /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 3;
}

/** Whether the line ending at `end` or the line starting at `next` is a table's row (cells parted by " | "). */
function inRow(text: string, end: number, next: number): boolean {
  const lineEnd = text.indexOf('\n', next);
  return text.slice(text.lastIndexOf('\n', end - 1) + 1, end).includes(' | ') || text.slice(next, lineEnd < 0 ? text.length : lineEnd).includes(' | ');
}

/** Whether the passage from `start` opens in lower case right after a line ending in a colon: a list's first item. */
function listAfterColon(text: string, start: number): boolean {
  let s = start;
  while (s < text.length && /\s/.test(text[s]) && s - start < 40) s++;
  return CONTINUES.test(text.slice(s, s + 2)) && /:\s*$/.test(text.slice(Math.max(0, start - 40), start));
}

export function splitPassages(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) {
      // Over-long runs (a page without punctuation) are cut into windows so no passage swamps the others.
      for (let w = s; w < e; w += 600) out.push({ start: w, end: Math.min(e, w + 600) });
    }
  };
  for (const m of text.matchAll(BOUNDARY_RE)) {
    // "Mr. Lee", "U.S. Senate": a period after an abbreviation ends no sentence (a blank line still does).
    if (!/\n\s*\n/.test(m[0]) && endsWithAbbreviation(text.slice(Math.max(start, m.index! - 24), m.index!))) continue;
    // A blank line inside a sentence, a line of a printed page kept as a paragraph of its own ("some of the roads" /
    // "and facilities are closed"): the text before it ends in a word or a comma, the text after it goes on in lower case.
    // (Not a table's row, whose cells are parted by bars: "Operating loss before" over "player trading | (17.5) | (21.7)";
    // nor a list's items after a colon, each a line in lower case: "You cannot:" / "work for an employer" / "claim benefits".)
    // (Nor after a heading, a line of a few words on its own opening with a capital: "Highlights", "Contents".)
    if (/\n\s*\n/.test(m[0]) && CONTINUES.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 2)) && GOES_ON.test(text.slice(Math.max(start, m.index! - 40), m.index!)) && !inRow(text, m.index!, m.index! + m[0].length) && !listAfterColon(text, start) && !afterHeading(text, start, m.index!)) continue;
    push(m.index!);
    start = m.index! + m[0].length;
  }
  push(text.length);
  return out;
}

/**
 * The passages (the evidence's sentences) of a source that best match a claim, best first, ties in
 * the order of the text. Read off the evidence's postings: the source is not split or stemmed again,
 * and only the sentences that share a stem with the claim are scored (the rest score 0).
 */
export function bestPassages(claim: string, ev: SourceEvidence, limit = 1): PassageMatch[] {
  const claimStems = [...new Set(contentStems(claim))];
  const sentences = ev.sentences;
  const n = sentences.length;
  if (n === 0 || claimStems.length === 0) return [];
  const weight = new Map<string, number>();
  let total = 0;
  for (const s of claimStems) {
    // Rare words tell more; numbers are strong evidence of the same fact.
    const w = Math.log(1 + (n + 1) / (1 + (ev.df.get(s) ?? 0))) * (/^\d/.test(s) ? 1.5 : 1);
    weight.set(s, w);
    total += w;
  }
  const got = new Float64Array(n);
  for (const s of claimStems) for (const i of ev.sentencesWith(s) ?? []) got[i] += weight.get(s)!;
  const score = (i: number) => (total > 0 ? got[i] / total : 0);
  let order: number[];
  if (limit === 1) {
    let best = 0;
    for (let i = 1; i < n; i++) if (got[i] > got[best]) best = i;
    order = [best];
  } else {
    order = Array.from({ length: n }, (_, i) => i).sort((a, b) => got[b] - got[a] || a - b).slice(0, limit);
  }
  return order.map((i) => {
    const { range, stemSet } = sentences[i];
    const matched = new Set(claimStems.filter((s) => stemSet.has(s)));
    return {
      range: { start: range.start, end: range.end },
      text: ev.text.slice(range.start, range.end),
      score: score(i),
      matched,
      missing: claimStems.filter((s) => !matched.has(s)),
    };
  });
}

/** Splits a passage into pieces, marking the words whose stems are in `stems` (for bolding). */
export function markShared(text: string, stems: Set<string>): { text: string; shared: boolean }[] {
  const out: { text: string; shared: boolean }[] = [];
  let at = 0;
  const tokens = tokenize(text);
  const isShared = (i: number): boolean => {
    const t = tokens[i];
    if (!t || isStopword(t.word) || !stems.has(t.stem)) return false;
    // A unit sign is shown as shared with its number only ("$48" when the sentence says "$48", not "$52").
    if (!/^[%$€£]$/.test(text.slice(t.start, t.end))) return true;
    const n = text[t.start] === '%' ? tokens[i - 1] : tokens[i + 1];
    return !!n && (n.end === t.start || n.start === t.end) && stems.has(n.stem);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isShared(i)) continue;
    if (t.start > at) out.push({ text: text.slice(at, t.start), shared: false });
    out.push({ text: text.slice(t.start, t.end), shared: true });
    at = t.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), shared: false });
  // Runs of shared words touching ("$48") or separated only by spaces read better as one bold phrase.
  const merged: typeof out = [];
  for (let i = 0; i < out.length; i++) {
    const last = merged[merged.length - 1];
    const next = out[i + 1];
    if (last?.shared && out[i].shared) last.text += out[i].text;
    else if (last?.shared && !out[i].shared && /^ +$/.test(out[i].text) && next?.shared) {
      last.text += out[i].text + next.text;
      i++;
    } else merged.push({ ...out[i] });
  }
  return merged;
}
