/**
 * Scores, records, votes and ranges written as two numbers joined by a dash: "a 2-0 win", "a record
 * of 186-14", "passed 54–44", "aged 18-24". The two numbers make one statement: a page that gives
 * each of them somewhere (a "2" here, a "0" there) does not back it, so the figure check, which reads
 * numbers one by one against the whole page, let "a 2-0 victory" through where the page has "a 4-0
 * victory". A pair is checked only where that is sure, precision first: no cited source gives the
 * pair (in either order, with any dash); the one source sentence that states the rest of the claim
 * best (`SAME_STATEMENT` of its other words, every name of the claim in it, no other sentence as
 * close) gives exactly one other pair that is none of the claim's, and does not state the claim's two numbers another
 * way ("by 54 votes to 44", "four-nil"; a number word is its number). Then the pair is wrong: a
 * `number-mismatch`, with the page's pair as the fix, written with the claim's dash.
 */
import { contentTokens, tokenize, type OffsetRange } from '../text';
import type { SourceEvidence } from './evidence';
import { relatedForms } from './derivations';

/**
 * Two numbers of one to three digits joined by a dash (spaces allowed around it), not part of a longer run ("5-4-1",
 * "1-800-555"), of a decimal, of a word ("COVID-19", "A-1"), of a clock time ("10:30-11:30") or of a date ("2017-18"
 * has four digits first; "11-06-2003").
 */
const PAIR_RE = /(?<![\p{L}\p{N}.,/:\-–—])(\d{1,3})[ \u00a0]?([-–—])[ \u00a0]?(\d{1,3})(?![\p{L}\p{N}]|[.,/:]\d|[ \u00a0]?[-–—/][ \u00a0]?\d)/gu;

/** A sentence states the rest of the claim when it has this share of the claim's other content words. */
const SAME_STATEMENT = 0.5;
/** A sentence this close to the best leaves it unclear which one the claim's pair is of. */
const AS_CLOSE = 0.15;
/** At most this many pairs of one sentence are checked (a results table pasted as a sentence is left alone). */
const MAX_PAIRS = 4;

export interface Pair {
  first: number;
  second: number;
  text: string;
  range: OffsetRange;
}

export interface PairConflict {
  /** The claim's pair, and where it is in the sentence. */
  text: string;
  range: OffsetRange;
  /** The page's pair in its place: its source, its text and where it is in the source's text. */
  theirs: { source: number; text: string; range: OffsetRange };
  /** The page's pair written with the claim's dash; none when which pair of the page's the claim's is of is not sure. */
  replacement?: string;
}

/** The pairs of a text, in order. */
export function pairsIn(text: string): Pair[] {
  const out: Pair[] = [];
  for (const m of text.matchAll(PAIR_RE)) out.push({ first: Number(m[1]), second: Number(m[3]), text: m[0], range: { start: m.index!, end: m.index! + m[0].length } });
  return out;
}

const key = (a: number, b: number) => (a <= b ? `${a}-${b}` : `${b}-${a}`);

/** Each source's pairs and their keys (the two numbers, lower first), read once per source. */
const pagePairs = new WeakMap<SourceEvidence, { pairs: Pair[]; keys: Set<string> }>();
function pairsOf(ev: SourceEvidence): { pairs: Pair[]; keys: Set<string> } {
  let p = pagePairs.get(ev);
  if (!p) {
    const pairs = pairsIn(ev.text);
    pagePairs.set(ev, (p = { pairs, keys: new Set(pairs.map((x) => key(x.first, x.second))) }));
  }
  return p;
}

/**
 * The claim's pairs read against the sources: those some source gives (either order, any dash), whose numbers are
 * backed with them, and those the sources give otherwise, each with the page's pair in its place.
 */
export function checkPairs(sentence: string, evs: SourceEvidence[]): { given: Pair[]; conflicts: PairConflict[] } {
  const mine = pairsIn(sentence);
  const isGiven = (p: Pair) => evs.some((ev) => pairsOf(ev).keys.has(key(p.first, p.second)));
  const given = mine.filter(isGiven);
  return { given, conflicts: mine.length > MAX_PAIRS ? [] : conflicts(sentence, mine, mine.filter((p) => !isGiven(p)), evs) };
}

function conflicts(sentence: string, mine: Pair[], wrong: Pair[], evs: SourceEvidence[]): PairConflict[] {
  if (!wrong.length) return [];
  const mineKeys = new Set(mine.map((p) => key(p.first, p.second)));
  // The claim's other words (no numbers), and its names: its capitalised content words, the first too ("Rovers drew 3-3"
  // is not about the page's "United beat … 3-0").
  const tokens = contentTokens(sentence);
  const words = [...new Set(tokens.filter((t) => !/^\p{N}/u.test(t.word)).map((t) => t.stem))];
  if (words.length < 3) return [];
  const names = [...new Set(tokens.filter((t) => /^\p{Lu}/u.test(sentence.slice(t.start, t.end))).map((t) => t.stem))];
  // Every sentence of the sources with a pair, scored by the share of the claim's words it holds.
  const scored: { source: number; sentence: number; share: number; others: Pair[] }[] = [];
  evs.forEach((ev, source) => {
    const { pairs } = pairsOf(ev);
    let k = 0;
    for (let s = 0; s < ev.sentences.length && k < pairs.length; s++) {
      const range = ev.sentences[s].range;
      while (k < pairs.length && pairs[k].range.start < range.start) k++;
      const inside: Pair[] = [];
      for (let j = k; j < pairs.length && pairs[j].range.end <= range.end; j++) inside.push(pairs[j]);
      if (!inside.length) continue;
      const stems = ev.sentences[s].stemSet;
      const held = (w: string) => stems.has(w) || [...relatedForms(w)].some((f) => stems.has(f));
      if (!names.every(held)) continue;
      const share = words.filter(held).length / words.length;
      scored.push({ source, sentence: s, share, others: inside.filter((p) => !mineKeys.has(key(p.first, p.second))) });
    }
  });
  scored.sort((a, b) => b.share - a.share);
  const best = scored[0];
  if (!best || best.share < SAME_STATEMENT) return [];
  if (scored.some((x) => x !== best && x.share >= best.share - AS_CLOSE)) return [];
  const rivals = [...new Map(best.others.map((p) => [key(p.first, p.second), p])).values()];
  // One wrong pair of the claim, one other pair on the page: the one in its place.
  if (wrong.length !== 1 || rivals.length !== 1) return [];
  const [p] = wrong;
  const [theirs] = rivals;
  const ev = evs[best.source];
  // The sentence states the claim's two numbers another way, close together ("by 54 votes to 44", "four-nil", "March 6 and
  // 7", "aged 18 to 24", "won 11 times and lost 7"), besides its own pair ("… a 51-49 vote on the amendment"): that pair
  // is another statement's.
  if (statedApart(ev, ev.sentences[best.sentence].range, p)) return [];
  // A pair of the sources with one of the claim's two numbers in its place ("a 10-7 lead" for the claim's "a 10–21
  // lead") may be the one the claim means, one number mistyped: the claim's pair is still wrong, but which of the page's
  // it is of is not sure, and another pair of the best sentence ("to lead 6-4") is no fix for it. That pair is shown
  // as the nearest passage, with no fix.
  const sharesOne = (x: Pair) => (x.first === p.first) !== (x.second === p.second) && key(x.first, x.second) !== key(theirs.first, theirs.second);
  for (let source = 0; source < evs.length; source++) {
    const near = pairsOf(evs[source]).pairs.find(sharesOne);
    if (near) return [{ text: p.text, range: p.range, theirs: { source, text: near.text, range: near.range } }];
  }
  return [
    {
      text: p.text,
      range: p.range,
      theirs: { source: best.source, text: theirs.text, range: theirs.range },
      replacement: `${theirs.first}${p.text.slice(String(p.first).length, p.text.length - String(p.second).length)}${theirs.second}`,
    },
  ];
}

/** How many words apart the two numbers of a pair stated another way may be ("won 11 times and lost 7": five). */
const APART = 5;

/**
 * Whether the source's sentence at `range` states the pair's two numbers outside its own pairs, within APART words of
 * each other: in digits or as cardinal words ("four", "nil"; not an ordinal, "the second-ranked side … one of the
 * top challengers" states no 2 and 1).
 */
function statedApart(ev: SourceEvidence, range: OffsetRange, p: Pair): boolean {
  const own = pairsOf(ev).pairs.filter((x) => x.range.start >= range.start && x.range.end <= range.end);
  const inPair = (a: number, b: number) => own.some((x) => a < x.range.end && x.range.start < b);
  const tokens = tokenize(ev.text.slice(range.start, range.end));
  const numbers: { at: number; value: number }[] = [];
  tokens.forEach((t, at) => {
    if (inPair(range.start + t.start, range.start + t.end)) return;
    const value = /^(?:nil|nought|zero)$/.test(t.word) ? 0 : /^\d+$/.test(t.word) || CARDINAL.test(t.word) ? Number(t.stem) : Number.NaN;
    if (!Number.isNaN(value)) numbers.push({ at, value });
  });
  return numbers.some((a) => a.value === p.first && numbers.some((b) => b !== a && b.value === p.second && Math.abs(b.at - a.at) <= APART));
}

/** Cardinal number words, which the tokens' stems give as digits ("four": "4"). */
const CARDINAL = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/;
