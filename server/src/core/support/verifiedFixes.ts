/**
 * The replacements the quick fixes write, decided here so that a fix only ever writes text the
 * source holds, about the same thing:
 *
 * - a wrong figure is replaced by the source's figure of the same kind (money by money, a year by
 *   a year, a percentage by a percentage) from the sentence about the claim's subject, the figure
 *   whose neighbouring words are the claim figure's ("agreed to invest up to $75 billion" takes the
 *   figure after "agreed to invest", not the one after "an initial"); when two figures qualify as
 *   well, or none does, there is no replacement;
 * - a quotation the source does not hold is replaced by a complete quotation of the source (the
 *   words between its quote marks, or a whole sentence) that holds most of the quotation's words,
 *   or not at all. Only the words inside the draft's quote marks are replaced, so they stay balanced.
 */
import type { OffsetRange } from '../text';
import { contentTokens, firstEndingAfter, isStopword, squash, stem } from '../text';
import { sentenceIndexAt, type SourceEvidence } from './evidence';
import { relatedForms } from './derivations';
import { extractFigures, timeReckoning, sameFigure, unitNameAfter, scaleAfter, type Figure } from './numbers';
import { normalizeForQuote, quoteInText } from './quotes';

/** Content words taken on each side of a figure: its head noun or verb and what it is of. */
const REACH = 4;

/** A source figure offered for a claim's figure, with how well its place matches the claim's. */
export interface FigureMatch {
  source: number;
  figure: Figure;
  /** The sentence of the source that holds it (range in the source text). */
  sentence: OffsetRange;
  /** Claim words right by the claim's figure (the two nearest on a side) that are right by this one: its head noun or verb. */
  close: number;
  /** Claim words next to the claim's figure that are also next to this one. */
  local: number;
  /** Share of the claim's words in the figure's sentence. */
  global: number;
}

/** The content tokens of recent texts: a claim's sentence is read once for all its figures, a source sentence once for all claims. */
const tokenCache = new Map<string, ReturnType<typeof contentTokens>>();
function tokensOf(text: string): ReturnType<typeof contentTokens> {
  let t = tokenCache.get(text);
  if (!t) {
    if (tokenCache.size >= 512) tokenCache.clear();
    tokenCache.set(text, (t = contentTokens(text)));
  }
  return t;
}

/** A claim sentence's figures and content words, and how many of those words each sentence of a source holds: read once for all its figures. */
interface ClaimSentence {
  sentence: string;
  figures: Figure[];
  words: string[];
  /** For each source's evidence asked about, how many of `words` each of its sentences holds (`heldBy`). */
  held: Map<SourceEvidence, Uint32Array>;
}
let lastClaim: ClaimSentence | undefined;
function claimSentence(sentence: string): ClaimSentence {
  if (lastClaim?.sentence !== sentence) {
    const words = [...new Set(tokensOf(sentence).filter((t) => !/^\p{N}/u.test(t.word)).map((t) => t.stem))];
    lastClaim = { sentence, figures: extractFigures(sentence), words, held: new Map() };
  }
  return lastClaim;
}

/**
 * How many of `words` each sentence of `ev` holds (a word counts once, held in any of its related
 * forms), read off the source's postings: each word's sentences are visited, not each sentence's
 * stems for each word (a page's every figure's sentence was asked about every claim word).
 */
function heldBy(ev: SourceEvidence, words: readonly string[]): Uint32Array {
  const held = new Uint32Array(ev.sentences.length);
  const lastWord = new Int32Array(ev.sentences.length).fill(-1);
  words.forEach((w, k) => {
    for (const x of relatedForms(w)) {
      const with_ = ev.sentencesWith(x);
      if (!with_) continue;
      for (let j = 0; j < with_.length; j++) {
        const i = with_[j];
        if (lastWord[i] === k) continue;
        lastWord[i] = k;
        held[i]++;
      }
    }
  });
  return held;
}

/** Which sentences of `ev` hold some word related to one of `words`, by the source's postings. */
function holdingAny(ev: SourceEvidence, words: readonly string[]): Uint8Array {
  const out = new Uint8Array(ev.sentences.length);
  for (const w of new Set(words)) {
    for (const x of relatedForms(w)) {
      const with_ = ev.sentencesWith(x);
      for (let j = 0; with_ && j < with_.length; j++) out[with_[j]] = 1;
    }
  }
  return out;
}

/** What a source figure's own sentence says around it: the same for every claim, so read once per figure. */
interface SourceFigureContext {
  sent: SourceEvidence['sentences'][number];
  /** The sentence's index in the evidence's sentences. */
  index: number;
  /** The words around it (read on first use: a sentence that has none of the claim figure's words needs none). */
  readonly theirs: { left: string[]; right: string[]; years: string[] };
  /** What it is counted per (`rateOf`) and whether it ends a range (`rangeBound`), read on first use as well. */
  readonly rate: string | undefined;
  readonly bound: boolean;
}
class FigureContext implements SourceFigureContext {
  #theirs: SourceFigureContext['theirs'] | undefined;
  #rate: { of: string | undefined } | undefined;
  #bound: boolean | undefined;
  constructor(
    private readonly ev: SourceEvidence,
    private readonly g: Figure,
    readonly sent: SourceFigureContext['sent'],
    readonly index: number,
  ) {}
  get rate(): string | undefined {
    return (this.#rate ??= { of: rateOf(this.ev.text, this.g.range.end) }).of;
  }
  get bound(): boolean {
    return (this.#bound ??= rangeBound(this.ev.text, this.g));
  }
  get theirs(): SourceFigureContext['theirs'] {
    if (!this.#theirs) {
      const { ev, g, sent } = this;
      const text = ev.text.slice(sent.range.start, sent.range.end);
      // The sentence's other figures: the source's figures are in order of where they start, so those from the
      // sentence's start on are found by halving, not by reading every figure of the page for each.
      const others: Figure[] = [];
      const figures = ev.figures;
      for (let k = firstEndingAfter(figures, sent.range.start, (f) => ({ start: f.range.start, end: f.range.start + 1 })); k < figures.length && figures[k].range.start < sent.range.end; k++) {
        const f = figures[k];
        if (f !== g && f.range.end <= sent.range.end) others.push(f);
      }
      this.#theirs = neighbours(text, { start: g.range.start - sent.range.start, end: g.range.end - sent.range.start }, others, sent.range.start);
    }
    return this.#theirs;
  }
}
/** Each evidence's figures' contexts, by the figure's index in `figures` (null: in no sentence), made as asked for. */
const sourceFigureContexts = new WeakMap<SourceEvidence, (SourceFigureContext | null | undefined)[]>();
function sourceFigureContext(ev: SourceEvidence, i: number): SourceFigureContext | undefined {
  let known = sourceFigureContexts.get(ev);
  if (!known) sourceFigureContexts.set(ev, (known = []));
  let ctx = known[i];
  if (ctx === undefined) {
    const g = ev.figures[i];
    const k = sentenceIndexAt(ev.sentences, g.range.start);
    known[i] = ctx = k >= 0 ? new FigureContext(ev, g, ev.sentences[k], k) : null;
  }
  return ctx ?? undefined;
}

/**
 * The content stems next to `at` in `text`, nearest first on each side (up to REACH), not
 * reaching past another figure ("an initial $15 billion followed by a further $35 billion":
 * "further" is the second's). `figures` are the text's other figures, with offsets from `base`.
 */
function neighbours(text: string, at: OffsetRange, figures: Figure[], base = 0): { left: string[]; right: string[]; years: string[] } {
  // Read around the figure, not the whole text: only the nearest words count, and a sentence of
  // thousands of characters with a hundred figures is otherwise read a hundred times over.
  const lo = at.start - NEIGHBOUR_WINDOW;
  const hi = at.end + NEIGHBOUR_WINDOW;
  // A year is a word of the statement ("$55 million in 2021"), other figures bound it.
  const ranges: OffsetRange[] = [];
  const years: OffsetRange[] = [];
  for (const f of figures) {
    const r = { start: f.range.start - base, end: f.range.end - base };
    if (r.end >= lo && r.start <= hi) (f.kind === 'year' ? years : ranges).push(r);
  }
  ranges.sort((x, y) => x.start - y.start);
  const every = tokensOf(text);
  const tokens: ReturnType<typeof contentTokens> = [];
  for (let i = firstEndingAtOrAfter(every, lo); i < every.length && every[i].start <= hi; i++) {
    const t = every[i];
    if (!/^\p{N}/u.test(t.word) || years.some((y) => y.start <= t.start && y.end >= t.end)) tokens.push(t);
  }
  // A figure coordinated with the one before ("raised $40 million in 2020 and $55 million") shares its words on the left.
  const content = tokens.map((t) => !/^\p{N}/u.test(t.word));
  // Whether a token lies in a figure: tokens and figures both by start, the figures begun before a token ends, the furthest end among them.
  const inFigure: boolean[] = [];
  for (let i = 0, j = 0, reach = -Infinity; i < tokens.length; i++) {
    while (j < ranges.length && ranges[j].start < tokens[i].end) reach = Math.max(reach, ranges[j++].end);
    inFigure.push(reach > tokens[i].start);
  }
  // Content words outside figures, counted up to each token, to ask how many lie between two offsets.
  const counted = [0];
  tokens.forEach((_, i) => counted.push(counted[i] + (content[i] && !inFigure[i] ? 1 : 0)));
  const contentBetween = (from: number, until: number) => {
    let first = 0;
    for (let hi = tokens.length; first < hi; ) {
      const mid = (first + hi) >> 1;
      if (tokens[mid].start < from) first = mid + 1;
      else hi = mid;
    }
    const last = firstEndingAtOrAfter(tokens, until + 1) - 1;
    return last >= first && counted[last + 1] - counted[first] > 0;
  };
  let wallLeft = -1;
  let until = at.start;
  for (const f of ranges.filter((r) => r.end <= at.start).sort((x, y) => y.end - x.end)) {
    if (contentBetween(f.end, until)) {
      wallLeft = f.end;
      break;
    }
    until = f.start;
  }
  let wallRight = Infinity;
  for (const f of ranges) if (f.start >= at.end) wallRight = Math.min(wallRight, f.start);
  const left: string[] = [];
  const right: string[] = [];
  tokens.forEach((t, i) => {
    if (inFigure[i] || (t.start < at.end && t.end > at.start)) return;
    if (t.end <= at.start && t.start >= wallLeft) left.push(t.stem);
    else if (t.start >= at.end && t.end <= wallRight) right.push(t.stem);
  });
  // Its own years: those after it, up to the next figure, and those before it back to the figure
  // before unless only a coordination lies between ("$40 million in 2020 and $55 million": 2020 is the first's).
  let nearestLeft = -1;
  for (const f of ranges) if (f.end <= at.start) nearestLeft = Math.max(nearestLeft, f.end);
  const leftIsOwn = nearestLeft === -1 || tokens.some((t, i) => content[i] && t.start >= nearestLeft && t.end <= at.start);
  const own = tokens
    .filter((t, i) => !content[i] && !(t.start < at.end && t.end > at.start) && ((t.start >= at.end && t.end <= wallRight) || (leftIsOwn && t.end <= at.start && t.start >= nearestLeft)))
    .map((t) => t.stem);
  return { left: left.reverse().slice(0, REACH), right: right.slice(0, REACH), years: own };
}

/** How far from a figure (in characters, each way) its words and years are looked for. */
const NEIGHBOUR_WINDOW = 600;

/** The index of the first token (tokens in text order) that ends at or after `offset`. */
function firstEndingAtOrAfter(tokens: { end: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isYear = (w: string) => /^(?:1[5-9]|20)\d\d$/.test(w);

/**
 * What a figure is counted per ("$21.38 per hour", "6 minutes per side", "$40 a week"): the word
 * after "per", "a", "an" or "each" right behind it (and its unit), else undefined. "A year ago" is no rate.
 */
function rateOf(text: string, end: number): string | undefined {
  const m =
    /^(?:\s*[°\p{L}%]+)?\s*(?:per|each|every|\/)\s*([\p{L}]+)/u.exec(text.slice(end, end + 40)) ??
    /^(?:\s*[°\p{L}%]+)?\s+an?\s+(second|minute|hour|night|day|week|month|quarter|year|session|game|serving|person|head|share|unit|piece)\b(?!\s+(?:ago|earlier|later|before|after))/iu.exec(text.slice(end, end + 40));
  if (!m) return undefined;
  // "A $40 per week injection" is an injection, not a weekly wage: the noun the rate qualifies is part of the measure.
  const after = /^\s+([\p{L}]+)/u.exec(text.slice(end + m[0].length, end + m[0].length + 30))?.[1].toLowerCase();
  return m[1].toLowerCase().replace(/s$/, '') + (after && !isStopword(after) ? ' ' + after : '');
}

/** Whether a figure is one end of a range ("12-18 inches", "140°-145°", "9 to 11 minutes"): no one figure of its own. */
function rangeBound(text: string, g: Figure): boolean {
  return /^\s*(?:°\p{L}?|%)?\s*(?:[-–—]|to)\s*[$€£]?\d/u.test(text.slice(g.range.end, g.range.end + 12)) || /\d\s*(?:°\p{L}?|%)?\s*[-–—]\s*[$€£]?$/u.test(text.slice(Math.max(0, g.range.start - 12), g.range.start));
}

/**
 * The source figures of the claim figure's kind, best first: by the claim's words right by it,
 * then next to it, then in its sentence. `sentence` is the claim's text, `figure` one of its figures.
 */
export function rankFigures(sentence: string, figure: Figure, evs: SourceEvidence[]): FigureMatch[] {
  const claim = claimSentence(sentence);
  const claimFigures = claim.figures.filter((f) => f.range.start !== figure.range.start);
  const mine = neighbours(sentence, figure.range, claimFigures);
  const near = [...mine.left, ...mine.right];
  // The words right by a figure: its head noun or verb (a year says when, not what).
  const headOf = (n: { left: string[]; right: string[]; years: string[] }) => [...n.left.filter((w) => !isYear(w)).slice(0, 2), ...n.right.filter((w) => !isYear(w)).slice(0, 2)];
  const head = headOf(mine);
  const rate = rateOf(sentence, figure.range.end);
  // One end of a range or score ("6–7", "between 10 and 15") is not replaced on its own.
  const ofRange = rangeBound(sentence, figure);
  const claimWords = claim.words;
  const out: FigureMatch[] = [];
  // The words by each figure as sets of their related forms, looked up once for all the page's figures.
  const headForms = [...new Set(head)].map(relatedForms);
  const nearForms = [...new Set(near)].map(relatedForms);
  const relatedCount = (forms: ReadonlySet<string>[], theirWords: string[]) => forms.filter((f) => theirWords.some((x) => f.has(x))).length;
  evs.forEach((ev, source) => {
    const figures = ev.figures;
    /** Which sentences have a word related to one near the claim's figure (else no figure of theirs matches by place), and how many of the claim's words each holds. */
    let nearIn: Uint8Array | undefined;
    let held: Uint32Array | undefined;
    for (let i = 0; i < figures.length; i++) {
      const g = figures[i];
      if (g.kind !== figure.kind) continue;
      const ctx = sourceFigureContext(ev, i);
      if (!ctx) continue;
      nearIn ??= holdingAny(ev, near);
      held ??= claim.held.get(ev) ?? claim.held.set(ev, heldBy(ev, claimWords)).get(ev)!;
      let close = 0;
      let local = 0;
      // A figure counted per something else ("per hour" for "per week"), or one end of a range, is of another statement.
      // The figure's neighbours are words of its sentence: one with no word related to those near the claim's figure
      // matches none of them (close and local are 0), and its neighbours are not read.
      if (nearIn[ctx.index] && !ofRange && rate === ctx.rate && !ctx.bound) {
        const theirs = ctx.theirs;
        // So is a figure of another year than the claim's ("$40 million in 2020" for "$45 million in 2021").
        const claimYears = mine.years;
        const theirYears = theirs.years;
        const different = figure.kind !== 'year' && claimYears.length > 0 && theirYears.length > 0 && !claimYears.some((y) => theirYears.includes(y));
        if (!different) {
          close = relatedCount(headForms, headOf(theirs));
          local = relatedCount(nearForms, [...theirs.left, ...theirs.right]);
        }
      }
      out.push({ source, figure: g, sentence: ctx.sent.range, close, local, global: claimWords.length ? held[ctx.index] / claimWords.length : 0 });
    }
  });
  return out.sort((a, b) => weight(b) - weight(a) || b.global - a.global);
}

/** How strongly a figure's place matches the claim figure's: a word right by both counts three times, one near both once. */
const weight = (m: FigureMatch) => 2 * m.close + m.local;

/**
 * The one source figure a wrong figure may be replaced with: the best ranked, when it sits by the
 * claim's words (two right by it, or one right by it and another near it) in a sentence about the
 * claim's subject, and no figure of another value matches about as well; else undefined.
 */
export function verifiedFigure(ranked: FigureMatch[]): FigureMatch | undefined {
  const [best] = ranked;
  if (!best || !(best.close >= 2 || (best.close === 1 && best.local >= 2)) || best.global < 0.34) return undefined;
  const rival = ranked.find((m) => m !== best && !sameFigure(m.figure, best.figure) && weight(m) >= weight(best) - 1);
  return rival ? undefined : best;
}

/**
 * Whether the page's figure at `at` of `evs[source]` is of another thing than the sentence's figure at `mine`: the
 * sentence names someone or something the page holds ("Manchester United have won the cup 14 times"), neither the
 * figure's sentence ("Arsenal FC have a record 13 FA Cup wins") nor the one before it names it, and another sentence
 * of the page names it with a number and a word of the figure's own clause ("Manchester United, whose 2016 victory
 * marked their 12th victory in the cup"): the page gives it a figure of that elsewhere. Its figure is no fix, nor a
 * figure "the cited source gives": it would give one thing's figure to another. (A name of another clause, "Currently
 * the chairman of the Tukee Arts council, he has published two books", is not what the figure is of; nor a credit's,
 * "according to Statista".)
 */
export function figureOfAnotherName(sentence: string, mine: OffsetRange, source: number, at: number, evs: SourceEvidence[]): boolean {
  const ev = evs[source];
  const bare = sentence.replace(/\baccording\s+to\s+[^,;.]*/giu, (x) => ' '.repeat(x.length));
  const tokens = contentTokens(bare);
  const names = new Set(tokens.filter((t, k) => k > 0 && t.start > 0 && /^\p{Lu}/u.test(bare[t.start]) && !/^\p{N}/u.test(t.word)).map((t) => t.stem));
  const held = [...names].filter((x) => ev.sentencesWith(x));
  if (!held.length) return false;
  const k = sentenceIndexAt(ev.sentences, at);
  if (k < 0) return false;
  if (held.some((x) => [ev.sentences[k], ev.sentences[k - 1]].some((sent) => sent?.stemSet.has(x)))) return false;
  // The words of the figure's own clause (up to three on each side), besides names and numbers.
  const from = Math.max(...[...bare.slice(0, mine.start).matchAll(/[,;:()—]/g)].map((m) => m.index! + 1), 0);
  const stop = /[,;:()—]/.exec(bare.slice(mine.end));
  const to = stop ? mine.end + stop.index : bare.length;
  const own = tokens.filter((t) => t.start >= from && t.end <= to && !names.has(t.stem) && !/^\p{N}/u.test(t.word));
  const around = [...own.filter((t) => t.end <= mine.start).slice(-3), ...own.filter((t) => t.start >= mine.end).slice(0, 3)].flatMap((t) => [...relatedForms(t.stem)]);
  const naming = new Set(held.flatMap((x) => [...(ev.sentencesWith(x) ?? [])]));
  return [...naming].some((j) => j !== k && around.some((x) => ev.sentences[j].stemSet.has(x)) && /\d/.test(ev.text.slice(ev.sentences[j].range.start, ev.sentences[j].range.end)));
}

/**
 * A sentence whose subject is a pronoun standing for something named before it ("This amounts to 25.8%…", "It
 * carries…", "They won…"; not a possessive, "Its 43-acre campus", whose subject is the noun after it), with no
 * clause break between it and the figure ("It's safe ground: in 2010 Rick Scott carried 65 percent" names whose figure
 * it is), and the page giving another figure of the chosen one's measure (a percentage, an amount of money, a count of
 * the same word) in its sentence or the sentences beside it ("As of 2020, 17.5 percent of all known oil reserves were
 * found in the South American country. Saudi Arabia closely followed, at 17.2 percent."): the page gives that measure
 * for several things, the sentence's is named in the draft's sentence before, which the fix does not read, and no
 * figure is written in. Years are left out: a page's other years nearby are mostly of other events of the same subject.
 */
const PRONOUN_STANDS_FOR = /^\W*(?:this|that|these|those|it|they|he|she|which|such|both|each|either|neither)\b/i;
export function referentUnclear(sentence: string, figure: Figure, top: FigureMatch, evs: SourceEvidence[]): boolean {
  const pronoun = PRONOUN_STANDS_FOR.exec(sentence);
  if (!pronoun || top.figure.kind === 'year' || top.figure.kind === 'date' || /[;:—–]|\s-\s/.test(sentence.slice(pronoun[0].length, figure.range.start))) return false;
  const ev = evs[top.source];
  const k = sentenceIndexAt(ev.sentences, top.figure.range.start);
  if (k < 0) return false;
  const from = ev.sentences[Math.max(0, k - 1)].range.start;
  const to = ev.sentences[Math.min(ev.sentences.length - 1, k + 1)].range.end;
  // A count's measure is the word it counts ("426 students", "35 academic disciplines").
  const counts = (g: Figure) => (g.kind === 'number' ? /^\s*([\p{L}]+)/u.exec(ev.text.slice(g.range.end, g.range.end + 30))?.[1].toLowerCase() : '');
  const measure = counts(top.figure);
  const figures = ev.figures;
  for (let i = firstEndingAfter(figures, from, (f) => f.range); i < figures.length && figures[i].range.start < to; i++) {
    const g = figures[i];
    if (g.kind === top.figure.kind && g.range.start !== top.figure.range.start && !sameFigure(g, top.figure) && counts(g) === measure) return true;
  }
  return false;
}

/** Before a figure: a margin of a win or a lead ("won by", "beat Ortega by", "leads by"). */
const MARGIN_BEFORE = /\b(?:won|wins|win|beat|beats|beaten|lost|loses|lose|leads?|led|trails?|trailed)\b(?:\s+[\p{L}'’.-]+){0,3}?\s+by\s+(?:just\s+|only\s+|some\s+|about\s+)?[$£€¥]?$/iu;
/** After a figure: what makes it a difference ("2 more than the Mets' staff", "3,406 more votes than Santos", "14 seconds faster this year than", "$1.34 clear of that $5 line", "7 points clear of the second-placed side", "5 points above the 50 mark") rather than an amount. */
const DIFFERENCE_AFTER = /^\s*(?:[\p{L}'’-]+\s+)?(?:more|fewer|less|[\p{L}]{2,}er)(?:\s+[\p{L}'’-]+){0,3}\s+than\b|^\s*(?:[\p{L}'’-]+\s+)?(?:above|below|ahead\s+of|behind|clear\s+of|short\s+of)\b|^\s*(?:[\p{L}'’-]+\s+)?(?:off|over|under)\s+(?:(?:the|that|this|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:[$£€¥]\s?)?\d/iu;
/** After a figure: what makes it a rate ("$165,000 a mile", "10 per day"), with the unit it is per. */
const RATE_AFTER = /^\s*(?:a|an|per|each|every)\s+(\p{L}+)/iu;

/**
 * Whether the page's figure `g` measures what the sentence's figure `f` does, as far as the words
 * right after each tell: a difference ("2 more than") replaces only a difference, a rate ("a mile")
 * only a rate per the same thing. "24 against 22" is not fixed to "2" by "24 shutouts, 2 more than
 * the Mets' staff has", nor "the fifteen miles cost about $2.5 million" to "$165,000 a mile"; and a figure in
 * one unit is not replaced with one in another ("2,400 grams" is not fixed to "2.5" by "2.5 kilograms").
 */
export function sameMeasure(page: string, g: Figure, sentence: string, f: Figure): boolean {
  const theirs = page.slice(g.range.end, g.range.end + 40);
  const mine = sentence.slice(f.range.end, f.range.end + 40);
  // A year of an era ("500 BCE", "AD 79") or a span back from now ("2,500 years ago") is replaced only by a figure reckoned
  // the same way: "500" of "500 BCE" is no "2,500 years ago", nor a plain "in 500".
  if (timeReckoning(page, g) !== timeReckoning(sentence, f)) return false;
  if (DIFFERENCE_AFTER.test(theirs) !== DIFFERENCE_AFTER.test(mine)) return false;
  // A margin ("won by 13 votes", "beat them by 2") is a difference too: replaced by a margin only.
  if (MARGIN_BEFORE.test(page.slice(Math.max(0, g.range.start - 40), g.range.start)) !== MARGIN_BEFORE.test(sentence.slice(Math.max(0, (f.approxStart ?? f.range.start) - 40), f.approxStart ?? f.range.start))) return false;
  // A figure in another unit is not put in place of the sentence's: "2.5" of "2.5 kilograms" would make "2.5 grams".
  const theirUnit = unitNameAfter(page, g.range.end);
  const myUnit = unitNameAfter(sentence, f.range.end);
  if (theirUnit && myUnit && theirUnit !== myUnit) return false;
  // Nor a figure in its scale ("1.5 million") for one a scale's letter follows ("2.5 m people"): "1.5 million m people".
  if (/^\s?(?:m|mn|bn|b|k|million|billion|thousand|trillion)\b/i.test(mine) && /\b(?:million|billion|thousand|trillion|m|bn|mn|k)$/i.test(g.text)) return false;
  // Nor a bare figure for one the sentence gives in a unit: "14" of "Medicine (14)" is no "14 years after".
  if (myUnit && !theirUnit) return false;
  // Nor a temperature in the other scale: "40" of "40C" would make "40 degrees Fahrenheit".
  const theirScale = scaleAfter(page, g.range.end);
  const myScale = scaleAfter(sentence, f.range.end);
  if (theirScale && myScale && theirScale !== myScale) return false;
  const rate = RATE_AFTER.exec(theirs)?.[1];
  const myRate = RATE_AFTER.exec(mine)?.[1];
  return (rate === undefined) === (myRate === undefined) && (rate === undefined || stem(rate.toLowerCase()) === stem(myRate!.toLowerCase()));
}

/**
 * The text a figure is replaced with: the source's figure with its own qualifier ("up to $50
 * billion"), as the source writes it. Undefined unless that text is in the source verbatim and
 * reads back as the same figure.
 */
export function figureReplacement(ev: SourceEvidence, g: Figure): string | undefined {
  const start = g.approxStart ?? g.range.start;
  let text = squash(ev.text.slice(start, g.range.end));
  if (g.approxStart !== undefined) text = text.charAt(0).toLowerCase() + text.slice(1);
  const again = extractFigures(text);
  if (again.length !== 1 || !sameFigure(again[0], g) || again[0].approx !== g.approx) return undefined;
  if (!ev.text.toLowerCase().includes(text.toLowerCase()) && !normalizeForQuote(ev.text).includes(normalizeForQuote(text))) return undefined;
  return text;
}

const SOURCE_QUOTE_RE = /["“„«]([^"“”„«»\n]{6,}?)["”»]/gu;
const QUOTE_MARKS = /["“”„«»]/;

/** The words of a text, normalised as quotes are compared. */
function words(s: string): string[] {
  return normalizeForQuote(s).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/**
 * The complete source quotation (between quote marks in the source, else a whole sentence without
 * quote marks) that holds most of the words of `quote`, with its range in the source text.
 * Quotations are preferred to sentences, then the one holding the most of the quote's words, then
 * the shortest. Undefined when none holds at least 70% of them, or when two different ones hold
 * as many and are as long.
 */
export function sourceQuotation(quote: string, ev: SourceEvidence): { text: string; range: OffsetRange; share: number } | undefined {
  const want = words(quote);
  if (want.length < 3) return undefined;
  const candidates: { text: string; range: OffsetRange; quoted: boolean }[] = [];
  for (const m of ev.text.matchAll(SOURCE_QUOTE_RE)) {
    const start = m.index! + m[0].indexOf(m[1]);
    candidates.push({ text: m[1], range: { start, end: start + m[1].length }, quoted: true });
  }
  for (const s of ev.sentences) {
    const text = ev.text.slice(s.range.start, s.range.end);
    if (!QUOTE_MARKS.test(text)) candidates.push({ text, range: s.range, quoted: false });
  }
  let best: { text: string; range: OffsetRange; share: number; quoted: boolean; length: number } | undefined;
  let tied = false;
  for (const c of candidates) {
    // Trim what a quotation does not need: the punctuation and spaces at its ends.
    const lead = /^[\s,;:.–—-]*/.exec(c.text)![0].length;
    const trail = /[\s,;:–—-]*$/.exec(c.text.slice(lead))![0].length;
    const text = c.text.slice(lead, c.text.length - trail);
    const have = words(text);
    if (have.length === 0) continue;
    const pool = new Map<string, number>();
    for (const w of have) pool.set(w, (pool.get(w) ?? 0) + 1);
    let got = 0;
    for (const w of want) {
      const n = pool.get(w) ?? 0;
      if (n > 0) {
        got++;
        pool.set(w, n - 1);
      }
    }
    const share = got / want.length;
    // A quotation is of its own words: one with many more words than the draft's is another passage.
    // A whole sentence stands in only for a quotation of about its length, not for a phrase of it.
    if (share < 0.7 || have.length > (c.quoted ? 2.5 * want.length + 4 : 1.3 * want.length + 2)) continue;
    const cand = { text: squash(text), range: { start: c.range.start + lead, end: c.range.start + lead + text.length }, share, quoted: c.quoted, length: have.length };
    if (!best || better(cand, best)) {
      best = cand;
      tied = false;
    } else if (!better(best, cand) && cand.text !== best.text) tied = true;
  }
  if (!best || tied) return undefined;
  // Verified: the replacement reads back as a quotation the source holds word for word.
  if (!quoteInText(best.text, ev.normalized) || QUOTE_MARKS.test(best.text)) return undefined;
  return { text: best.text, range: best.range, share: best.share };
}

/**
 * The source's quotation (`sourceQuotation`) fitted into the writer's sentence, or undefined when it cannot be without
 * losing what the writer quoted: it keeps the writer's closing punctuation inside the marks (a period or a comma the
 * page's quotation has not; the speaker's own "?" or "!" stays), takes the case of the writer's first letter when it
 * opens with the writer's first word, and leaves out words the sentence has right before the opening mark ("the city
 * "needs to rethink"", not "the city "The city needs to rethink""), read back again as the source's words. None where
 * three or more words in a row of the writer's quotation are not in it (a sentence of the quotation left out).
 * `leadIn` is the sentence up to the opening mark.
 */
export function fittedQuotation(quote: string, leadIn: string, replacement: string, source: Pick<SourceEvidence, 'text' | 'normalized'>): string | undefined {
  const normalizedSource = source.normalized;
  const theirs = words(replacement);
  const pool = new Set(theirs);
  let run = 0;
  for (const w of words(quote)) {
    run = pool.has(w) ? 0 : run + 1;
    if (run >= 3) return undefined;
  }
  // (A reference marker of the page, "worked[5]", is no word of the quotation.)
  let text = replacement.replace(/(?<=[\p{L}\p{N}.,;:!?"')])\[\d{1,3}\]/gu, '');
  // Only as much of the source's quotation as the writer's quotes: from the writer's first word to the writer's last,
  // where the source's has them ("treated the river as somebody else's problem", not "this city treated …").
  // (Where the writer's first two words, and last two, are the page's there; never past a word that makes the rest a
  // condition or an exception: "When the mayor left, …", "raise fares, but not for students".)
  const mineWords = words(quote);
  // (The writer's first two words, or a first word of content the page's quotation has once.)
  const firstAlone = !!mineWords[0] && !isStopword(mineWords[0]) && theirs.filter((w) => w === mineWords[0]).length === 1;
  const from = theirs.findIndex((w, k) => w === mineWords[0] && (theirs[k + 1] === mineWords[1] || firstAlone));
  if (from > 0 && theirs.length - from >= 3) {
    const rest = dropWords(text, from);
    // (Past a word of condition or time only where its clause ends before: "When the mayor left, the council failed".)
    const dropped = rest ? text.slice(0, text.length - rest.length) : '';
    if (rest && (!SUBORDINATE.test(theirs[0] ?? '') || /[,;:]\s*$/.test(dropped)) && quoteInText(rest, normalizedSource)) text = rest;
  }
  const inText = words(text);
  let to = -1;
  for (let k = inText.length - 2; k >= 1 && to === -1; k--) if (inText[k] === mineWords[mineWords.length - 1] && inText[k - 1] === mineWords[mineWords.length - 2]) to = k;
  if (to >= 2) {
    const cut = wordsUpTo(text, to);
    // (Not before an exception or a condition, nor before a verb the words cut off are the subject of: "told Hale the plan | was dead".)
    if (cut && !QUALIFIES.test(text.slice(cut.length)) && !GOES_ON_WITH_VERB.test(text.slice(cut.length)) && quoteInText(cut, normalizedSource)) text = cut;
  }
  // Words of the sentence right before the opening mark that the quotation opens with again.
  const before = words(leadIn);
  const opening = words(text);
  for (let k = Math.min(6, before.length, opening.length - 3); k >= 1; k--) {
    // (Words of content: not a "that" of the sentence's own for the page's "That decision".)
    if (before.slice(-k).join(' ') !== opening.slice(0, k).join(' ') || opening.slice(0, k).every((w) => isStopword(w))) continue;
    const rest = dropWords(text, k);
    if (rest && quoteInText(rest, normalizedSource)) text = rest;
    break;
  }
  // The writer's case for the first letter where the quotation runs on from the writer's words ("concluded that "the
  // response was slow""): the same first word, or a word the source writes in lower case too (not a name).
  const mine = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(quote)?.[1];
  const first = /^([^\p{L}\p{N}]*)([\p{L}\p{N}]+)/u.exec(text);
  if (mine && first && mine !== first[2]) {
    const lower = first[2].toLowerCase();
    if (mine.toLowerCase() === lower) text = first[1] + mine + text.slice(first[0].length);
    else if (/^\p{Ll}/u.test(mine) && /^\p{Lu}\p{Ll}*$/u.test(first[2]) && writesInLowerCase(source.text, lower)) text = first[1] + lower + text.slice(first[0].length);
  }
  // The writer's closing punctuation inside the marks ("," before "she said", the sentence's period), in place of the
  // page's; the speaker's own "?" or "!" stays.
  const close = /[.,;:!?…]+$/.exec(quote.trimEnd())?.[0];
  // A writer's question or exclamation of what the page states plainly is no quotation of it: no fix.
  if (close && /[?!]/.test(close) && !/[?!]$/.test(text)) return undefined;
  text = text.replace(/[.,;:]+$/, '');
  if (close && !/[!?…]$/.test(text)) text += close;
  return text;
}

/** Whether `text` has `word` (in lower case, letters only) as a word of its own in lower case: a common word, not a name. */
function writesInLowerCase(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + word.length] ?? '')) return true;
  return false;
}

/** A first word that makes what follows a condition, a time or a reason: a quotation is not cut after it. */
const SUBORDINATE = /^(?:when|if|unless|although|though|because|while|as|since|after|before|once|until|whether)$/;
/** An auxiliary right after a cut: the words before it were the subject of a clause, not a whole statement. */
const GOES_ON_WITH_VERB = /^\s+(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did)\b/i;
/** What makes the words before it a qualified statement: a quotation is not cut before it. */
const QUALIFIES = /^[\s,;:–—-]*(?:but|except|unless|if|not|only|although|though|provided|until)\b/i;

/** The word of index `k` of `text` (undefined when it has fewer words). */
function wordAt(text: string, k: number): RegExpExecArray | undefined {
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
  let m: RegExpExecArray | null = null;
  for (let i = 0; i <= k; i++) if (!(m = re.exec(text))) return undefined;
  return m ?? undefined;
}

/** `text` up to the end of its word of index `k` (undefined when it has fewer words). */
function wordsUpTo(text: string, k: number): string | undefined {
  const m = wordAt(text, k);
  return m && text.slice(0, m.index + m[0].length);
}

/** `text` from its word of index `k` on, its first `k` words left out (undefined when it has no more words). */
function dropWords(text: string, k: number): string | undefined {
  const m = wordAt(text, k);
  return m && text.slice(m.index);
}

function better(a: { share: number; quoted: boolean; length: number }, b: { share: number; quoted: boolean; length: number }): boolean {
  // A quotation of the source comes before a sentence, unless the sentence holds clearly more of the words.
  if (a.quoted !== b.quoted && Math.abs(a.share - b.share) <= 0.15) return a.quoted;
  if (Math.abs(a.share - b.share) > 1e-9) return a.share > b.share;
  return a.length < b.length;
}
