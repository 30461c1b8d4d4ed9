/**
 * A comparison the sources make the other way, in the same place: "the median net worth of households aged 75 and
 * over was lower than that of any younger age bracket" where the page says it "is higher than that of any younger age
 * bracket"; "the oldest actress to earn five Oscar nominations" where it says "the youngest actress to earn"; "more
 * deleterious effects than" where it says "fewer deleterious effects than".
 *
 * A comparison is a comparative right before "than" ("higher than", "more likely than", "fewer deleterious effects
 * than", "two fewer than") or a superlative after "the" or a possessive, before its noun ("the oldest actress"). The
 * sources make it the other way when a sentence of theirs that holds half the claim's other content words (two at
 * least) has the opposite comparative (`PAIRS`; "more" against "less" or "fewer" with the same words between it and
 * "than"):
 * - compared with the same thing: the first content word after "than" that is not a word of the subject ("than sales
 *   in the south", after "sales in the north"), or the superlative's noun; and the same words right after "than" as
 *   far as both go ("than drivers over 25" is not "than drivers under 25"), so a comparison turned round is not read;
 * - said of the same subject: two of the content words before the comparative in its clause (back to a semicolon, a
 *   dash, a sentence's end, a word of contrast or ", and"), or all that either has, one at least, are the claim's.
 *
 * A superlative opening its sentence is said of what follows its noun ("The youngest player in the squad is the
 * goalkeeper"): two of those words, or all either has.
 *
 * Left alone: a comparison denied or restricted on either side ("no higher than", "is not larger than", "every month
 * except February warmer than", "the only month cooler than"); one any source sentence
 * makes the claim's way with a word of its side ("larger" for "bigger") in the same place, whoever it is said of; and
 * one the source sentence makes of something it names only after the comparison, where the claim names it as its
 * subject ("For families, rail travel was less expensive than flying; for single travellers it cost more").
 */
import { tokenize, isStopword, type Token } from '../text';
import type { SourceEvidence } from './evidence';

/** Opposite comparatives, and the superlatives of each side. */
const PAIRS: readonly [readonly string[], readonly string[]][] = [
  [['higher', 'highest'], ['lower', 'lowest']],
  [['larger', 'largest', 'bigger', 'biggest', 'greater', 'greatest'], ['smaller', 'smallest']],
  [['older', 'oldest'], ['younger', 'youngest']],
  [['earlier', 'earliest'], ['later', 'latest']],
  [['faster', 'fastest', 'quicker', 'quickest'], ['slower', 'slowest']],
  [['longer', 'longest'], ['shorter', 'shortest']],
  [['stronger', 'strongest'], ['weaker', 'weakest']],
  [['wider', 'widest', 'broader', 'broadest'], ['narrower', 'narrowest']],
  [['heavier', 'heaviest'], ['lighter', 'lightest']],
  [['richer', 'richest', 'wealthier', 'wealthiest'], ['poorer', 'poorest']],
  [['warmer', 'warmest', 'hotter', 'hottest'], ['colder', 'coldest', 'cooler', 'coolest']],
  [['better', 'best'], ['worse', 'worst']],
  [['cheaper', 'cheapest'], ['dearer', 'dearest', 'costlier', 'costliest']],
  [['coarser', 'coarsest'], ['finer', 'finest']],
  [['more', 'most'], ['less', 'least', 'fewer', 'fewest']],
];

const OPPOSITE = new Map<string, Set<string>>();
/** Each word's side of its pair ("greater", "larger" and "bigger" are one side): a comparison said that way is said alike. */
const SIDE = new Map<string, string>();
PAIRS.forEach(([a, b], n) => {
  for (const x of a) SIDE.set(x, `${n}a`);
  for (const x of b) SIDE.set(x, `${n}b`);
});
for (const [a, b] of PAIRS) {
  for (const [xs, ys] of [[a, b], [b, a]]) for (const x of xs) OPPOSITE.set(x, new Set([...(OPPOSITE.get(x) ?? []), ...ys]));
}
/** The words that quantify ("more", "less", "fewer", "most", "least", "fewest"): compared only with the same words after them. */
const QUANTIFYING = new Set(['more', 'most', 'less', 'least', 'fewer', 'fewest']);
const SUPERLATIVE = /(?:est|^best|^worst|^most|^least)$/;
/** Words that deny what follows them in their clause. */
const DENIAL = new Set(['not', 'no', 'never', 'neither', 'nor', 'nothing', 'none', 'cannot', 'without']);
/** The share of the claim's other content words a source sentence must have to state the same comparison. */
const SAME_STATEMENT = 0.5;
/** How many words before a comparative are read for a denial (stopping at a clause's mark or a word of contrast). */
const BEFORE = 8;
/** How many words before a comparative are read for what it is said of. */
const SUBJECT_REACH = 12;
/** Words between a superlative and its noun's group ("the lowest among the sides", "the highest of any side"). */
const PREPOSITION = new Set(['among', 'amongst', 'of', 'in', 'at', 'on', 'across', 'within', 'from', 'for', 'by', 'anywhere', 'ever']);
/** A comparison said with an adverb, as the one-word comparative it means. */
const ADVERBS: Record<string, string> = { 'more slowly': 'slower', 'less quickly': 'slower', 'more quickly': 'faster', 'less slowly': 'faster', 'more rapidly': 'faster', 'less rapidly': 'slower' };
const RESTRICTED = /\b(?:except|excluding|apart\s+from|aside\s+from|other\s+than|save\s+for|but\s+for|only)\b/i;
const CLAUSE_MARK = /[;:()[\]—–]|\.\s/;
const CONTRAST = new Set(['while', 'whereas', 'but', 'although', 'though', 'unlike', 'however']);

interface Comparison {
  /** The comparative (or superlative) as written, lower-cased. */
  word: string;
  /** The words between a quantifying comparative and "than" ("deleterious effects" of "more deleterious effects than"). */
  between: string[];
  /**
   * What it is compared with: the first content stem after "than" that is not among the words before the comparative
   * ("than sales in the south" after "sales in the north …": "south"), or the superlative's noun.
   */
  after: string[];
  /** The words right after "than", as written (three at most, to a mark of punctuation); none for a superlative. */
  afterWords: string[];
  /** The content stems before it, to its clause's start (a semicolon, a dash, a sentence's end, a word of contrast, ", and"). */
  before: Set<string>;
  /** A superlative's: the content stems after its noun, to its clause's end ("is the goalkeeper, Tomas Ruiz"). */
  rest: Set<string>;
  /** Whether a word of denial is in its clause before it. */
  denied: boolean;
  start: number;
  end: number;
}

/** The comparisons of a text (see the module's comment). */
function comparisonsIn(text: string, toks: Token[] = tokenize(text)): Comparison[] {
  const out: Comparison[] = [];
  for (let i = 0; i < toks.length; i++) {
    let w = toks[i].word;
    if (!OPPOSITE.has(w)) continue;
    let between: string[] = [];
    let afterFrom: number;
    let last = i;
    if (SUPERLATIVE.test(w)) {
      // "the oldest actress": after "the" (or a possessive), before its noun.
      if (i === 0 || !/^(?:the|its|their|his|her)$/.test(toks[i - 1].word) && !/['’]s$/.test(toks[i - 1].word)) continue;
      afterFrom = i + 1;
    } else {
      // "higher than", "more likely than", "fewer deleterious effects than" (up to three words between).
      let j = i + 1;
      if (QUANTIFYING.has(w)) while (j < toks.length && j - i <= 3 && toks[j].word !== 'than') j++;
      if (j >= toks.length || toks[j].word !== 'than' || /[,;:.]/.test(text.slice(toks[i].end, toks[j].start))) continue;
      between = toks.slice(i + 1, j).map((t) => t.word);
      // "More slowly than" is "slower than", "more quickly than" "faster than".
      const adverb = between.length === 1 ? ADVERBS[`${w} ${between[0]}`] : undefined;
      if (adverb) [w, between, last] = [adverb, [], i + 1];
      // "more than 40", "less than a third": a bound on a figure, read by the figure checks ("two fewer than the Mets", a
      // difference, is a comparison).
      if (QUANTIFYING.has(w) && between.length === 0 && !(i > 0 && /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|many|far|much|slightly|significantly)$/.test(toks[i - 1].word))) continue;
      afterFrom = j + 1;
    }
    let denied = false;
    let from = i;
    for (let k = i - 1; k >= 0 && i - k <= BEFORE; k--) {
      if (CLAUSE_MARK.test(text.slice(toks[k].end, toks[k + 1].start)) || CONTRAST.has(toks[k].word)) break;
      if (DENIAL.has(toks[k].word) || /n['’]t$/.test(toks[k].word)) denied = true;
      from = k;
    }
    // A comparison said of all but some, or of one alone ("every month except February warmer than the average",
    // "the only month cooler than the average") is said of the rest too: read as denied.
    if (RESTRICTED.test(text.slice(toks[from].start, toks[i].start))) denied = true;
    const before = new Set<string>();
    for (let k = i - 1; k >= 0 && i - k <= SUBJECT_REACH; k--) {
      if (/[;—–]|[.!?]\s/.test(text.slice(toks[k].end, toks[k + 1].start)) || CONTRAST.has(toks[k].word)) break;
      if (toks[k].word === 'and' && k > 0 && text.slice(toks[k - 1].end, toks[k].start).includes(',')) break;
      if (!isStopword(toks[k].word) && !OPPOSITE.has(toks[k].word) && !DENIAL.has(toks[k].word)) before.add(toks[k].stem);
    }
    const stems: string[] = [];
    const afterWords: string[] = [];
    for (let k = afterFrom; k < toks.length && k - afterFrom < 8; k++) {
      if (/[,;:.()!?]/.test(text.slice(toks[k - 1].end, toks[k].start))) break;
      // (A superlative's noun alone: "the highest of any side" is "the lowest among the sides".)
      if (!SUPERLATIVE.test(w) && afterWords.length < 3) afterWords.push(toks[k].word);
      if (!isStopword(toks[k].word) && !(SUPERLATIVE.test(w) && PREPOSITION.has(toks[k].word)) && stems.length < 3) stems.push(toks[k].stem);
      if (SUPERLATIVE.test(w) && stems.length) break;
    }
    const rest = new Set<string>();
    if (SUPERLATIVE.test(w)) {
      // (Past the noun and the words run on with it: "the most common side effect", then "was headache".)
      let k = afterFrom;
      while (k < toks.length && isStopword(toks[k].word)) k++;
      while (k < toks.length && !isStopword(toks[k].word) && !/[,;:.()!?—–]/.test(text.slice(toks[k - 1].end, toks[k].start))) k++;
      for (; k < toks.length && rest.size < 6; k++) {
        if (/[;—–]|[.!?](?:\s|$)/.test(text.slice(toks[k - 1].end, toks[k].start)) || CONTRAST.has(toks[k].word)) break;
        if (!isStopword(toks[k].word) && !OPPOSITE.has(toks[k].word)) rest.add(toks[k].stem);
      }
    }
    const pick = stems.find((x) => !before.has(x)) ?? stems[0];
    const after = pick ? [pick] : [];
    out.push({ word: w, between, after, afterWords, before, rest, denied, start: toks[i].start, end: toks[last].end });
  }
  return out;
}

/**
 * Whether `theirs` compares with the same: the same words between (of "more … than"), the same thing compared with
 * (`after`), and the same words right after "than" as far as both go ("than drivers over 25" is not "than drivers
 * under 25").
 */
function samePlace(mine: Comparison, theirs: Comparison): boolean {
  if (theirs.after[0] !== mine.after[0] || mine.between.join(' ') !== theirs.between.join(' ')) return false;
  const n = Math.min(mine.afterWords.length, theirs.afterWords.length);
  for (let k = 0; k < n; k++) if (mine.afterWords[k] !== theirs.afterWords[k]) return false;
  return true;
}

/** Whether `theirs` is said of the claim's subject: two of the content words before it are the claim's (or all either has, one at least). */
function sameSubject(mine: Comparison, theirs: Comparison): boolean {
  // A superlative opening its sentence is said of what follows it ("The youngest player in the squad is the goalkeeper").
  const [a, b] = mine.before.size ? [mine.before, theirs.before] : [mine.rest, theirs.rest];
  const need = Math.min(2, a.size, b.size);
  if (need === 0) return false;
  let shared = 0;
  for (const x of b) if (a.has(x)) shared++;
  return shared >= need;
}

/**
 * Whether the source sentence says the comparison of something else: a word of the claim's subject that the sentence
 * has only in a clause after the comparison ("For families, rail travel was less expensive than flying; for single travellers it
 * cost more", for a claim on single travellers).
 */
function saidOfAnother(mine: Comparison, theirs: Comparison, text: string): boolean {
  // (In a clause of its own after it: past a semicolon, a dash or a word of contrast, not a speaker's "Dana Ford said".)
  const next = /[;—–]|\b(?:while|whereas|but|although|though)\b/i.exec(text.slice(theirs.end));
  if (!next) return false;
  const later = new Set(tokenize(text.slice(theirs.end + next.index)).map((t) => t.stem));
  for (const x of mine.before) if (!theirs.before.has(x) && later.has(x)) return true;
  return false;
}

/**
 * The first comparison of the claim that a source sentence makes the other way in the same place: the claim's words
 * and the source's (its comparative and what follows, as written). Undefined when there is none.
 */
export function reversedComparison(claim: string, evs: readonly SourceEvidence[]): { mine: string; theirs: string } | undefined {
  const toks = tokenize(claim);
  const mine = comparisonsIn(claim, toks).filter((c) => !c.denied && c.after.length > 0 && (c.before.size > 0 || c.rest.size > 0));
  if (!mine.length) return undefined;
  for (const c of mine) {
    // The rest of the claim, which the source sentence must state too (half of it, two words at least).
    const rest = new Set(toks.filter((t) => !isStopword(t.word) && !OPPOSITE.has(t.word) && t.stem !== c.after[0]).map((t) => t.stem));
    if (rest.size < 2) continue;
    const opposite = OPPOSITE.get(c.word)!;
    let found: { text: string; c: Comparison } | undefined;
    let sameWay = false;
    for (const ev of evs) {
      for (const k of ev.sentencesWith(c.after[0]) ?? []) {
        let shared = 0;
        for (const x of rest) if (ev.sentences[k].stemSet.has(x)) shared++;
        if (shared < 2 || shared < SAME_STATEMENT * rest.size) continue;
        const r = ev.sentences[k].range;
        const text = ev.text.slice(r.start, r.end);
        for (const t of comparisonsIn(text)) {
          if (!samePlace(c, t)) continue;
          // Said the claim's way too (by any word of its side: "larger" for "bigger"), or denied: not said the other way.
          const sameSide = SIDE.get(t.word) === SIDE.get(c.word);
          if (sameSide || !opposite.has(t.word) || t.denied) {
            if (sameSide || t.denied) sameWay = true;
            continue;
          }
          if (sameSubject(c, t) && !saidOfAnother(c, t, text)) found ??= { text, c: t };
        }
      }
    }
    if (found && !sameWay) {
      const end = found.c.end + 60;
      const theirs = end < found.text.length ? found.text.slice(found.c.start, end).replace(/\s+\S*$/, '') + '…' : found.text.slice(found.c.start);
      return { mine: claim.slice(c.start, c.end), theirs };
    }
  }
  return undefined;
}
