/**
 * A figure a page gives another name in a list of names with their figures in parentheses: "Growth was slower in
 * Kestrel Bay (4.7%), Lowther Plains (3.8%) and Dunmere Valley (1.7%)", "Eskholm Isles (down 6.4%) and Cairnside
 * (down 4.1%)". A sentence that says "Lowther Plains grew by 4.7%" gives Lowther Plains Kestrel Bay's figure: the page
 * pairs each name with its own, as a table's rows do (`wrongRowFigure` in `tables.ts`).
 */
import type { Figure } from './numbers';
import type { SourceEvidence } from './evidence';
import { DIFFERENCE_AFTER } from './tables';
import { CELL_SEPARATOR } from '../sources/sourceTypes';
import { isStopword } from '../text';

/** A name a page writes with a figure in parentheses right after it, and the sentence it is in. */
interface Listed {
  name: string;
  figure: Figure;
  sentence: number;
}

/** A name of capitalised words (with "of", "and", "upon" inside it), right before an opening parenthesis. */
const NAME_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:(?:of|upon|on|de|la|le|the)\s+)?\p{Lu}[\p{L}'’.-]*){0,4})\s*\($/u;
/** What may stand in the parenthesis around the figure: "down 6.4%", "4.7%", "up by 12", "-3.1". */
const INSIDE = /^[\s\p{Ll}]{0,16}$/u;

const listedKept = new WeakMap<SourceEvidence, Listed[]>();

/** Each page's names with a figure in parentheses, read once (a parenthesis holding one figure and a few words only). */
function listedOf(s: SourceEvidence): Listed[] {
  let kept = listedKept.get(s);
  if (kept) return kept;
  kept = [];
  let k = 0;
  for (const g of s.figures) {
    // (Looked for near the figure only: a page without parentheses is not read through for each figure.)
    const from = Math.max(0, g.range.start - 20);
    const near = s.text.slice(from, g.range.start).lastIndexOf('(');
    const open = near < 0 ? -1 : from + near;
    if (open < 0 || !INSIDE.test(s.text.slice(open + 1, g.range.start))) continue;
    const after = s.text.slice(g.range.end, g.range.end + 13).indexOf(')');
    const close = after < 0 ? -1 : g.range.end + after;
    if (close < 0 || /[\p{N}(]/u.test(s.text.slice(g.range.end, close).replace(/^\s*(?:%|per\s?cent|percent|points?|pts?|pp)/i, ''))) continue;
    const name = NAME_BEFORE.exec(s.text.slice(Math.max(0, open - 80), open + 1));
    if (!name) continue;
    // (Not a sentence's opening word: "In Kestrel Bay (4.7%)", "Meanwhile Kestrel Bay (4.7%)".)
    while (/^\p{Lu}\p{Ll}*\s/u.test(name[1]) && (isStopword(name[1].split(/\s/)[0].toLowerCase()) || /^(?:meanwhile|however|elsewhere|overall|similarly|likewise|nationally|regionally|locally|again|also|only|even|still|yet|now|then|there|here)$|ly$/i.test(name[1].split(/\s/)[0]))) name[1] = name[1].replace(/^\S+\s+/, '');
    while (k + 1 < s.sentences.length && s.sentences[k].range.end <= g.range.start) k++;
    kept.push({ name: name[1], figure: g, sentence: k });
  }
  listedKept.set(s, kept);
  return kept;
}

/**
 * The figure a page's list gives the sentence's name, where the sentence gives it the figure the list gives another
 * name: the sentence names one listed name (as written, whole, capitalised) and no other of that list, says the figure
 * right after it in one clause, and the page gives that figure only in the list, to names the sentence does not have;
 * its name's own figure, of the same kind, is another. Else undefined.
 */
export function wrongListedFigure(figure: Figure, claim: string, sources: SourceEvidence[], backs: (claim: Figure, page: Figure) => boolean): { source: number; theirs: Figure } | undefined {
  if (figure.kind !== 'number' && figure.kind !== 'money' && figure.kind !== 'percent') return undefined;
  // Not a figure worked out ("0.9 points faster than") or of something the sentence compares with ("trailed the
  // leader's 4.7%", "behind a district that grew 4.7%").
  if (DIFFERENCE_AFTER.test(claim.slice(figure.range.end, figure.range.end + 30).replace(/^(?:age)?\s*(?:percentage\s+)?(?:points?|pts?|pp|per\s?cent|percent|%)/i, '')) || /^\s*(?:faster|slower|ahead|behind)\b/i.test(claim.slice(figure.range.end, figure.range.end + 30).replace(/^(?:age)?\s*(?:percentage\s+)?(?:points?|pts?|pp|per\s?cent|percent|%)/i, ''))) return undefined;
  const before = claim.slice(Math.max(0, (figure.approxStart ?? figure.range.start) - 60), figure.approxStart ?? figure.range.start);
  if (/\b(?:behind|trail(?:ed|ing|s)?|than|compared|against|versus|vs|leader|leader's|rival|rivals|beaten|beat|short\s+of|highest|lowest|fastest|slowest|best|worst|ranked|neighbou?r|neighbou?r's|outpaced|outpacing|average|mean|median|national|overall|top|bottom|above|below|exceed(?:ed|ing|s)?|matched|matching|equalled|equaled)\b/i.test(before)) return undefined;
  // The figure given by one cited source only.
  if (sources.filter((s) => s.figures.some((g) => backs(figure, g))).length !== 1) return undefined;
  const flat = claim.replace(/\s+/g, ' ');
  const has = (name: string) => {
    const at = flat.indexOf(name);
    return at >= 0 && !/[\p{L}\p{N}]/u.test(flat[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(flat[at + name.length] ?? '') ? at : -1;
  };
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    const giving = s.figures.filter((g) => backs(figure, g));
    if (!giving.length) continue;
    const listed = listedOf(s);
    // Every place the page gives the figure is a listed name's, none of them the sentence's, or a table's row of
    // another name (the same figures in a table: "Kestrel Bay | 731,500 | 765,900 | 4.7").
    const rowName = (g: Figure) => {
      const line = s.text.slice(s.text.lastIndexOf('\n', g.range.start) + 1, g.range.start);
      return line.includes(CELL_SEPARATOR) ? line.split(CELL_SEPARATOR)[0].trim() : undefined;
    };
    const others = giving.map((g) => listed.find((x) => x.figure === g));
    if (others.some((x) => x && has(x.name) >= 0) || giving.some((g, k) => !others[k] && (rowName(g) === undefined || has(rowName(g)!) >= 0))) continue;
    const lists = others.filter((x): x is Listed => !!x);
    if (!lists.length) continue;
    // The sentence's one name of those lists, with a figure of its own of the same kind.
    const sentences = new Set(lists.map((x) => x.sentence));
    const mine = listed.filter((x) => sentences.has(x.sentence) && has(x.name) >= 0);
    const names = new Set(mine.map((x) => x.name));
    if (names.size !== 1) continue;
    const own = mine.filter((x) => x.figure.kind === figure.kind && !backs(figure, x.figure));
    if (own.length !== 1 || mine.length !== 1) continue;
    // Said of that name: the figure after it, in one clause.
    const at = has(own[0].name);
    const between = flat.slice(at + own[0].name.length, figure.approxStart ?? figure.range.start);
    if (at + own[0].name.length > (figure.approxStart ?? figure.range.start) || between.length > 60 || /[;:(),]|\b(?:which|where|while|whereas|when|whose|than|compared|against|versus|but|and|or)\b/i.test(between)) continue;
    return { source: i, theirs: own[0].figure };
  }
  return undefined;
}
