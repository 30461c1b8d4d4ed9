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
import { contentStems, squash, type OffsetRange } from '../text';
import { sentenceIndexAt, type SourceEvidence } from './evidence';
import { backsFigure, extractFigures, type Figure } from './numbers';

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
const CHANGE_WORD =
  /\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grew|grow|grows|growing|grown|increas\w*|decreas\w*|declin\w*|dropp?\w*|climb\w*|jump\w*|slipp?\w*|slid|slide|shr[aiu]nk\w*|cut|cuts|raised?|raising|lower\w*|reduc\w*|expand\w*|went|gone|surg\w*|soar\w*|plung\w*|plummet\w*|doubl\w*|halv\w*|swell\w*|swollen|boost\w*|improv\w*|worsen\w*|up|down)\b/i;

/** The text of the clause before a point: back to the last semicolon, period or line break, at most 80 characters. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 80), at);
  return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
}

/** Whether a sentence of the source other than sentence `except` gives both figures of the change (one pass over its figures). */
function bothInAnother(ev: SourceEvidence, c: Change, except: number): boolean {
  const from = new Set<number>();
  const to = new Set<number>();
  for (const g of ev.figures) {
    const a = backsFigure(c.from, g);
    const b = backsFigure(c.to, g);
    if (!a && !b) continue;
    const k = sentenceIndexAt(ev.sentences, g.range.start);
    if (k < 0 || k === except) continue;
    if (a) from.add(k);
    if (b) to.add(k);
  }
  for (const k of from) if (to.has(k)) return true;
  return false;
}
