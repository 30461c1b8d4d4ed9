/**
 * A figure a sentence works out from figures the page gives together, where the page does not write it: in the page
 * sentence (and the next) that states most of the rest of the sentence, the figure is
 * - a difference of two of its figures of the same kind ("rose by 20" from 80 to 100, "a majority of 25" from 312
 *   votes to 287, "fell by $2 million" from $10 million to $8 million), or their sum, or with a word of a total ("a
 *   total of", "in all", "over three days") the sum of three or four ("65 patients" from 42, 17 and 6);
 * - a percentage: the change from one to the other ("rose by 25%" from 80,000 to 100,000), the share of one in the
 *   other ("three-quarters" for "Of the 40 councillors, 30 voted"), or, before "points", the gap of two percentages
 *   ("rose 0.5 percentage points" from 4.0% to 4.5%);
 * - "N times" one over the other ("10 times higher" for $500,000 and $5 million);
 * - with a word of a rate ("per", "each", "a", "average"), a sum of money or a count over a count ("£3,000 per family"
 *   from £12 million and 4,000 families), and, where the page says "each", a sum of money times a count ("£300,000"
 *   for 30 schools each receiving £10,000);
 * - a length of time in years, months, weeks or days between two of its years or dates ("for 4 years" from 2010 to
 *   2014, "lasted 21 days" from 3 March to 24 March, "closed for 18 months" from January 2022 to July 2023), or an age
 *   from a year of birth ("at the age of 70", born in 1952, elected in 2022).
 * Only for a sentence that gives no other figure, year or date (one that does works its figures out itself, and is
 * checked for it elsewhere). A wrong figure can fall on one of these values by chance: a warning missed, never one given.
 */
import { contentStems, firstEndingAfter } from '../text';
import { backsFigure, extractFigures, type Figure } from './numbers';
import { writtenDates } from './dates';
import type { SourceEvidence } from './evidence';

/** The share of the sentence's other content words the page sentence (and the next) must hold. */
const SAME_STATEMENT = 0.6;
/** How many figures of a kind a window's sums are made of, at most. */
const MAX_FIGURES = 8;
/** How many windows of a page are read for one figure, at most. */
const MAX_WINDOWS = 4;

const TOTAL = /\b(?:total|in all|altogether|combined|overall|all told|in total|over\s+(?:two|three|four|five|six|seven|\d+)\s+(?:days|weeks|months|years))\b/i;
const RATE = /^\s*(?:[\p{L}-]+\s+)?(?:per|each|a|an|every)\b|\b(?:averaged?|average of|per)\s+$/iu;
const EACH = /\b(?:each|apiece|per)\b/i;
const TIMES = /^\s*(?:times|-fold|fold)\b/i;
/** Words of a difference before or after a figure: "rose by 20", "a majority of 25", "14 points ahead", "$2 million less". */
const DIFFERENCE_BEFORE = /\b(?:by|margin\s+of|majority\s+of|gap\s+of|difference\s+of|lead\s+of|increase\s+of|decrease\s+of|rise\s+of|fall\s+of|drop\s+of|up|down)\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|more\s+than|less\s+than)\s+)?$/i;
const DIFFERENCE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:more|less|fewer|higher|lower|ahead|behind|up|down)\b/iu;
/** Words of a change in percent: "rose by 25%", "a 15% rise", "up 50%". */
const CHANGE = /\b(?:by|up|down|rose|fell|grew|increased|decreased|jumped|dropped|climbed|cut|raised)\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|more\s+than|less\s+than)\s+)?$|^\s*(?:rise|increase|fall|drop|decrease|jump|cut|growth|decline|more|less|higher|lower)\b/i;
const POINTS = /^\s*(?:percentage\s+)?points?\b/i;
const SPAN_UNIT = /^[\s-]*(years?|months?|weeks?|days?)\b/i;
const AGE_BEFORE = /\b(?:aged?|age\s+of|at|was)\s+$/i;
const AGE_AFTER = /^(?:-year-old|\s+years?\s+old)\b/i;

export function workedOutOfPage(figure: Figure, claim: string, sources: SourceEvidence[]): boolean {
  if (figure.kind === 'year' || !(figure.value > 0)) return false;
  // A sentence that gives amounts of its own works its figure out of them (`workedOutOfOwn`), from the right ones or not,
  // and one that gives years or dates its lengths of time (`spans.ts`): "sold 33 years later, in 2001" after "went
  // public in 1985" is checked there, not here. (Years that only say when, "rose by 20 between 2019 and 2023", leave an
  // amount's change to the page.)
  const others = extractFigures(claim).filter((f) => f.range.start !== figure.range.start);
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
    for (let k = 0; k < s.sentences.length && read < MAX_WINDOWS; k++) {
      const a = s.sentences[k];
      const b = s.sentences[k + 1];
      let held = 0;
      for (const w of words) if (a.stemSet.has(w) || b?.stemSet.has(w)) held++;
      if (held < SAME_STATEMENT * words.length) continue;
      read++;
      const range = { start: a.range.start, end: (b ?? a).range.end };
      const figures: Figure[] = [];
      for (let i = firstEndingAfter(s.figures, range.start, (g) => g.range); i < s.figures.length && s.figures[i].range.start < range.end; i++) figures.push(s.figures[i]);
      if (derived(figure, claim, before, after, figures, s.text.slice(range.start, range.end), range.start, ownDates)) return true;
    }
  }
  return false;
}

/** Whether `figure` is one of the values worked out of a window's `figures` (and its dates) that the sentence's words allow. */
function derived(figure: Figure, claim: string, before: string, after: string, figures: Figure[], text: string, start: number, ownDates: boolean): boolean {
  const backs = (x: number) => Number.isFinite(x) && x > 0 && backsFigure(figure, { kind: figure.kind, value: Math.round(x * 1e9) / 1e9, text: '', range: figure.range, unit: 1 });
  const unit = SPAN_UNIT.exec(after)?.[1].toLowerCase().replace(/s$/, '');
  if (figure.kind === 'number' && (unit || AGE_BEFORE.test(before) || AGE_AFTER.test(after))) {
    if (!ownDates && spans(text, start, figures, unit).some(backs)) return true;
    return false;
  }
  const of = (kind: Figure['kind']) => figures.filter((g) => g.kind === kind && g.value > 0).slice(0, MAX_FIGURES);
  const pairs = <T>(xs: T[], f: (x: T, y: T) => boolean) => xs.some((x, i) => xs.some((y, j) => i !== j && f(x, y)));
  if (figure.kind === 'percent') {
    if (POINTS.test(after)) return pairs(of('percent'), (x, y) => backs(y.value - x.value));
    const change = CHANGE.test(before) || CHANGE.test(after);
    const share = !!figure.share || /^\s*(?:of|in)\b/i.test(after);
    return (['number', 'money'] as const).some((kind) => pairs(of(kind), (x, y) => (change && backs(((y.value - x.value) / x.value) * 100)) || (share && x.value < y.value && backs((x.value / y.value) * 100))));
  }
  const same = of(figure.kind);
  if (TIMES.test(after)) return pairs(same.length ? same : of('money'), (x, y) => backs(y.value / x.value));
  const total = TOTAL.test(claim);
  if (DIFFERENCE_BEFORE.test(before) || DIFFERENCE_AFTER.test(after)) {
    if (pairs(same, (x, y) => backs(y.value - x.value))) return true;
  }
  if (total && (pairs(same, (x, y) => backs(x.value + y.value)) || sums(same.map((g) => g.value)).some(backs))) return true;
  const counts = of('number');
  if (RATE.test(after) || RATE.test(before)) {
    if ([...same, ...of('money')].some((x) => counts.some((y) => x !== y && backs(x.value / y.value)))) return true;
  }
  if (figure.kind === 'money' && total && EACH.test(text) && of('money').some((x) => counts.some((y) => backs(x.value * y.value)))) return true;
  return false;
}

/** The sums of three and four of `values`. */
function sums(values: number[]): number[] {
  const out: number[] = [];
  const n = values.length;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      for (let k = j + 1; k < n; k++) {
        out.push(values[i] + values[j] + values[k]);
        for (let l = k + 1; l < n; l++) out.push(values[i] + values[j] + values[k] + values[l]);
      }
  return out;
}

/**
 * The lengths of time between the window's years and dates, in `unit` (years when none: an age), each counted with
 * and without its last day or year; an age from the year after "born" to each later one.
 */
function spans(text: string, start: number, figures: Figure[], unit: string | undefined): number[] {
  const years = figures.filter((g) => g.kind === 'year').map((g) => g.value);
  const dates = writtenDates(text);
  const out: number[] = [];
  if (!unit) {
    // The year of birth: the first year within 40 characters after "born" ("born on 3 February 1952").
    const born = /\bborn\b/i.exec(text);
    const birth = born && figures.find((g) => g.kind === 'year' && g.range.start - start > born.index && g.range.start - start < born.index + 40);
    if (!birth) return out;
    for (const y of years) if (y > birth.value) out.push(y - birth.value, y - birth.value - 1);
    return out;
  }
  if (unit === 'year') for (const x of years) for (const y of years) if (y > x) out.push(y - x);
  for (const x of dates) {
    for (const y of dates) {
      if (x === y) continue;
      const yx = x.year ?? y.year ?? 2023;
      const yy = y.year ?? x.year ?? 2023;
      const days = (Date.UTC(yy, y.month - 1, y.day) - Date.UTC(yx, x.month - 1, x.day)) / 86_400_000;
      if (days <= 0) continue;
      if (unit === 'day') out.push(days, days + 1);
      else if (unit === 'week') out.push(days / 7, (days + 1) / 7);
      else if (unit === 'month') out.push((yy - yx) * 12 + y.month - x.month);
      else if (unit === 'year' && x.year !== undefined && y.year !== undefined) out.push(yy - yx, yy - yx - (y.month * 100 + y.day < x.month * 100 + x.day ? 1 : 0));
    }
  }
  return out;
}
