/**
 * Lengths of time and ages a sentence works out from its own dates, which no page gives as figures:
 * "the festival, which runs for 11 days from Aug. 28 to Sept. 7" (the first and the last day
 * counted, or the nights between), "the 12-year reign, from 2001 to 2013", and an age then worked
 * out from the age the page gives now ("Ford, then about 22, was arrested in June 1994" / "Ford,
 * 46, …" on a page of 2018). The dates themselves are checked as dates and years; these only say
 * the length agrees with them. Exact, unless the sentence qualifies it ("about", "nearly"): then
 * within one.
 */
import { type Figure } from './numbers';
import { writtenDates } from './dates';
import type { SourceEvidence } from './evidence';

/** A line that opens on a date ("July 27, 2018 - 4:00 pm", "Updated 27 July 2018"): the page's dateline. */
const DATELINE = /^[ \t]*(?:(?:Updated|Published|Posted)[ \t:]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)[ \t]+\d{1,2},?|\d{1,2}[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December))[ \t]+(\d{4})\b/gm;

/** Days before the first of each month in a year that is not a leap year. */
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const dayOfYear = (month: number, day: number) => MONTH_START[month - 1] + day;

/** Whether the figure is a length of time the sentence's own dates give: days between two dates, years between two years. */
export function spanBacked(figure: Figure, claim: string): boolean {
  if (figure.kind !== 'number' || !Number.isInteger(figure.value) || figure.value < 1) return false;
  const after = claim.slice(figure.range.end, figure.range.end + 12);
  const near = (n: number) => (figure.approx ? Math.abs(n - figure.value) <= 1 : n === figure.value);
  if (/^[\s-]*(?:days?|nights?)\b/i.test(after)) {
    const dates = writtenDates(claim);
    for (const d of dates) if (d.dayEnd !== undefined && (near(d.dayEnd - d.day + 1) || near(d.dayEnd - d.day))) return true;
    for (let i = 0; i + 1 < dates.length; i++) {
      const [a, b] = [dates[i], dates[i + 1]];
      // In the same year, or across a new year ("Dec. 28 to Jan. 3"), within a year.
      let span = dayOfYear(b.month, b.day) - dayOfYear(a.month, a.day);
      if (span < 0 && (a.year === undefined || b.year === undefined || b.year === a.year + 1)) span += 365;
      if (span > 0 && (a.year === undefined || b.year === undefined || b.year - a.year <= 1) && (near(span + 1) || near(span))) return true;
    }
    return false;
  }
  if (/^[\s-]*years?\b/i.test(after)) {
    const years = [...claim.matchAll(/(?<![\p{L}\p{N}.,'’-])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu)].map((m) => Number(m[1]));
    for (let i = 0; i < years.length; i++) for (let j = i + 1; j < years.length; j++) if (near(Math.abs(years[j] - years[i]))) return true;
  }
  return false;
}

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
  const tolerance = figure.approx || /\b(?:about|around|nearly|almost|roughly)\s+$/.test(claim.slice(figure.range.start - 10, figure.range.start)) ? 1 : 0;
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
