/**
 * A rate the page gives per another period: "25,000 people go up the tower every week" where the page says "25,000
 * people ascend the tower every day", "$40 a month" for "$40 a week". The figure check finds the number on the page,
 * so the sentence was backed whatever period followed it. A rate is checked only where that is sure, precision first:
 * - the sentence gives a number (digits, or a word from two up; not a year, nor an age) and, later in the same clause
 *   within ten words, a period it is per: "every", "per", "a", "an" or "each" with a unit of time ("every week", "a
 *   month", "per annum", "every two weeks"), or "daily", "weekly", "monthly", "yearly", "annually" standing alone (not
 *   "daily editions"); not a length of time ("in a day", "for a week", "spent a year", "a week after", "a year ago",
 *   "a day apart", "a week-long");
 * - no sentence of the sources has the number with the sentence's period;
 * - the sentences of the sources stating the rest of the sentence best (the most of its other content words: half of
 *   them, two at least) have the same number with one period, another, said of the same (the content word right before
 *   the period: "go up the tower every week" / "ascend the tower every day"), the sentence's unit of time nowhere
 *   ("paint the tower every year" is not given otherwise by "refuel the lamp every night and paint the tower every
 *   year") and no other word of time ("every 12 hours", "Monday to Sunday", "each morning" may say it another way).
 * Then the period is wrong, or the number: a `number-mismatch` naming the page's rate, as for a quantity in another
 * unit (`unitSwaps.ts`).
 */
import { contentStems, type OffsetRange } from '../text';
import { BEST_TIES, bestStatements, startingWithin, type SourceEvidence } from './evidence';
import { CARDINALS } from './counts';

const SAME_STATEMENT = 0.5;
/** How many words may part the number from its period, the period's own included ("25,000 people go up the tower every week": seven). */
const REACH = 10;
const MAX_RATES = 4;

const UNIT = 'minute|hour|day|night|week|fortnight|month|quarter|year|decade';
/** A period a number is per: "every week", "per day", "a month", "each year", "every two weeks", "per annum", "daily". */
const PERIOD = new RegExp(`\\b(?:(?:every|per|an?|each)\\s+(${UNIT})|every\\s+(two|2|three|3)\\s+(weeks|months)|per\\s+(annum)|(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually))\\b`, 'gi');
const ADVERB_UNIT: Record<string, string> = Object.assign(Object.create(null), { hourly: 'hour', daily: 'day', nightly: 'night', weekly: 'week', fortnightly: 'fortnight', monthly: 'month', quarterly: 'quarter', yearly: 'year', annually: 'year' });
/** After a period: a length of time or a time, not a rate ("a week after", "a year ago", "a day old"). */
const NOT_A_RATE_AFTER = /^(?:\s+(?:after|later|ago|before|earlier|old|long|early|late|afterwards|beforehand|apart|to|or\s+two|or\s+so)\b|-long\b|['’]s\b)/i;
/** Before a period: a length of time, not a rate ("in a day", "for a week", "spent a year", "took a day"). */
const NOT_A_RATE_BEFORE = /\b(?:in|for|within|spent|spend|spends|spending|stayed|stay|stays|took|take|takes|taking|lasted|last|lasts|over|about|nearly|almost|just)\s+$/i;
/** Words of time: a page sentence with one beside its rate may say the sentence's period another way ("every 12 hours", "Monday to Sunday", "each morning"). */
const TIME_WORDS = /\b(?:seconds?|minutes?|hours?|days?|nights?|mornings?|evenings?|afternoons?|weeks?|weekends?|fortnights?|months?|years?|decades?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays?|daily|nightly|weekly|monthly|yearly|annually|annual|quarterly|seasons?|terms?|semesters?)\b/gi;
const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}.,$€£-])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${Object.keys(CARDINALS).join('|')})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'giu');

interface Rate {
  value: number;
  unit: string;
  /** The content word right before the period, within the words from the number ("go up the tower every week": "tower"). */
  anchor?: string;
  /** The period as written ("every week"), and where it is. */
  text: string;
  range: OffsetRange;
}

/** The periods of a text, each with its unit, where it is a rate's (see the module's comment). */
function periods(text: string): { unit: string; text: string; at: number }[] {
  const out: { unit: string; text: string; at: number }[] = [];
  PERIOD.lastIndex = 0;
  for (let p = PERIOD.exec(text); p; p = PERIOD.exec(text)) {
    const after = text.slice(p.index + p[0].length, p.index + p[0].length + 24);
    if (NOT_A_RATE_AFTER.test(after) || NOT_A_RATE_BEFORE.test(text.slice(Math.max(0, p.index - 12), p.index))) continue;
    // "Daily editions": an adjective before its noun, not how often.
    if (p[5] && /^\s+\p{Ll}/u.test(after) && !/^\s+(?:and|or|but|in|on|at|for|from|to|until|since|during|throughout|through|with|by)\b/i.test(after)) continue;
    const unit = p[1] ? p[1].toLowerCase() : p[3] ? (p[3].toLowerCase() === 'weeks' ? 'fortnight' : 'quarter') : p[4] ? 'year' : ADVERB_UNIT[p[5].toLowerCase()];
    out.push({ unit, text: p[0], at: p.index });
  }
  return out;
}

/** The rates of a text: each number followed in its clause, within REACH words, by a period (the first one). */
function rates(text: string): Rate[] {
  const out: Rate[] = [];
  const all = periods(text);
  if (!all.length) return out;
  // (Numbers and periods both in order: a pointer into the periods, so a page of many of each is read in one pass.)
  let next = 0;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const raw = m[1].toLowerCase();
    const value = CARDINALS[raw] ?? Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    // Not a year, nor an age ("the 62-year-old", "62 years old").
    if (/^(?:1[5-9]|20)\d\d$/.test(raw) || /^[-\s]?years?[-\s]old\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const after = m.index + m[0].length;
    // The clause after the number (a comma inside a number is none), REACH words of it at most.
    const clause = text.slice(after, after + 160).split(/,(?!\d{3})|[;:!?()"“”\n]|\.(?!\d)/)[0];
    const words = [...clause.matchAll(/\S+/g)];
    const end = after + (words.length > REACH ? words[REACH].index! : clause.length);
    while (next < all.length && all[next].at < after) next++;
    const p = all[next];
    if (!p || p.at >= end) continue;
    const anchor = contentStems(text.slice(after, p.at)).pop();
    out.push({ value, unit: p.unit, anchor, text: p.text, range: { start: p.at, end: p.at + p.text.length } });
  }
  return out;
}

const kept = new WeakMap<SourceEvidence, Rate[]>();
function read(s: SourceEvidence): Rate[] {
  let r = kept.get(s);
  if (!r) kept.set(s, (r = rates(s.text)));
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
    // One warning a period, however many numbers it follows ("9 vans cover 500 km a day").
    if (out.some((o) => o.range.start === r.range.start)) continue;
    // The number with the sentence's period anywhere in the sources: backed.
    if (evs.some((s) => read(s).some((g) => g.value === r.value && g.unit === r.unit))) continue;
    const others = new Set(contentStems(sentence.slice(0, r.range.start) + ' ' + sentence.slice(r.range.end)).filter((x) => !/^\d/.test(x) && !(x in CARDINALS)));
    if (others.size < 2) continue;
    // The sentences stating the rest best, in every source.
    const { shared: best, sentences: bestOnes } = bestStatements(evs, others);
    if (best < 2 || best < SAME_STATEMENT * others.size || bestOnes.length > BEST_TIES) continue;
    const units = new Set<string>();
    const found: RateSwap['theirs'][] = [];
    let said = false;
    for (const { source, k } of bestOnes) {
      const s = evs[source];
      const range = s.sentences[k].range;
      const text = s.text.slice(range.start, range.end);
      // The sentence's unit of time anywhere in it ("every hour during the night" for "every night"), or another word of
      // time besides the page's rate ("every 12 hours", "Monday to Sunday", "each morning"): not given otherwise.
      if (new RegExp(`\\b${r.unit}s?\\b`, 'i').test(text) || periods(text).some((p) => p.unit === r.unit) || (text.match(TIME_WORDS)?.length ?? 0) > 1) said = true;
      for (const g of startingWithin(read(s), range)) {
        if (g.value !== r.value) continue;
        // Said of the same: the word right before the period ("go up the tower every week" / "ascend the tower every day";
        // not "the 9 buses leave twice an hour" / "the 9 buses … are cleaned every week").
        if (!r.anchor || r.anchor !== g.anchor) {
          said = true;
          continue;
        }
        units.add(g.unit);
        found.push({ source, text: g.text, range: g.range });
      }
    }
    if (said || units.size !== 1 || units.has(r.unit)) continue;
    out.push({ text: r.text, value: r.value, range: r.range, theirs: found[0] });
  }
  return out;
}
