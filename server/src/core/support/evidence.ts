/**
 * Evidence lookup in one source: its sentences and their stems, ranked for a claim by BM25
 * (`sentenceRanking.ts`), built once per source text and dropped with it when the source changes;
 * plus the source's figures and a normalised copy for quote search.
 */
import { abbreviatesNumber, contentStems, foldDiacritics, isStopword, stem, tokenize } from '../text';
import type { OffsetRange } from '../text';
import { splitPassages } from '../passages';
import type { ExtractedText } from '../sources/sourceTypes';
import { extractFigures, numericDates, wordNumbers, type Figure } from './numbers';
import { normalizeForQuote } from './quotes';
import { isFramingStem, pairStems } from './framing';
import { learnedAfresh, learnedParts } from '../sources/learned';
import { SentencePostings } from './sentenceRanking';
import { tableFigures, withTableWords } from './tables';

/** Whether a sentence has a stem: all the checker asks of a sentence's stems as a set. */
export interface StemSet {
  has(stem: string): boolean;
}

export interface Sentence {
  range: OffsetRange;
  stems: string[];
  /** Its stems as a set (`EvidenceSentence`: itself; most questions about a source's sentences are asked of its postings, `sentencesWith`). */
  readonly stemSet: StemSet;
  /** A blank line (or the start of the text) comes before it: a context window does not reach back over it. */
  paragraphStart: boolean;
  /**
   * Stems it is read with that are not its own words: a table row's header and caption (`tables.ts`). In its set of
   * stems (`stemSet`) and the postings, not in `stems`, whose order is its words'.
   */
  context?: string[];
  /** It is a row of a table (`tables.ts`): words and numbers in cells, not a sentence; nothing in it is read as stated or denied. */
  row?: boolean;
}

/**
 * Up to this many stems, a sentence is asked whether it has a stem by going over them: as quick as
 * a set's lookup at this length, and no set kept (sets of every sentence's stems took more memory
 * than the rest of a source's evidence).
 */
const FEW_STEMS = 24;

/** A sentence of the evidence, which is its own set of stems (a Set made on first use only for a long one). */
class EvidenceSentence implements Sentence, StemSet {
  #stemSet: Set<string> | undefined;
  context?: string[];
  row?: boolean;
  constructor(
    public range: OffsetRange,
    public stems: string[],
    public paragraphStart: boolean,
  ) {}
  get stemSet(): StemSet {
    return this;
  }
  has(stem: string): boolean {
    return (this.stems.length <= FEW_STEMS ? this.stems.includes(stem) : (this.#stemSet ??= new Set(this.stems)).has(stem)) || (!!this.context && this.context.includes(stem));
  }
}

export interface SourceEvidence {
  text: string;
  sentences: Sentence[];
  /** In how many sentences each stem occurs (undefined: none). */
  df: { get(stem: string): number | undefined };
  /** Every stem of the sentences (made on first use). */
  readonly allStems: Set<string>;
  /** The sentences that hold a stem, ascending (undefined: none). */
  sentencesWith(stem: string): ArrayLike<number> & Iterable<number> | undefined;
  /** The source's figures (computed on first use: only claims with figures need them). */
  readonly figures: Figure[];
  /** A normalised copy for quote search (computed on first use). */
  readonly normalized: string;
  /** Stems that occur negated ("not X", "non-X", "no longer X") somewhere in the source (computed on first use). */
  readonly negated: Set<string>;
  /** Numbers written as words ("six"), as values (computed on first use). */
  readonly wordNumbers: Set<number>;
  /**
   * Whether some sentence has the content stems `a` and `b` next to each other, framing words left
   * out ("panels typically cut" holds "panel cut"). Read in the sentences that have both stems only.
   */
  hasPair(a: string, b: string): boolean;
  /** The text in lower case without diacritics, for finding names (computed on first use). */
  readonly folded: string;
  /** The runs of letters of `folded` (computed on first use): whether a name is on the page as a word of its own, without a scan of the text. */
  readonly foldedWords: Set<string>;
  search(query: string): { index: number; score: number }[];
}

/**
 * Evidence of the sources used most recently. Bounded: a search index and stems for every
 * source of a 10,000-source workspace would take gigabytes, and rebuilding one costs about a
 * millisecond. A Map keeps insertion order, so re-inserting on use makes it an LRU.
 */
const cache = new Map<ExtractedText, SourceEvidence>();
let CACHE_LIMIT = 400;

/**
 * Sets how many sources' evidence is kept (400 by default: the server's hovers and edits go back
 * to sources used a while ago). `cited check` judges drafts one after another and keeps fewer, so
 * that its memory stays low.
 */
export function setEvidenceCacheLimit(n: number): void {
  CACHE_LIMIT = Math.max(1, n);
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
}

/** Whether the evidence of `extracted` is kept (`evidenceFor` would not build it). */
export function hasEvidence(extracted: ExtractedText): boolean {
  return cache.has(extracted);
}

/**
 * What each text negates (`negatedStems`), kept as long as the text is, past its evidence: the
 * disagreement search asks it of every source of a draft for every claim, and most of those
 * sources' evidence is needed for nothing else there.
 */
const negatedKept = new WeakMap<ExtractedText, Set<string>>();

/** The stems `extracted` states negatively, as its evidence's `negated`, without building the evidence. */
export function negatedIn(extracted: ExtractedText): Set<string> {
  const ev = cache.get(extracted);
  if (ev) return ev.negated;
  let negated = negatedKept.get(extracted);
  if (!negated) negatedKept.set(extracted, (negated = negatedStems(extracted.text)));
  return negated;
}

/** Two words run together, each capitalised or the first in lower case ("HerselfExtras", "clubNews"), as a word of its own. */
const GLUED_PAIR = /(?<![@#\p{L}\p{N}_/.-])(\p{Lu}?\p{Ll}+)(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_])/gu;

/** A word glued after a run of capitals ("RAILROADWilliam"). */
const GLUED_TO_CAPITALS = /(?<![@#\p{L}\p{N}_/.-])\p{Lu}{2,}(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_])/gu;

export function evidenceFor(extracted: ExtractedText): SourceEvidence {
  let ev = cache.get(extracted);
  if (ev) {
    cache.delete(extracted);
    cache.set(extracted, ev);
    return ev;
  }
  const text = extracted.text;
  // The sentences as the host's store kept them (learned.ts), else split and stemmed afresh (and handed to the store).
  const learned = learnedParts(extracted);
  // (A table's rows are read with its header's and caption's words: `tables.ts`.)
  const sentences: Sentence[] = learned ? learned.sentences.map((s) => new EvidenceSentence({ start: s.start, end: s.end }, s.stems, s.paragraphStart)) : splitSentences(text);
  withTableWords(text, sentences);
  withDateWords(text, sentences);
  // The postings (each stem's sentences) are read off the stems in one pass: the ranking's index, and the counts of stems (`df`).
  const postings = new SentencePostings(sentences.map((s) => (s.context ? { stems: [...s.stems, ...s.context] } : s)));
  let allStems: Set<string> | undefined;
  let negated: Set<string> | undefined = learned?.negated && new Set(learned.negated);
  /** The stems of each sentence asked about so far that has a framing word, framing words left out: its pairs are read off them. */
  const pairStemsOf = new Map<number, string[]>();
  let numberWords: Set<number> | undefined = learned?.wordNumbers && new Set(learned.wordNumbers);
  let figures: Figure[] | undefined = learned?.figures;
  let normalized: string | undefined;
  let folded: string | undefined;
  let foldedWords: Set<string> | undefined;
  ev = {
    text,
    sentences,
    df: postings,
    get allStems() {
      return (allStems ??= new Set(postings.stems()));
    },
    sentencesWith(stem) {
      return postings.sentencesWith(stem);
    },
    get figures() {
      return (figures ??= tableFigures(text, sentences, extractFigures(text)));
    },
    get normalized() {
      return (normalized ??= normalizeForQuote(text));
    },
    get folded() {
      return (folded ??= foldDiacritics(text.toLowerCase()));
    },
    get foldedWords() {
      if (!foldedWords) {
        foldedWords = new Set(this.folded.split(/[^\p{L}]+/u));
        // Two words glued by a page's layout are words of their own too ("HerselfExtras": "herself", "extras"); not a
        // handle, a tag or a run of three ("@AnnaSmithPhoto", "MarkWilliamsPhotography" name no Smith nor Williams).
        for (const m of text.matchAll(GLUED_PAIR)) for (const w of [m[1], m[2]]) foldedWords.add(foldDiacritics(w.toLowerCase()));
        // A heading in capitals glued to the name after it ("RAILROADWilliam Jackson Palmer").
        for (const m of text.matchAll(GLUED_TO_CAPITALS)) foldedWords.add(foldDiacritics(m[1].toLowerCase()));
        // A month written in numbers is the page's mention of it ("2025-02-17": February; "11/07/2024": July or November).
        if (/\d[-./]\d{1,2}[-./]\d/.test(text)) for (const d of numericDates(text)) for (const month of d.months) if (!WORD_MONTHS.has(month)) foldedWords.add(MONTH_NAMES[month - 1]);
      }
      return foldedWords;
    },
    get negated() {
      if (!negated) negatedKept.set(extracted, (negated = negatedKept.get(extracted) ?? negatedStems(text)));
      return negated;
    },
    get wordNumbers() {
      return (numberWords ??= new Set(wordNumbers(text)));
    },
    hasPair(a, b) {
      // Read only in sentences that hold both stems: few. A sentence without a stem a framing word can have pairs its
      // stems as they are; one that may hold one is tokenised again, once. (No set of pairs is kept: one a sentence took
      // more memory than the rest of the evidence.)
      return postings.both(a, b, (i) => {
        let stems = pairStemsOf.get(i);
        if (!stems) {
          stems = sentences[i].stems;
          if (stems.some(isFramingStem)) {
            const r = sentences[i].range;
            pairStemsOf.set(i, (stems = pairStems(text.slice(r.start, r.end))));
          }
        }
        for (let k = 0; k + 1 < stems.length; k++) if (stems[k] === a && stems[k + 1] === b) return true;
        return false;
      });
    },
    search(query) {
      // Sentences are ranked by the stems already computed for them, so the text is tokenised once.
      return postings.rank(contentStems(query));
    },
  };
  // What is stored for the next time this text is read: its sentences, what it negates (asked of every source of a draft), its figures.
  if (!learned) learnedAfresh(extracted, () => ({ sentences: sentences.map((s) => ({ start: s.range.start, end: s.range.end, stems: s.stems, paragraphStart: s.paragraphStart })), negated: [...ev!.negated], figures: ev!.figures, wordNumbers: [...ev!.wordNumbers] }));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(extracted, ev);
  return ev;
}

/** How many source sentences may share the most of a claim's words before none of them is read as the one stating it. */
export const BEST_TIES = 8;

/** The items of `list` (in order of `range.start`) whose start lies in `range`, found by binary search. */
export function startingWithin<T extends { range: { start: number } }>(list: readonly T[], range: { start: number; end: number }): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].range.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i].range.start < range.end; i++) out.push(list[i]);
  return out;
}

/**
 * The sentences of the sources sharing the most of `stems` (read through each source's postings, `sentencesWith`),
 * and how many they share: where the rest of a claim is stated best, for a check of one of its figures.
 */
export function bestStatements(evs: readonly SourceEvidence[], stems: ReadonlySet<string>): { shared: number; sentences: { source: number; k: number }[] } {
  // (More than BEST_TIES sentences as close leave it unclear where the rest is stated: the callers then say nothing.)
  let shared = 0;
  let sentences: { source: number; k: number }[] = [];
  evs.forEach((s, source) => {
    const candidates = new Set<number>();
    for (const x of stems) for (const k of s.sentencesWith(x) ?? []) candidates.add(k);
    for (const k of candidates) {
      let n = 0;
      for (const x of stems) if (s.sentences[k].stemSet.has(x)) n++;
      if (n > shared) [shared, sentences] = [n, [{ source, k }]];
      else if (n === shared) sentences.push({ source, k });
    }
  });
  return { shared, sentences };
}

/** The index of the sentence holding offset `at` (sentences in order), by binary search; -1 when none does. */
export function sentenceIndexAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = sentences[mid].range;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence holding offset `at` (sentences in order), by binary search. */
export function sentenceHolding(sentences: readonly Sentence[], at: number): Sentence | undefined {
  const k = sentenceIndexAt(sentences, at);
  return k < 0 ? undefined : sentences[k];
}

/** A source text's sentences with their content stems, and where paragraphs start. */
export function splitSentences(text: string): Sentence[] {
  let previousEnd = 0;
  const ranges = splitPassages(text);
  return ranges.map((range, i) => {
    const stems = contentStems(text.slice(range.start, range.end));
    // A blank line starts a paragraph, and so does a line break next to a heading on a line of its own (no end punctuation).
    const gap = text.slice(previousEnd, range.start);
    const heading = (r: OffsetRange) => !/[.!?…:;,"'”’)\]]$/.test(text.slice(r.start, r.end));
    const paragraphStart = i === 0 || /\n[ \t]*\n/.test(gap) || (gap.includes('\n') && (heading(range) || heading(ranges[i - 1])));
    previousEnd = range.end;
    return new EvidenceSentence(range, stems, paragraphStart);
  });
}

const NEGATORS = new Set(['not', 'no', 'never', 'non', 'without', 'longer', 'nor', 'neither', "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "won't", 'cannot']);

/**
 * Which content stems a text states negatively ("non-exclusive", "no longer exclusive",
 * "not exclusive", "nonexclusive") and which it states plainly.
 */
/**
 * Whether `tokens[k]` ends a phrase that sets aside what follows, as a negation does: the "than"
 * of "rather than" and the "of" of "instead of" ("a loosening of ties rather than a breakup" says
 * it is no breakup), and the "less" of "less about X and more about Y", the same preposition after
 * both ("framed less around a speculative milestone and more around business terms" says it is not
 * framed around the milestone; "less money and more time" sets no money aside), or after "than"
 * ("lies less in his short term than in his campaign" is not about his term).
 */
export function contrastAt(tokens: readonly { word: string }[], k: number): boolean {
  const w = tokens[k]?.word;
  if (w === 'less') return lessThenMore(tokens, k);
  return (w === 'than' && tokens[k - 1]?.word === 'rather') || (w === 'of' && tokens[k - 1]?.word === 'instead');
}

/** Prepositions that "less … and more …" sets one thing against another with. */
const SET_AGAINST = new Set(['about', 'around', 'on', 'of', 'as', 'for', 'in', 'with', 'to', 'by', 'from', 'at']);
/** Verbs of where something lies or rests, before "less in X than in Y". */
const LOCUS_VERBS = new Set(['lie', 'lies', 'lay', 'lain', 'rest', 'rests', 'rested', 'is', 'was', 'are', 'were', 'be', 'lay']);
/** How many words after "less" its "and more" (or "but more") is looked for. */
const LESS_MORE_REACH = 12;

function lessThenMore(tokens: readonly { word: string }[], k: number): boolean {
  const prep = tokens[k + 1]?.word;
  if (!prep || !SET_AGAINST.has(prep)) return false;
  for (let j = k + 2; j < tokens.length && j <= k + LESS_MORE_REACH; j++) {
    // "lies less in his short term than in the campaign": the same preposition after "than" sets the first aside too,
    // after a verb of where something lies ("fell less in Texas than in California" compares, it denies nothing).
    if (tokens[j].word === 'than') return tokens[j + 1]?.word === prep && LOCUS_VERBS.has(tokens[k - 1]?.word ?? '');
    if (tokens[j].word === 'more' && (tokens[j - 1].word === 'and' || tokens[j - 1].word === 'but') && tokens[j + 1]?.word === prep) return true;
  }
  return false;
}

export function polarity(text: string): { negated: Set<string>; affirmed: Set<string> } {
  const negated = new Set<string>();
  const affirmed = new Set<string>();
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (NEGATORS.has(t.word) || isStopword(t.word)) continue;
    const glued = /^non(?=[a-z]{4,})/.exec(t.word);
    if (glued) {
      negated.add(stem(t.word.slice(3)));
      continue;
    }
    // "non" negates the next word only ("non-exclusive IP": IP is not negated); "not"/"no longer" reach one word further.
    const negator = (k: number) => tokens[k] !== undefined && ((NEGATORS.has(tokens[k].word) && !abbreviatesNumber(text, tokens[k])) || contrastAt(tokens, k));
    if (negator(i - 1) || (tokens[i - 2]?.word !== 'non' && negator(i - 2))) negated.add(t.stem);
    else affirmed.add(t.stem);
  }
  return { negated, affirmed };
}

/** Matched in the text put in lower case: five times quicker than matching without regard to case (the `i` flag). */
const NEGATED_RE = /\b(?:not|no(?!\.?\s?\d)|never|without|nor|neither|cannot|rather\s+than|instead\s+of|(?:is|are|was|were|does|do|did|wo)n['’]t)\s+(?:longer\s+)?(?:\w+\s+)?([\p{L}][\p{L}'’-]*)|\bnon-?([\p{L}]{4,})/gu;

/** The stems a text negates, found with one regular-expression pass (cheaper than a full tokenisation). */
export function negatedStems(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(NEGATED_RE)) {
    const word = m[1] ?? m[2];
    if (!isStopword(word)) out.add(stem(word));
    // "not stay open": the word after the next counts too, as polarity() reads two tokens back (not after "non-").
    const after = m[1] ? /^\s+([\p{L}]+)/u.exec(lower.slice(m.index! + m[0].length, m.index! + m[0].length + 30)) : null;
    if (after && !isStopword(after[1])) out.add(stem(after[1]));
  }
  return out;
}

/** Months whose names are words or names of other kinds too ("May", "March", "June", "August"): not added as the page's names. */
const WORD_MONTHS = new Set([3, 5, 6, 8]);
const MONTH_NAMES = 'january february march april may june july august september october november december'.split(' ');
const MONTH_STEMS = MONTH_NAMES.map((m) => contentStems(m)[0] ?? m);
/**
 * A date written in numbers is read with its month's name ("2025-02-17  Reported both issues" holds "February"), as a
 * table's row is read with its header (`context`): a sentence dated "17 February 2025" finds it. Only a month that is
 * sure: year first, or a day past 12.
 */
function withDateWords(text: string, sentences: Sentence[]): void {
  if (!/\d[-./]\d{1,2}[-./]\d/.test(text)) return;
  for (const d of numericDates(text)) {
    if (d.month === undefined) continue;
    const k = sentenceIndexAt(sentences, d.range.start);
    if (k < 0) continue;
    const s = sentences[k];
    const word = MONTH_STEMS[d.month - 1];
    if (!s.stems.includes(word) && !s.context?.includes(word)) s.context = [...(s.context ?? []), word];
  }
}
