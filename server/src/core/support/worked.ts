/**
 * A figure no cited source writes, which the writer may have worked out of two figures a passage about the sentence
 * gives: a difference ("a loss of £210,000" for "down from £620,000 to £410,000"), a total ("a total of 134 homes"
 * for two rows of 38 and 96), a share ("just under three-quarters of the total" for 85,790 of 117,450), a change in
 * percent, the rest of a whole ("two-thirds lived outside the borough" for a borough's 34%), or a month's figure made
 * a year's. The sentence must say which it is (a word of difference or change, of a total, of a share, of the rest, of
 * a year), the page's figures must be stated of what the sentence names (`statedOf`), and the result must be the
 * sentence's figure as the sentence writes it (exact for a whole count, to its rounding for "£1.1m" or "4.5", as
 * qualified for "about a third").
 *
 * Such a figure is not passed as backed: arithmetic on the page's figures can land on a wrong figure by chance. It is
 * told to the writer as information, with the two figures, in place of a warning that the figure is not in the source
 * (`supportDiagnostics.ts`); the score counts it as found. The checks that pass a worked figure as the page's own
 * (`fromPage.ts`, `arithmeticBacked`) are narrower: the page joins the two figures, the sentence has no other amount.
 * Two read-throughs narrowed it: a change said up or down is of two figures the page dates or joins as one change,
 * the way it says; a share's part and whole are joined by the page ("3.1 of the 9.8"); each figure is of the sentence's
 * subject ("£1.1m more on road repairs than on libraries" is no £4.2m of road repairs less £3.1m of school buildings).
 */
import { contentStems, firstEndingAfter, isStopword, stem, tokenize, type OffsetRange } from '../text';
import { backsFigure, extractFigures, type Figure } from './numbers';
import { sentenceIndexAt, type SourceEvidence } from './evidence';
import { comparedWithNamedColumn, columnHeaderOf } from './tables';
import { CELL_SEPARATOR } from '../sources/sourceTypes';
import { DOWN_WORDS, UP_WORDS, anyWord } from './directions';

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
/** How many figures of a kind are paired, at most (those nearest the passage). */
const MAX_FIGURES = 20;

/** Words of a difference or change near the figure: "a loss of", "rose by", "£230,000 drop", "more than", "short of". */
const DIFFERENCE = /\b(?:loss|lost|los(?:e|ing)|drop(?:s|ped)?|fall|fell|fallen|cut|cuts|gap|difference|rise|rose|risen|increase[ds]?|grew|grown|growth|gain(?:ed|s)?|more|less|fewer|higher|lower|short|shortfall|sav(?:ed|ing|ings)|above|below|ahead|behind|clear\s+of|wide(?:r|ned)|narrow(?:er|ed)|extra|additional|remaining|left|leaving|better|worse|beat|missed|jump(?:ed)?|climb(?:ed)?|decline[ds]?|reduc(?:ed|tion)|added|adding|boost(?:ed)?|surplus|deficit|outstanding|still\s+needs?)\b/i;
/** A name set beside a phrase after its comma, up to the next comma or the end: ", Sigmundur Davíð Gunnlaugsson,". */
const APPOSITIVE_NAME = /^,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s*(?:[,;.]|$)/u;
/** "Up" and "down" only of a figure ("up 5.8%", "down by £2m", "900 up"): not "picked up", "turned down". */
const UP_DOWN_BEFORE = /\b(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$/i;
const UP_DOWN_AFTER = /^\s*(?:\p{L}+\s+)?(?:up|down)\b(?!\s*-)/iu;
const TOTAL = /\b(?:total(?:led|ling|s)?|in\s+all|combined|together|altogether|sum\s+of|the\s+sum|overall|between\s+them|came\s+to|all\s+told|in\s+total|added\s+up)\b/i;
const SHARE = /^\s*(?:of|in)\b|\b(?:share|proportion|fraction|portion|majority|minority)\b/i;
/** Words of the rest of a whole: "lived outside the borough", "the other two-thirds". */
const REST = /\b(?:outside|other|others|rest|remaining|remainder|beyond|elsewhere|except|besides)\b/i;
const A_YEAR = /^\s*(?:[\p{L}-]+\s+)?(?:a|per|each|every)\s+year\b|^\s*(?:[\p{L}-]+\s+)?(?:annually|yearly)\b|\b(?:annual|yearly)\s+(?:[\p{L}-]+\s+)?$/iu;
const A_MONTH = /^\s*(?:[\p{L}-]+\s+)?(?:a|per|each|every)\s+month\b|^\s*(?:[\p{L}-]+\s+)?monthly\b|\bmonthly\s+(?:[\p{L}-]+\s+)?$/iu;
/**
 * Words of a change up and down (not "better" or "improved", whose way depends on what is measured; not "higher" or
 * "lower", which compare two things as often as two times).
 */
const UP = anyWord(UP_WORDS);
const DOWN = anyWord(DOWN_WORDS, 'discount', 'discounted', 'cheaper', 'loss', 'lost');
/** Words of a comparison of two things, and the way: "£1.1m more … than on libraries". */
const MORE = /^(?:more|higher|greater|bigger|larger|ahead|above|longer|over)$/i;
const LESS = /^(?:less|fewer|lower|smaller|behind|below|shorter|under)$/i;
/** After a figure, points: a difference of two percentages ("3.2 points", "1.5 percentage points"). */
const POINTS = /^(?:age)?\s*(?:percentage\s+)?(?:points?|pts?|pp)\b/i;
/** Between a share and the figure of its whole: "of its", "of the total", "of its". */
const WHOLE_BETWEEN = /^\s*of\s+(?:(?:the|its|their|his|her|our|this|that|a|an|all)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** Stems of the words amounts are written with. */
const AMOUNT_WORDS = new Set(contentStems('hundred thousand million billion trillion per cent percent percentage point points pound pounds dollar dollars euro euros'));
/** A share of what the sentence has just given: "passed £3,500, more than two-thirds of it for …". */
const OF_IT = /^\s*of\s+(?:it|them|this|that|those|these)\b/i;
/** A figure written to a rounding: decimals or a scale ("4.5", "£1.1m", "3 million"); a whole count is exact. */
const ROUNDED = /[.]\d|\d\s?(?:k|m|bn|million|billion|thousand|trillion)\b/i;

/**
 * How the sentence's figure may be worked out of the figures of a passage that states the rest of the sentence, or
 * undefined. `claim` is the sentence, `figure` one of its figures that no source gives.
 */
export function workedFigure(figure: Figure, claim: string, sources: SourceEvidence[]): WorkedFigure | undefined {
  if (figure.kind === 'year' || figure.clock || !(figure.value > 0)) return undefined;
  // (The score and the figures' checks both ask of a sentence's figure, the second of the sentence with its marker
  // blanked: the answer is kept for the last sentence.)
  const key = claim.trimEnd();
  if (!kept || kept.claim !== key || kept.sources.length !== sources.length || kept.sources.some((x, i) => x !== sources[i])) kept = { claim: key, sources: [...sources], answers: new Map() };
  const at = `${figure.range.start}:${figure.range.end}`;
  if (kept.answers.has(at)) return kept.answers.get(at);
  const answer = workedAfresh(figure, claim, sources);
  kept.answers.set(at, answer);
  return answer;
}
let kept: { claim: string; sources: SourceEvidence[]; answers: Map<string, WorkedFigure | undefined> } | undefined;

/** What the sentence says of its figure, read once for every passage: which arithmetic, how it rounds, what it is of. */
interface Reading {
  figure: Figure;
  ops: { difference: boolean; total: boolean; share: boolean; rest: boolean; year: boolean };
  /** Whether a worked value is the figure as the sentence writes it. */
  backs: (v: number) => boolean;
  /** The sentence after the figure, to the end of its clause. */
  after: string;
  /** The content stems of the figure's clause: what the page's figures must be stated of. */
  words: Set<string>;
  /** The whole a share is of, where the sentence gives it with a figure. */
  whole?: Figure;
  /** The content stems of what the figure is of, after it ("half the threshold the Commission recommended"). */
  ofWhat: Set<string>;
  /** Where a change went, where the sentence says so ("to 17.9%"). */
  to?: Figure;
  /** The clause's other figures. */
  anchors: Figure[];
  /** Which way the sentence says a change went: 1, -1, or 0. */
  way: number;
  /** The years the figure's clause names ("In 2024, …"). */
  years: number[];
  /** A comparison of two things: which way ("more" 1, "less" -1), and the words of the second ("than on libraries"). */
  compared?: { way: number; than: Set<string> };
}

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
    difference: DIFFERENCE.test(near) || UP_DOWN_BEFORE.test(before) || UP_DOWN_AFTER.test(after),
    total: TOTAL.test(clause),
    share: percent && (!!figure.share || SHARE.test(after) || /\bor\s+(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))?\s*$/i.test(before)),
    rest: percent && REST.test(clause),
    year: !percent && (A_YEAR.test(after.slice(0, 30)) || A_YEAR.test(before)),
  };
  if (!ops.difference && !ops.total && !ops.share && !ops.rest && !ops.year) return undefined;
  // Which way the sentence says it went, read in the figure's own part of the clause ("Sales fell 3%, but the margin
  // improved by 3.2 points": not "fell").
  const partStart = Math.max(clauseStart, ...[',', ' but ', ' while '].map((c) => claim.lastIndexOf(c, from) + (claim.lastIndexOf(c, from) >= 0 ? c.length : 0)));
  const partEnds = [',', ' but ', ' while '].map((c) => claim.indexOf(c, figure.range.end)).filter((i) => i >= 0 && i < clauseStart + clause.length);
  const part = `${claim.slice(partStart, from)} ${claim.slice(figure.range.end, partEnds.length ? Math.min(...partEnds) : clauseStart + clause.length)}`;
  const up = UP.test(part);
  const down = DOWN.test(part);
  // (The nearest "to" figure after the figure, else before it: "fell 8.2% to £212m and … contracted by 3.2 points to 17.9%".)
  const tos = extractFigures(clause).filter((f) => f.kind !== 'year' && /\bto\s+(?:about\s+|around\s+|roughly\s+)?$/i.test(clause.slice(Math.max(0, (f.approxStart ?? f.range.start) - 20), f.approxStart ?? f.range.start)));
  const to = tos.find((f) => clauseStart + f.range.start > figure.range.start) ?? tos[tos.length - 1];
  // The clause's other figures (not years): a difference is from one of them where the passage gives it.
  // (Not the whole of an opening "Of the 703 ballots cast," before a difference: "… Jones received 41 more than Smith".)
  const ofWhole = !percent ? /^\s*(?:of|out\s+of)\s+[^,;]{1,80},/i.exec(clause) : null;
  const anchors = extractFigures(clause).filter((f) => f.kind !== 'year' && clauseStart + f.range.start !== figure.range.start && !(ofWhole && f.range.end <= ofWhole[0].length && clauseStart + ofWhole[0].length <= figure.range.start));
  // The whole a share is of, when the sentence gives it: "of its $9.8 million requirement", "of the 173".
  const whole = extractFigures(claim).find((f) => f.kind !== 'year' && f.range.start > figure.range.end && WHOLE_BETWEEN.test(claim.slice(figure.range.end, f.approxStart ?? f.range.start)));
  // A comparison: "£1.1m more on road repairs than on libraries", "2 points ahead of Reform UK".
  const comparison = /^\s*(?:[\p{L}-]+\s+){0,2}?(more|less|fewer|higher|lower|greater|bigger|larger|smaller|ahead|behind|above|below|longer|shorter|over|under)\b([^.;]*?)\b(?:than|of)\b([^.;,]*)/iu.exec(claim.slice(figure.range.end, figure.range.end + 120));
  // (With the name set beside the second thing, "than the sitting chair, Sigmundur Gunnlaugsson,": the page may name it so.)
  const named = comparison ? APPOSITIVE_NAME.exec(claim.slice(figure.range.end + comparison.index + comparison[0].length, figure.range.end + comparison.index + comparison[0].length + 80))?.[1] ?? '' : '';
  const compared = comparison ? { way: MORE.test(comparison[1]) ? 1 : LESS.test(comparison[1]) ? -1 : 0, than: new Set(contentStems(`${comparison[3]} ${named}`)) } : undefined;
  // Whether a worked value is the sentence's figure as it is written: exact for a whole count ("160 goals" is no 163),
  // to its rounding where it is written to one (never more than 2.5% off, or half a point of a whole percentage), or as
  // it is qualified ("about a third", "just under £540m").
  const backs = (v: number): boolean => {
    if (!Number.isFinite(v) || v <= 0) return false;
    if (figure.approx || figure.share) return backsFigure(figure, { kind: figure.kind, value: v, text: '', range: figure.range, unit: 1e-9 });
    const tolerance = figure.kind === 'percent' && figure.unit >= 1 ? 0.5 : ROUNDED.test(figure.text) ? Math.min(figure.unit / 2, 0.025 * figure.value) : 0;
    return Math.abs(v - figure.value) <= tolerance + 1e-9 * figure.value;
  };
  // (Not the words of amounts themselves, "million", "per cent": every figure of the page has them.)
  const words = new Set(contentStems(clause).filter((x) => !/^\d/.test(x) && !AMOUNT_WORDS.has(x)));
  const rest = claim.slice(figure.range.end, clauseStart + clause.length);
  const ofWhat = new Set(contentStems(rest.split(/[,;]/)[0]).filter((x) => !/^\d/.test(x) && !AMOUNT_WORDS.has(x)));
  const years = [...clause.matchAll(YEAR_WORD)].map((m) => Number(m[0]));
  const reading: Reading = { figure, ops, backs, after: rest, words, whole, ofWhat, to, anchors, way: up === down ? 0 : up ? 1 : -1, compared: compared?.way ? compared : undefined, years };
  // The word the figure is of ("leaving £538m unallocated"): where the passage gives a figure of its own kind with that
  // word, the page says it, and a figure worked out otherwise is not told as maybe right.
  const ofWord = /^\s*(?:[\p{L}-]+\s+)?([\p{L}]{4,})/u.exec(after)?.[1];
  const ofStem = ofWord && !isStopword(ofWord.toLowerCase()) ? stem(ofWord.toLowerCase()) : undefined;
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si];
    const hits = passages(s, clause, anchors);
    for (const k of hits) {
      const pool = poolAround(s, k);
      if (ofStem && pool.some((g) => g.kind === figure.kind && statedWith(s.text, g, ofStem))) continue;
      const found = workedIn(pool, s, hits[0], reading);
      if (found) return { source: si, ...found };
    }
  }
  return undefined;
}

/**
 * The sentences of a source that state the clause best, by its search (at most `PASSAGES`), then the first that gives
 * each of the clause's own figures ("Paid admissions came to 85,790, …": the row "Paid admissions | 85,790").
 */
function passages(s: SourceEvidence, clause: string, anchors: Figure[]): number[] {
  const out = s
    .search(clause)
    .slice(0, PASSAGES)
    .map((h) => h.index);
  for (const a of anchors.slice(0, PASSAGES)) {
    const g = s.figures.find((f) => backsFigure(a, f));
    const k = g ? sentenceIndexAt(s.sentences, g.range.start) : -1;
    if (k >= 0 && !out.includes(k)) out.push(k);
  }
  return out;
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

/** How the figure is worked out of a passage's figures (`pool`), of source `s`; `subject` is the row or sentence that states the sentence best. */
function workedIn(pool: Figure[], s: SourceEvidence, subject: number, r: Reading): Omit<WorkedFigure, 'source'> | undefined {
  const { figure, ops, backs, after, whole, anchors } = r;
  const text = s.text;
  const points = POINTS.test(after);
  const percent = figure.kind === 'percent' || !!figure.share;
  // The figures of a kind nearest the passage, in the page's order.
  const ofKind = (kind: Figure['kind']) => {
    const all = pool.filter((g) => g.kind === kind);
    if (all.length <= MAX_FIGURES) return all;
    const distance = (g: Figure) => Math.abs(sentenceIndexAt(s.sentences, g.range.start) - subject);
    return [...all]
      .sort((x, y) => distance(x) - distance(y))
      .slice(0, MAX_FIGURES)
      .sort((x, y) => x.range.start - y.range.start);
  };
  // Amounts: a share or a change in percent is worked out of counts or sums of money; a difference or total of its own kind.
  const amounts = percent ? [...ofKind('number'), ...ofKind('money')] : ofKind(figure.kind);
  const compared = comparedWithNamedColumn(s, after);
  // Each figure is of what the sentence names, or is the sentence's own figure.
  const mine = (g: Figure) => anchors.some((a) => backsFigure(a, g));
  // (How much each figure is stated of the sentence, read once a figure: pairs ask of each figure many times.)
  const stated = new Map<Figure, number>();
  const times = (g: Figure) => {
    let n = stated.get(g);
    if (n === undefined) stated.set(g, (n = timesStated(s, g, r.words, subject)));
    return n;
  };
  const tied = (g: Figure) => mine(g) || times(g) > 0;
  // (A share's part is the figure of its kind stated most of what the sentence names: "51% of the money it needs for
  // water" is no share of health's $6.4 million, which is stated with "needs" too.)
  const mostStated = (g: Figure, whole: Figure) => {
    const n = times(g);
    return n > 0 && amounts.every((h) => h.kind !== g.kind || h === whole || totalRow(s, h) || times(h) <= n);
  };
  // A figure the page gives of another year than the sentence's clause names is of another time ("In 2024, Lindqvist
  // received 41 more than Berg" is no 370 less Berg's "329 votes in 2021").
  const ofYear = (g: Figure) => {
    if (!r.years.length) return true;
    const k = sentenceIndexAt(s.sentences, g.range.start);
    if (k < 0 || s.sentences[k].row) return true;
    const theirs = [...ownPart(s, g, s.sentences[k].range).matchAll(YEAR_WORD)].map((m) => Number(m[0]));
    return !theirs.length || theirs.some((y) => r.years.includes(y));
  };
  const pairs = (xs: Figure[], each: (x: Figure, y: Figure) => WorkedFigure['op'] | undefined): Omit<WorkedFigure, 'source'> | undefined => {
    for (let i = 0; i < xs.length; i++)
      for (let j = 0; j < xs.length; j++) {
        if (i === j || xs[i].kind !== xs[j].kind || xs[i].value === xs[j].value) continue;
        // (The arithmetic first, which most pairs fail, then what the pair is of.)
        const op = each(xs[i], xs[j]);
        if (op && sameMeasure(s, xs[i], xs[j], subject) && compared(xs[i], xs[j]) && ofYear(xs[i]) && ofYear(xs[j])) return { op, of: [xs[i], xs[j]], value: figure.value };
      }
    return undefined;
  };
  // A change said up or down is from the earlier of two figures the page dates or joins as one change to the later,
  // that way ("rose by 20" is no "fell from 100 to 80"; "rose by £19m" no "£212m (Q3 2023: £231m)"); where the page
  // says neither which is earlier, it is not told as worked out.
  const changed = (x: Figure, y: Figure) => {
    if (!r.way) return true;
    const order = pageOrder(s, x, y);
    return order !== 0 && Math.sign((order > 0 ? y.value - x.value : x.value - y.value)) === r.way;
  };
  const thanStated = new Map<Figure, number>();
  // A comparison of two things is of the sentence's first thing less its second, the way it says ("more … than on
  // libraries": libraries' figure the lower).
  const comparedAs = (higher: Figure, lower: Figure) => {
    const c = r.compared;
    if (!c || r.way) return true;
    const [other, own] = c.way > 0 ? [lower, higher] : [higher, lower];
    const than = (g: Figure) => {
      let n = thanStated.get(g);
      if (n === undefined) thanStated.set(g, (n = timesStated(s, g, c.than, -1)));
      return n;
    };
    // (Stated with more of them than the other: both may be "candidates", one of them "the Green candidate, Rui Santos".)
    return than(other) > than(own);
  };
  // A difference or a total of its own kind; a difference in points of two percentages ("3.2 points", "by 1.5 percentage points").
  if (!percent || points) {
    const own = points ? ofKind('percent') : amounts;
    // (A difference from a figure the clause gives that the passage gives too is from that one: "74.2% …, 4.4 points
    // better than in October 2023" is 74.2 less another, not two other cells.)
    const anchored = own.filter(mine);
    const fromMine = (x: Figure, y: Figure) => !anchored.length || anchored.includes(x) || anchored.includes(y);
    // (A change to a figure the sentence gives is from the other figure of the pair to that one.)
    const along = (x: Figure, y: Figure) => !r.to || !r.way || (backsFigure(r.to, x) ? Math.sign(x.value - y.value) === r.way : backsFigure(r.to, y) ? Math.sign(y.value - x.value) === r.way : false);
    const found = pairs(own, (x, y) =>
      ops.difference && x.value > y.value && backs(x.value - y.value) && tied(x) && tied(y) && fromMine(x, y) && along(x, y) && changed(x, y) && comparedAs(x, y)
        ? 'difference'
        : ops.total && x.range.start < y.range.start && backs(x.value + y.value) && tied(x) && tied(y)
          ? 'total'
          : undefined,
    );
    if (found) return found;
  }
  if (percent) {
    // (A share of the whole the sentence names with a figure is of that figure: "more than half of its $9.8 million";
    // of "the total" or "all" of them, of the largest of its kind there, not of a part.)
    const ofTotal = /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:total|whole|all)\b/i.test(after);
    // (A table's total row is the whole of its column, whatever else the passage gives.)
    const largest = (y: Figure) => !ofTotal || totalRow(s, y) || amounts.every((g) => g.kind !== y.kind || g.value <= y.value);
    const found = pairs(amounts, (x, y) =>
      ops.share && x.value < y.value && backs((100 * x.value) / y.value) && (mine(x) || mostStated(x, y)) && (!whole || backsFigure(whole, y)) && (wholeOf(s, x, y) || (mine(x) && statedOf(s, y, r.ofWhat, -1)) || (mine(y) && OF_IT.test(after))) && largest(y)
        ? 'share'
        : ops.difference && r.way !== 0 && backs((100 * Math.abs(y.value - x.value)) / x.value) && tied(x) && tied(y) && !downColumn(s, x, y) && changed(x, y) && pageOrder(s, x, y) > 0
          ? 'change'
          : undefined,
    );
    if (found) return found;
    if (ops.rest) {
      // (The rest after a group the sentence names, said of it without a denial: not "45% said they did not".)
      const whole = ofKind('percent').find((g) => g.value < 100 && times(g) > 0 && !deniedNear(text, g) && backs(100 - g.value));
      if (whole) return { op: 'rest', of: [whole], value: figure.value };
    }
  }
  if (ops.year && !percent) {
    for (const g of ofKind(figure.kind)) {
      const at = g.range.end;
      if (A_MONTH.test(text.slice(at, at + 30)) && times(g) > 0 && backs(g.value * 12)) return { op: 'year', of: [g], value: figure.value };
    }
  }
  return undefined;
}

/**
 * Whether two figures of a page measure the same thing, as arithmetic on them needs: two cells of the row of a table
 * that states the sentence (`subject`), or of one column (the same number of cells before each); in prose, two sums
 * of money or two percentages, or two counts followed by the same word ("£620,000 … £410,000", "149 knots … 137
 * knots"; not "20-minute" and "40-60 programme"), or after the same verb, one of them with no word after it ("won
 * 5,812 votes; … won 2,406.").
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
  const [ax, ay] = [wordAfter(s.text, x.range.end), wordAfter(s.text, y.range.end)];
  if (ax === ay) return true;
  // One count with its noun, the other with none after the same verb ("Byrne won 5,812 votes; Santos won 2,406."): the
  // noun is understood.
  const bare = (g: Figure) => /^\s*(?:[.;,)]|$)/.test(s.text.slice(g.range.end, g.range.end + 3));
  const verbBefore = (g: Figure) => /([\p{L}]+)\s+$/u.exec(s.text.slice(Math.max(0, g.range.start - 30), g.range.start))?.[1]?.toLowerCase();
  const verb = verbBefore(x);
  return ((ax === '' && bare(x)) || (ay === '' && bare(y))) && !!verb && !isStopword(verb) && verb === verbBefore(y);
}

/**
 * Whether a page's figure is stated of what `words` name: a cell of the row that states the sentence (`subject`), or
 * of a row whose first cell has one of the words; in prose, one of the words among those around it in its own part of
 * its sentence (up to a comma, a semicolon, "and" or "while": "Libraries will receive £1.9m, and parks £1.4m").
 */
function statedOf(s: SourceEvidence, g: Figure, words: Set<string>, subject: number): boolean {
  return timesStated(s, g, words, subject) > 0;
}

/** How many of `words` a page's figure is stated with (`statedOf`); a cell of the `subject` row, all of them. */
function timesStated(s: SourceEvidence, g: Figure, words: Set<string>, subject: number): number {
  const k = sentenceIndexAt(s.sentences, g.range.start);
  if (k < 0) return 0;
  const sentence = s.sentences[k];
  if (sentence.row) {
    if (k === subject) return Math.max(1, words.size);
    const label = s.text.slice(sentence.range.start, sentence.range.end).split(CELL_SEPARATOR)[0];
    return new Set(contentStems(label).filter((x) => words.has(x))).size;
  }
  const own = ownPart(s, g, sentence.range);
  return new Set(contentStems(own).filter((x) => !/^\d/.test(x) && words.has(x))).size;
}
/** The words of a page figure's own part of its sentence (`range`): up to a comma, a semicolon, "and" or "while" each way. */
function ownPart(s: SourceEvidence, g: Figure, range: OffsetRange): string {
  const before = s.text.slice(range.start, g.approxStart ?? g.range.start);
  const after = s.text.slice(g.range.end, range.end);
  // (A parenthesis is read with what it is in: "Operating profit of £212m (Q3 2023: £231m)".)
  let from = Math.max(-1, ...[',', ';', ' and ', ' while '].map((c) => before.lastIndexOf(c))) + 1;
  // (A verb whose subject has a name or a title set beside it, "the Green candidate, Rui Santos, won 2,406", "Dame Judith
  // Carr-Evans, the sitting MP, took 18,903": the subject and the words beside it are the figure's.)
  const beside = from > 0 && before[from - 1] === ',' && before.slice(from).trim().split(/\s+/).length <= 2 ? APPOSITIVE_BEFORE.exec(before.slice(0, from)) : null;
  if (beside) from = Math.max(-1, ...[',', ';', ' and ', ' while '].map((c) => before.lastIndexOf(c, beside.index - 1))) + 1;
  return `${before.slice(from)} ${after.slice(0, Math.min(after.length, ...[',', ';', ' and ', ' while '].map((c) => after.indexOf(c)).filter((i) => i >= 0)))}`;
}
/** A year written out: 1900 to 2099. */
const YEAR_WORD = /(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)/g;
/** A name or a title set beside what comes before it, ending at a comma: ", Rui Santos,", ", the sitting MP,". */
const APPOSITIVE_BEFORE = /,\s*(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*|(?:the|a|an|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s*,$/u;

/**
 * Which of two page figures the page gives as the earlier: 1 where `x` is, -1 where `y` is, 0 where it does not say.
 * "From A to B", "B, up from A", "B, compared with A", "B (Q3 2023: A)", "B against A": A; two cells of one row, the
 * one whose column's header names the earlier year.
 */
function pageOrder(s: SourceEvidence, x: Figure, y: Figure): number {
  const [a, b] = x.range.start < y.range.start ? [x, y] : [y, x];
  const sign = a === x ? 1 : -1;
  const k = sentenceIndexAt(s.sentences, a.range.start);
  if (k >= 0 && s.sentences[k].row) {
    if (sentenceIndexAt(s.sentences, b.range.start) !== k) return 0;
    const ya = yearOf(columnHeaderOf(s, a));
    const yb = yearOf(columnHeaderOf(s, b));
    return ya && yb && ya !== yb ? (ya < yb ? sign : -sign) : 0;
  }
  const between = s.text.slice(a.range.end, b.approxStart ?? b.range.start);
  const lead = s.text.slice(Math.max(0, (a.approxStart ?? a.range.start) - 16), a.approxStart ?? a.range.start);
  if (/\bfrom\s+(?:about\s+|around\s+)?\S{0,3}$/i.test(lead) && /^[^.;]{0,60}?\bto\s+(?:about\s+|around\s+)?\S{0,3}$/i.test(between)) return sign;
  if (/^[^.;]{0,60}?(?:\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|previously|before|on)\b|\()[^.;()]{0,30}$/i.test(between)) return -sign;
  return 0;
}

/** A year a column's header names ("2024", "FY2023", "Q3 2023", "2023/24": its first), or undefined. */
function yearOf(header: string | undefined): number | undefined {
  const m = header && /(?<!\d)(19\d\d|20\d\d)(?!\d)|\bFY\s?(\d\d)\b/i.exec(header);
  return m ? (m[1] ? Number(m[1]) : 2000 + Number(m[2])) : undefined;
}

/** Whether a denial stands beside a page's figure, in the words around it ("45% said they did not"). */
function deniedNear(text: string, g: Figure): boolean {
  return /\b(?:not|no|never|none)\b|n['’]t\b/i.test(`${text.slice(Math.max(0, g.range.start - 30), g.range.start)} ${text.slice(g.range.end, g.range.end + 40).split(/[,;.]/)[0]}`);
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

/** Whether a figure is a cell of a table's row of a whole. */
function totalRow(s: SourceEvidence, g: Figure): boolean {
  const k = sentenceIndexAt(s.sentences, g.range.start);
  return k >= 0 && !!s.sentences[k].row && TOTAL_ROW.test(s.text.slice(s.sentences[k].range.start, s.sentences[k].range.end));
}

/**
 * Whether `y` may be the whole `x` is a share of: in one row, any; down a table's column, only the cell of its row of
 * the whole ("Paid admissions | 85,790" of "Total | 117,450"; not one fee of another row's); in prose, one the page
 * joins to the part ("$3.1 million of the $9.8 million", "Of the 40 councillors, 30").
 */
function wholeOf(s: SourceEvidence, x: Figure, y: Figure): boolean {
  const kx = sentenceIndexAt(s.sentences, x.range.start);
  const ky = sentenceIndexAt(s.sentences, y.range.start);
  if (ky >= 0 && s.sentences[ky].row) return kx === ky || totalRow(s, y);
  if (x.range.start < y.range.start) return /^\s*(?:of|out\s+of)\s+(?:(?:the|its|their|a|an|all)\s+)?(?:total\s+(?:of\s+)?)?\S{0,3}$/i.test(s.text.slice(x.range.end, y.approxStart ?? y.range.start));
  return /\bof\s+(?:(?:the|its|their|all)\s+)?\S{0,3}$/i.test(s.text.slice(Math.max(0, (y.approxStart ?? y.range.start) - 16), y.approxStart ?? y.range.start)) && /^[^.;]{0,40}$/.test(s.text.slice(y.range.end, x.approxStart ?? x.range.start));
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
