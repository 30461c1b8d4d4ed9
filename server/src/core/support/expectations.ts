/**
 * A figure set against what was expected the other way round: "Imports fell 1.4%, more than had been expected" where the
 * page says "imports dropped a smaller-than-expected 1.4%". Both give the figure, so the figure check backs it; what the
 * page says of it against the forecast is the opposite. Said only where the page is clear:
 * - the sentence has one comparison with what was expected ("more than expected", "a bigger-than-forecast", "better than
 *   predicted"), and a figure;
 * - one sentence of the sources gives that figure (as the figure check reads it) with one comparison with what was
 *   expected, the other way ("smaller-than-expected" for "more than expected", "worse" for "better");
 * - and it holds half of the sentence's other content words (it is about the same thing);
 * - and no sentence of the sources gives the figure with the sentence's own way.
 */
import { contentStems } from '../text';
import type { SourceEvidence } from './evidence';
import { backsFigure, extractFigures } from './numbers';

/** A comparison with what was expected: the comparative, and "than (had been) expected". */
const EXPECTED = /\b(more|less|bigger|smaller|larger|greater|higher|lower|better|worse|stronger|weaker|faster|slower|sharper|steeper|deeper|milder|fewer)(?:-|\s+)than(?:-|\s+)(?:(?:had\s+been|has\s+been|was|were|is|are|been|had|initially|originally|many|most|analysts|economists)\s+)*(expected|forecast|forecasted|predicted|anticipated|estimated|feared|hoped|projected)\b/gi;
/** The comparatives of more, and of better: each comparison's way (better and worse are their own pair). */
const UP = new Set(['more', 'bigger', 'larger', 'greater', 'higher', 'stronger', 'faster', 'sharper', 'steeper', 'deeper']);
const DOWN = new Set(['less', 'smaller', 'lower', 'weaker', 'slower', 'milder', 'fewer']);
const wayOf = (word: string): string => {
  const w = word.toLowerCase();
  return UP.has(w) ? 'up' : DOWN.has(w) ? 'down' : w === 'better' ? 'better' : 'worse';
};
const OPPOSITE: Record<string, string> = { up: 'down', down: 'up', better: 'worse', worse: 'better' };
/** A page sentence must hold this share of the sentence's other content words. */
const SAME_THING = 0.5;
/** How many source sentences with a comparison are read, per source. */
const READ = 200;

export function expectationReversed(claim: string, evs: readonly SourceEvidence[]): { mine: string; theirs: string } | undefined {
  const mine = [...claim.matchAll(EXPECTED)];
  if (mine.length !== 1) return undefined;
  const way = wayOf(mine[0][1]);
  const figures = extractFigures(claim).filter((f) => f.kind !== 'year');
  if (!figures.length) return undefined;
  const words = contentStems(claim.slice(0, mine[0].index) + ' ' + claim.slice(mine[0].index! + mine[0][0].length)).filter((x) => !/^\d/.test(x));
  if (words.length < 2) return undefined;
  let found: { theirs: string } | undefined;
  for (const ev of evs) {
    if (!/than[-\s]/i.test(ev.text)) continue;
    let read = 0;
    for (const s of ev.sentences) {
      const text = ev.text.slice(s.range.start, s.range.end);
      if (!/than[-\s]/i.test(text)) continue;
      const theirs = [...text.matchAll(EXPECTED)];
      if (theirs.length !== 1 || ++read > READ) continue;
      const pageFigures = extractFigures(text);
      if (!figures.some((f) => pageFigures.some((g) => g.kind === f.kind && backsFigure(f, g)))) continue;
      if (words.filter((x) => s.stemSet.has(x)).length < SAME_THING * words.length) continue;
      const theirWay = wayOf(theirs[0][1]);
      // Said the sentence's way somewhere: no contradiction.
      if (theirWay === way) return undefined;
      if (theirWay === OPPOSITE[way]) found ??= { theirs: theirs[0][0] };
    }
  }
  return found && { mine: mine[0][0], theirs: found.theirs };
}
