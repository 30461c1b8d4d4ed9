/**
 * A multiplier the page gives otherwise: "paid over ten times more than the other territories combined" where the page
 * says "over six times more than … combined", "three times as many" for "twice as many"; and how often, "voted the
 * world's best venue three times" where the page says "twice voted the world's best venue". The figure check reads a
 * number word only with a magnitude, and a multiplier in digits ("10 times") is backed by a 10 anywhere on the page, so
 * neither saw these. A multiplier is checked only where that is sure, precision first:
 * - the sentence gives one: a number (digits, or a word from two up) with "times" and a word of comparison right after
 *   it ("more", "less", "as", "the", "that", a comparative in "-er"), "twice" or "thrice" with one, or "-fold"; or how
 *   often, the same with no comparison after it ("three times", "twice voted"; not "once", which is also "formerly");
 *   not one end of a range ("two to three times as many");
 * - no source gives that multiplier, in any of these forms;
 * - one sentence of the sources states the rest of the sentence (half its other content words, two at least) and has
 *   exactly one multiplier, another, said with the same word of comparison ("six times more" for "ten times more"),
 *   and no such sentence has the sentence's number in any form ("on nine occasions" for "nine times").
 * Then the multiplier is wrong: a `number-mismatch` with the page's as the fix, written the sentence's way (a word for
 * a word, digits for digits, "twice" for 2).
 */
import { contentStems, type OffsetRange } from '../text';
import { sentenceIndexAt, type SourceEvidence } from './evidence';
import { CARDINALS } from './counts';

/** A sentence states the rest of the claim when it has this share of the claim's other content words (two at least). */
const SAME_STATEMENT = 0.5;
/** How many multipliers of one sentence are checked. */
const MAX_MULTIPLIERS = 4;

const WORDS = Object.keys(CARDINALS).join('|');
/** "ten times more", "2.5 times as", "a hundred times the", "twice as", "thrice the", "tenfold", "10-fold". */
const COMPARISON = 'more|less|fewer|as|the|that|\\p{L}{2,}er';
const MULTIPLIER = new RegExp(
  `(?<![\\p{L}\\p{N}.,-])(?:(?<num>\\d{1,4}(?:\\.\\d+)?|${WORDS}|a\\s+hundred|hundred)(?:\\s+|-)times\\s+(?<cmp>${COMPARISON})\\b|(?<tw>twice|thrice)\\s+(?<twcmp>as|the|that|more)\\b|(?<fold>\\d{1,4}|${WORDS}|hundred)-?fold\\b` +
    // How often, with no comparison after it: "voted the best venue three times", "twice voted".
    `|(?<freq>\\d{1,3}|${WORDS})\\s+times\\b(?!\\s+(?:${COMPARISON})\\b)|(?<ftw>twice|thrice)\\b(?!\\s+(?:as|the|that|more|over)\\b))`,
  'giu',
);
/** One end of a range before a multiplier: "two to ", "2 or ", "three- ". */
const RANGE_BEFORE = new RegExp(`(?:\\d+(?:\\.\\d+)?|${WORDS}|one)\\s*(?:or|to|and|[-–])\\s*$`, 'i');

interface Multiplier {
  value: number;
  /** The word of comparison after it, in lower case ("fold" for "-fold", "often" for how often: "three times", "twice"). */
  cmp: string;
  /** The multiplier's number as written ("ten", "10", "twice"), and where it is. */
  text: string;
  range: OffsetRange;
  words: boolean;
}

function valueOf(n: string): number {
  const w = n.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'a hundred' || w === 'hundred') return 100;
  if (w === 'twice') return 2;
  if (w === 'thrice') return 3;
  return CARDINALS[w] ?? Number(w);
}

function multipliers(text: string): Multiplier[] {
  const out: Multiplier[] = [];
  MULTIPLIER.lastIndex = 0;
  for (let m = MULTIPLIER.exec(text); m; m = MULTIPLIER.exec(text)) {
    const g = m.groups!;
    const n = g.num ?? g.tw ?? g.fold ?? g.freq ?? g.ftw!;
    const start = m.index + m[0].indexOf(n);
    if (RANGE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    const value = valueOf(n);
    if (!Number.isFinite(value) || value < 2) continue;
    const cmp = (g.cmp ?? g.twcmp ?? (g.fold ? 'fold' : 'often')).toLowerCase();
    out.push({ value, cmp, text: n, range: { start, end: start + n.length }, words: !/\d/.test(n) });
  }
  return out;
}

/** Whether `text` has the number `value`, in digits or in words ("nine", "9"). */
function hasNumber(text: string, value: number): boolean {
  const word = Object.keys(CARDINALS).find((w) => CARDINALS[w] === value);
  return new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${String(value).replace('.', '\\.')}${word ? '|' + word : ''})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'iu').test(text);
}

/** Each source's multipliers, read once. */
const kept = new WeakMap<SourceEvidence, Multiplier[]>();
function read(s: SourceEvidence): Multiplier[] {
  let r = kept.get(s);
  if (!r) kept.set(s, (r = /times|twice|thrice|fold/i.test(s.text) ? multipliers(s.text) : []));
  return r;
}

export interface MultiplierConflict {
  text: string;
  value: number;
  range: OffsetRange;
  theirs: { source: number; text: string; range: OffsetRange };
  replacement?: string;
}

/** The page's multiplier written the sentence's way: a word for a word ("six"), digits for digits, "twice" or "three times" for "twice". */
function written(mine: Multiplier, value: number): string | undefined {
  const word = Object.keys(CARDINALS).find((w) => CARDINALS[w] === value) ?? (value === 100 ? (/^a\s/i.test(mine.text) ? 'a hundred' : 'hundred') : undefined);
  // "Twice" stands for "two times": another number is "three times" (the word replaced is "twice" alone).
  if (/^(?:twice|thrice)$/i.test(mine.text)) return value === 2 ? 'twice' : word && `${word} times`;
  if (!mine.words) return String(value);
  return word && /^\p{Lu}/u.test(mine.text) ? word[0].toUpperCase() + word.slice(1) : word;
}

/** The sentence's multipliers that the sources give otherwise (see the module's comment). */
export function checkMultipliers(sentence: string, evs: SourceEvidence[]): MultiplierConflict[] {
  if (!/times|twice|thrice|fold/i.test(sentence)) return [];
  const mine = multipliers(sentence).slice(0, MAX_MULTIPLIERS);
  if (!mine.length) return [];
  const out: MultiplierConflict[] = [];
  for (const q of mine) {
    // The sentence's multiplier on the page in any form: backed.
    if (evs.some((s) => read(s).some((g) => g.value === q.value))) continue;
    const others = new Set(contentStems(sentence.slice(0, q.range.start) + ' ' + sentence.slice(q.range.end)).filter((x) => !/^\d/.test(x) && !/^(?:time|twice|thrice|fold)$/.test(x)));
    if (others.size < 2) continue;
    const found: MultiplierConflict['theirs'][] = [];
    const values = new Set<number>();
    evs.forEach((s, source) => {
      for (const g of read(s)) {
        const k = sentenceIndexAt(s.sentences, g.range.start);
        if (k < 0) continue;
        let shared = 0;
        for (const x of others) if (s.sentences[k].stemSet.has(x)) shared++;
        if (shared < 2 || shared < SAME_STATEMENT * others.size) continue;
        // The sentence's number in that sentence in any form ("passed a hundred wickets on nine occasions, and two hundred
        // twice" for "nine times"): said otherwise, not given otherwise.
        const r = s.sentences[k].range;
        if (hasNumber(s.text.slice(r.start, r.end), q.value)) {
          values.add(q.value);
          continue;
        }
        // Every multiplier of that sentence counts: two of them leave it unclear which the sentence's is.
        for (const h of read(s)) {
          if (h.range.start >= r.start && h.range.start < r.end) values.add(h.value);
        }
        if (g.cmp === q.cmp) found.push({ source, text: g.text, range: g.range });
      }
    });
    if (values.has(q.value)) continue;
    if (values.size !== 1 || !found.length) continue;
    const theirs = found[0];
    const value = [...values][0];
    out.push({ text: q.text, value: q.value, range: q.range, theirs, replacement: written(q, value) });
  }
  return out;
}
