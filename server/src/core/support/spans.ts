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
import { writtenDates, type DateMention } from './dates';
import { sentenceHolding, type SourceEvidence } from './evidence';
import { contentStems } from '../text';

/** A line that opens on a date ("July 27, 2018 - 4:00 pm", "Published 27 July 2018"): the page's dateline (not an update's). */
const DATELINE = /^[ \t]*(?:#{1,6}[ \t]+)?(?:(?:Published|Posted)(?:[ \t]+on)?[ \t:]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)[ \t]+\d{1,2},?|\d{1,2}[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December))[ \t]+(\d{4})\b/m;

/** A dateline that says it is one: "Posted June 28, 2007", "Published on 4 May 2019", "Published 11:07 p.m. ET Jan. 27, 2019". */
const POSTED_DATELINE = new RegExp(DATELINE.source.replace('(?:(?:Published|Posted)(?:[ \\t]+on)?[ \\t:]+)?', '(?:Published|Posted)(?:[ \\t]+on)?[ \\t:]+(?:\\d{1,2}:\\d{2}[ \\t]*(?:[ap]\\.?m\\.?)?[ \\t]*(?:[A-Z]{2,4}[ \\t]+)?)?'), 'm');

/** A date in ISO form on a line of its own, a time after it or not, as pages stamp when they were posted ("2015-10-21 13:19:57"). */
const ISO_DATELINE = /^[ \t]*(?:#{1,6}[ \t]+)?((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$/m;

/** Two dates or years joined as a range: "from Aug. 28 to Sept. 7", "between 2001 and 2013", "2001-2013", "May 1 through May 10". */
const JOINED = /^\s*(?:[-–—]|to|through|till|until|and)\s*$/i;

/**
 * Whether the figure is a length of time the sentence's own range gives: days between two dates joined as a range, or
 * across a day range; years between two years joined as one. Not when a source gives a length in that unit of its own
 * (`pageSpans`): the page's length is what the sentence's is checked against.
 */
export function spanBacked(figure: Figure, claim: string, pageSpans: (unit: 'day' | 'year') => number[] = () => []): boolean {
  if (figure.kind !== 'number' || !Number.isInteger(figure.value) || figure.value < 1) return false;
  const after = claim.slice(figure.range.end, figure.range.end + 12);
  const near = (n: number) => (figure.approx ? Math.abs(n - figure.value) <= 1 : n === figure.value);
  const unit = /^[\s-]*(?:days?|nights?)\b/i.test(after) ? 'day' : /^[\s-]*years?\b/i.test(after) ? 'year' : undefined;
  if (!unit || pageSpans(unit).some((n) => n !== figure.value)) return false;
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

/**
 * Whether the figure is a length "for N years, until … Y" worked out from the sentence's own years: "joined the News
 * Leader in 1976 … and kept both roles for 15 years, until he retired in 1991" is Y minus the sentence's last year
 * before the length, where a page sentence (or it and the next) gives both years with no other year between them ("He
 * arrived … in 1976 …, roles he continued to play until his retirement in 1991"), so that they bound the same thing, and the page gives no
 * other length in years by them (`pageSpans` of those years). (A review found "Born in 1985, … for 20 years, until
 * 2005" and "joined in 1990 … led it for 15 years, until 2005", where the page makes her chief in 1998, backed without
 * the page sentence.)
 */
export function untilSpanBacked(figure: Figure, claim: string, sources: SourceEvidence[], pageSpans: (of: number[]) => number[]): boolean {
  if (figure.kind !== 'number' || !Number.isInteger(figure.value) || figure.value < 1) return false;
  const until = UNTIL_YEAR.exec(claim.slice(figure.range.end, figure.range.end + 120));
  if (!until) return false;
  const before = [...claim.slice(0, figure.range.start).matchAll(A_YEAR)];
  if (!before.length) return false;
  const [start, end] = [Number(before[before.length - 1][1]), Number(until[1])];
  const near = (n: number) => (figure.approx ? Math.abs(n - figure.value) <= 1 : n === figure.value);
  if (!near(end - start)) return false;
  // (In one sentence, or a sentence and the next: "Moore joined the Courier in 1976. He stayed until he retired in 1991.")
  const bound = sources.some((s) =>
    s.sentences.some((x, k) => {
      const next = s.sentences[k + 1];
      const years = [...s.text.slice(x.range.start, next ? next.range.end : x.range.end).matchAll(A_YEAR)].map((y) => Number(y[1]));
      const a = years.indexOf(start);
      return a >= 0 && years[a + 1] === end;
    }),
  );
  return bound && !pageSpans([start, end]).some((n) => n !== figure.value);
}

/** After "N years": the year it ran until, in the same clause ("for 15 years, until he retired in 1991"). */
const UNTIL_YEAR = /^[\s-]*years?\b[^.;:()]{0,60}?\buntil\b[^.;:()]{0,60}?(?<![\p{L}\p{N}.,'’-])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/u;
/** A year in a sentence (`A_YEAR_ONE`: whether there is one). */
const A_YEAR = /(?<![\p{L}\p{N}.,'’$£€-])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d)/gu;
const A_YEAR_ONE = new RegExp(A_YEAR.source, 'u');

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
    const written = writtenYears(s, years);
    for (const a of s.text.matchAll(ageRe)) {
      const age = Number(a[1]);
      for (const now of written) if (now > then[0] && Math.abs(age - (now - then[0]) - figure.value) <= tolerance) return true;
    }
  }
  return false;
}

/**
 * A year a page names by the year it was written: "last year", "this year", "next year" (not "last year's"); "five years
 * ago", "3 years ago"; "last September" (the year's, or the year before's, by the month of the page's dateline).
 */
const RELATIVE_YEAR = /\b(?:(last)|(this)|(next))\s+year\b(?!['’]s)|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+years\s+ago\b|\blast\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi;
const YEARS_AGO: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Before "last year": a word that makes it a year of something else ("the next year", "his last year", "that year"). */
const OF_SOMETHING = /\b(?:the|his|her|its|their|my|our|your|that|whose|a|one|per|each|every|final|only)\s+$/i;
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
    const written = writtenYears(s, years);
    if (!written.size) continue;
    let n = 0;
    for (const m of s.text.matchAll(RELATIVE_YEAR)) {
      if (++n > MAX_RELATIVE_YEARS) break;
      let offset: number;
      // "Five years ago" and "last September" are read only where nothing else may date them: not after a bound ("more
      // than ten years ago"), not in a page sentence of what someone said (reported speech keeps its own time), not with
      // another year than the page's own in the 300 characters before (a comment dated below a post), and "last
      // September" not of a sentence's "March 2017".
      if ((m[4] || m[5]) && (BOUND_BEFORE.test(s.text.slice(Math.max(0, m.index! - 20), m.index!)) || [...s.text.slice(Math.max(0, m.index! - 300), m.index!).matchAll(A_YEAR)].some((y) => !written.has(Number(y[0].match(/\d{4}/)![0]))))) continue;
      // ("Last September" and a sentence's "March 2017": another month.)
      if (m[5] && MONTH_NAME.test(claim.slice(Math.max(0, figure.range.start - 40), figure.range.start)) && !new RegExp(`\\b${m[5]}\\b`, 'i').test(claim.slice(Math.max(0, figure.range.start - 40), figure.range.start))) continue;
      if (m[5]) {
        // "Last September" on a page of August 2018 is September 2017; on one of November 2018, September 2018.
        const dateline = datelineOf(s);
        if (dateline?.year === undefined) continue;
        if ((MONTHS.indexOf(m[5].toLowerCase()) + 1 < dateline.month ? dateline.year : dateline.year - 1) !== figure.value) continue;
        offset = 0;
      } else {
        offset = m[4] ? -(YEARS_AGO[m[4].toLowerCase()] ?? Number(m[4])) : m[1] ? -1 : m[2] ? 0 : 1;
        if (![...written].some((w) => w + offset === figure.value)) continue;
      }
      if (OF_SOMETHING.test(s.text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      const sentence = sentenceHolding(s.sentences, m.index!);
      if (!sentence) continue;
      const text = s.text.slice(sentence.range.start, sentence.range.end);
      const at = m.index! - sentence.range.start;
      // Not in a quotation (it may be of the year the words were said), nor in a clause of its own about something
      // else ("The mayor, who took office last year, opened …").
      if ((text.slice(0, at).match(/["“”]/g)?.length ?? 0) % 2 === 1) continue;
      // Nor beside a year of its own ("Smith, who won the marathon in 2015, finished third last year"): which is dated how is unclear.
      if (A_YEAR_ONE.test(text)) continue;
      // (A relative clause that says the sentence's own thing is its statement: "The cafe, which opened last year, …".)
      const clauseStart = text.lastIndexOf(',', at);
      if (clauseStart >= 0 && /^,\s*(?:who|which|that|whose|where|when)\b/i.test(text.slice(clauseStart))) {
        const clauseEnd = text.indexOf(',', at);
        if (!contentStems(text.slice(clauseStart, clauseEnd < 0 ? undefined : clauseEnd)).some((x) => around.has(x))) continue;
      }
      if ((m[4] || m[5]) && SAYING.test(text)) continue;
      // ("Five years ago" and "last September" of the clause that holds them: "joined the firm five years ago and became a
      // partner last year" dates the joining only.)
      const clause = m[4] || m[5] ? clauseAround(text, at) : undefined;
      if (clause !== undefined) {
        // (Two words of it besides names: "Maria Lopez" is in both clauses of "Maria Lopez joined the firm five years ago
        // and became a partner last year".)
        if (new Set(contentStems(clause.replace(/(?<!\p{L})\p{Lu}[\p{L}'’-]*/gu, ' ')).filter((x) => around.has(x))).size >= 2) return true;
        continue;
      }
      if (new Set(sentence.stems.filter((x) => around.has(x))).size >= 2) return true;
    }
  }
  return false;
}

/** Before a relative year: a bound that makes it no year ("more than ten years ago", "almost five years ago"). */
const BOUND_BEFORE = /\b(?:more\s+than|over|almost|nearly|about|around|roughly|some|at\s+least|less\s+than|under|just\s+over|just\s+under|up\s+to)\s+$/i;
/** A month's name. */
const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
/** A verb of saying: what a sentence reports was said at its own time. */
const SAYING = /\b(?:said|says|say|told|tells|recalled|recalls|according\s+to|explained|added)\b/i;

/** The clause of `text` around `at`: from the semicolon, "and" or "but" before it to the one after (commas may part a subject from its verb). */
function clauseAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const marks = [...before.matchAll(/;|\s(?:and|but|while|whereas)\s/g)];
  const from = marks.length ? marks[marks.length - 1].index! + marks[marks.length - 1][0].length : 0;
  const rest = /;|\s(?:and|but|while|whereas)\s/.exec(text.slice(at));
  return text.slice(from, rest ? at + rest.index : text.length);
}

/** The years a page was written in: its publication years (`years`), and the year of its dateline (`datelineOf`). */
function writtenYears(s: SourceEvidence, years: Set<number> | undefined): Set<number> {
  const written = new Set(years ?? []);
  const dateline = datelineOf(s);
  if (dateline?.year !== undefined) written.add(dateline.year);
  return written;
}

/** Each source's dateline, found once. */
const datelines = new WeakMap<SourceEvidence, { date?: DateMention }>();

/**
 * The date a page was written on, from its first dateline near its top ("December 25, 2014" on a line of its own,
 * "Posted on April 15, 2013 by …", "2015-10-21 13:19:57"); not a range of dates ("March 3, 1931 - February 2, 2014").
 */
export function datelineOf(s: SourceEvidence): DateMention | undefined {
  let kept = datelines.get(s);
  if (!kept) {
    // (A "Posted"/"Published" line first: a heading's date above it may be an event's, "#### March 11 2011".)
    const top = s.text.slice(0, 3000);
    const m = POSTED_DATELINE.exec(top) ?? DATELINE.exec(top);
    // (A dash then another date is a range, a life's; a dash then a time is the dateline's: "October 4, 2022 - 9:15 am".)
    const ranged = !!m && /^\s*[-–—]\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}\b)/u.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    let date = m && !ranged ? writtenDates(m[0]).find((d) => d.year !== undefined) : undefined;
    // Else a stamp in ISO form on a line of its own ("2015-10-21 13:19:57" under the byline).
    const iso = m ? null : ISO_DATELINE.exec(top);
    if (iso) date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), text: iso[0].trim(), range: { start: iso.index, end: iso.index + iso[0].length } };
    datelines.set(s, (kept = { date }));
  }
  return kept.date;
}
