/**
 * A quantity the page gives in another unit of the same kind: "about three months away" where the page says "about
 * three years away", "lasted two days" for "lasted two hours", "1,800 square metres of mountain views" for "1,800
 * square feet of mountain views". The figure check reads a number word only with a magnitude ("two million"), and a
 * number in digits that the page has is backed whatever unit follows it, so neither saw these. A quantity is checked
 * only where that is sure, precision first:
 * - the sentence gives a number (a word from two up, or digits) with a unit of time, length, area, mass or volume right
 *   after it ("three months", "a three-month contract", "1,800 square metres"): not an age ("a three-year-old", "two
 *   years old"), not one end of a range ("two to three weeks", "one or two days"), not a word of a longer number
 *   ("twenty-five years");
 * - no source gives that quantity: that number with that unit anywhere (words or digits, singular or plural, a hyphen
 *   or a space, the unit's abbreviation: "10 km"), nor the same amount another way in a sentence stating the rest of
 *   the sentence: in another unit of the kind ("14 days" for "two weeks", "120 minutes" for "two hours") or in words
 *   ("a decade", "a fortnight", "a couple of weeks"; not "a year" alone, which pages use for rates and times ago);
 * - one sentence of the sources states the rest of the sentence (`SAME_STATEMENT` of its other content words, two at
 *   least) and has the same number with another unit of the same kind, by the same word as the sentence's quantity
 *   (the content word right before it or right after it, within its clause: "lasted", "away", "contract"), and no
 *   other unit of that kind after that number.
 * Then the sentence's unit is wrong, or its number: a `number-mismatch` that shows the page's quantity, with no fix
 * (which of the two is wrong, the page does not say), as for a figure in another unit (`inOtherUnit`).
 */
import { contentStems, isStopword, stem, type OffsetRange } from '../text';
import { sentenceIndexAt, type SourceEvidence } from './evidence';
import { CARDINALS } from './counts';

/** Each unit's words (singular, plural, abbreviations) and its size in the kind's base unit (seconds, metres, grams, millilitres). */
const KINDS: Record<string, [words: string[], size: number][]> = {
  time: [
    [['seconds', 'secs'], 1],
    [['minute', 'minutes', 'min', 'mins'], 60],
    [['hour', 'hours', 'hr', 'hrs'], 3600],
    [['day', 'days'], 86_400],
    [['week', 'weeks', 'wk', 'wks'], 604_800],
    [['fortnight', 'fortnights'], 1_209_600],
    [['month', 'months'], 2_629_800],
    [['year', 'years', 'yr', 'yrs'], 31_557_600],
    [['decade', 'decades'], 315_576_000],
    [['century', 'centuries'], 3_155_760_000],
  ],
  length: [
    [['millimetre', 'millimetres', 'millimeter', 'millimeters', 'mm'], 0.001],
    [['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm'], 0.01],
    [['metre', 'metres', 'meter', 'meters'], 1],
    [['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'kms'], 1000],
    [['inch', 'inches'], 0.0254],
    [['foot', 'feet', 'ft'], 0.3048],
    [['yard', 'yards', 'yd', 'yds'], 0.9144],
    [['mile', 'miles', 'mi'], 1609.344],
  ],
  // (A ton and a tonne are one: pages and writers use either for the other. A pound is a currency too: not read.)
  mass: [
    [['picogram', 'picograms', 'pg'], 1e-12],
    [['nanogram', 'nanograms', 'ng'], 1e-9],
    [['microgram', 'micrograms', 'mcg'], 1e-6],
    [['milligram', 'milligrams', 'mg'], 0.001],
    [['gram', 'grams'], 1],
    [['kilogram', 'kilograms', 'kg', 'kgs'], 1000],
    [['ounce', 'ounces', 'oz'], 28.35],
    [['tonne', 'tonnes', 'ton', 'tons'], 1e6],
  ],
  volume: [
    [['millilitre', 'millilitres', 'milliliter', 'milliliters', 'ml'], 1],
    [['litre', 'litres', 'liter', 'liters'], 1000],
    [['teaspoon', 'teaspoons', 'tsp'], 4.93],
    [['tablespoon', 'tablespoons', 'tbsp'], 14.79],
    [['cup', 'cups'], 236.6],
    [['pint', 'pints'], 473.2],
    [['gallon', 'gallons'], 3785],
  ],
};
/** A unit's word → its kind, which unit of the kind it is, and its size. */
const UNIT_OF = new Map<string, { kind: string; unit: number; size: number }>();
for (const [kind, units] of Object.entries(KINDS)) units.forEach(([words, size], unit) => words.forEach((w) => UNIT_OF.set(w, { kind, unit, size })));
/** The abbreviations: read on a page (as backing, or as its quantity), never looked for in a sentence. */
const ABBREVIATIONS = new Set(['secs', 'min', 'mins', 'hr', 'hrs', 'wk', 'wks', 'yr', 'yrs', 'mm', 'cm', 'km', 'kms', 'ft', 'yd', 'yds', 'mi', 'pg', 'ng', 'mcg', 'mg', 'kg', 'kgs', 'oz', 'ml', 'tsp', 'tbsp']);

/** Number words from two up ("one" is left out: "one day" is as often "some day" as a length of time). */
const NUMBER_WORDS = CARDINALS;
/**
 * Amounts a page says in words without a number: each backs the same amount ("a decade" / "ten years"), in a sentence
 * stating the rest of the claim. ("A year" and "a day" alone are left out: "$50,000 a year", "twice a day", "a year ago".)
 */
const SAID_IN_WORDS: [RegExp, number, string][] = [
  [/\b(?:a|one)\s+decade\b/gi, 10, 'years'],
  [/\b(?:a|one)\s+fortnight\b/gi, 2, 'weeks'],
  [/\b(?:a|one)\s+century\b/gi, 100, 'years'],
  [/\bhalf\s+(?:a|an|one)\s+(year|day|hour|century)\b/gi, 0.5, ''],
  [/\b(?:a|an|one)\s+(year|month|week|day|hour)\s+and\s+a\s+half\b/gi, 1.5, ''],
  [/\ba\s+couple\s+of\s+([a-z]+)\b/gi, 2, ''],
  [/\ba\s+dozen\s+([a-z]+)\b/gi, 12, ''],
];

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
/** A number: a word (or tens and ones, "twenty-five"; not "forty two-year terms", forty terms of two years), or digits; not after a fraction's slash ("3/4 cup"). */
const NUMBER = `(?:${TENS})[-‐](?:${ONES})|${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;

/** The value of a number as `NUMBER` reads it. */
function valueOf(n: string): number {
  const parts = n.split(/[-‐]/);
  if (parts.length === 2 && NUMBER_WORDS[parts[0]] !== undefined) return NUMBER_WORDS[parts[0]] + (NUMBER_WORDS[parts[1]] ?? 1);
  return NUMBER_WORDS[n] ?? Number(n.replace(/,/g, ''));
}
const UNIT_WORDS = [...UNIT_OF.keys()].sort((a, b) => b.length - a.length).join('|');
/**
 * A number and the unit right after it: a number word or digits (thousands parted by commas, a decimal; not a word
 * of a longer number, "twenty-five"), a space or a hyphen, "square" or "cubic" for an area or a volume, and the unit's
 * word or abbreviation.
 */
const QUANTITY = new RegExp(`(?<![\\p{L}\\p{N}.,/⁄]|[\\p{L}\\p{N}][-‐]|(?:${TENS})\\s)(${NUMBER})(?:\\s*|[-‐]|\\s+-\\s+)((?:square|cubic|sq\\.?)\\s+)?(${UNIT_WORDS})(?![\\p{L}\\p{N}])`, 'giu');

/** A sentence states the rest of the claim when it has this share of the claim's other content words. */
const SAME_STATEMENT = 0.5;
/** How many quantities of one sentence are checked. */
const MAX_QUANTITIES = 6;
/** Two amounts are the same when they differ by less than this share (a month is 30 or 31 days, a year 52 weeks). */
const SAME_AMOUNT = 0.05;
/** How many tokens either side of a quantity its anchor word may be. */
const ANCHOR_REACH = 3;

interface Quantity {
  value: number;
  /** The kind with its power before it: "1 time", "2 length" (an area: "square metres"), "3 length" (a volume). */
  kind: string;
  unit: number;
  /** The amount in the kind's base unit (seconds, metres…; squared or cubed). */
  amount: number;
  /** Written with the unit's abbreviation ("10 km"). */
  abbreviated: boolean;
  text: string;
  range: OffsetRange;
}

function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const n = m[1].toLowerCase();
    const value = valueOf(n);
    // (Matched without case, as "ſ" matches "s": looked up with it read as "s".)
    const word = m[3].toLowerCase().replace(/ſ/g, 's');
    const u = UNIT_OF.get(word);
    if (!u) continue;
    // A number word glued to an abbreviation ("twokm") or a number in digits glued to a unit word's start is no quantity; digits glued to an abbreviation are ("10km").
    const spaced = m[0].length > m[1].length + (m[2]?.length ?? 0) + m[3].length;
    if (!spaced && (/^\p{L}/u.test(n) || !ABBREVIATIONS.has(word))) continue;
    const power = m[2] ? (/^cubic/i.test(m[2]) ? 3 : 2) : 1;
    if (!Number.isFinite(value)) continue;
    out.push({ value, kind: `${power} ${u.kind}`, unit: u.unit, amount: value * u.size ** power, abbreviated: ABBREVIATIONS.has(word), text: m[0], range: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

/** An amount of a page, in the kind's base unit, and where it is (a quantity, or one said in words). */
interface Amount {
  kind: string;
  amount: number;
  at: number;
}

/** The amounts a page says in words ("a decade", "a couple of weeks"): they back an amount, and are never shown as the page's quantity. */
function saidInWords(text: string): Amount[] {
  const out: Amount[] = [];
  for (const [re, value, unitWord] of SAID_IN_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const u = UNIT_OF.get((unitWord || m[1]).toLowerCase()) ?? UNIT_OF.get((unitWord || m[1]).toLowerCase() + 's');
      if (u) out.push({ kind: `1 ${u.kind}`, amount: value * u.size, at: m.index });
    }
  }
  return out;
}

/** Each source's quantities, and all its amounts (those said in words too), read once. */
const kept = new WeakMap<SourceEvidence, { quantities: Quantity[]; amounts: Amount[] }>();
function read(s: SourceEvidence): { quantities: Quantity[]; amounts: Amount[] } {
  let r = kept.get(s);
  if (!r) {
    const q = quantities(s.text);
    kept.set(s, (r = { quantities: q, amounts: [...q.map((x) => ({ kind: x.kind, amount: x.amount, at: x.range.start })), ...saidInWords(s.text)] }));
  }
  return r;
}

/** The claim's content words (stems) besides a quantity: what a page sentence must share to state the rest. */
const othersOf = (sentence: string, q: Quantity) => new Set(contentStems(sentence.slice(0, q.range.start) + ' ' + sentence.slice(q.range.end)).filter((x) => !/^\d/.test(x)));

/** Whether the page sentence holding `at` shares `SAME_STATEMENT` of `others`, and two at least. */
function statesTheRest(s: SourceEvidence, at: number, others: Set<string>): boolean {
  const k = sentenceIndexAt(s.sentences, at);
  if (k < 0) return false;
  let shared = 0;
  for (const x of others) if (s.sentences[k].stemSet.has(x)) shared++;
  return shared >= 2 && shared >= SAME_STATEMENT * others.size;
}

/**
 * Whether the sources give the claim's quantity: the same number with the same unit anywhere, or the same amount
 * another way (another unit of the kind, "a decade", "a fortnight") in a sentence stating the rest of the claim.
 */
function statedAs(sentence: string, q: Quantity, evs: SourceEvidence[], others = othersOf(sentence, q)): boolean {
  if (evs.some((s) => read(s).quantities.some((g) => g.value === q.value && g.kind === q.kind && g.unit === q.unit))) return true;
  if (others.size < 2) return false;
  return evs.some((s) => read(s).amounts.some((g) => g.kind === q.kind && Math.abs(g.amount - q.amount) <= SAME_AMOUNT * q.amount && statesTheRest(s, g.at, others)));
}

/** The content words (stems) right before and right after a quantity in its clause, within `ANCHOR_REACH` words. */
function anchors(text: string, range: OffsetRange): { before?: string; after?: string } {
  const word = (w: string) => (isStopword(w.toLowerCase()) ? undefined : stem(w.toLowerCase()));
  const left = text.slice(Math.max(0, range.start - 80), range.start).split(/([,;:.!?()"“”])/).pop() ?? '';
  const right = text.slice(range.end, range.end + 80).split(/([,;:.!?()"“”])/)[0] ?? '';
  const before = left.match(/[\p{L}][\p{L}'’-]*/gu)?.slice(-ANCHOR_REACH).reverse().map(word).find((x) => x);
  const after = right.match(/[\p{L}][\p{L}'’-]*/gu)?.slice(0, ANCHOR_REACH).map(word).find((x) => x);
  return { before, after };
}

/** Before one end of a range: "two to ", "one or ", "three and " ("2-3 weeks" is no quantity of its own: `QUANTITY`). */
const RANGE_BEFORE = new RegExp(`(?:${NUMBER}|one)\\s*(?:or|to|and|[-–])\\s*$`, 'i');

/** An age ("a three-year-old", "two years old", "aged two months"), or one end of a range ("two to three weeks", "one or two days"). */
function notAQuantityToCheck(text: string, range: OffsetRange): boolean {
  if (/^[-\s]*old\b/i.test(text.slice(range.end, range.end + 8)) || /\baged\s+$/i.test(text.slice(Math.max(0, range.start - 8), range.start))) return true;
  return RANGE_BEFORE.test(text.slice(Math.max(0, range.start - 24), range.start));
}

/**
 * Whether the sources give the sentence's quantity that starts within `at` (a figure's range) in some form (`statedAs`:
 * "more than a century" for "more than 100 years"). A figure the page gives in another unit (`inOtherUnit`) is then no
 * wrong figure.
 */
export function quantityStated(sentence: string, at: OffsetRange, evs: SourceEvidence[]): boolean {
  const q = quantities(sentence).find((x) => x.range.start >= at.start && x.range.start <= at.end);
  return !!q && statedAs(sentence, q, evs);
}

export interface UnitSwap {
  /** The sentence's quantity ("three months") and where it is. */
  text: string;
  value: number;
  range: OffsetRange;
  /** The page's quantity in another unit: its source, text and range. */
  theirs: { source: number; text: string; range: OffsetRange };
}

/** The sentence's quantities that the sources give in another unit of the same kind (see above). */
export function checkUnitSwaps(sentence: string, evs: SourceEvidence[]): UnitSwap[] {
  const all = quantities(sentence);
  const mine = all.filter((q) => !q.abbreviated && !notAQuantityToCheck(sentence, q.range)).slice(0, MAX_QUANTITIES);
  if (!mine.length) return [];
  const out: UnitSwap[] = [];
  for (const q of mine) {
    const others = othersOf(sentence, q);
    // The sentence's quantity in some form: backed.
    if (others.size < 2 || statedAs(sentence, q, evs, others)) continue;
    const mineAt = anchors(sentence, q.range);
    if (!mineAt.before && !mineAt.after) continue;
    const found: (UnitSwap['theirs'] & { unit: number })[] = [];
    evs.forEach((s, source) => {
      for (const g of read(s).quantities) {
        if (g.value !== q.value || g.kind !== q.kind || !statesTheRest(s, g.range.start, others)) continue;
        found.push({ source, text: g.text, range: g.range, unit: g.unit });
      }
    });
    // One unit on the page for that number in the sentences stating the rest (else it is unclear which the sentence's is),
    // said by the same word; a unit the sentence has itself with that number is its own ("three days a week for three
    // months" / "three days a week for three weeks": the days are the sentence's days).
    const ownUnits = new Set(all.filter((x) => x !== q && x.value === q.value && x.kind === q.kind).map((x) => x.unit));
    const otherUnits = new Set(found.map((f) => f.unit).filter((u) => !ownUnits.has(u)));
    if (otherUnits.size !== 1) continue;
    const theirs = found.find((f) => {
      if (!otherUnits.has(f.unit)) return false;
      const at = anchors(evs[f.source].text, f.range);
      return (!!mineAt.before && at.before === mineAt.before) || (!!mineAt.after && at.after === mineAt.after);
    });
    if (theirs) out.push({ text: q.text, value: q.value, range: q.range, theirs: { source: theirs.source, text: theirs.text, range: theirs.range } });
  }
  return out;
}
