/**
 * A multiplier the page gives otherwise: "paid over ten times more than the other territories combined" where the page
 * says "over six times more than … combined", "three times as long" for "twice as long". The figure check reads a
 * number word only with a magnitude, and a multiplier in digits ("10 times") is backed by a 10 anywhere on the page, so
 * neither saw these. A multiplier is checked only where that is sure, precision first:
 * - the sentence gives one: a number (digits, or a word from two up) with "times" and a word of comparison right after
 *   it ("more", "less", "as", "the", "that", a comparative: "higher", "longer"), "twice" or "thrice" with one, or
 *   "-fold"; not how often ("elected three times", "twice that week": what is counted is not sure), not "think twice",
 *   not one end of a range ("two to three times as many");
 * - no source gives that multiplier, in any form: these, or "doubled", "tripled", "by a factor of three";
 * - the sentences of the sources that state the rest of the sentence best (the most of its other content words: half of
 *   them, two at least; eight at most as close) have no percentage (a rise of 100% is a doubling), no range of
 *   multipliers, no multiplier turned round ("half the height", "a tenth as long"), no "and a half times", nor the
 *   sentence's number in any form ("on nine occasions" for "nine times"), and between them exactly one multiplier,
 *   another, comparing the same: the same word of comparison, the word it compares ("as long", not "as expensive"), and
 *   two of the first three content words after it ("the size of the park" is not "of the lake").
 * Then the multiplier is wrong: a `number-mismatch` with the page's as the fix, written the sentence's way (a word for
 * a word, digits for digits, "twice" or "three times" for "twice").
 */
import { contentStems, isStopword, stem, type OffsetRange } from '../text';
import { BEST_TIES, bestStatements, startingWithin, type SourceEvidence } from './evidence';
import { CARDINALS } from './counts';
import { relatedForms } from './derivations';

/** A sentence states the rest of the claim when it has this share of the claim's other content words (two at least). */
const SAME_STATEMENT = 0.5;
/** How many multipliers of one sentence are checked. */
const MAX_MULTIPLIERS = 4;

const WORDS = Object.keys(CARDINALS).join('|');
const COMPARATIVES = 'higher|lower|larger|greater|bigger|smaller|faster|slower|longer|shorter|heavier|lighter|older|younger|richer|poorer|wider|deeper|taller|cheaper|dearer|stronger|weaker|likelier|better|worse|further|farther|costlier|brighter|hotter|colder|warmer|louder';
const COMPARISON = `more|less|fewer|as|the|that|${COMPARATIVES}`;
/** "ten times more", "2.5 times as", "a hundred times the", "twice as", "thrice the", "tenfold", "10-fold". */
const MULTIPLIER = new RegExp(
  `(?<![\\p{L}\\p{N}.,-])(?:(?<num>\\d{1,4}(?:\\.\\d+)?|${WORDS}|a\\s+hundred|hundred)(?:\\s+|-)times\\s+(?<cmp>${COMPARISON})\\b|(?<tw>twice|thrice)\\s+(?<twcmp>as|the|that|more)\\b|(?<fold>\\d{1,4}|${WORDS}|hundred)-?fold\\b` +
    `)`,
  'giu',
);
/** A multiplier said with a verb or an adjective of its own, or "by a factor of": what a page may say in place of one. */
const OTHER_FORMS: [RegExp, number][] = [
  [/\b(?:doubl(?:e|ed|es|ing))\b/i, 2],
  [/\b(?:tripl(?:e|ed|es|ing)|trebl(?:e|ed|es|ing))\b/i, 3],
  [/\bquadrupl(?:e|ed|es|ing)\b/i, 4],
  [/\bquintupl(?:e|ed|es|ing)\b/i, 5],
];
const FACTOR = new RegExp(`\\bby\\s+a\\s+factor\\s+of\\s+(\\d{1,4}(?:\\.\\d+)?|${WORDS})\\b`, 'gi');
/** What leaves a page sentence's multiplier unclear: a percentage, a range of multipliers, one turned round ("half the height"). */
const UNCLEAR = new RegExp(`%|\\bper\\s?cent\\b|\\bpercent\\b|(?:\\d|${WORDS})-?\\s*(?:to|or|-|–)\\s*(?:\\d+|${WORDS})(?:-?fold|\\s+times)\\b|\\b(?:half|(?:a|one)[-\\s](?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth))\\s+(?:as|the|of)\\b|\\band\\s+a\\s+half\\s+times\\b|\\bhalf\\s+times\\b`, 'i');
/** One end of a range before a multiplier: "two to ", "2 or ", "two- to ". */
const RANGE_BEFORE = new RegExp(`(?:\\d+(?:\\.\\d+)?|${WORDS}|one)\\s*-?\\s*(?:or|to|and|[-–])\\s*$`, 'i');
/** Words of time after "the" or "that": "six times the second summer", "twice that week" say how often, no multiplier. */
const TIME_AFTER = /^\s+(?:the|that|this|each|every|a)?\s*(?:(?:first|second|third|last|next|following|same|previous|whole|entire)\s+)?(?:day|night|week|weekend|fortnight|month|year|season|summer|winter|spring|autumn|fall|term|semester|quarter|decade|century|morning|evening|afternoon|match|game|race|tournament|series|trip|visit)s?\b/i;

interface Multiplier {
  value: number;
  /** The word of comparison after it, in lower case ("fold" for "-fold"). */
  cmp: string;
  /** What it is said of: the content word after its word of comparison ("as long": "long"). */
  of?: string;
  /** The content words of the twelve words after it: what it compares and with what. */
  base: string[];
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

/** The word right after a word of comparison, as a stem, when it is a content word ("as long", "the size", "more visitors"; not "more than", "that of"). */
function firstContent(text: string): string | undefined {
  const w = /^\s*([\p{L}][\p{L}'’-]*)/u.exec(text)?.[1]?.toLowerCase();
  return w && !isStopword(w) ? stem(w) : undefined;
}

function multipliers(text: string): Multiplier[] {
  const out: Multiplier[] = [];
  MULTIPLIER.lastIndex = 0;
  for (let m = MULTIPLIER.exec(text); m; m = MULTIPLIER.exec(text)) {
    const g = m.groups!;
    const n = g.num ?? g.tw ?? g.fold!;
    const start = m.index + m[0].indexOf(n);
    if (RANGE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    const value = valueOf(n);
    if (!Number.isFinite(value) || value < 2) continue;
    const cmp = (g.cmp ?? g.twcmp ?? 'fold').toLowerCase();
    // (Up to the clause's end: a sentence's full stop, not an initial's, "U.S. Armed Service".)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80).split(/[,;:!?()]|(?<!\b\p{L})\.(?:\s|$)/u)[0];
    // "Six times the second summer", "twice that week": how often, not a multiplier.
    if ((cmp === 'the' || cmp === 'that') && TIME_AFTER.test(' ' + cmp + after)) continue;
    // "Think twice", "twice over": idioms.
    if (/\bthink\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    const of = /^(?:more|less|fewer|as|the|that|fold)$/.test(cmp) ? firstContent(after) : undefined;
    // What it is compared with: the content words after its word of comparison ("as heavy as a horse": "heavy", "horse").
    const base = contentStems(after.split(/\s+/).slice(0, 12).join(' '));
    out.push({ value, cmp, of, base, text: n, range: { start, end: start + n.length }, words: !/\d/.test(n) });
  }
  return out;
}

/** The values a page's text gives as multipliers in any form ("doubled", "by a factor of three" too). */
function valuesIn(text: string): number[] {
  const out = multipliers(text).map((x) => x.value);
  for (const [re, v] of OTHER_FORMS) if (re.test(text)) out.push(v);
  FACTOR.lastIndex = 0;
  for (let m = FACTOR.exec(text); m; m = FACTOR.exec(text)) out.push(valueOf(m[1]));
  return out;
}

/** Whether `text` has the number `value`, in digits or in words ("nine", "9"). */
function hasNumber(text: string, value: number): boolean {
  const word = Object.keys(CARDINALS).find((w) => CARDINALS[w] === value);
  return new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${String(value).replace('.', '\\.')}${word ? '|' + word : ''})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'iu').test(text);
}

/** Each source's multipliers and the values it gives in any form, read once. */
const kept = new WeakMap<SourceEvidence, { list: Multiplier[]; values: Set<number> }>();
function read(s: SourceEvidence): { list: Multiplier[]; values: Set<number> } {
  let r = kept.get(s);
  if (!r) kept.set(s, (r = /times|twice|thrice|fold|doubl|tripl|trebl|quadrupl|quintupl|factor/i.test(s.text) ? { list: multipliers(s.text), values: new Set(valuesIn(s.text)) } : { list: [], values: new Set() }));
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

const sameWord = (a: string | undefined, b: string | undefined) => a === b || (!!a && !!b && relatedForms(a).has(b));
/**
 * Whether two multipliers compare the same: of the first three content words after the page's (what it is said of
 * aside), the sentence's has two after it, or the one there is.
 */
const sharesBase = (q: Multiplier, g: Multiplier) => {
  const mine = new Set(q.base);
  const theirs = g.base.filter((x) => x !== g.of).slice(0, 3);
  const shared = theirs.filter((x) => mine.has(x) || [...relatedForms(x)].some((f) => mine.has(f))).length;
  return theirs.length > 0 && shared >= Math.min(2, theirs.length);
};

/** The sentence's multipliers that the sources give otherwise (see the module's comment). */
export function checkMultipliers(sentence: string, evs: SourceEvidence[]): MultiplierConflict[] {
  if (!/times|twice|thrice|fold/i.test(sentence)) return [];
  const mine = multipliers(sentence).slice(0, MAX_MULTIPLIERS);
  if (!mine.length) return [];
  const out: MultiplierConflict[] = [];
  for (const q of mine) {
    // The sentence's multiplier on the page in any form: backed.
    if (evs.some((s) => read(s).values.has(q.value))) continue;
    const others = new Set(contentStems(sentence.slice(0, q.range.start) + ' ' + sentence.slice(q.range.end)).filter((x) => !/^\d/.test(x) && !/^(?:time|twice|thrice|fold)$/.test(x)));
    if (others.size < 2) continue;
    // The sentences stating the rest best, in every source.
    const { shared: best, sentences: bestOnes } = bestStatements(evs, others);
    if (best < 2 || best < SAME_STATEMENT * others.size || bestOnes.length > BEST_TIES) continue;
    const values = new Set<number>();
    const found: MultiplierConflict['theirs'][] = [];
    let unclear = false;
    for (const { source, k } of bestOnes) {
      const s = evs[source];
      const r = s.sentences[k].range;
      const text = s.text.slice(r.start, r.end);
      // A percentage, a range, a multiplier turned round; or the sentence's number in any form ("passed a hundred wickets on
      // nine occasions, and two hundred twice" for "nine times"): said otherwise, not given otherwise.
      if (UNCLEAR.test(text) || hasNumber(text, q.value)) unclear = true;
      for (const v of valuesIn(text)) values.add(v);
      for (const g of startingWithin(read(s).list, r)) {
        // Said of the same thing: the same word of comparison and what it compares (where either leaves it unsaid, "more
        // than", it may be). And compared with the same: "twice the size of the lake" is
        // no multiplier of "the size of the park", nor "twice as likely to be fined" of "as likely to crash".
        if (g.cmp === q.cmp && (q.of === undefined || g.of === undefined || sameWord(q.of, g.of)) && sharesBase(q, g)) found.push({ source, text: g.text, range: g.range });
      }
    }
    if (unclear || values.has(q.value) || values.size !== 1 || !found.length) continue;
    const value = [...values][0];
    out.push({ text: q.text, value: q.value, range: q.range, theirs: found[0], replacement: written(q, value) });
  }
  return out;
}
