/**
 * Days of dates. The figure check leaves a date's day out (`numbers.ts` reads "April 27, 2026" as
 * the year 2026 alone), so a sentence dated "April 17" against a page that says "April 27" went
 * unremarked. A sentence's date ("April 27", "27 April", "Apr. 27", "the 27th of April", after
 * "on", "since", "by"… or a comma) is checked only where that is sure, precision first: no source
 * says its month and day in any form (`saysDay`: also "Apr 27", "April the 27th", "27.04.2026",
 * "on the 27th" in a sentence naming April, a day of a range), and the one source sentence that
 * states the rest of the sentence best (`SAME_STATEMENT` of its other words, and no other as close
 * with another day) gives one date of that month, of the same year when both say one, with another
 * day, followed by no range or list ("27 to 28", "27 and 28"), dates nothing relative to it ("took
 * effect two days later"), has no sentence next to it dating by it or by a recurrence ("Reviews are
 * due four weeks later", "It runs every Saturday": `RELATIVE_NEAR`, read broadly), and has the word
 * next to the sentence's date next to its own, in its clause (`sameAnchor`: "signed into law on July 4" is not dated by "passed by Congress on July
 * 3"). Then the sentence's day is wrong, and the fix writes the page's day as the sentence wrote
 * its date ("23rd of April" for "21st of April"), unless a weekday beside it would be left wrong.
 */
import { contentStems, type OffsetRange } from '../text';
import { sentenceIndexAt, type SourceEvidence } from './evidence';

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
  /** Read from "4/7/2026", which may be either day: it backs a date, and never says which day is wrong. */
  ambiguous?: true;
}

const MONTH_WORDS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** A month's abbreviation without its period: a month only between a day and a year ("13 Sep 2017", "Sep 13, 2017"), as datelines write it. */
const SHORT_MONTH = '(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
/** A month, capitalised as a month is ("may" is a verb); abbreviations only with their period. */
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const day = (name: string) => `(?<${name}>\\d{1,2})(?:st|nd|rd|th)?`;
/** The end of a range of days: "May 11-22", "11–22 May". */
const dayEnd = (name: string) => `(?:\\s*[-–]\\s*(?<${name}>\\d{1,2})(?![\\p{N}]))?`;
const yearAfter = (name: string) => `(?:,?\\s+(?<${name}>\\d{4}))?`;
/** "April 27", "April 27th, 2026", "May 11-22" (month first) or "27 April 2026", "27th of April", "11–22 May" (day first); "13 Sep 2017", "Sep 13, 2017". */
const WRITTEN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MONTH.replace('(', '(?<m1>')}\\s+${day('d1')}${dayEnd('e1')}(?![\\p{L}\\p{N}:])${yearAfter('y1')}|(?:the\\s+)?${day('d2')}${dayEnd('e2')}\\s+(?:of\\s+)?${MONTH.replace('(', '(?<m2>')}(?![\\p{L}])${yearAfter('y2')}` +
    `|${day('d3')}\\s+${SHORT_MONTH.replace('(', '(?<m3>')}\\s+(?<y3>\\d{4})|${SHORT_MONTH.replace('(', '(?<m4>')}\\s+${day('d4')},?\\s+(?<y4>\\d{4}))(?![\\p{L}\\p{N}])`,
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
    const month = MONTH_WORDS[(g.m1 ?? g.m2 ?? g.m3 ?? g.m4).toLowerCase()];
    const day = Number(g.d1 ?? g.d2 ?? g.d3 ?? g.d4);
    const end = g.e1 ?? g.e2;
    const yearText = g.y1 ?? g.y2 ?? g.y3 ?? g.y4;
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
    for (const [month, day] of [[a, b], [b, a]]) if (valid(month, day)) out.push({ month, day, year, text: m[0], range: { start: m.index!, end: m.index! + m[0].length }, ambiguous: true });
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
  /** The page's day written the sentence's way ("April 27" for "April 17", "23rd of April" for "21st of April"); none when a weekday with the date would be left wrong. */
  replacement?: string;
}

/** The share of the sentence's other content words the source sentence must hold to state the same thing. */
const SAME_STATEMENT = 0.5;
/** Sentences this close to the best (in share of the sentence's words) state it as well. */
const AS_CLOSE = 0.15;
/** After a page's date: another day, a range or a list ("April 27 to 28", "27 and 28", "27/28", "April 27 – May 2"). */
const RANGE_AFTER = /^(?:,?\s*(?:\d{4}\s*)?(?:to|and|or|through|until|till|thru)\b|,?\s*(?:\d{4}\s*)?[-–—/])/i;
/** A page sentence that dates things relative to one another ("took effect two days later", "the following day"). */
const RELATIVE = /\b(?:later|earlier|after|before|following|follows|followed|preceding|precedes|previous|next|since|between|until|(?:last|this)\s+(?:year|month|week|spring|summer|fall|autumn|winter))\b/i;
/** A sentence next to the page's date that dates by it or by a recurrence ("Reviews are due four weeks later", "It runs every Saturday", "Normal pickup is on Fridays"): the sentence's date may be worked out from it. */
const RELATIVE_NEAR = /\b(?:later|earlier|after|following|follows|afterwards|every|each|weekly|monthly|daily|fortnightly|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b/i;
/** Where a month is named in any form a page writes it: "April", "Apr", "APR.", "apr.". */
const ANY_MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => new RegExp(`(?<![\\p{L}])${m}(?:${['uary', 'ruary', 'ch', 'il', '', 'e', 'y', 'ust', 't(?:ember)?', 'ober', 'ember', 'ember'][i]})?\\.?(?![\\p{L}])`, 'iu'));

/** A sentence's date read as a date in the sentence's own words: after "on", "since", "by"…, or a comma, or opening it; not "In March 12 protesters", nor "3 of May's". */
function datedInSentence(sentence: string, d: DateMention): boolean {
  const before = sentence.slice(Math.max(0, d.range.start - 12), d.range.start);
  const after = sentence.slice(d.range.end, d.range.end + 3);
  if (/^['’]s/.test(after) || /\bin\s+$/i.test(before)) return false;
  if (/\bof\b/.test(d.text) && !/^\d{1,2}(?:st|nd|rd|th)\s+of\s/.test(d.text)) return false;
  // Also a date of its own in a parenthesis or after a dash: "(13 April 1944 – 16 May 2001)".
  // Also right after a verb, as news style dates ("signed April 17 in Paris").
  return /(?:^|\b(?:on|since|by|from|until|till|through|before|after|of|dated|as of)\s+(?:the\s+)?|\b\p{Ll}+ed\s+|,\s*|\(\s*|\d{4}\s*[–—-]\s*|^\W*)$/iu.test(before);
}

/** The day written as the sentence wrote its date: "April 27", "27th of April" for "21st of April". */
function rewriteDay(text: string, day: number): string {
  return text.replace(/\d{1,2}(st|nd|rd|th)?/, (_, suffix: string | undefined) => String(day) + (suffix ? ordinalSuffix(day) : ''));
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/**
 * Whether a source says the sentence's month and day in any form: a date it reads, or a sentence of
 * it that names the month (however written: "Apr", "APRIL") and has the day as a number of its own
 * ("April the 27th", "27-Apr-2020", "on the 27th"), or the day and month in numbers in either order
 * ("27.04.2020", "2020/04/27", "4/27").
 */
function saysDay(ev: SourceEvidence, date: DateMention, strict = false): boolean {
  const sameYear = (d: DateMention) => d.year === undefined || date.year === undefined || d.year === date.year;
  // A day of a range backs it too: "May 19" of "The festival runs May 11-22".
  if (datesIn(ev).some((d) => d.month === date.month && sameYear(d) && (d.dayEnd === undefined ? d.day === date.day : date.day >= d.day && date.day <= d.dayEnd))) return true;
  const day = new RegExp(`(?<![\\p{N}.,$])0?${date.day}(?:st|nd|rd|th)?(?![\\p{N}%]|[.,]\\p{N})`, 'u');
  // The day as an ordinal anywhere ("signed there on the 27th"), or day and month in numbers: with a year, or with a slash ("4/27").
  // (Not when asked strictly, for a detail not backed: "the 20th International AIDS Conference" says no "20 July".)
  if (!strict && new RegExp(`(?<![\\p{N}])${date.day}(?:st|nd|rd|th)(?![\\p{L}\\p{N}])`, 'u').test(ev.text)) return true;
  const md = `0?${date.month}[./-]0?${date.day}|0?${date.day}[./-]0?${date.month}`;
  const numeric = new RegExp(`(?<![\\p{N}.,$])(?:(?:${md})[./-](?:\\d{4}|\\d{2})(?![\\p{N}])|\\d{4}[./-](?:${md})(?![\\p{N}])|(?:0?${date.month}/0?${date.day}|0?${date.day}/0?${date.month})(?![\\p{N}/%]))`, 'u');
  if (numeric.test(ev.text)) return true;
  const month = ANY_MONTH[date.month - 1];
  return ev.sentences.some((x) => {
    const t = ev.text.slice(x.range.start, x.range.end);
    return month.test(t) && day.test(t);
  });
}

/** A month named as a time: after "in", "since", "by"…, or before a year ("In May 2018", "since March"; not "may be"). */
const MONTH_AS_TIME = /(?:\b(?:in|since|by|until|till|from|of|during|through|early|late|mid|last|next|this|each|every)[\s-]+|^|,\s*)(January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])|(?<![\p{L}])(January|February|March|April|May|June|July|August|September|October|November|December)(?=,?\s+(?:1[5-9]|20)\d\d(?![\p{N}]))/gu;
const MONTH_NUMBER: Record<string, number> = { january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12 };
/** Any month of a text, however written: a name or its short form ("Apr", "SEPT."), or in a date of numbers ("2003.06.11", "11/06/2003"). */
const MONTH_ANYHOW = /(?<![\p{L}])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t(?:ember)?|ober|ember)?\.?(?![\p{L}])/giu;
const NUMERIC_DATE = /(?<![\p{N}])(?:(?:1[5-9]|20)\d\d[-./](\d{1,2})[-./]\d{1,2}|(\d{1,2})[-./](\d{1,2})[-./](?:1[5-9]|20)\d\d)(?![\p{N}])/gu;
const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The months a text names in any form (`MONTH_ANYHOW`, `NUMERIC_DATE`: both readings of "11/06/2003"). */
function monthsOfText(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(MONTH_ANYHOW)) out.add(SHORT_MONTHS.indexOf(m[1].toLowerCase()) + 1);
  if (/\d/.test(text))
    for (const m of text.matchAll(NUMERIC_DATE)) for (const x of [m[1], m[2], m[3]]) if (x && Number(x) >= 1 && Number(x) <= 12) out.add(Number(x));
  return out;
}
const monthsOf = new WeakMap<SourceEvidence, Set<number>>();
function monthsIn(ev: SourceEvidence): Set<number> {
  let m = monthsOf.get(ev);
  if (!m) monthsOf.set(ev, (m = monthsOfText(ev.text)));
  return m;
}

/**
 * The months the sentence names as a time ("In September 2017", "since March") that no source names in any form, nor
 * dates itself in (`published`): a detail the sources do not back, like a day (`unsaidDates`, which reads a month with
 * its day).
 */
export function unsaidMonths(sentence: string, evs: readonly SourceEvidence[], published: readonly string[] = []): string[] {
  if (!/(?:uary|ch|il|May|June|July|ust|ber)\b/.test(sentence)) return [];
  const days = writtenDates(sentence);
  const own = monthsOfText(published.join(' '));
  const out: string[] = [];
  for (const m of sentence.matchAll(MONTH_AS_TIME)) {
    const name = m[1] ?? m[2];
    const at = m.index! + m[0].lastIndexOf(name);
    if (days.some((d) => at >= d.range.start && at < d.range.end)) continue;
    const month = MONTH_NUMBER[name.toLowerCase()];
    if (!own.has(month) && !evs.some((ev) => monthsIn(ev).has(month)) && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * The sentence's dates (a month and a day) that no source says in any form (`saysDay`), nor dates itself by
 * (`published`, the sources' own dates): details the sources do not back,
 * whether or not they give another day. Not a date read both ways ("4/7/2026"), nor a month's possessive ("May's").
 */
export function unsaidDates(sentence: string, evs: readonly SourceEvidence[], published: readonly string[] = []): DateMention[] {
  if (!/\d/.test(sentence)) return [];
  // (A source's own date, "date: 2025-10-02" in its front matter, says its day: "opened on October 2".)
  const own = published.flatMap(sourceDates);
  const sameDay = (d: DateMention, x: DateMention) => x.month === d.month && x.day === d.day && (x.year === undefined || d.year === undefined || x.year === d.year);
  return writtenDates(sentence).filter((d) => !d.ambiguous && !/^['’]s/.test(sentence.slice(d.range.end, d.range.end + 2)) && !own.some((x) => sameDay(d, x)) && !evs.some((ev) => saysDay(ev, d, true)));
}

/**
 * The sentence's dates the sources date otherwise, where that is sure: the date is not said by any
 * source in any form (`saysDay`), and the source sentence that states the rest of the sentence
 * best (SAME_STATEMENT of its other content words) gives one date of that month, of the same year
 * when both say one, with another day, and dates nothing else: no range or list after its date, no
 * other day of the sentence's in it, nothing dated relative to it ("two days later"). The fix
 * writes that day, as the sentence wrote its date.
 */
export function checkDates(sentence: string, evs: SourceEvidence[]): DateCheck[] {
  // A range in the sentence ("May 11-22") is left to the reader: only single days are checked.
  const dates = writtenDates(sentence).filter((d) => d.dayEnd === undefined && datedInSentence(sentence, d));
  if (!dates.length) return [];
  const out: DateCheck[] = [];
  for (const date of dates) {
    if (evs.some((ev) => saysDay(ev, date))) continue;
    // The sentence's words besides the date, to find the source sentence that states the rest of it.
    const words = new Set(contentStems(sentence.slice(0, date.range.start) + ' ' + sentence.slice(date.range.end)).filter((x) => !/^\d/.test(x) && !MONTH_STEMS.has(x)));
    if (words.size < 3) continue;
    const candidates: { d: DateMention; source: number; share: number; sentence: number }[] = [];
    evs.forEach((ev, source) => {
      for (const { d, sentence: k } of datedSentences(ev)) {
        if (d.month !== date.month || d.ambiguous) continue;
        candidates.push({ d, source, sentence: k, share: new Set(ev.sentences[k].stems.filter((x) => words.has(x))).size / words.size });
      }
    });
    candidates.sort((a, b) => b.share - a.share);
    const best = candidates[0];
    if (!best || best.share < SAME_STATEMENT) continue;
    // Two sentences about as close with other days ("announced the agreement on April 27", "announced talks on the
    // agreement on April 3"): which one the sentence's date is of cannot be told.
    if (candidates.some((x) => x.d.day !== best.d.day && x.share >= best.share - AS_CLOSE)) continue;
    const { d, source, sentence: k } = best;
    const ev = evs[source];
    const range = ev.sentences[k].range;
    const text = ev.text.slice(range.start, range.end);
    // Any other date of the month in that sentence, an ambiguous "4/7/2026" too, leaves it unclear which is meant.
    const inSentence = datedSentences(ev).filter((x) => x.sentence === k && (x.d.month === date.month || x.d.ambiguous));
    if (inSentence.length !== 1 || d.dayEnd !== undefined || d.day === date.day) continue;
    if (d.year !== undefined && date.year !== undefined && d.year !== date.year) continue;
    if (RANGE_AFTER.test(ev.text.slice(d.range.end, d.range.end + 16)) || RELATIVE.test(text)) continue;
    if (ev.sentences.slice(Math.max(0, k - 1), k + 2).some((x) => x !== ev.sentences[k] && RELATIVE_NEAR.test(ev.text.slice(x.range.start, x.range.end)))) continue;
    if (new RegExp(`(?<![\\p{N}])${date.day}(?:st|nd|rd|th)?(?![\\p{N}])`, 'u').test(text)) continue;
    // The page's date dates what the sentence's does: the words next to the sentence's date are next to it too
    // ("signed the bill into law on July 4" / "passed by Congress on July 3, into law on Independence Day" is not).
    if (!sameAnchor(sentence, date.range, ev.text, d.range)) continue;
    // A weekday with the date would be left wrong by the fix ("Monday, April 17"): shown, not fixed.
    const weekday = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, date.range.start - 14), date.range.start));
    out.push({ date, theirs: { date: d, source }, replacement: weekday ? undefined : rewriteDay(date.text, d.day) });
  }
  return out;
}

export interface YearCheck {
  /** The sentence's year of a full date (range in the sentence). */
  year: { value: number; text: string; range: OffsetRange };
  /** The source's year of the same day, on the sentence's subject: its year's text and range in that source's text. */
  theirs: { source: number; text: string; range: OffsetRange };
  /** The page's year, written in the sentence's year's place; none when a weekday with the date would be left wrong. */
  replacement?: string;
}

/** A page giving the sentence's day more often than this is a calendar or a list, not a statement of it: its years are not checked. */
const MAX_SAME_DAY = 20;

/**
 * The sentence's full dates ("born on December 11, 2011") whose day the sources give only with another
 * year ("born December 11, 1977"), where that is sure: every date of the sources on that month and day
 * has a year, one and the same, and none is the sentence's; no source sentence names the month, the day
 * and the sentence's year together in any other form ("11.12.2011", "December 11th of 2011"); the
 * source sentence that states the rest of the sentence best holds that date (SAME_STATEMENT of the
 * sentence's other words, no other as close with another year), has no second date of the month nor the
 * sentence's year, and has the word next to the sentence's date next to its own (`sameAnchor`). The
 * year figure check alone takes any "2011" of the page for the sentence's ("published in July 2011").
 */
export function checkYears(sentence: string, evs: SourceEvidence[]): YearCheck[] {
  const out: YearCheck[] = [];
  for (const date of writtenDates(sentence)) {
    if (date.year === undefined || !datedInSentence(sentence, date)) continue;
    const at = /^(?:\s*[-–]\s*\d{1,2})?(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(sentence.slice(date.range.end, date.range.end + 16));
    if (!at) continue;
    const yearStart = date.range.end + at[0].length - 4;
    // "On May 5, 1500 people marched": a count after the date, not its year.
    const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(yearStart + 4, yearStart + 40));
    if (next && !AFTER_A_YEAR.has(next[1])) continue;
    // A date worked out from another or said of a recurrence ("turned 40 on March 4, 2022", "its 80th anniversary").
    if (RECURRENCE.test(sentence)) continue;
    const sameDay = (d: DateMention) => d.month === date.month && d.day === date.day && d.dayEnd === date.dayEnd;
    const found: { d: DateMention; source: number; sentence: number }[] = [];
    evs.forEach((ev, source) => {
      for (const x of datedSentences(ev)) if (sameDay(x.d) && found.length <= MAX_SAME_DAY) found.push({ ...x, source });
    });
    // A day given without a year, or read both ways ("12/11/1977"), or in the sentence's year: not sure.
    if (!found.length || found.length > MAX_SAME_DAY || found.some((x) => x.d.year === undefined || x.d.year === date.year || x.d.ambiguous)) continue;
    const theirYear = found[0].d.year!;
    if (found.some((x) => x.d.year !== theirYear) || sentence.includes(String(theirYear))) continue;
    if (evs.some((ev) => saysDayIn(ev, date, date.year!) || yearlessDay(ev, date))) continue;
    const words = new Set(contentStems(sentence.slice(0, date.range.start) + ' ' + sentence.slice(yearStart + 4)).filter((x) => !/^\d/.test(x) && !MONTH_STEMS.has(x)));
    if (words.size < 3) continue;
    const shareOf = (ev: SourceEvidence, k: number) => new Set(ev.sentences[k].stems.filter((x) => words.has(x))).size / words.size;
    const ranked = found.map((x) => ({ ...x, share: shareOf(evs[x.source], x.sentence) })).sort((a, b) => b.share - a.share);
    const best = ranked[0];
    if (best.share < SAME_STATEMENT) continue;
    // A sentence about as close that dates the same month otherwise, in the sentence's year ("On December 3, 2011 …"): which is meant is unclear.
    const ev = evs[best.source];
    const rivals = evs.flatMap((e, source) => datedSentences(e).filter((x) => x.d.month === date.month && x.d.year === date.year).map((x) => shareOf(evs[source], x.sentence)));
    if (rivals.some((s) => s >= best.share - AS_CLOSE)) continue;
    const range = ev.sentences[best.sentence].range;
    const text = ev.text.slice(range.start, range.end);
    if (new RegExp(`(?<![\\p{N}])${date.year}(?![\\p{N}])`, 'u').test(text)) continue;
    if (datedSentences(ev).filter((x) => x.sentence === best.sentence && (x.d.month === date.month || x.d.ambiguous)).length !== 1) continue;
    if (!sameAnchor(sentence, date.range, ev.text, best.d.range)) continue;
    // The page dates something by that day, or says it recurs, next to its date or where it gives the sentence's year
    // ("exactly ten years to the day later, in 2009"; "held on that date every year since"; "reopened on its 80th anniversary in 2012").
    if (relativeAround(ev, best.sentence, date.year)) continue;
    // The page's year: after its month and day ("December 11, 1977"), or first ("1977-12-11").
    const near = ev.text.slice(best.d.range.start, best.d.range.end + 16);
    const k = near.search(new RegExp(`(?<![\\p{N}])${theirYear}(?![\\p{N}])`, 'u'));
    if (k < 0) continue;
    const weekday = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, date.range.start - 14), date.range.start));
    out.push({
      year: { value: date.year, text: String(date.year), range: { start: yearStart, end: yearStart + 4 } },
      theirs: { source: best.source, text: String(theirYear), range: { start: best.d.range.start + k, end: best.d.range.start + k + 4 } },
      replacement: weekday ? undefined : String(theirYear),
    });
  }
  return out;
}

/** Words that follow a date's year in a sentence ("born on December 11, 1977 in Memphis"); another lower-case word makes the number a count ("1500 people"). */
const AFTER_A_YEAR = new Set(['in', 'at', 'on', 'and', 'or', 'when', 'while', 'after', 'before', 'until', 'till', 'to', 'by', 'for', 'with', 'as', 'from', 'during', 'near', 'outside', 'inside', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'was', 'were', 'is', 'are', 'had', 'has']);
/** A date that may be worked out from another, or a day that comes back: an anniversary, a birthday, a recurrence, "later", "since", "to the day". */
const RECURRENCE =
  /\b(?:later|earlier|after|afterwards|following|follows|since|again|every|each|annual|annually|yearly|anniversary|anniversaries|birthday|birthdays|turn(?:s|ed)?\s+\d+|centenary|centennial|bicentennial|jubilee|same\s+(?:date|dates|day|days)|to\s+the\s+day|returned|returns|weekly|monthly|daily|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b/i;
/** Sentences either side of the page's date that may date by it, and the most sentences giving the sentence's year that are read. */
const RELATIVE_REACH = 2;
const MAX_YEAR_PLACES = 50;

/** Whether the sentences around the page's date (`k`), or a sentence of the page giving `year`, date by another day or say a day recurs. */
function relativeAround(ev: SourceEvidence, k: number, year: number): boolean {
  const say = (i: number) => RECURRENCE.test(ev.text.slice(ev.sentences[i].range.start, ev.sentences[i].range.end));
  for (let i = Math.max(0, k - RELATIVE_REACH); i <= Math.min(ev.sentences.length - 1, k + RELATIVE_REACH); i++) if (say(i)) return true;
  const re = new RegExp(`(?<![\\p{N}])${year}(?![\\p{N}])`, 'gu');
  let n = 0;
  for (const m of ev.text.matchAll(re)) {
    const i = sentenceIndexAt(ev.sentences, m.index!);
    if (i >= 0 && say(i)) return true;
    if (++n >= MAX_YEAR_PLACES) return true;
  }
  return false;
}

/** Whether the source names the date's month and day without a year ("Mar 4: gala reopening", "the 4th of March", "The doors opened on the 4th"): of any year, the sentence's too. */
function yearlessDay(ev: SourceEvidence, date: DateMention): boolean {
  const month = ANY_MONTH[date.month - 1].source.replace(/^\(\?<!\[\\p\{L\}\]\)/, '');
  const day = `0?${date.day}(?:st|nd|rd|th)?`;
  const noYear = `(?![\\p{N}])(?!\\.?,?\\s*(?:of\\s+)?\\d{4})`;
  return new RegExp(`(?<![\\p{L}])(?:${month}\\s+(?:the\\s+)?${day}${noYear}|(?<![\\p{N}.,])${day}\\s+(?:of\\s+)?${month}${noYear}|the\\s+${date.day}(?:st|nd|rd|th)(?![\\p{L}\\p{N}]))`, 'iu').test(ev.text);
}

/** Whether a sentence of the source names the date's month, its day as a number of its own, and `year` ("11 Dec. of 2011"), or writes them in numbers ("11.12.2011", "2011-12-11"). */
function saysDayIn(ev: SourceEvidence, date: DateMention, year: number): boolean {
  const md = `0?${date.month}[./-]0?${date.day}|0?${date.day}[./-]0?${date.month}`;
  if (new RegExp(`(?<![\\p{N}.,$])(?:(?:${md})[./-](?:${year}|${String(year).slice(2)})(?![\\p{N}])|${year}[./-](?:${md})(?![\\p{N}]))`, 'u').test(ev.text)) return true;
  if (!ev.text.includes(String(year))) return false;
  const month = ANY_MONTH[date.month - 1];
  const day = new RegExp(`(?<![\\p{N}.,$])0?${date.day}(?:st|nd|rd|th)?(?![\\p{N}%]|[.,]\\p{N})`, 'u');
  const y = new RegExp(`(?<![\\p{N}])${year}(?![\\p{N}])`, 'u');
  return ev.sentences.some((x) => {
    const t = ev.text.slice(x.range.start, x.range.end);
    return y.test(t) && month.test(t) && day.test(t);
  });
}

/** The sentence's content word next to its date (before it, or after one that opens the sentence) must be one of the two next to the page's date. */
const ANCHOR_WORDS = 1;
const ANCHOR_REACH = 2;

/**
 * Whether a content word of the few before the sentence's date (after it, when the date opens the
 * sentence) is among the few before (after) the page's date: the two dates are said of the same thing.
 */
function sameAnchor(sentence: string, range: OffsetRange, page: string, theirs: OffsetRange): boolean {
  // Within the date's own clause: no comma, parenthesis or other clause mark between.
  const words = (text: string, start: number, end: number, n: number, fromEnd: boolean) => {
    // Past a weekday with the date ("on Monday, April 17"), and the year after it.
    const span = fromEnd ? text.slice(start, end).replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*(?:the\s+)?$/i, '') : text.slice(start, end).replace(/^[\s,]*(?:\d{4})?[\s,]*/, '');
    const parts = span.split(/[,;:()—–]/);
    const ws = contentStems(fromEnd ? parts[parts.length - 1] : parts[0]).filter((x) => !/^\d/.test(x) && !MONTH_STEMS.has(x));
    return fromEnd ? ws.slice(-n) : ws.slice(0, n);
  };
  const before = words(sentence, Math.max(0, range.start - 80), range.start, ANCHOR_WORDS, true);
  if (before.length) return words(page, Math.max(0, theirs.start - 80), theirs.start, ANCHOR_REACH, true).some((x) => before.includes(x));
  const after = words(sentence, range.end, range.end + 80, ANCHOR_WORDS, false);
  return words(page, theirs.end, theirs.end + 80, ANCHOR_REACH, false).some((x) => after.includes(x));
}

const MONTH_STEMS = new Set(Object.keys(MONTH_WORDS).filter((w) => !w.endsWith('.')).map((w) => contentStems(w)[0]).filter(Boolean));

/** Each source's dates with the sentence each is in, found once (a draft's claims ask again and again). */
const datedOf = new WeakMap<SourceEvidence, { d: DateMention; sentence: number }[]>();
function datedSentences(ev: SourceEvidence): { d: DateMention; sentence: number }[] {
  let out = datedOf.get(ev);
  if (out) return out;
  out = [];
  const ss = ev.sentences;
  for (const d of datesIn(ev)) {
    // The sentence holding the date, by binary search over the sentences in order.
    let lo = 0;
    let hi = ss.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ss[mid].range.start <= d.range.start) lo = mid;
      else hi = mid - 1;
    }
    if (ss.length && d.range.start >= ss[lo].range.start && d.range.start < ss[lo].range.end) out.push({ d, sentence: lo });
  }
  datedOf.set(ev, out);
  return out;
}
