/**
 * A rate the page gives per another period: "25,000 people go up the tower every week" where the page says "25,000
 * people ascend the tower every day", "$40 a month" for "$40 a week". The figure check finds the number on the page,
 * so the sentence was backed whatever period followed it. A rate is checked only where that is sure, precision first:
 * - the sentence gives a number (digits, or a word from two up) and, later in the same clause within a few words, a
 *   period it is per: "every", "per", "a", "an" or "each" with a unit of time ("every week", "a month"), or "daily",
 *   "weekly", "monthly", "yearly", "annually";
 * - one sentence of the sources states the rest of the sentence (half its other content words, two at least), has the
 *   same number, and after it in its clause one period, another ("every day");
 * - no sentence of the sources has the number with the sentence's period.
 * Then the period is wrong, or the number: a `number-mismatch` naming the page's rate, as for a quantity in another
 * unit (`unitSwaps.ts`).
 */
import { contentStems, type OffsetRange } from '../text';
import { sentenceIndexAt, type SourceEvidence } from './evidence';
import { CARDINALS } from './counts';

const SAME_STATEMENT = 0.5;
/** How many words may part the number from its period, the period's own two included ("25,000 people go up the tower every week": seven). */
const REACH = 10;
const MAX_RATES = 4;

const UNIT = 'second|minute|hour|day|night|week|fortnight|month|quarter|year|decade';
/** A period a number is per, and the period's unit: "every week", "per day", "a month", "each year", "daily". */
const PERIOD = new RegExp(`\\b(?:(?:every|per|an?|each)\\s+(${UNIT})|(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually))\\b`, 'gi');
const ADVERB_UNIT: Record<string, string> = Object.assign(Object.create(null), { hourly: 'hour', daily: 'day', nightly: 'night', weekly: 'week', fortnightly: 'fortnight', monthly: 'month', quarterly: 'quarter', yearly: 'year', annually: 'year' });
const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}.,$€£-])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${Object.keys(CARDINALS).join('|')})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'giu');

interface Rate {
  value: number;
  unit: string;
  /** The period as written ("every week"), and where it is. */
  text: string;
  range: OffsetRange;
}

/** The rates of a text: each number followed in its clause, within REACH words, by a period (the first one). */
function rates(text: string): Rate[] {
  const out: Rate[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const raw = m[1].toLowerCase();
    const value = CARDINALS[raw] ?? Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const after = m.index + m[0].length;
    // The clause after the number, REACH words of it at most.
    const rest = text.slice(after, after + 120).split(/[,;:.!?()"“”\n]/)[0];
    const words = rest.match(/\S+/g) ?? [];
    const within = rest.slice(0, words.length > REACH ? rest.indexOf(words[REACH]) : rest.length);
    PERIOD.lastIndex = 0;
    const p = PERIOD.exec(within);
    if (!p) continue;
    const unit = (p[1] ?? ADVERB_UNIT[p[2].toLowerCase()]).toLowerCase();
    out.push({ value, unit, text: p[0], range: { start: after + p.index, end: after + p.index + p[0].length } });
  }
  return out;
}

const kept = new WeakMap<SourceEvidence, Rate[]>();
function read(s: SourceEvidence): Rate[] {
  let r = kept.get(s);
  if (!r) {
    PERIOD.lastIndex = 0;
    kept.set(s, (r = PERIOD.test(s.text) ? rates(s.text) : []));
  }
  return r;
}

export interface RateSwap {
  /** The sentence's period ("every week") and where it is. */
  text: string;
  value: number;
  range: OffsetRange;
  /** The page's period for the same number: its source, text and range. */
  theirs: { source: number; text: string; range: OffsetRange };
}

/** The sentence's rates that the sources give per another period (see above). */
export function checkRates(sentence: string, evs: SourceEvidence[]): RateSwap[] {
  PERIOD.lastIndex = 0;
  if (!PERIOD.test(sentence)) return [];
  const out: RateSwap[] = [];
  for (const r of rates(sentence).slice(0, MAX_RATES)) {
    // The number with the sentence's period anywhere in the sources: backed.
    if (evs.some((s) => read(s).some((g) => g.value === r.value && g.unit === r.unit))) continue;
    const others = new Set(contentStems(sentence.slice(0, r.range.start) + ' ' + sentence.slice(r.range.end)).filter((x) => !/^\d/.test(x) && !(x in CARDINALS)));
    if (others.size < 2) continue;
    const found: RateSwap['theirs'][] = [];
    const units = new Set<string>();
    evs.forEach((s, source) => {
      for (const g of read(s)) {
        if (g.value !== r.value) continue;
        const k = sentenceIndexAt(s.sentences, g.range.start);
        if (k < 0) continue;
        let shared = 0;
        for (const x of others) if (s.sentences[k].stemSet.has(x)) shared++;
        if (shared < 2 || shared < SAME_STATEMENT * others.size) continue;
        units.add(g.unit);
        found.push({ source, text: g.text, range: g.range });
      }
    });
    if (units.size !== 1 || units.has(r.unit)) continue;
    out.push({ text: r.text, value: r.value, range: r.range, theirs: found[0] });
  }
  return out;
}
