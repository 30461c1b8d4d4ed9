/**
 * A change told the wrong way round: "attendance rose from 69% to 84%" where the page says it "declined from 84% to
 * 69%". Both figures are on the page, so the figure check backs each; the two make one statement, and the page
 * states its opposite. Said only where the page is clear:
 * - the sentence gives a change between two different figures, "from A to B" or "to B from A";
 * - a sentence of the sources gives the same two figures as a change the other way ("from B to A", "to A from B"),
 *   and holds two of the sentence's other content words (it is about the same thing);
 * - both are changes (a word of change before them in their clause: "rose", "fell", "up", "cut"…), not ranges or
 *   scales ("cost from $20 to $60", "graded from 6 to 1");
 * - and no sentence of the sources gives them the sentence's way round, nor do both figures stand together in another
 *   sentence (which may give the change in other words: "fell to 69% in 2020, down from 84%").
 */
import { contentStems, squash, stem, type OffsetRange } from '../text';
import { sentenceIndexAt, type SourceEvidence } from './evidence';
import { backsFigure, extractFigures, type Figure } from './numbers';
import { DOWN_WORDS, UP_WORDS, anyWord, wordsPattern } from './directions';

interface Change {
  from: Figure;
  to: Figure;
  /** From the first figure's start to the second's end, in the text. */
  range: OffsetRange;
}

/** Between two figures of a change: "from A to B" (the text before A ends in "from"), or "to B from A". */
function changesIn(text: string, figures: readonly Figure[]): Change[] {
  const out: Change[] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i], figures[i + 1]];
    const between = text.slice(a.range.end, (b.approxStart ?? b.range.start));
    if (between.length > 12) continue;
    const before = text.slice(Math.max(0, (a.approxStart ?? a.range.start) - 8), a.approxStart ?? a.range.start);
    if (/\bfrom\s+$/i.test(before) && /^\s+(?:to|into)\s+$/i.test(between)) out.push({ from: a, to: b, range: { start: a.range.start, end: b.range.end } });
    else if (/\bto\s+$/i.test(before) && /^,?\s+from\s+$/i.test(between)) out.push({ from: b, to: a, range: { start: a.range.start, end: b.range.end } });
  }
  return out;
}

/** Each source's changes, read once. */
const changesKept = new WeakMap<SourceEvidence, Change[]>();
function sourceChanges(ev: SourceEvidence): Change[] {
  let c = changesKept.get(ev);
  if (!c) changesKept.set(ev, (c = /\bfrom\b/i.test(ev.text) ? changesIn(ev.text, ev.figures) : []));
  return c;
}

/** The sentence's change that a source gives the other way round, with the source's words for it. */
export function reversedChange(sentence: string, evs: readonly SourceEvidence[]): { mine: string; theirs: string } | undefined {
  if (!/\bfrom\b/i.test(sentence)) return undefined;
  const mine = changesIn(sentence, extractFigures(sentence)).filter((c) => c.from.value !== c.to.value);
  if (!mine.length) return undefined;
  for (const c of mine) {
    const words = new Set(contentStems(sentence.slice(0, c.range.start) + ' ' + sentence.slice(c.range.end)).filter((x) => !/^\d/.test(x)));
    if (words.size < 2) continue;
    // A change, not a range or a scale ("cost from $20 to $60", "graded from 6 to 1"): a word of change in its clause.
    if (!CHANGE_WORD.test(clauseBefore(sentence, c.range.start))) continue;
    const same = (g: Change) => backsFigure(c.from, g.from) && backsFigure(c.to, g.to);
    const reversed = (g: Change) => backsFigure(c.from, g.to) && backsFigure(c.to, g.from);
    if (evs.some((ev) => sourceChanges(ev).some(same))) continue;
    for (const ev of evs) {
      for (const g of sourceChanges(ev)) {
        if (!reversed(g) || !CHANGE_WORD.test(clauseBefore(ev.text, g.range.start))) continue;
        const k = sentenceIndexAt(ev.sentences, g.range.start);
        if (k < 0 || new Set(ev.sentences[k].stems.filter((x) => words.has(x))).size < 2) continue;
        // Another sentence with both figures may give the change the sentence's way in other words ("fell to 69% in 2020,
        // down from 84%", "rose from 4% in 2007 to 9% in 2010"): not sure.
        if (evs.some((e) => bothInAnother(e, c, e === ev ? k : -1))) return undefined;
        return { mine: squash(sentence.slice(c.range.start, c.range.end)), theirs: squash(ev.text.slice(g.range.start, g.range.end)) };
      }
    }
  }
  return undefined;
}

/** A word of change: the sentence's or the page's "from A to B" is a change, not a range or a scale. */
const CHANGE_WORD = anyWord(
  [...UP_WORDS, ...DOWN_WORDS, ...new Set([...UP_WORDS, ...DOWN_WORDS].map(stem).filter((x) => !['contract', 'narrow', 'eas'].includes(x)))],
  ...['increas\\w*', 'decreas\\w*', 'declin\\w*', 'dropp?\\w*', 'climb\\w*', 'jump\\w*', 'slipp?\\w*', 'shr[aiu]nk\\w*', 'lower\\w*', 'reduc\\w*', 'expand\\w*', 'surg\\w*', 'soar\\w*', 'plung\\w*', 'plummet\\w*'],
  ...['went', 'gone', 'doubl\\w*', 'halv\\w*', 'swell\\w*', 'swollen', 'boost\\w*', 'improv\\w*', 'worsen\\w*'],
);

/** The text of the clause before a point: back to the last semicolon, period or line break, at most 80 characters. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 80), at);
  return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
}

/** The sign of a table row's change cell ("+2.2 pts": 1; "(1.5) pts", "-6.4%": -1), 0 where it has none or both. */
function rowSign(ev: SourceEvidence, k: number): number {
  const s = ev.sentences[k];
  const signs = new Set([...ev.text.slice(s.range.start, s.range.end).matchAll(/(?:^|\|)\s*([+\-−–]|\()\s?\d[\d.,]*\)?\s*(?:pts?|pp|%)?\s*(?=\||$)/g)].map((m) => (m[1] === '+' ? 1 : -1)));
  return signs.size === 1 ? [...signs][0] : 0;
}

/** Whether a sentence of the source other than sentence `except`, but a table's row giving the change the other way, gives both figures of the change (one pass over its figures). */
function bothInAnother(ev: SourceEvidence, c: Change, except: number): boolean {
  const from = new Set<number>();
  const to = new Set<number>();
  for (const g of ev.figures) {
    const a = backsFigure(c.from, g);
    const b = backsFigure(c.to, g);
    if (!a && !b) continue;
    const k = sentenceIndexAt(ev.sentences, g.range.start);
    // (A table's row gives both figures in its columns, no change in words: "Portfolio occupancy (%) | 90.2 | 91.7"; it
    // tells the change's way only by a signed cell, "(1.5) pts", "+2.2 pts", which must be the sentence's way to count.)
    if (k < 0 || k === except || (ev.sentences[k].row && rowSign(ev, k) === (c.to.value > c.from.value ? -1 : 1))) continue;
    if (a) from.add(k);
    if (b) to.add(k);
  }
  for (const k of from) if (to.has(k)) return true;
  return false;
}

/**
 * Two figures given the other way round between two groups: "Men averaged 2.6 µg a day and women 3.2 µg" where the
 * page says "3.2 ug for men and 2.6 ug for women". Said only where sure:
 * - the sentence has two parts joined by "and" (or a semicolon), each with one figure of the same kind (two different
 *   values) and a word of its own the other part lacks ("men", "women");
 * - one page sentence, not a table's row, gives both figures once each, in two parts joined the same way, and each
 *   figure's part there has the other group's word and not its own;
 * - and no sentence of the sources gives a figure with its own group's word in one part.
 */
export function swappedPair(sentence: string, evs: readonly SourceEvidence[]): { mine: string; theirs: string } | undefined {
  if (!/\band\b|;/i.test(sentence)) return undefined;
  const mine = pairIn(sentence, extractFigures(sentence));
  if (!mine) return undefined;
  const [a, b] = mine;
  const onlyA = a.words.filter((w) => !b.words.includes(w));
  const onlyB = b.words.filter((w) => !a.words.includes(w));
  if (!onlyA.length || !onlyB.length) return undefined;
  for (const ev of evs) {
    for (const k of new Set(ev.figures.filter((g) => backsFigure(a.figure, g)).map((g) => sentenceIndexAt(ev.sentences, g.range.start)))) {
      if (k < 0 || ev.sentences[k].row) continue;
      const s = ev.sentences[k];
      const text = ev.text.slice(s.range.start, s.range.end);
      const theirs = pairIn(text, ev.figures.filter((g) => g.range.start >= s.range.start && g.range.end <= s.range.end).map((g) => ({ ...g, range: { start: g.range.start - s.range.start, end: g.range.end - s.range.start }, approxStart: g.approxStart === undefined ? undefined : g.approxStart - s.range.start })));
      if (!theirs) continue;
      const [x, y] = theirs;
      // (The page's part with the sentence's first figure, and the one with its second.)
      const [withA, withB] = backsFigure(a.figure, x.figure) && backsFigure(b.figure, y.figure) ? [x, y] : backsFigure(a.figure, y.figure) && backsFigure(b.figure, x.figure) ? [y, x] : [undefined, undefined];
      if (!withA || !withB) continue;
      const has = (p: Part, ws: string[]) => ws.some((w) => p.words.includes(w));
      if (has(withA, onlyB) && !has(withA, onlyA) && has(withB, onlyA) && !has(withB, onlyB)) return { mine: squash(sentence), theirs: squash(text) };
    }
  }
  return undefined;
}

interface Part {
  figure: Figure;
  words: string[];
}

/**
 * A text's two parts joined by "and" or a semicolon, each with one figure (of one kind, two values), each part bounded
 * by the colon or semicolon before or after it ("… per day: 3.2 ug for men and 2.6 ug for women"): else undefined.
 */
function pairIn(text: string, figures: readonly Figure[]): [Part, Part] | undefined {
  let found: [Part, Part] | undefined;
  for (const cut of text.matchAll(/\s+and\s+|;\s*/gi)) {
    const at = cut.index!;
    const after = at + cut[0].length;
    const from = Math.max(text.lastIndexOf(':', at), cut[0].startsWith(';') ? -1 : text.lastIndexOf(';', at)) + 1;
    const next = text.slice(after).search(/[:;]/);
    const to = next < 0 ? text.length : after + next;
    const first = figures.filter((f) => f.range.start >= from && f.range.end <= at);
    const second = figures.filter((f) => f.range.start >= after && f.range.end <= to);
    if (first.length !== 1 || second.length !== 1 || first[0].kind !== second[0].kind || first[0].value === second[0].value) continue;
    // (One such pair only: a sentence of several is not read.)
    if (found) return undefined;
    const words = (a: number, b: number) => contentStems(text.slice(a, b)).filter((w) => !/^\d/.test(w));
    found = [
      { figure: first[0], words: words(from, at) },
      { figure: second[0], words: words(after, to) },
    ];
  }
  return found;
}

/** A word of a rise, and of a fall, right before a figure ("rose 5.2%", "was up by about 5%", "fell by £2m"). */
const ROUGHLY = '(?:by\\s+)?(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|some\\s+|roughly\\s+|just\\s+over\\s+|just\\s+under\\s+|more\\s+than\\s+|less\\s+than\\s+)?$';
const RISE_BEFORE = new RegExp(`\\b${wordsPattern(UP_WORDS)}\\s+${ROUGHLY}`, 'i');
const FALL_BEFORE = new RegExp(`\\b${wordsPattern(DOWN_WORDS)}\\s+${ROUGHLY}`, 'i');
/** A noun of a rise, and of a fall, right after a figure ("a 5.2% rise", "a £2m drop"). */
const RISE_AFTER = /^[\s-]*(?:rise|increase|gain|jump|growth)\b/i;
const FALL_AFTER = /^[\s-]*(?:fall|drop|decline|decrease|reduction)\b/i;
/** Words that end the part of a sentence a figure is said in. */
const PART_END = /[,;:()]|\b(?:but|while|whereas|and)\b/i;

/** The way a change is said right at a figure of `text`: 1 a rise, -1 a fall, 0 neither (or "up to", a bound). */
function wayAt(text: string, f: Figure): number {
  const at = f.approxStart ?? f.range.start;
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(f.range.end, f.range.end + 20);
  const up = RISE_BEFORE.test(before) || RISE_AFTER.test(after);
  const down = FALL_BEFORE.test(before) || FALL_AFTER.test(after);
  return up === down ? 0 : up ? 1 : -1;
}

/** The content stems of the part of `text` before a figure, back to the part's start: what the change is of ("Group revenue"). */
function subjectOf(text: string, f: Figure): string[] {
  const before = text.slice(Math.max(0, (f.approxStart ?? f.range.start) - 100), f.approxStart ?? f.range.start);
  const cut = [...before.matchAll(new RegExp(PART_END.source, 'gi'))].pop();
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const from = Math.max(cut ? cut.index! + cut[0].length : 0, sentenceStart + 1);
  return contentStems(before.slice(from)).filter((x) => !/^\d/.test(x) && !CHANGE_WORD.test(x));
}

/**
 * A change the page gives the other way at the same figure: "Group revenue fell 5.2%" where the page says "Group
 * revenue was up 5.2%". Said only where sure: the sentence says the way right at its figure ("fell 5.2%", "a 5.2%
 * fall"); a sentence of the sources gives the same figure with the other way right at it, of the same thing (every
 * word of what the sentence's change is of, two at least, in the page's part before its figure) and of the sentence's
 * year where both name one; and no sentence of the sources gives that figure the sentence's way of that thing (its words
 * anywhere before the figure in the page's sentence: "Revenue rose 5% in 2023 and fell 5% in 2024").
 */
export function changeOtherWay(sentence: string, evs: readonly SourceEvidence[]): { mine: string; theirs: string } | undefined {
  for (const f of extractFigures(sentence)) {
    if (f.kind === 'year' || f.clock) continue;
    const way = wayAt(sentence, f);
    if (!way) continue;
    const subject = [...new Set(subjectOf(sentence, f))];
    if (subject.length < 2) continue;
    const years = yearsIn(sentence);
    let theirs: { ev: SourceEvidence; g: Figure } | undefined;
    let agreed = false;
    for (const ev of evs) {
      for (const g of ev.figures) {
        if (!backsFigure(f, g)) continue;
        const other = wayAt(ev.text, g);
        if (!other) continue;
        const k = sentenceIndexAt(ev.sentences, g.range.start);
        const sentenceText = k >= 0 ? ev.text.slice(ev.sentences[k].range.start, g.range.start) : '';
        // The sentence's way, of its thing anywhere before the figure in the page's sentence ("Revenue rose 5% in 2023
        // and fell 5% in 2024" gives a fall of revenue too).
        if (other === way) {
          const before = new Set(contentStems(sentenceText));
          if (subject.every((x) => before.has(x))) agreed = true;
          continue;
        }
        // The other way, of the same thing in the figure's own part, and of the sentence's year where both give one.
        const of = new Set(subjectOf(ev.text, g));
        if (!subject.every((x) => of.has(x))) continue;
        const theirYears = k >= 0 ? yearsIn(ev.text.slice(ev.sentences[k].range.start, ev.sentences[k].range.end)) : [];
        if (years.length && theirYears.length && !years.some((y) => theirYears.includes(y))) continue;
        theirs ??= { ev, g };
      }
    }
    if (theirs && !agreed) return { mine: changeText(sentence, f, way), theirs: changeText(theirs.ev.text, theirs.g, -way) };
  }
  return undefined;
}

/** A change as written at a figure, its word of the way `way` with it: "fell 5.2%", "up 5.2%", "a 5.2% rise" ("5.2% rise"). */
function changeText(text: string, f: Figure, way: number): string {
  const at = f.approxStart ?? f.range.start;
  const before = text.slice(Math.max(0, at - 40), at);
  const word = (way > 0 ? RISE_BEFORE : FALL_BEFORE).exec(before);
  if (word) return squash(text.slice(at - before.length + word.index, f.range.end));
  const noun = (way > 0 ? RISE_AFTER : FALL_AFTER).exec(text.slice(f.range.end, f.range.end + 20));
  return squash(text.slice(at, f.range.end + (noun?.[0].length ?? 0)));
}

/** The years a text gives (as figures). */
function yearsIn(text: string): number[] {
  return extractFigures(text)
    .filter((f) => f.kind === 'year')
    .map((f) => f.value);
}
