/**
 * Lengths of time and ages a sentence works out from its own dates, which no page gives as figures:
 * "the festival, which runs for 11 days from Aug. 28 to Sept. 7" (the first and the last day
 * counted, or the nights between; leap years counted where the sentence gives the year), "the
 * 12-year reign, from 2001 to 2013" (only dates and years joined as a range: "convicted in 2009 and
 * freed in 2019" says nothing of the sentence), and an age then worked out from the age the page
 * gives when it was written ("Ford, then about 22, was arrested in June 1994" / "Ford, 46, …" on a
 * page of 2018). Not where a page gives a length in the same unit of its own: that is the length
 * the sentence's is checked against. The dates themselves are checked as dates and years; these
 * only say the length agrees with them. Exact, unless the sentence qualifies it ("about",
 * "nearly"): then within one.
 */
import { type Figure } from './numbers';
import { writtenDates } from './dates';
import { sentenceHolding, type SourceEvidence } from './evidence';
import { contentStems } from '../text';

/** A line that opens on a date ("July 27, 2018 - 4:00 pm", "Published 27 July 2018"): the page's dateline (not an update's). */
const DATELINE = /^[ \t]*(?:(?:Published|Posted)(?:[ \t]+on)?[ \t:]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)[ \t]+\d{1,2},?|\d{1,2}[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December))[ \t]+(\d{4})\b/gm;

/** Two dates or years joined as a range: "from Aug. 28 to Sept. 7", "between 2001 and 2013", "2001-2013", "May 1 through May 10". */
const JOINED = /^\s*(?:[-–—]|to|through|till|until|and)\s*$/i;

/**
 * Whether the figure is a length of time the sentence's own range gives: days between two dates joined as a range, or
 * across a day range; years between two years joined as one. Not when a source gives a length in that unit of its own
 * (`pageSpans`): the page's length is what the sentence's is checked against.
 */
export function spanBacked(figure: Figure, claim: string, pageSpans: (unit: 'day' | 'year', of?: number[]) => number[] = () => []): boolean {
  if (figure.kind !== 'number' || !Number.isInteger(figure.value) || figure.value < 1) return false;
  const after = claim.slice(figure.range.end, figure.range.end + 12);
  const near = (n: number) => (figure.approx ? Math.abs(n - figure.value) <= 1 : n === figure.value);
  const unit = /^[\s-]*(?:days?|nights?)\b/i.test(after) ? 'day' : /^[\s-]*years?\b/i.test(after) ? 'year' : undefined;
  if (!unit) return false;
  // "joined in 1976 … and kept both roles for 15 years, until he retired in 1991": a length that ends at the year after
  // "until", counted from the sentence's last year before the length; not where the page gives another length by those
  // years (in a sentence holding one, or the one after it).
  const until = unit === 'year' ? UNTIL_YEAR.exec(claim.slice(figure.range.end, figure.range.end + 120)) : null;
  if (until) {
    const before = [...claim.slice(0, figure.range.start).matchAll(A_YEAR)];
    const start = before.length ? Number(before[before.length - 1][1]) : undefined;
    if (start !== undefined && near(Number(until[1]) - start) && !pageSpans(unit, [start, Number(until[1])]).some((n) => n !== figure.value)) return true;
  }
  if (pageSpans(unit).some((n) => n !== figure.value)) return false;
  if (unit === 'day') {
    const dates = writtenDates(claim);
    for (const d of dates) if (d.dayEnd !== undefined && (near(d.dayEnd - d.day + 1) || near(d.dayEnd - d.day))) return true;
    for (let i = 0; i + 1 < dates.length; i++) {
      const [a, b] = [dates[i], dates[i + 1]];
      if (!JOINED.test(claim.slice(a.range.end, b.range.start).replace(/^,?\s*\d{4}\s*,?/, ' '))) continue;
      // In the same year, or across a new year ("Dec. 28 to Jan. 3"): each date in its year, as given or as the other's
      // says (the year before or after it when the dates cross a new year), then the days between (at most a year's
      // unless both give their year).
      const crosses = b.month * 100 + b.day < a.month * 100 + a.day;
      const yearA = a.year ?? (b.year !== undefined ? b.year - (crosses ? 1 : 0) : 2023);
      const yearB = b.year ?? yearA + (crosses ? 1 : 0);
      const span = (Date.UTC(yearB, b.month - 1, b.day) - Date.UTC(yearA, a.month - 1, a.day)) / 86_400_000;
      if (span > 0 && (span <= 366 || (a.year !== undefined && b.year !== undefined)) && (near(span + 1) || near(span))) return true;
    }
    return false;
  }
  for (const m of claim.matchAll(YEAR_RANGE)) if (near(Math.abs(Number(m[2]) - Number(m[1])))) return true;
  return false;
}

/** After "N years": the year it ran until, in the same clause ("for 15 years, until he retired in 1991"). */
const UNTIL_YEAR = /^[\s-]*years?\b[^.;:()]{0,60}?\buntil\b[^.;:()]{0,60}?(?<![\p{L}\p{N}.,'’-])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/u;
/** A year in a sentence. */
const A_YEAR = /(?<![\p{L}\p{N}.,'’$£€-])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d)/gu;

/** Two years joined as a range: "from 2001 to 2013", "between 2001 and 2013", "2001-2013", "2001 through 2013". */
const YEAR_RANGE = /(?<![\p{L}\p{N}.,'’-])(1[5-9]\d\d|20\d\d)\s*(?:[-–—]|to|through|until|and)\s*(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * Whether the figure is an age "then", worked out from the age a page gives the same person when it was written: the
 * sentence's "Ford, then about 22, … in June 1994" against the page's "Ford, 46," and its year (the page's publication
 * year, or a year of its dateline). The name is the capitalised word before ", then"; the year the sentence's own.
 */
export function ageThenBacked(figure: Figure, claim: string, sources: SourceEvidence[], years: Set<number> | undefined): boolean {
  if (figure.kind !== 'number' || !Number.isInteger(figure.value) || figure.value < 1 || figure.value > 120) return false;
  const m = /(\p{Lu}[\p{L}'’-]+),\s+then\s+(?:aged?\s+)?(?:(?:about|around|nearly|almost|roughly|just)\s+)?$/u.exec(claim.slice(Math.max(0, figure.range.start - 60), figure.range.start));
  if (!m) return false;
  const then = [...claim.matchAll(/(?<![\p{L}\p{N}.,'’-])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu)].map((x) => Number(x[1]));
  if (then.length !== 1) return false;
  const tolerance = figure.approx || /\b(?:about|around|nearly|almost|roughly)\s+$/.test(claim.slice(Math.max(0, figure.range.start - 10), figure.range.start)) ? 1 : 0;
  const name = m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ageRe = new RegExp(`(?<![\\p{L}])${name},\\s+(\\d{1,3}),`, 'gu');
  for (const s of sources) {
    // The years the page was written in: its publication year, and the year of a dateline near its top (a line that is a date).
    const written = new Set(years ?? []);
    for (const y of s.text.slice(0, 3000).matchAll(DATELINE)) written.add(Number(y[1]));
    for (const a of s.text.matchAll(ageRe)) {
      const age = Number(a[1]);
      for (const now of written) if (now > then[0] && Math.abs(age - (now - then[0]) - figure.value) <= tolerance) return true;
    }
  }
  return false;
}

/** A year a page names by the year it was written: "last year", "this year", "next year" (and "the previous", "the coming"). */
const RELATIVE_YEAR = /\b(?:(last|previous|past)|(this)|(next|coming))\s+year\b/gi;
/** The most places of such words read on one page. */
const MAX_RELATIVE_YEARS = 50;

/**
 * Whether the figure is a year a page names by the year it was written: the sentence's "late in 2012" for a page of
 * 2013 (its publication year, or a dateline near its top: "Posted on April 15, 2013") that says "passed away late last
 * year", in a sentence of the page holding two of the content words around the sentence's year.
 */
export function relativeYearBacked(figure: Figure, claim: string, sources: SourceEvidence[], years: Set<number> | undefined): boolean {
  if (figure.kind !== 'year') return false;
  const around = new Set(contentStems(claim.slice(Math.max(0, figure.range.start - 60), figure.range.end + 60)).filter((x) => !/^\d/.test(x)));
  for (const s of sources) {
    const written = new Set(years ?? []);
    for (const y of s.text.slice(0, 3000).matchAll(DATELINE)) written.add(Number(y[1]));
    if (!written.size) continue;
    let n = 0;
    for (const m of s.text.matchAll(RELATIVE_YEAR)) {
      if (++n > MAX_RELATIVE_YEARS) break;
      const offset = m[1] ? -1 : m[2] ? 0 : 1;
      if (![...written].some((w) => w + offset === figure.value)) continue;
      const sentence = sentenceHolding(s.sentences, m.index!);
      if (!sentence) continue;
      if (new Set(sentence.stems.filter((x) => around.has(x))).size >= 2) return true;
    }
  }
  return false;
}
