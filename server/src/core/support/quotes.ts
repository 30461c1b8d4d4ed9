/**
 * Quotations in a claim, and whether a source holds them verbatim after
 * normalising quote characters, white space, the case of the first letter and
 * elisions ("…", "...", "[…]", "(…)").
 */
import type { OffsetRange } from '../text';

export interface Quote {
  text: string;
  /** Range of the quoted words (inside the quote marks) in the claim's text. */
  range: OffsetRange;
}

// A quoted word of one letter ("E") is a quotation too, so that its marks pair up: else the mark after it opens one.
/** (A decade's "'60s" opens no quotation.) */
const QUOTE_RE = /["“«„]([^"“”«»„]+?)["”»]|(?<![\p{L}\p{N}])['‘](?!\d\ds\b)([^'‘’]+?)['’](?![\p{L}\p{N}])/gu;

/** Short words a title leaves in lower case ("Master of Puppets", "Hygiène de l'assassin"). */
const TITLE_SMALL_WORDS = /^(?:a|an|the|and|or|nor|but|of|in|on|at|to|by|for|from|with|as|into|upon|vs\.?|de|del|la|le|les|l['’]\p{L}*|du|des|di|da|von|van|der|den|y|e|et)$/iu;
/** Words that name what follows: "titled "…"", "called "…"". */
const NAMING_CUE = /\b(?:titled|entitled|called|named|dubbed|known as)\s*(?:the\s+)?$/iu;
/** Words for a work just before its title: "the album "…"", "a novel, "…"". */
const WORK_CUE = /\b(?:album|song|single|track|record|film|movie|documentary|novel|novella|book|memoir|biography|anthology|collection|story|poem|play|musical|opera|painting|sculpture|episode|series|show|programme|program|podcast|game|release|article|essay|column|paper|report|study|magazine|newspaper|journal|exhibition|campaign|slogan|motto)s?,?\s*(?:the\s+)?$/iu;
/** A verb of saying shortly before the quotation, in lower case: what follows is said ("said in its report "…""), not a name ("the United States"). */
const SAID_BEFORE = /\b(?:said|says|wrote|writes|told|tells|stated|added|according to|quoted)\b[^"“”]{0,30}$/u;

/**
 * Whether a quoted phrase is the title of a work or a name ("The A.V. Club", "Master of Puppets",
 * a novel's "Hygiène de l'assassin"), which a sentence quotes to name, not to repeat what a source
 * said: it starts with a capital, and its words are in title case or a word before it says it
 * names a work.
 */
export function isTitle(inner: string, before: string): boolean {
  // A title starts with a capital or a figure: "called it "a betrayal of the workers"" quotes what was said.
  if (!/^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(inner)) return false;
  const cue = before.slice(-40);
  if (NAMING_CUE.test(cue)) return true;
  const words = inner.trim().split(/\s+/);
  // A quotation that ends a sentence, or holds a clause, is said, not named ("In the report, "The river is safe,"
  // officials wrote"); so is one after a verb of saying.
  if (/[.!?…]["'”’]?$|[,;]/u.test(inner.trim()) && !/^(?:\p{Lu}\.)+$/u.test(words[words.length - 1])) return false;
  if (SAID_BEFORE.test(before)) return false;
  if (WORK_CUE.test(cue)) return true;
  const content = words.filter((w) => !TITLE_SMALL_WORDS.test(w.replace(/[^\p{L}'’.]/gu, '')));
  return content.length > 0 && content.every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w));
}

/**
 * Quotations of three words or more (shorter ones are usually scare quotes or titles), titles and
 * names in quote marks left out (`isTitle`).
 */
export function extractQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(QUOTE_RE)) {
    const inner = m[1] ?? m[2];
    if (inner.trim().split(/\s+/).length < 3) continue;
    if (isTitle(inner, text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    const start = m.index! + m[0].indexOf(inner);
    out.push({ text: inner, range: { start, end: start + inner.length } });
  }
  return out;
}

export function normalizeForQuote(s: string): string {
  return s
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’‚′`]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    // No space before a closing mark or after an opening one: "memorials : Passages" is "memorials: Passages".
    .replace(/ (?=[,.;:!?)\]])|(?<=[(\[]) /g, '')
    .trim()
    .toLowerCase();
}

/** The pieces of a quote between elisions, normalised; each must appear in the source, in order. */
function quotePieces(quote: string): string[] {
  return quote
    .split(/\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*/)
    .map((p) => normalizeForQuote(p).replace(/^[,.;:!?'"\s]+|[,.;:!?'"\s]+$/g, ''))
    .filter((p) => p.length > 0);
}

/**
 * True when `sourceText` holds the quote verbatim (as normalised). A quotation of several sentences
 * may be one the source breaks off for its speaker ("It works," Upton said. "Use it."): its
 * sentences are found in order, each at most JOIN_GAP characters after the one before, with the
 * source's quotation closed and opened again in between.
 */
export function quoteInText(quote: string, normalizedSource: string): boolean {
  const pieces = quotePieces(quote);
  if (pieces.length === 0) return true;
  let at = 0;
  for (const p of pieces) {
    const i = normalizedSource.indexOf(p, at);
    if (i !== -1) {
      at = i + p.length;
      continue;
    }
    const end = sentencesFound(p, normalizedSource, at);
    if (end === -1) return false;
    at = end;
  }
  return true;
}

/** How far apart in the source (in characters, normalised) two sentences of one quotation may be: the speaker's name and a verb between. */
const JOIN_GAP = 100;
/** How many places of a quotation's first sentence are tried. */
const MAX_STARTS = 20;

/** Where the last of the piece's sentences ends when the source has them in order and close together from `from` on; else -1. */
function sentencesFound(piece: string, source: string, from: number): number {
  const parts = piece
    .split(/(?<=[.!?])\s+(?=['"]?[\p{L}\p{N}])/u)
    .map((x) => x.replace(/^[,.;:!?'"\s]+|[,.;:!?'"\s]+$/g, ''))
    .filter((x) => x.length > 0);
  if (parts.length < 2) return -1;
  let start = source.indexOf(parts[0], from);
  for (let tries = 0; start !== -1 && tries < MAX_STARTS; tries++, start = source.indexOf(parts[0], start + 1)) {
    let at = start + parts[0].length;
    let k = 1;
    for (; k < parts.length; k++) {
      const i = source.indexOf(parts[k], at);
      // The source closes the quotation and opens it again in between: words left out without an ellipsis are not.
      // (Right after it, the piece was cut at an abbreviation's period: "the u.s. government".)
      const gap = source.slice(at, Math.max(at, i));
      if (i === -1 || i - at > JOIN_GAP || !(/["']/.test(gap) || /^[.!?]?\s?$/.test(gap))) break;
      at = i + parts[k].length;
    }
    if (k === parts.length) return at;
  }
  return -1;
}

/**
 * The span of `source` (original text) that best matches the quote word for word: the window of
 * about the quote's length sharing the most words, in order of position. Used for "replace with the exact quote".
 */
export function closestSpan(quote: string, source: string): { text: string; range: OffsetRange; overlap: number } | undefined {
  const qWords = normalizeForQuote(quote).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (qWords.length === 0) return undefined;
  const want = new Map<string, number>();
  for (const w of qWords) want.set(w, (want.get(w) ?? 0) + 1);
  const words = [...source.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)];
  const n = qWords.length;
  if (words.length === 0) return undefined;
  let best = { score: -1, i: 0 };
  const have = new Map<string, number>();
  let score = 0;
  const add = (w: string, d: number) => {
    const c = have.get(w) ?? 0;
    const limit = want.get(w) ?? 0;
    if (d > 0 && c < limit) score++;
    if (d < 0 && c <= limit && c > 0) score--;
    have.set(w, c + d);
  };
  for (let i = 0; i < words.length; i++) {
    add(normalizeForQuote(words[i][0]), 1);
    if (i >= n) add(normalizeForQuote(words[i - n][0]), -1);
    const startIdx = Math.max(0, i - n + 1);
    if (score > best.score) best = { score, i: startIdx };
  }
  const first = words[best.i];
  const last = words[Math.min(words.length - 1, best.i + n - 1)];
  const range = { start: first.index!, end: last.index! + last[0].length };
  return { text: source.slice(range.start, range.end), range, overlap: best.score / n };
}
