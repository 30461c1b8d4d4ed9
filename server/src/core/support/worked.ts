/**
 * A figure no cited source writes, which the writer may have worked out of two figures a passage about the sentence
 * gives: a difference ("a loss of £210,000" for "down from £620,000 to £410,000"), a total ("a total of 134 homes"
 * for two rows of 38 and 96), a share ("just under three-quarters of the total" for 85,790 of 117,450), a change in
 * percent (of the first figure, the way the sentence says it went: a rise of the lower, a cut of the higher), the rest
 * of a whole ("two-thirds lived outside the borough" for a borough's 34%), or a month's figure made a year's. The sentence must say which it is (a word of difference, of a total, of a share, of the rest, of a
 * year), and the result must be the sentence's figure as the sentence rounds it.
 *
 * Such a figure is not passed as supported: arithmetic on the page's figures can land on a wrong figure by chance. It is
 * told to the writer as information, with the two figures and the sum, in place of a warning that the figure is not in
 * the source (`supportDiagnostics.ts`). The checks that pass a worked figure as the page's own (`fromPage.ts`,
 * `arithmeticBacked`) are narrower: the page joins the two figures, the sentence has no other amount.
 */
import { firstEndingAfter, isStopword, stem, tokenize } from '../text';
import { backsFigure, extractFigures, type Figure } from './numbers';
import { sentenceIndexAt, type SourceEvidence } from './evidence';
import { comparedWithNamedColumn } from './tables';
import { CELL_SEPARATOR } from '../sources/sourceTypes';

export type WorkedOp = 'difference' | 'total' | 'share' | 'change' | 'rest' | 'year';

export interface WorkedFigure {
  source: number;
  op: WorkedOp;
  /** The page's figures it is worked out of (one for the rest of a whole and a year's figure). */
  of: Figure[];
  value: number;
}

/** How many sentences around a passage that states the sentence are read; how many passages of a source. */
const AROUND = 1;
const PASSAGES = 3;
/** A table's rows read with a row that states the sentence, each way. */
const TABLE_ROWS = 16;
/** How many figures of a kind are paired, at most (the first in the page's order). */
const MAX_FIGURES = 20;

/** Words of a difference or change near the figure: "a loss of", "rose by", "£230,000 drop", "more than", "short of". */
const DIFFERENCE = /\b(?:loss|lost|los(?:e|ing)|drop(?:s|ped)?|fall|fell|fallen|cut|cuts|gap|difference|rise|rose|risen|increase[ds]?|grew|grown|growth|gain(?:ed|s)?|more|less|fewer|higher|lower|down|(?<!-|\b(?:mak(?:e|es|ing)|made|t(?:ake|akes|aking|ook)|sums?|sets?|end(?:s|ed)?)\s)up(?!\s+to\b|-)|short|shortfall|sav(?:ed|ing|ings)|above|below|ahead|behind|wide(?:r|ned)|narrow(?:er|ed)|extra|additional|remaining|left|leaving|better|worse|beat|missed|jump(?:ed)?|climb(?:ed)?|decline[ds]?|reduc(?:ed|tion)|added|adding|boost(?:ed)?|surplus|deficit|outstanding|still\s+needs?)\b/i;
const TOTAL = /\b(?:total(?:led|ling|s)?|in\s+all|combined|together|altogether|sum|overall|between\s+them|came\s+to|all\s+told|in\s+total|added\s+up)\b/i;
const SHARE = /^\s*(?:of|in)\b|\b(?:share|proportion|fraction|portion|majority|minority)\b/i;
const REST = /\b(?:outside|other|others|rest|remaining|remainder|not|non|beyond|elsewhere|except|besides|without)\b/i;
const A_YEAR = /^\s*(?:[\p{L}-]+\s+)?(?:a|per|each|every)\s+year\b|^\s*(?:[\p{L}-]+\s+)?(?:annually|yearly)\b|\b(?:annual|yearly)\s+(?:[\p{L}-]+\s+)?$/iu;
/** Words of a change up and down (not "better" or "improved", whose way depends on what is measured). */
const UP = /\b(?:widen(?:ed|s|ing)?|rose|rise[ns]?|rising|grew|gain(?:ed)?|jump(?:ed)?|climb(?:ed|s)?|surged?|soared|expanded|increased?|raised|higher)\b/i;
const DOWN = /\b(?:discount(?:ed)?|off|cheaper|saving|contract(?:ed|s|ing)?|narrow(?:ed|s|ing)?|fell|fall(?:s|en)?|down|cut|cuts|lowered|decreased?|drop(?:ped)?|trimm?(?:ed|s)?|slipped|slid|declined?|dipped|plunged|tumbled|shrank|eased|reduced?|lower)\b/i;
/** After a figure, points: a difference of two percentages ("3.2 points", "1.5 percentage points"). */
const POINTS = /^(?:age)?\s*(?:percentage\s+)?(?:points?|pts?|pp)\b/i;
/** Between a share and the figure of its whole: "of its", "of the total", "of its". */
const WHOLE_BETWEEN = /^\s*of\s+(?:(?:the|its|their|his|her|our|this|that|a|an|all)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const A_MONTH = /^\s*(?:[\p{L}-]+\s+)?(?:a|per|each|every)\s+month\b|^\s*(?:[\p{L}-]+\s+)?monthly\b|\bmonthly\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * How the sentence's figure may be worked out of the figures of a passage that states the rest of the sentence, or
 * undefined. `claim` is the sentence, `figure` one of its figures that no source gives.
 */
export function workedFigure(figure: Figure, claim: string, sources: SourceEvidence[]): WorkedFigure | undefined {
  if (figure.kind === 'year' || figure.clock || !(figure.value > 0)) return undefined;
  // (The score and the figures' checks both ask of a sentence's figure: the answer is kept for the last sentence.)
  if (!kept || kept.claim !== claim || kept.sources.length !== sources.length || kept.sources.some((x, i) => x !== sources[i])) kept = { claim, sources: [...sources], answers: new Map() };
  const key = `${figure.range.start}:${figure.range.end}`;
  if (kept.answers.has(key)) return kept.answers.get(key);
  const answer = workedAfresh(figure, claim, sources);
  kept.answers.set(key, answer);
  return answer;
}
let kept: { claim: string; sources: SourceEvidence[]; answers: Map<string, WorkedFigure | undefined> } | undefined;

function workedAfresh(figure: Figure, claim: string, sources: SourceEvidence[]): WorkedFigure | undefined {
  const from = figure.approxStart ?? figure.range.start;
  // The clause the figure is in: what the passages are found by, and what says the arithmetic.
  const clauseStart = Math.max(claim.lastIndexOf(';', from), claim.lastIndexOf('. ', from)) + 1;
  const ends = [claim.indexOf(';', figure.range.end), claim.indexOf('. ', figure.range.end)].filter((i) => i >= 0);
  const clause = claim.slice(clauseStart, ends.length ? Math.min(...ends) : claim.length);
  const before = claim.slice(Math.max(clauseStart, from - 40), from);
  const after = claim.slice(figure.range.end, figure.range.end + 40);
  const near = `${before} ${after}`;
  const percent = figure.kind === 'percent' || !!figure.share;
  const ops = {
    difference: DIFFERENCE.test(near),
    total: TOTAL.test(clause),
    share: percent && (!!figure.share || SHARE.test(after) || /\bor\s+(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))?\s*$/i.test(before)),
    rest: percent && REST.test(clause),
    year: !percent && (A_YEAR.test(after.slice(0, 30)) || A_YEAR.test(before)),
  };
  if (!ops.difference && !ops.total && !ops.share && !ops.rest && !ops.year) return undefined;
  // Which way the sentence says a difference went, and where to, when it says both ("contracted by 3.2 points to 17.9%").
  const up = UP.test(near);
  const down = DOWN.test(near);
  // (The nearest "to" figure after the figure, else before it: "fell 8.2% to £212m and … contracted by 3.2 points to 17.9%".)
  const tos = extractFigures(clause).filter((f) => f.kind !== 'year' && /\bto\s+(?:about\s+|around\s+|roughly\s+)?$/i.test(clause.slice(Math.max(0, (f.approxStart ?? f.range.start) - 20), f.approxStart ?? f.range.start)));
  const to = tos.find((f) => clauseStart + f.range.start > figure.range.start) ?? tos[tos.length - 1];
  const way = up !== down && to ? { to, sign: up ? 1 : -1 } : undefined;
  // The clause's other figures (not years): a difference is from one of them where the passage gives it.
  const anchors = extractFigures(clause).filter((f) => f.kind !== 'year' && clauseStart + f.range.start !== figure.range.start);
  // The whole a share is of, when the sentence gives it: "of its $9.8 million requirement", "of the 173".
  const whole = extractFigures(claim).find((f) => f.kind !== 'year' && f.range.start > figure.range.end && WHOLE_BETWEEN.test(claim.slice(figure.range.end, f.approxStart ?? f.range.start)));
  // Whether a worked value is the sentence's figure as it is written: to its rounding when it is exact (never more than
  // 2.5% off, or half a point of a whole percentage), or as it is qualified ("about a third", "just under £540m").
  const backs = (v: number): boolean => {
    if (!Number.isFinite(v) || v <= 0) return false;
    if (figure.approx || figure.share) return backsFigure(figure, { kind: figure.kind, value: v, text: '', range: figure.range, unit: 1e-9 });
    const tolerance = figure.kind === 'percent' && figure.unit >= 1 ? 0.5 : Math.min(figure.unit / 2, 0.025 * figure.value);
    return Math.abs(v - figure.value) <= tolerance + 1e-9 * figure.value;
  };
  // The word the figure is of ("leaving £538m unallocated"): where the passage gives a figure of its own kind with that
  // word, the page says it, and a figure worked out otherwise is not told as maybe right.
  const ofWord = /^\s*(?:[\p{L}-]+\s+)?([\p{L}]{4,})/u.exec(after)?.[1];
  const ofStem = ofWord && !isStopword(ofWord.toLowerCase()) ? stem(ofWord.toLowerCase()) : undefined;
  const reading: Reading = { figure, ops, backs, after: claim.slice(figure.range.end, clauseStart + clause.length), whole, way, anchors, changeWay: up === down ? 0 : up ? 1 : -1 };
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si];
    const hits = passages(s, clause);
    for (const k of hits) {
      const pool = poolAround(s, k);
      if (ofStem && pool.some((g) => g.kind === figure.kind && statedWith(s.text, g, ofStem))) continue;
      const found = workedIn(pool, s, hits[0], reading);
      if (found) return { source: si, ...found };
    }
  }
  return undefined;
}

/** The sentences of a source that state the clause best, by its search (at most `PASSAGES`). */
function passages(s: SourceEvidence, clause: string): number[] {
  return s
    .search(clause)
    .slice(0, PASSAGES)
    .map((h) => h.index);
}

/** The figures of sentence `k` and those around it: `AROUND` sentences each way, or a table's rows each way for a row. */
function poolAround(s: SourceEvidence, k: number): Figure[] {
  const sentences = s.sentences;
  let a = Math.max(0, k - AROUND);
  let b = Math.min(sentences.length - 1, k + AROUND);
  if (sentences[k].row) {
    while (a > 0 && k - a < TABLE_ROWS && sentences[a - 1].row) a--;
    while (b + 1 < sentences.length && b - k < TABLE_ROWS && sentences[b + 1].row) b++;
  }
  const start = sentences[a].range.start;
  const end = sentences[b].range.end;
  const out: Figure[] = [];
  for (let i = firstEndingAfter(s.figures, start, (g) => g.range); i < s.figures.length && s.figures[i].range.start < end; i++) {
    const g = s.figures[i];
    if (g.kind !== 'year' && !g.clock && g.value > 0) out.push(g);
  }
  return out;
}

/** What the sentence says of its figure, read once for every passage: which arithmetic, how it rounds, what it is of. */
interface Reading {
  figure: Figure;
  ops: { difference: boolean; total: boolean; share: boolean; rest: boolean; year: boolean };
  /** Whether a worked value is the figure as the sentence writes it. */
  backs: (v: number) => boolean;
  /** The sentence after the figure, to the end of its clause. */
  after: string;
  /** The whole a share is of, where the sentence gives it with a figure. */
  whole?: Figure;
  /** Where a change went, and which way, where the sentence says both. */
  way?: { to: Figure; sign: number };
  /** The clause's other figures. */
  anchors: Figure[];
  /** Which way the sentence says a change went: 1, -1, or 0. */
  changeWay: number;
}

/** How the figure is worked out of a passage's figures (`pool`), its source `s`; `subject` is the row that states the sentence best. */
function workedIn(pool: Figure[], s: SourceEvidence, subject: number, r: Reading): Omit<WorkedFigure, 'source'> | undefined {
  const { figure, ops, backs, after, whole, way, anchors } = r;
  const text = s.text;
  const points = POINTS.test(after);
  const percent = figure.kind === 'percent' || !!figure.share;
  const ofKind = (kind: Figure['kind']) => pool.filter((g) => g.kind === kind).slice(0, MAX_FIGURES);
  // Amounts: a share or a change in percent is worked out of counts or sums of money; a difference or total of its own kind.
  const amounts = percent ? [...ofKind('number'), ...ofKind('money')] : ofKind(figure.kind);
  const compared = comparedWithNamedColumn(s, after);
  const pairs = (xs: Figure[], each: (x: Figure, y: Figure) => WorkedFigure['op'] | undefined): Omit<WorkedFigure, 'source'> | undefined => {
    for (let i = 0; i < xs.length; i++)
      for (let j = 0; j < xs.length; j++) {
        if (i === j || xs[i].kind !== xs[j].kind || xs[i].value === xs[j].value || !sameMeasure(s, xs[i], xs[j], subject) || !compared(xs[i], xs[j])) continue;
        // (Two figures of prose are next to each other, no figure of their kind between them: "£410,000 …, down from
        // £620,000"; not revenue's $20 million and profit's $4 million of "from $10 million to $20 million, and profit
        // from $3 million to $4 million".)
        if (Math.abs(i - j) !== 1 && !inRow(s, xs[i]) && !inRow(s, xs[j])) continue;
        // (A change the sentence says went up or down is of two figures the page joins as one, the way it says: "rose by
        // 20" is no "fell from 100 to 80", and "fell by $3 million" no $8 million of revenue less $5 million of costs.)
        if (r.changeWay && (!joinedAsChange(s, xs[i], xs[j]) || pageWay(text, xs[i], xs[j]) === -r.changeWay)) continue;
        const op = each(xs[i], xs[j]);
        if (op) return { op, of: [xs[i], xs[j]], value: figure.value };
      }
    return undefined;
  };
  // A difference or a total of its own kind; a difference in points of two percentages ("3.2 points", "by 1.5 percentage points").
  if (!percent || points) {
    const own = points ? ofKind('percent') : amounts;
    // (A change said to have gone one way to a figure is from the other figure of the pair to that one, that way.)
    // (A difference from a figure the clause gives that the passage gives too is from that one: "74.2% …, 4.4 points
    // better than in October 2023" is 74.2 less another, not two other cells.)
    const mine = own.filter((g) => anchors.some((a) => backsFigure(a, g)));
    const anchored = (x: Figure, y: Figure) => !mine.length || mine.includes(x) || mine.includes(y);
    const along = (x: Figure, y: Figure) => !way || (backsFigure(way.to, x) ? Math.sign(x.value - y.value) === way.sign : backsFigure(way.to, y) ? Math.sign(y.value - x.value) === way.sign : false);
    const found = pairs(own, (x, y) => (ops.difference && x.value > y.value && anchored(x, y) && along(x, y) && backs(x.value - y.value) ? 'difference' : ops.total && x.range.start < y.range.start && backs(x.value + y.value) ? 'total' : undefined));
    if (found) return found;
  }
  if (percent) {
    // (A share of the whole the sentence names with a figure is of that figure: "more than half of its $9.8 million".)
    // (Of "the total" or "all" of them: of the largest of its kind there, not of a part.)
    const ofTotal = /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:total|whole|all)\b/i.test(after);
    const largest = (y: Figure) => !ofTotal || amounts.every((g) => g.kind !== y.kind || g.value <= y.value);
    const found = pairs(amounts, (x, y) => (ops.share && x.value < y.value && (!whole || backsFigure(whole, y)) && wholeOf(s, x, y) && largest(y) && backs((100 * x.value) / y.value) ? 'share' : ops.difference && r.changeWay !== 0 && !downColumn(s, x, y) && Math.sign(x.value - y.value) === -r.changeWay && backs((100 * Math.abs(y.value - x.value)) / x.value) ? 'change' : undefined));
    if (found) return found;
    if (ops.rest) {
      const whole = ofKind('percent').find((g) => g.value < 100 && backs(100 - g.value));
      if (whole) return { op: 'rest', of: [whole], value: figure.value };
    }
  }
  if (ops.year && !percent) {
    for (const g of ofKind(figure.kind)) {
      const at = g.range.end;
      if (A_MONTH.test(text.slice(at, at + 30)) && backs(g.value * 12)) return { op: 'year', of: [g], value: figure.value };
    }
  }
  return undefined;
}

/**
 * Whether two figures of a page measure the same thing, as arithmetic on them needs: two cells of the row of a table
 * that states the sentence (`subject`), or of one column (the same number of cells before each); in prose, two sums
 * of money or two percentages, or two counts followed by the same word ("£620,000 … £410,000", "149 knots … 137 knots"; not "20-minute" and "40-60 programme").
 */
function sameMeasure(s: SourceEvidence, x: Figure, y: Figure, subject: number): boolean {
  const kx = sentenceIndexAt(s.sentences, x.range.start);
  const ky = sentenceIndexAt(s.sentences, y.range.start);
  const rx = kx >= 0 && !!s.sentences[kx].row;
  const ry = ky >= 0 && !!s.sentences[ky].row;
  if (rx || ry) {
    if (!rx || !ry) return false;
    // (Two cells of one row only of the row that states the sentence best, its subject's: not "Arrivals" for "Departures".)
    if (kx === ky) return kx === subject;
    return cellsBefore(s, kx, x) === cellsBefore(s, ky, y);
  }
  if (x.kind === 'money' || x.kind === 'percent') return true;
  return wordAfter(s.text, x.range.end) === wordAfter(s.text, y.range.end);
}

/** How many cells of its row come before a figure. */
function cellsBefore(s: SourceEvidence, k: number, g: Figure): number {
  return s.text.slice(s.sentences[k].range.start, g.range.start).split(CELL_SEPARATOR).length - 1;
}

/** The stem of the word right after a figure (past a hyphen: "20-minute"), or "" where none follows. */
function wordAfter(text: string, at: number): string {
  const w = /^[\s-]{0,2}(\p{L}+)/u.exec(text.slice(at, at + 40))?.[1];
  return w ? stem(w.toLowerCase()) : '';
}

/** Whether two figures are cells of two rows of a table (a change is of one row, from column to column: not down one). */
function downColumn(s: SourceEvidence, x: Figure, y: Figure): boolean {
  const kx = sentenceIndexAt(s.sentences, x.range.start);
  const ky = sentenceIndexAt(s.sentences, y.range.start);
  return kx !== ky && kx >= 0 && ky >= 0 && !!s.sentences[kx].row && !!s.sentences[ky].row;
}

/** A table's row of a whole: "Total", "All visitors", "Overall". */
const TOTAL_ROW = /^\s*(?:\p{P}\s*)?(?:total|all|overall|combined|sum|whole|grand\s+total)\b/iu;

/**
 * Whether `y` may be the whole `x` is a share of: in prose, or in one row, any; down a table's column, only the cell of
 * its row of the whole ("Paid admissions | 85,790" of "Total | 117,450"; not one fee of another row's).
 */
function wholeOf(s: SourceEvidence, x: Figure, y: Figure): boolean {
  const kx = sentenceIndexAt(s.sentences, x.range.start);
  const ky = sentenceIndexAt(s.sentences, y.range.start);
  if (kx === ky || ky < 0 || !s.sentences[ky].row) return true;
  return TOTAL_ROW.test(s.text.slice(s.sentences[ky].range.start, s.sentences[ky].range.end));
}

/** How a figure is worked out of the page's figures (`of`, as they are to be shown), in words. */
export function workedHow(op: WorkedOp, of: string[]): string {
  const [a, b] = of;
  switch (op) {
    case 'difference':
      return `the difference of ${a} and ${b}`;
    case 'total':
      return `the total of ${a} and ${b}`;
    case 'share':
      return `${a} as a share of ${b}`;
    case 'change':
      return `the change from ${a} to ${b} in percent`;
    case 'rest':
      return `the rest of a whole after ${a}`;
    case 'year':
      return `twelve times ${a} a month`;
  }
}

/** Whether a figure is a cell of a table's row. */
function inRow(s: SourceEvidence, g: Figure): boolean {
  const k = sentenceIndexAt(s.sentences, g.range.start);
  return k >= 0 && !!s.sentences[k].row;
}

/**
 * Whether a page's figure has a word of stem `st` within three words before it or after the next ("£300m remains
 * unallocated"): not right after it, where the word is the figure's unit ("310 crowns a month").
 */
function statedWith(text: string, g: Figure, st: string): boolean {
  const before = tokenize(text.slice(Math.max(0, g.range.start - 30), g.range.start)).slice(-3);
  const after = tokenize(text.slice(g.range.end, g.range.end + 40)).slice(1, 4);
  return [...before, ...after].some((t) => t.stem === st);
}

/** Which way a page's change goes between two figures it joins "from" one "to" the other ("from 100 in 2019 to 80"): 1, -1, or 0 where it joins them otherwise. */
function pageWay(text: string, x: Figure, y: Figure): number {
  const [a, b] = x.range.start < y.range.start ? [x, y] : [y, x];
  if (!/\bfrom\s+(?:about\s+|around\s+)?\S{0,3}$/i.test(text.slice(Math.max(0, (a.approxStart ?? a.range.start) - 16), a.approxStart ?? a.range.start))) return 0;
  if (!/^[^.;]{0,60}?\bto\s+(?:about\s+|around\s+)?\S{0,3}$/i.test(text.slice(a.range.end, b.approxStart ?? b.range.start))) return 0;
  return Math.sign(b.value - a.value);
}

/** Between two figures of prose the page joins as one change or comparison: "from 80 … to 100", "£410,000 …, down from £620,000", "17.9% (Q3 2023: 21.1%)", "27-13". */
const JOINED_CHANGE = /^[^.;]{0,60}?\b(?:to|from|against|versus|vs\.?|compared\s+(?:with|to)|previously|before)\b[^.;]{0,20}$|^\s*\([^()]{0,30}$|^\s*[-–—]\s*$/i;

/** Whether two figures are joined as one change: two cells of one row of a table, or two figures of prose with `JOINED_CHANGE` between. */
function joinedAsChange(s: SourceEvidence, x: Figure, y: Figure): boolean {
  const kx = sentenceIndexAt(s.sentences, x.range.start);
  const ky = sentenceIndexAt(s.sentences, y.range.start);
  if (kx >= 0 && s.sentences[kx].row) return kx === ky;
  const [a, b] = x.range.start < y.range.start ? [x, y] : [y, x];
  return JOINED_CHANGE.test(s.text.slice(a.range.end, b.approxStart ?? b.range.start));
}
