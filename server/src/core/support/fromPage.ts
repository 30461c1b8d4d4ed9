/**
 * A figure a sentence works out from figures the page gives together, where the page does not write it: in the page
 * sentence (and the next) that states 60% of the rest of the sentence, the figure is
 * - with a word of change or difference, the change between two figures of its kind the page joins ("from 80 in 2019
 *   to 100", "by 312 votes to 287", "27-13"), the way the sentence says it went ("rose by 20" is no fall from 100 to
 *   80), or with a word of change in percent that change in percent ("rose by 25%"); before "points", the gap of two
 *   percentages the page joins;
 * - a share of a count in the next count after it, followed by a word of the sentence ("Of the 40 councillors, 30
 *   voted in favour" for "three-quarters of the councillors voted in favour"; not the 10 against after them);
 * - with a word of a total, the total of every figure of its kind in the window ("a total of 65" for 42, 17 and 6);
 * - a rate: a figure over a count followed by the sentence's word of the rate ("2 goals a game" for "60 goals in its
 *   30 league games", "£3,000 per family" for "£12 million … 4,000 families");
 * - "N times" the later of two joined figures over the earlier;
 * - where the sentence gives no years or dates either, a length of time in years, months, weeks or days between the
 *   window's only two years or dates, or two written one after the other in one sentence ("for 4 years" from 2010 to
 *   2014, "lasted 21 days" from 3 March to 24 March), or an age from the year after "born" to the window's one later year.
 * Only for a sentence that gives no other amount (one that does works its figure out itself: `workedOutOfOwn`, which
 * a review found pairing figures wrongly). A wrong figure can fall on one of these by chance: a warning missed, never
 * one given. Two reviews narrowed it: its first version backed the seed article's "$75 billion" (the page's $50 billion)
 * as a sum of two of the page's figures, and changes from pairs the page does not join, or the wrong way.
 */
import { contentStems, firstEndingAfter, stem, tokenize } from '../text';
import { backsFigure, extractFigures, type Figure } from './numbers';
import { writtenDates } from './dates';
import type { SourceEvidence } from './evidence';
import { DOWN_WORDS, UP_WORDS, anyWord } from './directions';

/** The share of the sentence's other content words the page sentence (and the next) must hold. */
const SAME_STATEMENT = 0.6;
/** How many figures of a kind a window's sums are made of, at most. */
const MAX_FIGURES = 8;
/** How many windows of a page are read for one figure, at most. */
const MAX_WINDOWS = 4;

const TOTAL = /\b(?:total|in all|altogether|combined|overall|all told|in total|over\s+(?:two|three|four|five|six|seven|\d+)\s+(?:days|weeks|months|years))\b/i;
const TIMES = /^\s*(?:times|-fold|fold)\b/i;
/** Words of a difference before or after a figure: "rose by 20", "a majority of 25", "14 points ahead", "$2 million less". */
const DIFFERENCE_BEFORE = /\b(?:by|margin\s+of|majority\s+of|gap\s+of|difference\s+of|lead\s+of|increase\s+of|decrease\s+of|rise\s+of|fall\s+of|drop\s+of|up|down)\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|more\s+than|less\s+than)\s+)?$/i;
const DIFFERENCE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:more|less|fewer|higher|lower|ahead|behind|up|down)\b/iu;
/** Words of a change in percent: "rose by 25%", "a 15% rise", "up 50%". */
const CHANGE = /\b(?:by|up|down|rose|fell|grew|increased|decreased|jumped|dropped|climbed|cut|raised)\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|more\s+than|less\s+than)\s+)?$|^\s*(?:rise|increase|fall|drop|decrease|jump|cut|growth|decline|more|less|higher|lower)\b/i;
const POINTS = /^(?:age)?\s*(?:percentage\s+)?points?\b/i;
const SPAN_UNIT = /^[\s-]*(years?|months?|weeks?|days?)\b/i;
const AGE_BEFORE = /\b(?:aged?|age\s+of|at|was)\s+$/i;
const AGE_AFTER = /^(?:-year-old|\s+years?\s+old)\b/i;

/** The last sentence's figures (a sentence's figures are each checked in turn: not read again for each). */
let lastClaim: { claim: string; figures: Figure[] } | undefined;
function claimFigures(claim: string): Figure[] {
  if (lastClaim?.claim !== claim) lastClaim = { claim, figures: extractFigures(claim) };
  return lastClaim.figures;
}

export function workedOutOfPage(figure: Figure, claim: string, sources: SourceEvidence[]): boolean {
  if (figure.kind === 'year' || !(figure.value > 0)) return false;
  // A sentence that gives amounts of its own works its figure out of them (`workedOutOfOwn`), from the right ones or not,
  // and one that gives years or dates its lengths of time (`spans.ts`): "sold 33 years later, in 2001" after "went
  // public in 1985" is checked there, not here. (Years that only say when, "rose by 20 between 2019 and 2023", leave an
  // amount's change to the page.)
  const others = claimFigures(claim).filter((f) => f.range.start !== figure.range.start);
  const ownAmounts = others.some((f) => f.kind !== 'year');
  const ownDates = others.some((f) => f.kind === 'year') || writtenDates(claim).length > 0;
  if (ownAmounts) return false;
  const words = [...new Set(contentStems(claim))].filter((x) => !/^\d/.test(x));
  if (words.length < 2) return false;
  const from = figure.approxStart ?? figure.range.start;
  const before = claim.slice(Math.max(0, from - 30), from);
  const after = claim.slice(figure.range.end, figure.range.end + 30);
  let read = 0;
  for (const s of sources) {
    for (const k of windowsHolding(s, words)) {
      if (read >= MAX_WINDOWS) break;
      const a = s.sentences[k];
      const b = s.sentences[k + 1];
      read++;
      const range = { start: a.range.start, end: (b ?? a).range.end };
      const figures: Figure[] = [];
      for (let i = firstEndingAfter(s.figures, range.start, (g) => g.range); i < s.figures.length && s.figures[i].range.start < range.end; i++) figures.push(s.figures[i]);
      if (derived(figure, claim, before, after, figures, s.text.slice(range.start, range.end), range.start, ownDates)) return true;
    }
  }
  return false;
}

/**
 * The windows of a page (a sentence and the next, by the first's index, in order) that hold `SAME_STATEMENT` of
 * `words`: counted off each word's sentences (`sentencesWith`), not by asking every sentence for every word.
 */
export function windowsHolding(s: SourceEvidence, words: string[]): number[] {
  const held = new Map<number, number>();
  for (const w of words) {
    const at = s.sentencesWith(w);
    if (!at) continue;
    // A word in sentence j is in the windows starting at j - 1 and j, each counted once for the word.
    let last = -1;
    for (const j of at) {
      for (let k = Math.max(0, j - 1); k <= j; k++) {
        if (k <= last) continue;
        held.set(k, (held.get(k) ?? 0) + 1);
        last = k;
      }
    }
  }
  const out: number[] = [];
  for (const [k, n] of held) if (n >= SAME_STATEMENT * words.length) out.push(k);
  return out.sort((x, y) => x - y);
}

/** Between two figures the page joins as a change, a range or a tally: "from 80 in 2019 to 100", "312 votes to 287", "27-13". */
const JOINED = /^[^.;:!?]{0,60}?(?:\bto\b|\bagainst\b|\bversus\b|\bvs\b\.?)[^.;:!?]{0,20}$|^\s*[-–—]\s*$/iu;
/** Words of a rise, and of a fall, before or after a figure. */
const UP = anyWord(UP_WORDS, 'higher', 'more');
const DOWN = anyWord(DOWN_WORDS, 'lost', 'lower', 'less', 'fewer');

/**
 * Whether `figure` is one of the values worked out of a window's `figures` (and its years and dates) that the
 * sentence's words allow: `start` is where the window's text begins in the page, `ownDates` whether the sentence gives
 * years or dates of its own.
 */
function derived(figure: Figure, claim: string, before: string, after: string, figures: Figure[], text: string, start: number, ownDates: boolean): boolean {
  const backs = (x: number) => Number.isFinite(x) && x > 0 && backsFigure(figure, { kind: figure.kind, value: Math.round(x * 1e9) / 1e9, text: '', range: figure.range, unit: 1 });
  const unit = SPAN_UNIT.exec(after)?.[1].toLowerCase().replace(/s$/, '');
  if (figure.kind === 'number' && (unit || AGE_BEFORE.test(before) || AGE_AFTER.test(after))) return !ownDates && spans(text, start, figures, unit).some(backs);
  const of = (kind: Figure['kind']) => figures.filter((g) => g.kind === kind && g.value > 0).slice(0, MAX_FIGURES);
  const between = (x: Figure, y: Figure) => text.slice(x.range.end - start, y.range.start - start);
  // Two figures of a kind the page joins, the first before the second, with no figure of the kind between them.
  const joined = (kind: Figure['kind']) => {
    const xs = of(kind);
    const out: [Figure, Figure][] = [];
    for (let i = 0; i + 1 < xs.length; i++) if (JOINED.test(between(xs[i], xs[i + 1]))) out.push([xs[i], xs[i + 1]]);
    return out;
  };
  // Which way the sentence says it went: a rise, a fall, or neither (a margin, a majority, a gap).
  const around = `${before} ${after.slice(0, 20)}`;
  const way = UP.test(around) && !DOWN.test(around) ? 1 : DOWN.test(around) && !UP.test(around) ? -1 : 0;
  const along = (x: Figure, y: Figure) => (way === 0 ? Math.abs(y.value - x.value) : way * (y.value - x.value));
  if (figure.kind === 'percent') {
    if (POINTS.test(after)) return joined('percent').some(([x, y]) => backs(along(x, y)));
    const change = CHANGE.test(before) || CHANGE.test(after);
    if (change && (['number', 'money'] as const).some((kind) => joined(kind).some(([x, y]) => backs((along(x, y) / x.value) * 100)))) return true;
    // A share: "Of the 40 councillors, 30 voted in favour", the part followed by the sentence's own words.
    const share = !!figure.share || /^\s*(?:of|in)\b/i.test(after);
    // (The part is the next number after the whole: "Of the 40, 30 voted for and 10 against" gives three-quarters only.)
    return share && of('number').some((n, i, xs) => {
      const m = xs[i + 1];
      return !!m && m.value < n.value && between(n, m).length <= 100 && followedByClaim(text, m.range.end - start, claim) && backs((m.value / n.value) * 100);
    });
  }
  if (TIMES.test(after)) return joined(figure.kind === 'number' ? 'money' : figure.kind).concat(joined('number')).some(([x, y]) => backs(y.value / x.value));
  if ((DIFFERENCE_BEFORE.test(before) || DIFFERENCE_AFTER.test(after)) && joined(figure.kind).some(([x, y]) => backs(along(x, y)))) return true;
  // A total of every figure of its kind in the window.
  const same = of(figure.kind);
  if (TOTAL.test(claim) && same.length >= 2 && backs(same.reduce((t, g) => t + g.value, 0))) return true;
  // A rate: "£3,000 per family" for "£12 million … 4,000 families", the count followed by the sentence's word of the rate.
  const rate = RATE_WORD.exec(after)?.[1] ?? RATE_BEFORE.exec(before)?.[1];
  if (rate) {
    const per = stem(rate.toLowerCase());
    const counts = of('number').filter((y) => followedBy(text, y.range.end - start, per));
    if ([...same, ...of('money')].some((x) => counts.some((y) => x !== y && backs(x.value / y.value)))) return true;
  }
  return false;
}

/** The word a rate is counted per, after the figure ("2 goals a game": "game"), or before it ("an average of … per"). */
const RATE_WORD = /^\s*(?:[\p{L}-]+\s+)?(?:per|each|a|an|every)\s+([\p{L}]+)/iu;
const RATE_BEFORE = /\b(?:per|each|every)\s+([\p{L}]+)\s+(?:\p{L}+\s+)?$/iu;

/** Whether the word after offset `at` of `text` (past a word at most) has the stem `per`. */
function followedBy(text: string, at: number, per: string): boolean {
  return tokenize(text.slice(at, at + 40))
    .slice(0, 2)
    .some((t) => t.stem === per);
}

/** Whether one of the first two words after offset `at` of `text` is a word of `claim` ("309 achieved a pass" for "passed"). */
function followedByClaim(text: string, at: number, claim: string): boolean {
  const mine = new Set(contentStems(claim));
  return contentStems(text.slice(at, at + 60))
    .slice(0, 2)
    .some((x) => mine.has(x));
}

/**
 * The lengths of time between the window's years and dates, in `unit` (years when none: an age), each counted with
 * and without its last day: between its only two years or dates, or two the page writes one after the other (within 60
 * characters, in one sentence: "governor from 2010 to 2014", "began on 3 March and ended on 24 March"); an age from
 * the year after "born" to the window's one later year.
 */
function spans(text: string, start: number, figures: Figure[], unit: string | undefined): number[] {
  const yearFigures = figures.filter((g) => g.kind === 'year');
  const years = [...new Set(yearFigures.map((g) => g.value))];
  const out: number[] = [];
  if (!unit) {
    // The year of birth: the first year within 40 characters after "born" ("born on 3 February 1952").
    const born = /\bborn\b/i.exec(text);
    const birth = born && yearFigures.find((g) => g.range.start - start > born.index && g.range.start - start < born.index + 40);
    const later = birth ? years.filter((y) => y > birth.value) : [];
    if (birth && later.length === 1) out.push(later[0] - birth.value, later[0] - birth.value - 1);
    return out;
  }
  const close = (a: { end: number }, b: { start: number }) => b.start - a.end <= 60 && !/[.;!?]\s/.test(text.slice(a.end, b.start));
  if (unit === 'year') {
    if (years.length === 2) out.push(Math.abs(years[1] - years[0]));
    for (let i = 0; i + 1 < yearFigures.length; i++) {
      const [x, y] = [yearFigures[i], yearFigures[i + 1]];
      if (y.value > x.value && close({ end: x.range.end - start }, { start: y.range.start - start })) out.push(y.value - x.value);
    }
  }
  const dates = writtenDates(text);
  for (let i = 0; i + 1 < dates.length; i++) {
    const [x, y] = [dates[i], dates[i + 1]];
    if (dates.length > 2 && !close(x.range, y.range)) continue;
    const yx = x.year ?? y.year ?? 2023;
    const yy = y.year ?? x.year ?? 2023;
    const days = (Date.UTC(yy, y.month - 1, y.day) - Date.UTC(yx, x.month - 1, x.day)) / 86_400_000;
    if (days <= 0) continue;
    if (unit === 'day') out.push(days, days + 1);
    else if (unit === 'week') out.push(days / 7, (days + 1) / 7);
    else if (unit === 'month') out.push((yy - yx) * 12 + y.month - x.month);
    else if (unit === 'year' && x.year !== undefined && y.year !== undefined) out.push(yy - yx, yy - yx - (y.month * 100 + y.day < x.month * 100 + x.day ? 1 : 0));
  }
  return out;
}
