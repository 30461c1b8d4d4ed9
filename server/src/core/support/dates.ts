/**
 * Days of dates. The figure check leaves a date's day out (`numbers.ts` reads "April 27, 2026" as
 * the year 2026 alone), so a sentence dated "April 17" against a page that says "April 27" went
 * unremarked. A sentence's date ("April 27", "27 April", "Apr. 27", "April 27th", "the 27th of
 * April") is backed when a cited source gives the same month and day in any of these forms, or as
 * "2026-04-27" or "4/27/2026". It is wrong only when it is not, and a sentence of a source that is
 * about the sentence's subject (two of its other content words) gives the same month, of the same
 * year when both say one, with another day: the sentence and the page then date the same thing
 * differently. The fix writes that day only when it is the one such date.
 */
import { contentStems, type OffsetRange } from '../text';
import type { SourceEvidence } from './evidence';

export interface DateMention {
  month: number;
  day: number;
  year?: number;
  /** The last day of a range of days ("May 11-22"), when it is one. */
  dayEnd?: number;
  /** The month and day as written ("April 27", "27th of April"), without the year. */
  text: string;
  /** Where `text` is. */
  range: OffsetRange;
}

const MONTH_WORDS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
};
/** A month, capitalised as a month is ("may" is a verb); abbreviations only with their period. */
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const day = (name: string) => `(?<${name}>\\d{1,2})(?:st|nd|rd|th)?`;
/** The end of a range of days: "May 11-22", "11–22 May". */
const dayEnd = (name: string) => `(?:\\s*[-–]\\s*(?<${name}>\\d{1,2})(?![\\p{N}]))?`;
const yearAfter = (name: string) => `(?:,?\\s+(?<${name}>\\d{4}))?`;
/** "April 27", "April 27th, 2026", "May 11-22" (month first) or "27 April 2026", "27th of April", "11–22 May" (day first). */
const WRITTEN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MONTH.replace('(', '(?<m1>')}\\s+${day('d1')}${dayEnd('e1')}(?![\\p{L}\\p{N}:])${yearAfter('y1')}|(?:the\\s+)?${day('d2')}${dayEnd('e2')}\\s+(?:of\\s+)?${MONTH.replace('(', '(?<m2>')}(?![\\p{L}])${yearAfter('y2')})`,
  'gu',
);
/** "2026-04-27". */
const ISO = /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu;
/** "4/27/2026" or "27/4/2026": read both ways, so only ever to back a date. */
const SLASHED = /(?<![\p{N}/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\p{N}])/gu;

const valid = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/** The dates written with words in `text` (month and day, and the year after them when there is one). */
export function writtenDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(WRITTEN)) {
    const g = m.groups!;
    const month = MONTH_WORDS[(g.m1 ?? g.m2).toLowerCase()];
    const day = Number(g.d1 ?? g.d2);
    const end = g.e1 ?? g.e2;
    const yearText = g.y1 ?? g.y2;
    if (!valid(month, day) || (end !== undefined && !(Number(end) > day && valid(month, Number(end))))) continue;
    // The month and day only: the year is a figure of its own, checked as one.
    let text0 = m[0];
    if (yearText) text0 = text0.slice(0, text0.lastIndexOf(yearText)).replace(/[,\s]+$/, '');
    const lead = /^the\s+/.exec(text0)?.[0].length ?? 0;
    out.push({ month, day, dayEnd: end === undefined ? undefined : Number(end), year: yearText ? Number(yearText) : undefined, text: text0.slice(lead), range: { start: m.index! + lead, end: m.index! + text0.length } });
  }
  return out;
}

/** Every date of a source: written with words, and in numbers ("2026-04-27"; "4/27/2026" both ways round). */
function sourceDates(text: string): DateMention[] {
  const out = writtenDates(text);
  for (const m of text.matchAll(ISO)) {
    const [month, day] = [Number(m[2]), Number(m[3])];
    if (valid(month, day)) out.push({ month, day, year: Number(m[1]), text: m[0], range: { start: m.index!, end: m.index! + m[0].length } });
  }
  for (const m of text.matchAll(SLASHED)) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (const [month, day] of [[a, b], [b, a]]) if (valid(month, day)) out.push({ month, day, year, text: m[0], range: { start: m.index!, end: m.index! + m[0].length } });
  }
  return out;
}

/** Each source's dates, found once (a draft's claims ask again and again). */
const datesOf = new WeakMap<SourceEvidence, DateMention[]>();
function datesIn(ev: SourceEvidence): DateMention[] {
  let d = datesOf.get(ev);
  if (!d) datesOf.set(ev, (d = /\d/.test(ev.text) ? sourceDates(ev.text) : []));
  return d;
}

export interface DateCheck {
  /** The sentence's date (range in the sentence). */
  date: DateMention;
  /** The source's date of the same month on the sentence's subject, in the sentence of the source that has most of the sentence's words. */
  theirs: { date: DateMention; source: number };
  /** The day written the sentence's way ("April 27" for "April 17"), when the sources give one day of that month on its subject; else none. */
  replacement?: string;
}

/** How many of the sentence's other content words a source sentence must have to be about its subject. */
const SUBJECT_WORDS = 2;

/** The sentence's dates the sources date otherwise (see the module's comment). */
export function checkDates(sentence: string, evs: SourceEvidence[]): DateCheck[] {
  // A range in the sentence ("May 11-22") is left to the reader: only single days are checked.
  const dates = writtenDates(sentence).filter((d) => d.dayEnd === undefined);
  if (!dates.length) return [];
  const out: DateCheck[] = [];
  for (const date of dates) {
    const sameYear = (d: DateMention) => d.year === undefined || date.year === undefined || d.year === date.year;
    // A day of a range backs it too: "May 19" of "The festival runs May 11-22".
    const covers = (d: DateMention) => d.month === date.month && sameYear(d) && (d.dayEnd === undefined ? d.day === date.day : date.day >= d.day && date.day <= d.dayEnd);
    if (evs.some((ev) => datesIn(ev).some(covers))) continue;
    // The sentence's words besides the date, to find the source sentences on its subject.
    const words = new Set(contentStems(sentence.slice(0, date.range.start) + ' ' + sentence.slice(date.range.end)).filter((s) => !/^\d/.test(s)));
    const others: { date: DateMention; source: number; shared: number }[] = [];
    evs.forEach((ev, source) => {
      for (const d of datesIn(ev)) {
        if (d.month !== date.month || d.dayEnd !== undefined || !sameYear(d)) continue;
        const s = ev.sentences.find((x) => d.range.start >= x.range.start && d.range.start < x.range.end);
        const shared = s ? s.stems.filter((x, i, all) => words.has(x) && all.indexOf(x) === i).length : 0;
        if (shared >= SUBJECT_WORDS) others.push({ date: d, source, shared });
      }
    });
    if (!others.length) continue;
    others.sort((a, b) => b.shared - a.shared);
    const days = new Set(others.map((o) => o.date.day));
    const replacement = days.size === 1 ? date.text.replace(/\d{1,2}/, String(others[0].date.day)) : undefined;
    out.push({ date, theirs: { date: others[0].date, source: others[0].source }, replacement });
  }
  return out;
}
