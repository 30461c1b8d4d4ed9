/**
 * Figures in text: amounts, percentages, years, dates and plain numbers, with a
 * normalised value so "$50 billion", "$50bn" and "50 billion dollars" compare equal.
 */
import type { OffsetRange } from '../text';
import { endsWithAbbreviation, isStopword } from '../text';

/** `date`: a date's month and day, checked by `dates.ts` (never extracted here). */
export type FigureKind = 'money' | 'percent' | 'year' | 'number' | 'date';

/** How a sentence qualifies a figure: "about 45,000", "nearly 40%", "more than 300", "up to $5 million". */
export type Approximation = 'about' | 'nearly' | 'over' | 'under';

export interface Figure {
  kind: FigureKind;
  value: number;
  text: string;
  range: OffsetRange;
  /** The place of the figure's last significant digit: 1000 for "45,000", 1e6 for "6 million", 0.1 for "4.5". */
  unit: number;
  approx?: Approximation;
  /** A share said in words ("two-thirds of"): a rounded figure, backed by the percentages nearest it. */
  share?: true;
  /** Where the qualifier ("more than") starts, when there is one. */
  approxStart?: number;
  /** A part of a time of day or a duration ("9:08 pm", "1:02"): backs only a plain number, never an amount of money or a share. */
  clock?: true;
  /** A count in words hyphened to its noun ("nine-member"): the noun, read against the page's counts of it (`countedOnPage`). */
  counted?: string;
}

const APPROXIMATIONS: [RegExp, Approximation][] = [
  // "No more than 180g" is at most 180g; "not less than" at least (before "more than" and "less than" below).
  [/(?<!\p{L})(?:no|not)\s+(?:more|greater|higher)\s+than\s*$/iu, 'under'],
  [/(?<!\p{L})(?:no|not)\s+(?:less|fewer|lower)\s+than\s*$/iu, 'over'],
  [/(?:(?<!\p{L})(?:about|around|roughly|approximately|some|an estimated|close to|circa)|~)\s*$/iu, 'about'],
  [/(?<!\p{L})(?:nearly|almost|just under|just shy of)\s*$/iu, 'nearly'],
  [/(?<!\p{L})(?:more than|over|above|at least|upwards of|in excess of|exceeding)\s*$/iu, 'over'],
  [/(?<!\p{L})(?:less than|under|below|up to|at most|fewer than)\s*$/iu, 'under'],
  // "Wasn't yet six months old", "not even 30": short of it.
  [/(?:(?<!\p{L})not|n['’]t)\s+(?:yet|even)\s*$/iu, 'under'],
];

/** The place value of a written number's last significant digit ("45,000" → 1000, "4.50" → 0.01). */
function unitOf(num: string, scale: number): number {
  const plain = num.replace(/[,\s\u00a0\u202f]/g, '');
  const dot = plain.indexOf('.');
  if (dot !== -1) return Math.pow(10, -(plain.length - dot - 1)) * scale;
  const zeros = /0*$/.exec(plain)![0].length;
  return Math.pow(10, Math.min(zeros, plain.length - 1)) * scale;
}

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, t: 1e12,
};
const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** A month's name, in full or short ("Sept"), as a pattern to build on (`counts.ts` reads days of dates by it too). */
export const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTHS = new RegExp(`^${MONTH_NAME}\\.?$`, 'i');
/** What follows the first day of a range of days before its month ("11–12 June", "6 to 9 February"). */
const DAY_RANGE_START = new RegExp(`^\\s?(?:[-–—]|to|and|through|until|till)\\s?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\b`, 'i');
/**
 * Nouns that a number names a part of a document with: "table 2", "see page 14", "image 3", "step 4".
 * The number says which part, not how many, and a source backs the sentence without it.
 */
const DOCUMENT_PARTS = /^(?:fig(?:ure)?s?\.?|tables?|images?|pictures?|photos?|charts?|graphs?|diagrams?|maps?|pages?|pp?\.|sections?|§|chapters?|ch\.|steps?|appendix|appendices|exhibits?|slides?|footnotes?|notes?|endnotes?|references?|refs?\.?|paragraphs?|para\.?|lines?|items?|points?|questions?|q\.?|equations?|eq\.?|listings?|boxes?|panels?|columns?|rows?|tabs?)$/i;

/**
 * A list of source numbers in parentheses, "(2, 4, 5)", "(see 1, 3)", "(refs. 2-4)": an answer's
 * own way of citing, left in a sentence. Its numbers are not figures the sources must give. A
 * range alone, "(10-20)", is a figure, and so is a number with thousands separators, "(6,930)".
 */
const REFERENCE_LIST_RE = /\((?:(?:see|refs?\.?|sources?|cf\.)\s*\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*|(?!\d{1,3}(?:,\d{3})+\))\d{1,3}(?:\s*[,;]\s*\d{1,3})+)\)/giu;

/** The text with its lists of source numbers ("(2, 4, 5)") taken out. */
export function withoutReferenceLists(text: string): string {
  return text.replace(REFERENCE_LIST_RE, ' ').replace(/ +(?=[.,;:!?])/g, '').replace(/ {2,}/g, ' ');
}

/** Currency codes: "SEK 1800" is an amount, not a year after an acronym. */
export const CURRENCY_CODES = /^(?:USD|EUR|GBP|SEK|NOK|DKK|CHF|JPY|CNY|RMB|INR|AUD|CAD|NZD|HKD|SGD|ZAR|BRL|MXN|RUB|TRY|PLN|CZK|HUF|KRW|THB|MYR|IDR|PHP|AED|SAR|ILS|EGP|NGN|KES)$/;

/** A unit of measure written right after a number, with no space, as units are written: "180g", "20cm", "12km", "4GB" (not "5m", "3D", "4G"). */
const GLUED_UNIT = /^(?:(?:mm|cm|km|m|ft)(?:[²³]|2(?!\p{N}))|σ|W|Wh|mg|g|kg|mm|cm|km|ml|L|lbs?|oz|ft|in|yds?|mph|kph|km\/h|rpm|kW|kWh|MW|GW|mAh|Ah|kcal|cal|[kKMGT]B|[kMG]bps|Hz|kHz|MHz|GHz|hrs?|mins?|secs?|(?:milli|centi|kilo)?met(?:er|re)s?|(?:milli|kilo)?grams?)(?![\p{L}\p{N}])/u;

/**
 * Degrees glued to a number as news style writes them ("92.7C (198.9F)", "hit 40C", "1.5C of warming"): a figure when
 * the number has decimals, stands beside the other scale in a parenthesis, or follows a word of temperature. Not
 * "iPhone 5C", "a 19C mansion", "14C dating", "on 3F".
 */
function gluedTemperature(text: string, start: number, end: number, num: string): boolean {
  if (!/^[CF](?![\p{L}\p{N}])/u.test(text.slice(end, end + 2))) return false;
  if (/\.\d/.test(num)) return true;
  if (/^[CF]\s*\(\s*-?\d[\d.,]*\s*°?[CF]\s*\)/.test(text.slice(end, end + 20)) || /\(\s*-?$/.test(text.slice(Math.max(0, start - 3), start))) return true;
  return /\b(?:temperatures?|heat|heatwave|degrees|warm(?:ing|er|est)?|cold(?:er|est)?|hot(?:ter|test)?|highs?|lows?|thermometers?|boils?|freezes?|melts?)(?:\s+[\p{L}]+){0,3}\s+-?$/iu.test(text.slice(Math.max(0, start - 50), start));
}

/**
 * Whether the source figure `g` (in scale `theirs`) is the claim figure `f` (in scale `mine`) in the other scale of
 * temperature, to the precision either is written to ("104 degrees Fahrenheit" / "40C", "198.9F" / "92.7C").
 */
export function sameTemperature(f: Figure, mine: 'C' | 'F', g: Figure, theirs: 'C' | 'F'): boolean {
  if (mine === theirs || f.kind !== 'number' || g.kind !== 'number') return false;
  const converted = mine === 'F' ? (g.value * 9) / 5 + 32 : ((g.value - 32) * 5) / 9;
  return Math.abs(converted - f.value) <= Math.max(f.unit, g.unit) / 2 + 0.05;
}

/** The temperature scale written right after a figure ("40C", "104°F", "40 degrees Celsius"), if any. */
export function scaleAfter(text: string, end: number): 'C' | 'F' | undefined {
  const m = /^\s?(?:°\s?|degrees?\s+)?(C|F|Celsius|centigrade|Fahrenheit)(?![\p{L}\p{N}])/iu.exec(text.slice(end, end + 20));
  return m ? (/^f/i.test(m[1]) ? 'F' : 'C') : undefined;
}

/** The signs of fractions and their values: "¾", "⅓". */
const VULGAR_FRACTIONS: Record<string, number> = { '¼': 0.25, '½': 0.5, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 0.2, '⅖': 0.4, '⅗': 0.6, '⅘': 0.8, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };
/**
 * A fraction's sign standing alone (no number before it) as a percentage: "¾%", "¼ per cent", "½ of a percentage point"
 * (a part of one per cent or one point, 0.75 and 0.5); or as a share, "⅔ of members" (66.7%), as "two-thirds of" is
 * read. Not a part of a unit, "¾ of a mile", nor of a point that may be a game's ("won by ½ of a point").
 */
const FRACTION_SIGN = /(?<![\p{N}.,])([¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])(?:(\s?(?:%|per\s?cent\b|percent\b)|\s+of\s+(?:a|one)\s+(?:percentage\s+point|per\s?cent|percent)\b)|(?=\s+of\s))/gu;

function fractionSignFigures(text: string): Figure[] {
  if (!/[¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/.test(text)) return [];
  const out: Figure[] = [];
  for (const m of text.matchAll(FRACTION_SIGN)) {
    const part = VULGAR_FRACTIONS[m[1]];
    const start = m.index!;
    const end = start + m[0].length;
    if (m[0].length > 1) {
      out.push({ kind: 'percent', value: Math.round(part * 1000) / 1000, text: m[0], range: { start, end }, unit: 0.01 });
      continue;
    }
    if (PART_OF_A_UNIT.test(text.slice(end, end + 28))) continue;
    out.push({ kind: 'percent', value: Math.round(part * 1000) / 10, text: m[0], range: { start, end }, unit: 0.1 });
  }
  return out;
}

/**
 * After a number with no scale, the rest of a range whose second end has one: "to $100 million", "and 5 billion", "-3 million",
 * "–1.08bn" (a scale's short form only glued to its number: "5-10 m" is metres).
 */
const SHARED_SCALE = /^\s*(to|and|or|[-–])\s*([$€£¥]?)(\d[\d.,]*)(?:\s?(thousand|million|billion|trillion)|\s?(bn|mn|tn)|(m|b))(?![\p{L}\p{N}])/iu;

/**
 * The scale of a range written once after its second end, when the number is its first end: both
 * ends in the same currency ("$50 to $100 million"), or after "between" or "from" ("between 3 and 5
 * billion"). Not a percentage or a year before another figure ("rose 15% to $2.3 billion", "was 18 and
 * 2 million voted").
 */
function sharedScale(text: string, start: number, end: number, g: Record<string, string | undefined>, value: number): string | undefined {
  if (g.pct || value >= 1000 || /^\s?(?:%|per\s?cent|percent)/i.test(text.slice(end, end + 9))) return undefined;
  const m = SHARED_SCALE.exec(text.slice(end, end + 40));
  if (!m) return undefined;
  const [, joint, cur, second, word, short, letter] = m;
  // A short form is a scale only after a currency: "$3-5m", "£1.02 - 1.08 bn"; not "3-5m" (metres).
  if ((short || letter) && !g.cur) return undefined;
  const after = /\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, start - 9), start));
  const rising = Number(second.replace(/,/g, '')) > value;
  // Both ends in the currency ("$50 to $100 million"); or written once, before the first end, with a dash up to a larger
  // number ("£1.02–1.08bn", "€2.5-3.0 billion"), after "between" or "from", or with "to" after a first end with decimals
  // ("£1.02 to 1.08bn"; not "paid $600 to 2 million households"). With no currency: after "between" or "from", or a dash
  // or "to" up to a larger number ("3 to 4 million people"; not "was 18 and 2 million voted").
  const shared = g.cur
    ? cur
      ? cur === g.cur.trim().charAt(0)
      : rising && (/^[-–]$/.test(joint) || after || (/^to$/i.test(joint) && /\./.test(g.num ?? '')))
    : !cur && (after || (/^(?:to|[-–])$/i.test(joint) && rising));
  return shared ? (word ?? short ?? letter).toLowerCase() : undefined;
}

/** A range's first end in a currency with no scale, right before the second end: "£1.02–", "between $3 and ", "£1.02 to ". */
const RANGE_CURRENCY_BEFORE = /(\b(?:between|from)\s+)?[$€£¥](\d[\d.,]*)\s*(to|and|[-–])\s*$/i;

/**
 * Whether the number at `start` (`num` as written, with a scale) is the second end of a range whose first end has the
 * currency written once (`sharedScale`'s reading, from the other end): then it is money too.
 */
function rangeCurrencyBefore(text: string, start: number, num: string): boolean {
  const m = RANGE_CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return false;
  const [, after, first, joint] = m;
  if (!(Number(num.replace(/,/g, '')) > Number(first.replace(/,/g, '')))) return false;
  return /^[-–]$/.test(joint) || !!after || (/^to$/i.test(joint) && first.includes('.'));
}

/** A time on the 24-hour clock: "0400 hours", "1630 hrs". */
const CLOCK_HOURS = /^\s?(?:hours|hrs)\b/i;

/** A unit joined to a number by a hyphen, making a measure of it: "553-foot", "82-game", "12-strong". */
/** A length in words after a number, or after the rest of its range: "rows 30-36 inches apart" is no row's number. */
const LENGTH_AFTER = /^(?:\s?[-–]\s?\d+(?:\.\d+)?|\s+to\s+\d+(?:\.\d+)?)?\s+(?:inch(?:es)?|feet|foot|yards?|metres?|meters?|centimet(?:re|er)s?|millimet(?:re|er)s?|kilomet(?:re|er)s?|miles?)\b/iu;
const MEASURE_AFTER = /^-(?:foot|feet|metre|meter|mile|kilometre|kilometer|inch|yard|acre|hectare|storey|story|floor|seat|bed|room|year|month|week|day|hour|minute|game|match|point|page|member|strong|man|person|ton|tonne|pound|gram|litre|liter|gallon)s?(?![\p{L}])/iu;

/** "times" after a count, as a count of times ("11 times.", "3 times since"), not a multiplier ("10 times faster", "3 times as many"). */
const TIMES_AFTER = /^\s+times\b(?!\s+(?:as|more|less|over|the|larger|smaller|higher|lower|greater|\w+er)\b)/;

/** Whether a number after a name has "times" after it as a count of times (not of a year): then it is no part of the name. */
function timesAfter(text: string, end: number, year: boolean): boolean {
  return !year && text.charCodeAt(end) === 32 && TIMES_AFTER.test(text.slice(end, end + 30));
}

/** Whether the four digits at `at` are a year with a letter of an author-year citation after them ("2012a,", "2014b;", "2019c p."). */
function letteredYearAt(text: string, at: number, digits: string): boolean {
  const c = text.charCodeAt(at + 4);
  return c >= 97 && c <= 104 && /^(?:1[89]|20)\d\d$/.test(digits) && /^[a-h](?:[,;)\]]|\s+p\.)/.test(text.slice(at + 4, at + 9));
}

/** Seasons, capitalised before a year as months are ("Fall 2007", "Spring 2020"). */
const SEASONS = /^(?:spring|summer|fall|autumn|winter)$/i;
/** The era written before a year ("AD 1805", "A.D. 79"): no name. */
const ERA = /^(?:AD|A\.D\.|CE|C\.E\.)$/;

const QUANTIFIERS = /^(?:nearly|almost|around|roughly|approximately|about|over|under|only|just|some|more|less|fewer|since|until|up|at|least|exactly|precisely|another|all|every|each|top|past|last|next|first|now|aged|age|still|then)$/i;

export const FIGURE_RE = new RegExp(
  // ("Rs" only as a word of its own: not the end of "years 5" or "Mrs 5".)
  String.raw`(?<cur>[$€£¥₹]|US\$|USD\s?|EUR\s?|GBP\s?|INR\s?|(?<![a-z])Rs\.?\s?)?` +
    // Thousands grouped by spaces ("19 480 tonnes", "23 900", as statistics and much of Europe write them), also thin
    // and no-break ones: not within a longer run of digits (a plain-text table's columns, "201 707"; a PDF's row of
    // numbers, "412 389 455", which ends its line), nor after a clock's colon, nor before a decimal comma or a range's
    // dash (but a map's scale, "1:50 000"); before a word, a cell's bar, a parenthesis, a currency's sign ("12 500 €"),
    // a quote, a dash, a note's mark ("19 480.[3]") or a sentence's end; or a cell's or a label's value ending its line
    // ("Residents: 19 480").
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<=[$€£¥]\s?)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|(?:(?<![A-Za-z\u00C0-\u024F\d.,:]|\d[ \u00a0\u202f])|(?<=(?<![\d.,])1:))\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,2}(?:\.\d+)?(?![\d,]|\.\d|\s?[-–]\s?\d| \d)(?=[ \t\u00a0]*(?:[A-Za-z\u00C0-\u024F]|[|)(%*€$£¥/±"”’\[<]|[—–](?!\s?\d)|[.,;:](?:\s|$|\[|<)))|(?<=(?:\||[A-Za-z\u00C0-\u024F]:)[ \t]?)\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,2}(?:\.\d+)?(?=[ \t]*(?:\||\r?\n|$))|\d+(?:\.\d+)?)` +
    // A hyphen joins only a scale in words ("10-million"): "5-k" and "3-m" are a race and a wall.
    // (A letter before "²" or "³" is a unit's: "5,000 m²" is square metres, not millions.)
    // (A lone letter only glued to the number, "$5m", "75m": after a space it is a unit's symbol, "72 000 t", "5 m".)
    // (After a currency, a spaced letter is its scale: "EUR 12.5 m", "£2.4 m".)
    String.raw`(?:(?:\s(?=(?:thousand|million|billion|trillion|mln|mn|bn|tn)\b)|\s(?=[mkb]\b)(?<=(?:[$€£¥₹]|\b(?:US\$|USD|EUR|GBP|INR))\s?\d[\d,.]{0,15}\s)|-(?=(?:thousand|million|billion|trillion)\b))?(?<scale>thousand|million|billion|trillion|mln|mn|bn|tn|[kmbt])\b(?![²³]))?` +
    String.raw`(?<pct>\s?(?:%|per\s?cent|percent))?` +
    String.raw`(?<unit>\s?(?:dollars|bucks|euros|pounds|yen))?`,
  'gi',
);

/** Whether a lone scale letter glued to its number ("55m", "3b") has its scale spelled out in the same sentence nearby: then it is that scale. */
/**
 * A capital "K", "M", "B" or "T" glued to a number before a hyphened word or a count's noun: "a 95M-parameter model",
 * "1.1B-parameter", "10K users", as technical writing counts. (A lower-case letter may be a unit: "a 5m-long wall".)
 */
function gluedCapitalScale(text: string, start: number, end: number): boolean {
  const letter = text.charAt(end - 1);
  // A lower-case "k" of thousands before a unit in capitals or a count's noun ("2,118k TEU", "450k tonnes", "20k users";
  // not "a 10k run").
  if (letter === 'k' && /^\d{1,3}(?:,\d{3})+k$|^\d{2,3}(?:\.\d+)?k$/.test(text.slice(start, end)) && /^\s(?:\p{Lu}{2,5}\b|tonnes?\b|barrels?\b|bpd\b|b\/d\b|units?\b|users?\b|subscribers?\b|downloads?\b|views?\b|visitors?\b|passengers?\b|vehicles?\b|homes?\b|jobs?\b)/u.test(text.slice(end, end + 14))) return true;
  if (!/[KMBT]/.test(letter) || /\s/.test(text.slice(start, end))) return false;
  // "M" and "B" alone too, as a table's cell or a parenthesis gives a size ("| 1.1B |", "Meridian (1.1B)"), so that a
  // sentence's "1.1B-parameter" and its page's "1.1B" read alike. (Not "K", a race's kilometres: "a 5K run".)
  // Only a size with a decimal ("1.1B"), or of two or three digits alone in a cell or a parenthesis ("| 25M |",
  // "(428M)"): "3M" and "4B" name a company and a flat, "FDA 3500B" a form.
  const written = text.slice(start, end);
  const alone = /^\d{2,3}[MB]$/.test(written) && /(?:\(|\|\s?)$/.test(text.slice(Math.max(0, start - 2), start));
  if (/[MB]/.test(letter) && (/^\d{1,3}\.\d+[MB]$/.test(written) || alone) && /^(?:\s*[)|,;\]\n]|\.(?!\d)|\s*$)/.test(text.slice(end, end + 3))) return true;
  // Before a hyphened count's noun or a count's noun: not "8K-ready", "4K-resolution".
  return /^(?:-|\s+)(?:parameters?|params?|tokens?|words?|users?|downloads?|subscribers?|followers?|views?|images?|examples?|samples?|records?|accounts?|customers?|rows?)\b/u.test(text.slice(end, end + 16));
}

function spelledNear(text: string, start: number, end: number, scale: string): boolean {
  const word = scale === 'm' ? 'million' : scale === 'b' ? 'billion' : undefined;
  if (!word || /\s/.test(text.slice(start, end))) return false;
  const around = text.slice(Math.max(0, start - 120), Math.min(text.length, end + 120));
  const at = start - Math.max(0, start - 120);
  // Within the figure's sentence: from the last sentence end before it to the first after it.
  const from = Math.max(around.lastIndexOf('. ', at), around.lastIndexOf('\n', at));
  const to = [around.indexOf('. ', at), around.indexOf('\n', at)].filter((x) => x >= 0);
  const sentence = around.slice(from + 1, to.length ? Math.min(...to) : around.length);
  const spelled = new RegExp(`\\d\\s+${word}\\s+([\\p{L}]+)`, 'iu').exec(sentence);
  if (!spelled) return false;
  // Set beside it in parentheses ("75 million plays (55m this year alone)"), or counting what the spelled figure counts
  // ("2 million viewers … 3m viewers"): not "He ran 400m, and the race drew 2 million viewers".
  const inParentheses = /\([^()]{0,20}$/.test(text.slice(Math.max(0, start - 20), start));
  const sameThing = new RegExp(`^\\s+${spelled[1]}\\b`, 'iu').test(text.slice(end, end + 40));
  return inParentheses || sameThing;
}

/** The word before a number, and the spaces after it (at most one line break), within 30 characters of it. */
export const WORD_BEFORE = /([\p{L}][\p{L}'’.-]*)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)$/u;
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}'’.-]/u;
const SPACE = /\s/;

/**
 * The word right before offset `at` of `text` as WORD_BEFORE reads it in the 30 characters before it (else undefined),
 * read backwards character by character: the spaces (one line break at most), then the run of letters, apostrophes,
 * stops and hyphens before them, from its first letter. A text with surrogate pairs there is read by the pattern.
 */
export function wordBefore(text: string, at: number): string | undefined {
  const lo = Math.max(0, at - 30);
  let i = at;
  let breaks = 0;
  for (; i > lo && SPACE.test(text[i - 1]); i--) {
    if (text[i - 1] === '\n') breaks++;
  }
  if (i === at || breaks > 1) return undefined;
  const end = i;
  for (; i > lo && WORD_CHAR.test(text[i - 1]); i--);
  if (i > lo && /[\ud800-\udfff]/.test(text[i - 1])) return WORD_BEFORE.exec(text.slice(lo, at))?.[1];
  for (; i < end && !LETTER.test(text[i]); i++);
  return i < end ? text.slice(i, end) : undefined;
}

/** FIGURE_RE tried at one place. */
const FIGURE_AT = new RegExp(FIGURE_RE.source, 'iy');
/** The most characters a currency before a number takes in FIGURE_RE ("USD ", "Rs. "). */
const CURRENCY_REACH = 4;

/**
 * FIGURE_RE's matches in `text`, as `matchAll` finds them, without trying the pattern at every character: a match
 * begins at a digit or a currency at most CURRENCY_REACH characters before one, and one always begins at a digit (its
 * number alone matches), so each match is the first of those few places, after the last match, that matches.
 */
export function* figureMatches(text: string): Generator<RegExpExecArray> {
  const digit = /\d/g;
  for (let from = 0; ; ) {
    digit.lastIndex = from;
    const d = digit.exec(text);
    if (!d) return;
    let m: RegExpExecArray | null = null;
    for (let at = Math.max(from, d.index - CURRENCY_REACH); at <= d.index && !m; at++) {
      FIGURE_AT.lastIndex = at;
      m = FIGURE_AT.exec(text);
    }
    if (!m) {
      from = d.index + 1;
      continue;
    }
    yield m;
    from = m.index + m[0].length;
  }
}

/**
 * A date written in numbers: "2003-06-11", "2003.06.11", "2003/06/11" (year first) or "11/06/2003",
 * "06.11.2003", "24/02/22" (year last; a two-digit year only with slashes: "3.10.12" is a version). Its
 * year is a figure, as in "11 June 2003"; its day and month are not.
 */
const NUMERIC_DATE_RE = /(?<![\p{L}\p{N}.,/-])(?:(?<y1>(?:1[5-9]|20)\d\d)(?<s1>[-./])(?<m1>0?[1-9]|1[0-2])\k<s1>(?<d1>0?[1-9]|[12]\d|3[01])|(?<a2>\d{1,2})(?<s2>[-./])(?<b2>\d{1,2})\k<s2>(?<y2>(?:1[5-9]|20)\d\d)|(?<a3>\d{1,2})\/(?<b3>\d{1,2})\/(?<y3>\d\d))(?![\p{L}\p{N}]|[.,/-]\p{N})/gu;

/** The years of the dates written in numbers in `text`, and where each date is. */
export function numericDates(text: string): { year: Figure; range: OffsetRange; month?: number; months: number[] }[] {
  const out: { year: Figure; range: OffsetRange; month?: number; months: number[] }[] = [];
  for (const m of text.matchAll(NUMERIC_DATE_RE)) {
    const g = m.groups!;
    // Day and month: both at most 31, one of them at most 12.
    const a = g.a2 ?? g.a3;
    const b = g.b2 ?? g.b3;
    if (a !== undefined && !(Number(a) <= 31 && Number(b) <= 31 && (Number(a) <= 12 || Number(b) <= 12) && Number(a) > 0 && Number(b) > 0)) continue;
    // A year of two digits ("24/02/22", "11/06/98"): this century's up to 40, the last's after.
    const short = g.y3;
    const yearText = g.y1 ?? g.y2 ?? short!;
    const value = short !== undefined ? Number(short) + (Number(short) <= 40 ? 2000 : 1900) : Number(yearText);
    const at = m.index! + (g.y1 !== undefined ? 0 : m[0].length - yearText.length);
    // The month where it is sure: year first ("2025-02-17"), or a day past 12 before or after it ("17/02/2025", "02/17/2025").
    const month = g.m1 !== undefined ? Number(g.m1) : Number(a) > 12 ? Number(b) : Number(b) > 12 ? Number(a) : undefined;
    // (Where either may be the month, "11/07/2024", both are.)
    const months = month !== undefined ? [month] : [Number(a), Number(b)];
    out.push({ year: { kind: 'year', value, text: yearText, range: { start: at, end: at + yearText.length }, unit: 1 }, range: { start: m.index!, end: m.index! + m[0].length }, month, months });
  }
  return out;
}

/**
 * The year that the number `num` at `start` ends a range of years with, written by its last two digits
 * after a year and a dash or a slash ("2017-18", "1914–18", "2017/18", "1999–00"): 2018, 1918, 2018, 2000.
 * Undefined otherwise.
 */
function shortYear(text: string, start: number, num: string): number | undefined {
  if (!/^\d\d$/.test(num.trim())) return undefined;
  const m = /(?<!\p{N})((?:1[5-9]|20)\d\d)[-–/]$/u.exec(text.slice(Math.max(0, start - 6), start));
  if (!m) return undefined;
  const from = Number(m[1]);
  let year = Math.floor(from / 100) * 100 + Number(num.trim());
  if (year <= from) year += 100;
  return year - from <= 20 ? year : undefined;
}

/**
 * The figures of the texts read last: a claim's figures are asked for by twenty checks and more, each
 * of the same sentence. Texts up to FIGURES_KEPT_UP_TO characters (claims and sentences, not pages),
 * the last FIGURES_KEPT of them. What is handed out is frozen, so a check cannot change another's.
 */
const figuresKept = new Map<string, readonly Figure[]>();
const FIGURES_KEPT = 256;
const FIGURES_KEPT_UP_TO = 4000;

/** Finds the figures in `text`, shares in words ("two-thirds of") among them. Numbers inside words (A380, COVID-19) are not figures. */
export function extractFigures(text: string): Figure[] {
  if (text.length > FIGURES_KEPT_UP_TO) return readFigures(text);
  let figures = figuresKept.get(text);
  if (figures === undefined) {
    figures = Object.freeze(readFigures(text).map((f) => Object.freeze({ ...f, range: Object.freeze({ ...f.range }) })));
    if (figuresKept.size >= FIGURES_KEPT) figuresKept.delete(figuresKept.keys().next().value!);
    figuresKept.set(text, figures);
  }
  // (Typed as the plain array every caller reads: frozen, a write throws.)
  return figures as Figure[];
}

function readFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const lists = [...text.matchAll(REFERENCE_LIST_RE)].map((m) => [m.index!, m.index! + m[0].length]);
  const dates = /\d[-./]\d{1,2}[-./]\d/.test(text) ? numericDates(text) : [];
  for (const d of dates) out.push(d.year);
  // Lists, dates and figures are all in order: the first list or date not ended before each figure is walked to, not searched for.
  let nextList = 0;
  let nextDate = 0;
  for (const m of figureMatches(text)) {
    const g = m.groups!;
    const start = m.index!;
    while (nextList < lists.length && lists[nextList][1] <= start) nextList++;
    if (nextList < lists.length && start > lists[nextList][0]) continue;
    while (nextDate < dates.length && dates[nextDate].range.end <= start) nextDate++;
    if (nextDate < dates.length && start >= dates[nextDate].range.start) continue;
    const before = text.charAt(start - 1);
    // A decimal written from its point (".402", a batting average or a share of one in sports' tables) is also the
    // percentage it stands for: "made 40.2 percent of his threes". Only alone in a cell or a parenthesis, at a clause's
    // end, or before the rate's name (".925 save percentage"): ".38 revolver", "by .08 seconds" are a calibre and a time.
    if (before === '.' && /^\d{2,4}$/.test(g.num) && !/[\p{L}\p{N}.]/u.test(text.charAt(start - 2)) && !g.cur && !g.scale && !g.pct && (/^(?:\s*[)|,;\]]|\s*$|\s*\n|\.(?!\d))/.test(text.slice(start + m[0].length, start + m[0].length + 3)) || RATE_NAMED_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 24)))) {
      const digits = g.num.length;
      // (Read as written too, as before: "sit at .500" in a sentence is its number.)
      out.push({ kind: 'percent', value: Number(`0.${g.num}`) * 100, text: `.${g.num}`, range: { start: start - 1, end: start + g.num.length }, unit: Math.pow(10, 2 - digits) });
    }
    // Numbers joined by two dots or more are a version's or an address's ("4.6.0", "10.2.3.1"), not a quantity.
    if ((before === '.' && /\d/.test(text.charAt(start - 2))) || /^\.\d/.test(text.slice(start + m[0].length, start + m[0].length + 2)) && /\.\d/.test(g.num)) continue;
    // A number before "series" names a line of models ("the 300 series", "600-series boards"), as "Series 300" does.
    // (Joined by a hyphen, or a hundred or more after "the" and no "of": "3 series of the show" is a count.)
    if (!g.cur && !g.pct && !/^(?:1[5-9]|20)\d\d$/.test(g.num) && (/^-series\b/i.test(text.slice(start + m[0].length, start + m[0].length + 8)) || (/^ series\b(?!\s+of\b)/i.test(text.slice(start + m[0].length, start + m[0].length + 12)) && Number(g.num) >= 100 && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))))) continue;
    // Two digits after an apostrophe are a year's ("'86", read by `clippedYears`) or a decade's ("the '60s").
    if ((before === "'" || before === '’') && /^\d\d$/.test(g.num)) continue;
    // A number right after a letter, a hyphenated word or an exponent sign is part of a name or a symbol ("A380",
    // "COVID-19", "S^2"); after a number and a hyphen it ends a range ("2003-2005", "10-20"). The last two digits of a
    // year after a year and a dash are that year ("the 2017-18 season", "1914–18").
    // A hyphen after a space or a parenthesis is a minus sign ("a full-year return of -8.3%"): the figure is read without its sign.
    const minus = (before === '-' || before === '−') && /^(?:\s|\(|)$/u.test(text.charAt(start - 2));
    // After "top-", "pre-", "post-", "under-", "mid-"…, a figure: "top-25", "pre-1990", "under-21" (not "covid-19", "omega-3", "F-16").
    const afterWord = before === '-' && /(?<![\p{L}])(?:top|pre|post|under|over|mid|late|early|than)$/u.test(text.slice(Math.max(0, start - 12), start - 1));
    // After a percent sign, two hex digits of an address's escape ("%20in%20"): no figure. (After a percentage and a
    // dash, a range's second end: "80%-90%".)
    // After degrees and a hyphen, too: "140°-145°", "40°F-45°F".
    const afterDegrees = before === '-' && /°[CF]?$/.test(text.slice(Math.max(0, start - 3), start - 1));
    if ((/[\p{L}_^%]/u.test(before) || (before === '-' && !minus && !afterWord && !afterDegrees && !/[\p{N}%]/u.test(text.charAt(start - 2)))) && !g.cur) continue;
    // (A unit spaced after it is a caption's: "by region, 2023-24 %".)
    const spacedUnit = /^\d\d\s%$/.test(m[0].trim());
    const rangeEnd = (before === '-' && !minus) || before === '–' || before === '/' ? shortYear(text, start, spacedUnit ? m[0].trim().slice(0, 2) : m[0]) : undefined;
    if (rangeEnd !== undefined) {
      const text2 = spacedUnit ? m[0].trim().slice(0, 2) : m[0].trim();
      out.push({ kind: 'year', value: rangeEnd, text: text2, range: { start, end: start + text2.length }, unit: 1 });
      continue;
    }
    const end = start + m[0].length;
    // A letter right after the number is a word's ("3D", "4G") unless it is a unit of measure glued to it ("180g", "20cm").
    // A year glued to a capitalised word by a page's layout ("30 JAN 2019NewsVideo") is a year.
    const gluedYear = /^(?:1[5-9]|20)\d\d$/.test(g.num) && /^\p{Lu}\p{Ll}/u.test(text.slice(end, end + 2));
    // A multiple with decimals ("trades at 0.81x NAV", a valuation's) is its number; "5x", "2x" are left to words ("fivefold").
    const multiple = /\.\d/.test(g.num) && /^[x×](?![\p{L}\p{N}])/u.test(text.slice(end, end + 2));
    // A year with a letter telling apart a writer's works of that year, as an author-year citation gives it ("Dael et
    // al., 2012a, p. 97", "(Smith 2014b; Lee 2015)"): the year.
    // ("2014b" matches as 2014 billion: the letter is read after the number alone.)
    if (g.num.length === 4 && !g.cur && !g.pct && letteredYearAt(text, start + m[0].indexOf(g.num), g.num)) {
      out.push({ kind: 'year', value: Number(g.num), text: g.num, range: { start, end: start + m[0].indexOf(g.num) + 4 }, unit: 1 });
      continue;
    }
    if (/[\p{L}]/u.test(text.charAt(end)) && !g.scale && !g.pct && !gluedYear && !multiple && !GLUED_UNIT.test(text.slice(end, end + 13)) && !gluedTemperature(text, start, end, g.num)) continue;
    // The word before, on the same line or the one above (not across a blank line).
    const prevWord = wordBefore(text, start);
    let coded = false;
    if (!g.cur && !g.pct && !g.scale) {
      // A word that ends a sentence names nothing after it ("… in central London. 4,000 fans"; not "No. 5").
      const ended = !!prevWord?.endsWith('.') && /^\p{Lu}/u.test(prevWord!) && !endsWithAbbreviation(text.slice(Math.max(0, start - 30), start));
      const word = ended ? '' : prevWord ?? '';
      const nextWord = /^\s+([\p{L}][\p{L}.]*)/u.exec(text.slice(end, end + 20))?.[1] ?? '';
      const year = /^\d{4}$/.test(g.num);
      // A currency's code before it ("NOK 2500", "SEK 1800") makes it an amount (a year only before a document's word, "SAR 2023 report").
      coded = CURRENCY_CODES.test(word) && !(year && /^(?:report|budget|plan|review|survey|strategy|edition|census|accounts|results|annual)/i.test(nextWord));
      // (Not before a unit's symbol: "the existing line 7.8 km" is a length.)
      const measured = !year && (/^\s?(?:m\/s|km\/h|km|cm|mm|m|kg|mg|g|t|kt|Mt|GW|MW|kW|W|ml|L|ft|lb|oz|°[CF]?)(?![\p{L}\p{N}])/u.test(text.slice(end, end + 6)) || LENGTH_AFTER.test(text.slice(end, end + 30)));
      if (DOCUMENT_PARTS.test(word) && !year && !measured) continue;
      // "April 27" and "27 April" are days of a date, not figures ("June 1865" is a year).
      if (!year && (MONTHS.test(word) || (/^\d{1,2}$/.test(g.num) && MONTHS.test(nextWord)))) continue;
      // "11–12 June", "from 11 to 12 June": the first day of a range of days. (Not the last of "June 11–12", a figure the
      // page's "June 11–14" does not give.)
      if (!year && /^\d{1,2}$/.test(g.num) && DAY_RANGE_START.test(text.slice(end, end + 24))) continue;
      // A capitalised word is a name unless it is a month, a function word or a quantifier ("In 2026", "Nearly 20"):
      // "Microsoft 365" and "Boeing 737" are names.
      // A measure after it ("Abramovich's 553-foot Eclipse", "the Hawks' 82-game season") is no name's number.
      // A range of years after a name is the name's period ("Anne Smith 1999 – 2003", "the Russian War 1854-55"), not its number.
      const yearRange = year && /^\s*(?:[-–—/]|to)\s*(?:\d{4}|\d{2})(?!\d)/.test(text.slice(end, end + 10));
      // A copyright's year ("© Andy Diggle 1997").
      const copyright = year && /(?:©|\(c\)|\bcopyright\b)[^\n©]{0,40}$/i.test(text.slice(Math.max(0, start - 45), start));
      // A year after a season ("a Fall 2007 debut") or a possessive ("Isaac Stern's 1979 visit", "the Canucks' 2011 run") is a year.
      // (Or after an acronym, a measure's or a plan's: "SSB 2026", "TAC 2025", "NDC 2030".)
      const yearAfterTime = year && (SEASONS.test(word) || /(?:['’]s|s['’])$/.test(word) || (/^\p{Lu}{2,5}$/u.test(word) && (!CURRENCY_CODES.test(word) || !coded)) || DEGREE_BEFORE.test(text.slice(Math.max(0, start - 12), start)));
      // A count written with thousands separators after a possessive is what the name has ("Ardmoray's
      // 118,000 care workers"), not a model of it ("Boeing's 737").
      // (Thousands separators only: "Meta's 3.1 release" is a version.)
      const possessed = /,\d{3}/.test(g.num) && /(?:['’]s|s['’])$/.test(word);
      // A count of times after it is what the name was or did ("won the FA Cup 11 times"), not its number; not a
      // multiplier ("Chrome 10 times faster" may be a version's speed).
      // (A unit's symbol after it is a measure's: "Delta-v 4.2 m/s", "Blim 72 000 t".)
      if (word && /^\p{Lu}/u.test(word) && !(year && MONTHS.test(word)) && !ERA.test(word) && !yearRange && !yearAfterTime && !possessed && !measured && !coded && !copyright && !isStopword(word.toLowerCase()) && !QUANTIFIERS.test(word) && !MEASURE_AFTER.test(text.slice(end, end + 14)) && !timesAfter(text, end, year)) continue;
    }
    let value = Number(g.num.replace(/[,\s\u00a0\u202f]/g, ''));
    // "8 ½ feet": the half is the number's, and the figure's text.
    // "2½ million": the scale after the half is the number's.
    // "3½%": the percent after the half is the number's.
    // (Only the half: "2⅓ cups" would be checked against a page's "2 1/3 cups", which is read as 2, 1 and 3.)
    const halfMatch = !g.scale && !g.pct ? /^\s?(½)(?:\s(thousand|million|billion|trillion)\b|\s?(?:%|per\s?cent\b|percent\b))?/.exec(text.slice(end, end + 14)) : null;
    const half = halfMatch?.[0] ?? '';
    if (halfMatch) value += VULGAR_FRACTIONS[halfMatch[1]];
    if (!Number.isFinite(value)) continue;
    // "0400 hours" is 4 o'clock, as "4 a.m." says it; "1600 hours" 4 p.m.
    const clock = /^[0-2]\d[0-5]\d$/.test(g.num) && CLOCK_HOURS.test(text.slice(end, end + 7));
    if (clock) value = Math.floor(value / 100) % 12 || 12;
    // The first end of a range takes the scale written once after the second: "$50 to $100 million", "between 3 and 5 billion".
    const scale = g.scale?.toLowerCase() ?? halfMatch?.[2]?.toLowerCase() ?? sharedScale(text, start, end, g, value);
    let factor = 1;
    // A lone "m", "b" or "t" is a scale only after a currency sign ("$5m"), not in "5 m" (metres); or glued to the number
    // where its sentence spells the scale out ("75 million program plays (55m this year alone)").
    const rangeCurrency = !g.cur && !!g.scale && rangeCurrencyBefore(text, start, g.num);
    if (scale && (scale.length > 1 || g.cur || rangeCurrency || spelledNear(text, start, end, scale) || gluedCapitalScale(text, start, end))) factor = SCALE[scale];
    else if (scale) continue;
    value *= factor;
    // A number too large to hold ("$" and three hundred nines, "trillion") is no figure: it could not be compared or stored.
    if (!Number.isFinite(value)) continue;
    // Read across the hyphens of "the more-than-3,500-mile trek" (not "under-21", a name of a side).
    // (And across a currency's code the reader does not know: "nearly VLC 7 billion".)
    const read20 = text.slice(Math.max(0, start - 20), start).replace(/\b(more|less|fewer|greater)-than-$/i, '$1 than ');
    // (Only the end is cut: what is left is where it was.)
    // (And across a dollar's country, "more than A$200", "about US$5".)
    const before20 = read20.replace(/(\p{Ll}\s+)\p{Lu}{3}\s?$/u, '$1').replace(/(?<=\s)(?:US|HK|NZ|A|C|S|R|NT)$/u, (x) => (text.charAt(start) === '$' ? '' : x));
    const approxMatch = APPROXIMATIONS.map(([re, a]) => [re.exec(before20), a] as const).find(([mm]) => mm);
    // A denial earlier in the clause turns "more than" into a bound from above: "not to be exceeded more than 35
    // times", "did not score more than 20 points" (at most).
    const denied = approxMatch?.[1] === 'over' ? DENIED_MORE_THAN.exec(text.slice(Math.max(0, start - 50), start)) : null;
    const approx = denied && !DENIAL_OF_ANOTHER.test(denied[1]) ? 'under' : approxMatch?.[1];
    const approxStart = approxMatch?.[0] ? start - read20.length + approxMatch[0].index : undefined;
    let kind: FigureKind = 'number';
    // "47 and 49 percent": the first number is a percentage too (not a range's first end: "20-80%" gives no 20%; nor a
    // year or a count past 100: "in 2019 and 12% in 2020", "300 and 20% of").
    // (A period with a unit spaced after it is a caption's, "by region, 2023 %", "2023-24 %": a year, no share.)
    const periodUnit = !!g.pct && /^\s/.test(g.pct) && (/^(?:1[5-9]|20)\d\d$/.test(g.num) || /(?:1[5-9]|20)\d\d[-–/]$/.test(text.slice(Math.max(0, start - 5), start)));
    if ((g.pct && !periodUnit) || /(?:%|cent|percent)$/.test(half) || (!g.cur && !scale && value <= 100 && SHARED_PERCENT.test(text.slice(end, end + 60)))) kind = 'percent';
    else if (g.cur || g.unit || (scale && rangeCurrency)) kind = 'money';
    else if (/^(1[5-9]|20)\d\d$/.test(g.num) && !scale && !clock && !coded) kind = 'year';
    // "0.8 of a point", "half of a percentage point": a part of one percentage point, as "eight-tenths of a point" is.
    else if (!g.cur && !scale && value < 1 && /^\s+of\s+(?:a|one)\s+(?:percentage\s+)?point\b/i.test(text.slice(end, end + 30))) kind = 'percent';
    // A minus sign is kept in the figure's text (a fix writes "-8.3%", never "8.3%" for it); its value is the number's
    // size, so "a loss of 8.3%" is backed by "-8.3%".
    const at = minus ? start - 1 : start;
    // "9:08 pm": the hour before a colon and two digits, the minutes after a number and a colon.
    const clockPart = kind === 'number' && ((text.charAt(end) === ':' && /^\d\d(?!\d)/.test(text.slice(end + 1, end + 4))) || (before === ':' && /\d$/.test(text.slice(0, start - 1)) && /^\d\d/.test(g.num)));
    // "41 cents" is $0.41, "75 pence" £0.75: an amount of money, its words in the figure (a fix replaces them too).
    const after = text.slice(start + m[0].trimEnd().length, start + m[0].trimEnd().length + 16);
    const cents = kind === 'number' && !half && !clockPart ? CENTS.exec(after) : null;
    if (cents) {
      const written = m[0].trimEnd() + cents[0];
      out.push({ kind: 'money', value: value / 100, text: (minus ? '-' : '') + written, range: { start: at, end: start + written.length }, unit: unitOf(g.num, factor) / 100, ...(approx ? { approx, approxStart } : {}) });
      continue;
    }
    // "60 basis points" is 0.6 of a percentage point, "25 bps" a quarter of one: a percentage, its words in the figure.
    const points = kind === 'number' && !half && !clockPart ? BASIS_POINTS.exec(after) : null;
    if (points) {
      const written = m[0].trimEnd() + points[0];
      out.push({ kind: 'percent', value: value / 100, text: (minus ? '-' : '') + written, range: { start: at, end: start + written.length }, unit: unitOf(g.num, factor) / 100, ...(approx ? { approx, approxStart } : {}) });
      continue;
    }
    out.push({ kind, value, text: (minus ? '-' : '') + m[0].trim() + half, range: { start: at, end: start + m[0].trimEnd().length + half.length }, unit: unitOf(g.num, factor), ...(approx && kind !== 'year' ? { approx, approxStart } : {}), ...(clockPart ? { clock: true as const } : {}) });
  }
  out.push(...wordFigures(text), ...fractionSignFigures(text));
  if (/[a-z]-(?:member|person|man|woman|judge|seat|strong|stor|floor|bedroom|room|lane|mile|lap|hour|day|week|month|year|minute|round|time)/i.test(text)) out.push(...countCompounds(text));
  // "FY24", "FY 2024": a financial year, read as its year (a sentence says "the 2024 financial year").
  if (/\bFY\s?['’]?\d/.test(text)) {
    for (const m of text.matchAll(FINANCIAL_YEAR)) {
      const digits = m[1];
      const year = digits.length === 4 ? Number(digits) : Number(digits) + (Number(digits) >= 50 ? 1900 : 2000);
      out.push({ kind: 'year', value: year, text: m[0], range: { start: m.index!, end: m.index! + m[0].length }, unit: 1 });
    }
  }
  // A ratio of risks, hazards or odds ("HR 1.8", "a hazard ratio of 1.17", "RR 0.67") is also the share it puts the risk
  // higher or lower by: 80%, 17%, 33%.
  if (RATIO_LABEL.test(text)) out.push(...ratioShares(text, out));
  // (Each pattern is run only on a text with the words it needs: most pages have none.)
  const fractions = /\b(?:half|thirds?|quarters?)\b/i.test(text) && LARGE_MAGNITUDE.test(text) ? fractionFigures(text) : [];
  out.push(...fractions);
  if (/['’]\d\d|\b(?:since|in|until|till)\s+(?:thirty|forty|fifty|sixty|seventy|eighty|ninety)-/i.test(text)) out.push(...clippedYears(text));
  out.sort((a, b) => a.range.start - b.range.start);
  // "a quarter of a million" is a number, not a share of 25%.
  const shares = shareFigures(text).filter((sh) => !fractions.some((f) => sh.range.start < f.range.end && f.range.start < sh.range.end));
  if (!shares.length) return out;
  // The numbers of "1 in 5" are the share's, not counts of their own. Both lists are in order (and shares do not
  // overlap): the first share not ended before each figure is walked to, not searched for.
  const own: Figure[] = [];
  for (let i = 0, j = 0; i < out.length; i++) {
    const f = out[i];
    while (j < shares.length && shares[j].range.end <= f.range.start) j++;
    const sh = shares[j];
    if (!(sh && f.range.start >= sh.range.start && f.range.end <= sh.range.end)) own.push(f);
  }
  return [...own, ...shares].sort((a, b) => a.range.start - b.range.start);
}

/** A hundredth of a percentage point after a number: "60 basis points", "25 bps". */
const BASIS_POINTS = /^\s?(?:basis\s+points?\b|bps?\b)/i;
/** A financial year by its short name: "FY24", "FY 2024", "FY'24"; an analyst's "FY27E" (estimated) or "FY25A" (actual) is that year too. */
const FINANCIAL_YEAR = /\bFY\s?['’]?(\d{4}|\d{2})(?:[EAF](?![\d\p{L}]))?(?![\d\p{L}])/gu;
/** What names a ratio of risks: "HR", "aHR", "RR", "OR", "IRR", "hazard ratio", "relative risk", "risk ratio", "odds ratio", "rate ratio". */
const RATIO_LABEL = /\b(?:a?HR|RR|a?OR|IRR|hazard\s+ratios?|relative\s+risks?|risk\s+ratios?|odds\s+ratios?|rate\s+ratios?)\b/;
/** A ratio's label, what may stand between it and its value, and the value: "HR 1.8", "hazard ratio of 1.17", "RR = 0.67", "(HR, 2.4". */
const RATIO_VALUE = /\b(?:a?HR|RR|a?OR|IRR|hazard\s+ratios?|relative\s+risks?|risk\s+ratios?|odds\s+ratios?|rate\s+ratios?)(?:\s*(?:of|was|were|is|=|:|,)\s*|\s+)(\d+\.\d+)(?!\d)/g;

/**
 * The shares that the ratios of `text` put a risk higher or lower by, each at its ratio's place. (The ratio itself is
 * no figure of its own after a capitalised label, "HR 1.8", which reads as a name's number; read so, it backs "HR 1.8".)
 */
function ratioShares(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(RATIO_VALUE)) {
    const value = Number(m[1]);
    if (!(value > 0) || value === 1 || value >= 10) continue;
    const at = m.index! + m[0].length - m[1].length;
    const unit = Math.pow(10, -(m[1].length - m[1].indexOf('.') - 1));
    const range = { start: at, end: at + m[1].length };
    if (!figures.some((f) => f.range.start === at)) out.push({ kind: 'number', value, text: m[1], range, unit });
    const share = value > 1 ? (value - 1) * 100 : (1 - value) * 100;
    out.push({ kind: 'percent', value: Math.round(share * 1e6) / 1e6, text: m[1], range, unit: unit * 100 });
  }
  return out;
}

/** A hundredth of a currency after a number: "41 cents", "41¢", "75 pence". (A glued "75p" is no figure: a letter after a number is a word's, "1080p".) */
const CENTS = /^(?:\s?(?:cents?|pence)\b|¢)/i;

/** "'86" after a year and "and", "or", "to" or a dash ("1985 and '86", "1999 to '03"): the year of those two digits after it. */
const CLIPPED_YEAR = /(?<!\p{N})((?:1[5-9]|20)\d\d)(?:\s*(?:and|or|to|through|[-–/,])\s*)['’](\d\d)(?![\p{L}\p{N}])/gu;

/**
 * "'94" on its own after a word that dates ("From about '94 to '98", "in '98", "the class of '05"): a year, of this
 * century up to '30 and of the last past it. Not "the '60s", nor a quotation opening on a number ("said: '25 homes",
 * "his '20 minutes of fame'").
 */
const LONE_CLIPPED_YEAR = /(?<=\b(?:in|from|to|since|until|till|by|of|about|around|circa|and|or|through|spring|summer|autumn|fall|winter)\s+)['’](\d\d)(?![\p{L}\p{N}'’]|[.,]\d)/giu;
/** "'77" after a person's surname, as alumni are written ("By Dane Luhrsen '77"): the class's year. */
const CLASS_YEAR = /(?<=\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s)['’](\d\d)(?![\p{L}\p{N}'’]|[.,]\d)/gu;

/**
 * A year said as speech gives it, its last two digits in words, after "since", "in", "back in" or "until", ending its
 * phrase: "has doubled its research income since eighty-five," (1985). Not before a word ("in sixty-five cases"), nor
 * after "from", "to" or "by" ("from sixty-five to sixty-seven", an age; "rose by eighty-five").
 */
const SPOKEN_YEAR = /(?<=\b(?:since|in|until|till)\s+)(thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)(?=\s*(?:[,.;:!?)]|$))/giu;

function clippedYears(text: string): Figure[] {
  const out: Figure[] = [];
  const taken = new Set<number>();
  if (/\b(?:since|in|until|till)\s+(?:thirty|forty|fifty|sixty|seventy|eighty|ninety)-/i.test(text)) {
    for (const m of text.matchAll(SPOKEN_YEAR)) {
      out.push({ kind: 'year', value: 1900 + TENS[m[1].toLowerCase()] + UNITS[m[2].toLowerCase()], text: m[0], range: { start: m.index!, end: m.index! + m[0].length }, unit: 1 });
    }
  }
  for (const m of text.matchAll(CLIPPED_YEAR)) {
    const from = Number(m[1]);
    let year = Math.floor(from / 100) * 100 + Number(m[2]);
    if (year < from) year += 100;
    const at = m.index! + m[0].length - 3;
    taken.add(at);
    out.push({ kind: 'year', value: year, text: m[0].slice(-3), range: { start: at, end: at + 3 }, unit: 1 });
  }
  for (const m of [...text.matchAll(LONE_CLIPPED_YEAR), ...text.matchAll(CLASS_YEAR)]) {
    if (taken.has(m.index!)) continue;
    // A quotation opening on a number, closed further on ("of '20 years of failure'", "to '60 Minutes'"), has no year.
    const rest = text.slice(m.index! + 3, m.index! + 80);
    const end = rest.search(/[.!?](?:\s|$)/);
    if (/\p{L}['’](?!\p{L})/u.test(end < 0 ? rest : rest.slice(0, end + 1))) continue;
    const two = Number(m[1]);
    out.push({ kind: 'year', value: two <= 30 ? 2000 + two : 1900 + two, text: m[0], range: { start: m.index!, end: m.index! + 3 }, unit: 1 });
  }
  return out;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const MAGNITUDES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Looked up by words of a text: "constructor" or "valueOf" must not find Object's methods.
for (const table of [SCALE, WORD_NUMBERS, UNITS, TENS, MAGNITUDES]) Object.setPrototypeOf(table, null);
const NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')})`;
const MAGNITUDE = `(?:${Object.keys(MAGNITUDES).join('|')})`;
/**
 * A number in words with a magnitude, a percent sign or a currency: "four billion", "three hundred and
 * twenty", "twenty-five thousand", "five percent", "twenty pounds" (a line may break between its words; "and" joins only after "hundred", and
 * after "thousand" when no magnitude as large follows: "two thousand and eight" is 2008, "two and three million" and "ten thousand and
 * twenty thousand" are two numbers). A bare number word ("one of the", "two reasons") is not a
 * figure: its stem is matched with the other words.
 */
const WORD_FIGURE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?<words>${NUMBER_WORD}(?:(?:-|[ \t]*\r?\n[ \t]*|[ \t])(?:${NUMBER_WORD}|${MAGNITUDE})|(?<=hundred)\sand\s${NUMBER_WORD}|(?<=thousand)\sand\s${NUMBER_WORD}(?![ -](?:${NUMBER_WORD}[ -])*(?:thousand|million|billion|trillion)))*)(?<point>[ \t]point(?:[ \t](?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![\p{L}\p{N}-]))+(?:[ \t](?<pointMag>thousand|million|billion|trillion))?)?(?<pct>\s(?:%|per\s?cent|percent))?(?<unit>\s(?:dollars|bucks|euros|pounds|yen))?(?![\p{L}\p{N}-])`,
  'giu',
);

/**
 * After a number with no unit, a second number with a percent sign joined to it by "and" or "or", right after
 * it or after the name of what it is of and a bound, as a parallel clause leaves its verb out ("47 and 49
 * percent", "three and Fox almost seven percent", "5 and Fox's about 7%"): the percent is both numbers'. Not
 * past other words ("aged 65 and older about 30 percent", "finished with 21 and shot nearly 60 percent").
 */
const SHARED_PERCENT = new RegExp(
  String.raw`^\s+(?:and|or)\s+(?:\p{Lu}[\p{L}.&-]*(?:['’]s)?\s+(?:\p{Lu}[\p{L}.&-]*(?:['’]s)?\s+)?(?:(?:nearly|almost|about|around|roughly|approximately|some|over|under|just|only)\s+)?)?(?:\d[\d.,]*|${NUMBER_WORD}(?:[ -]${NUMBER_WORD})?)\s?(?:%|per\s?cent|percent)(?![\p{L}\p{N}])`,
  'u',
);

/**
 * After a range's first end, its second with the percent sign: "to 85 percent", "-85%", "and 85 per cent", "to sixty
 * per cent", and as speech gives one, "seventy, eighty per cent".
 */
const PERCENT_END = new RegExp(
  String.raw`^\s?(?:to|and|[-–—]|,)\s?(?:(\d[\d.,]*)|(${NUMBER_WORD}(?:[ -]${NUMBER_WORD})?))\s?(?:%|per\s?cent|percent)(?![\p{L}\p{N}])`,
  'iu',
);

/** The value of a range's second end read right after its first (`PERCENT_END`), in digits or words; undefined when there is none. */
export function percentRangeEnd(after: string, first?: number): number | undefined {
  const m = PERCENT_END.exec(after);
  if (!m) return undefined;
  const value = m[1] !== undefined ? Number(m[1].replace(/,/g, '')) : wordValue(m[2].toLowerCase().split(/[\s-]+/)).value;
  // A comma joins two ends of a range only rising, a step of ten at most ("seventy, eighty per cent"; not "over sixty,
  // forty per cent", a group and its share).
  if (m[0].trimStart().startsWith(',') && !(first !== undefined && value > first && value - first <= 10)) return undefined;
  return value;
}

/** The value of a run of number words, "three hundred and twenty thousand", and the place of its last word. */
function wordValue(words: string[]): { value: number; unit: number } {
  let total = 0;
  let current = 0;
  let unit = 1;
  for (const w of words) {
    if (w in MAGNITUDES) {
      const m = MAGNITUDES[w];
      if (m === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * m;
        current = 0;
      }
      unit = m;
    } else {
      current += UNITS[w] ?? TENS[w];
      unit = 1;
    }
  }
  return { value: total + current, unit };
}

/** A degree's abbreviation before a year, the year it was taken: "Bernard Lown, M.D. 1945", "Ph.D. 2003". */
const DEGREE_BEFORE = /\b(?:M\.D|Ph\.D|D\.Phil|B\.A|M\.A|B\.Sc?|M\.Sc?|J\.D|LL\.[BM]|M\.B\.A|D\.D\.S|M\.P\.H)\.?,?\s+$/;

/** The name of a rate after a decimal written from its point: ".925 save percentage", ".402 batting average", ".633 shooting". */
const RATE_NAMED_AFTER = /^\s+(?:save\s+percentage|percentage|average|batting|shooting|winning|on-base|slugging|pct)\b/i;

/** What may follow a decimal said aloud: a unit or the end of its clause. */
const DECIMAL_FOLLOWED = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:dollars?|pounds?|euros?|cents?|pence|degrees?|metres?|meters?|kilometres?|kilometers?|km|miles?|inch(?:es)?|feet|foot|yards?|seconds?|minutes?|hours?|kilograms?|kg|grams?|tonnes?|tons?|litres?|liters?|percentage\s+points?)\b)/i;

/**
 * A count in words glued by a hyphen to what it counts: "a nine-member commission", "a three-time champion", "the
 * twenty-two-year-old" (as "a 9-member commission" gives 9). Not "one" ("one-time", "one-man show", "a one-day strike"
 * are ways of saying, not counts), and only before a noun of a size or a length: not of things a page may list
 * without counting them ("a six-book shortlist", "a ten-track album", "a three-part series"), which the checks of counts
 * read (`counts.ts`). (Made when first asked: the words of numbers are defined further down.)
 */
let countCompound: RegExp | undefined;
const COUNT_COMPOUND = () => (countCompound ??= new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(?<tens>${TENS_WORDS})(?:-(?<units>${UNIT_WORDS}))?|(?<word>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))-(?:member|person|man|woman|judge|seat|strong|stor(?:e)?y|floor|bedroom|room|lane|mile|lap|hour|day|week|month|year|minute|round|time)(?![\\p{L}])`,
  'giu',
));

function countCompounds(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(COUNT_COMPOUND())) {
    const g = m.groups!;
    const value = g.tens ? TENS[g.tens.toLowerCase()] + (g.units ? UNITS[g.units.toLowerCase()] : 0) : UNITS[g.word.toLowerCase()];
    const end = m.index! + (g.tens ? g.tens.length + (g.units ? g.units.length + 1 : 0) : g.word.length);
    out.push({ kind: 'number', value, text: text.slice(m.index!, end), range: { start: m.index!, end }, unit: 1, counted: text.slice(end + 1, m.index! + m[0].length).toLowerCase() });
  }
  return out;
}

/** The nouns a count in a compound may be of, by what they count: a body's size, a length of time (months and years apart), a building's parts… */
const COUNTED_FAMILIES: string[][] = [
  ['member', 'members', 'person', 'persons', 'people', 'man', 'men', 'woman', 'women', 'strong', 'judge', 'judges', 'seat', 'seats'],
  ['year', 'years', 'month', 'months'],
  ['week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes'],
  ['storey', 'storeys', 'story', 'stories', 'floor', 'floors'],
  ['bedroom', 'bedrooms', 'room', 'rooms'],
  ['lane', 'lanes'],
  ['mile', 'miles'],
  ['lap', 'laps'],
  ['round', 'rounds'],
  ['time', 'times'],
];
const countedPatterns = new Map<string, RegExp>();

/**
 * Whether a page counts what a compound's count counts, in digits or in words, hyphened or not ("a 7-person panel",
 * "seven members", "36 months" for "three-year"): only then is the compound's count read as the page's figure to match.
 * A page that names the two men of "a two-man team", or calls a channel "round-the-clock" for "twenty-four-hour", gives
 * no count of its own to set against the sentence's.
 */
export function countedOnPage(noun: string, text: string): boolean {
  const family = COUNTED_FAMILIES.find((f) => f.includes(noun)) ?? [noun];
  let re = countedPatterns.get(family[0]);
  if (!re) {
    const words = `\\d[\\d,.]*|${Object.keys(WORD_NUMBERS).join('|')}|(?:${TENS_WORDS})(?:-(?:${UNIT_WORDS}))?|a|an|one`;
    countedPatterns.set(family[0], (re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})[\\s-]+(?:${family.join('|')})(?![\\p{L}])`, 'iu')));
  }
  return re.test(text);
}

function wordFigures(text: string): Figure[] {
  const out: Figure[] = [];
  // (A line break joins number words only where the next line runs on in lower case: "Round two\nTwenty thousand
  // dollars" is two numbers. The break before a capital is read as a full stop, at the same length.)
  const read = text.includes('\n') ? text.replace(/\r?\n(?=[ \t]*\p{Lu})/gu, (m) => '.'.padEnd(m.length, ' ')) : text;
  for (const m of read.matchAll(WORD_FIGURE_RE)) {
    const g = m.groups!;
    const words = g.words.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
    // A decimal said aloud ("four point three per cent", "two point five million"): digit by digit after "point", the
    // whole before it in words with no magnitude of its own. A figure with or without a unit, as "4.3" is.
    if (g.point) {
      if (words.some((w) => w in MAGNITUDES)) continue;
      // Only before a unit, a scale or a percentage, or ending its clause: "at one point three players were hurt" and "won
      // by one point three times" say a point, no decimal.
      if (!g.pct && !g.unit && !g.pointMag && !DECIMAL_FOLLOWED.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24))) continue;
      const digits = g.point.toLowerCase().trim().split(/[ \t]+/).slice(1).filter((w) => w !== g.pointMag?.toLowerCase());
      const decimals = digits.map((w) => (w === 'oh' || w === 'zero' ? 0 : UNITS[w])).join('');
      const magnitude = g.pointMag ? MAGNITUDES[g.pointMag.toLowerCase()] : 1;
      const value = Number(`${wordValue(words).value}.${decimals}`) * magnitude;
      const start = m.index!;
      const before20 = text.slice(Math.max(0, start - 20), start);
      const approxMatch = APPROXIMATIONS.map(([re, a]) => [re.exec(before20), a] as const).find(([mm]) => mm);
      out.push({
        kind: g.pct ? 'percent' : g.unit ? 'money' : 'number',
        value: Math.round(value * 1e6) / 1e6,
        text: m[0],
        range: { start, end: start + m[0].length },
        unit: Math.pow(10, -decimals.length) * magnitude,
        ...(approxMatch ? { approx: approxMatch[1], approxStart: start - before20.length + approxMatch[0]!.index } : {}),
      });
      continue;
    }
    // "nearly three and Fox almost seven percent": the first takes the percent written once after the second.
    const sharedPct = !g.pct && !g.unit && SHARED_PERCENT.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60));
    // "from fifty to sixty per cent": a range's first end is a number, as "from 50 to 60 per cent" gives one (and read
    // as the range's end by the checks of ranges, `percentRangeEnd`).
    const rangeEnd = !g.pct && !sharedPct && !g.unit && !/\b(?:over|under|aged?|of|than)\s+$/i.test(text.slice(Math.max(0, m.index! - 8), m.index!)) && percentRangeEnd(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40), wordValue(words).value) !== undefined;
    // "… from fifty to sixty per cent. We wanted seventy.": a number wanted or foreseen, ending its sentence with no word
    // of what it counts, right after a percentage (no other number between), is one too (`elidedPercent`).
    const elided = !g.pct && !sharedPct && !rangeEnd && !g.unit && elidedPercent(text, m.index!, m.index! + m[0].length, words);
    // (A sum of money in words is a figure however small: "twenty pounds".)
    if (!g.pct && !sharedPct && !rangeEnd && !elided && !g.unit && !words.some((w) => w in MAGNITUDES)) continue;
    const { value, unit } = wordValue(words);
    const start = m.index!;
    const before20 = text.slice(Math.max(0, start - 20), start);
    const approxMatch = APPROXIMATIONS.map(([re, a]) => [re.exec(before20), a] as const).find(([mm]) => mm);
    out.push({
      kind: g.pct || sharedPct || elided ? 'percent' : g.unit ? 'money' : 'number',
      value,
      text: m[0],
      range: { start, end: start + m[0].length },
      unit,
      ...(approxMatch ? { approx: approxMatch[1], approxStart: start - before20.length + approxMatch[0]!.index } : {}),
    });
  }
  return out;
}

/** Before a number whose unit is left out: a percentage, then no number, nor a blank line, up to it. */
const PERCENT_BEFORE = /(?:%|\bper\s?cent|\bpercent)(?:[^\p{N}%\n]|\n(?![ \t]*\r?\n)){1,120}$/u;
/** A denial before "more than" in one clause: "not to be exceeded more than", "did not score more than". */
const DENIED_MORE_THAN = /\b(?:not(?!\s+(?:only|just|merely|simply|least)\b)|never)((?:\s+[\p{L}'’-]+){0,3}?)\s+more\s+than\s*$/iu;
/** Words between a denial and "more than" that make the denial another's: "did not say whether it would cut more than 500". */
const DENIAL_OF_ANOTHER = /\b(?:whether|if|that|say|said|says|know|knew|disclos\w*|confirm\w*|clear|sure|reveal\w*|specif\w*|rule|ruled)\b/i;

/** Verbs of a figure wanted or foreseen, right before a number that leaves its unit out: "We wanted seventy.", "They had asked for fifty." */
const WANTED_BEFORE = /\b(?:wanted|want|wants|sought|seek|seeks|asked\s+for|ask\s+for|expected|expect|expects|hoped\s+for|demanded|demand|demands|proposed|propose|targeted|predicted|forecast)\s+$/i;

/**
 * Whether the number in words at `start`–`end` ends its sentence, with nothing of what it counts, right after a
 * percentage and a verb of wanting or foreseeing it (`wordFigures`): not an age, a count or a bound ("He is forty.",
 * "and it won sixty.", "among people over sixty.").
 */
function elidedPercent(text: string, start: number, end: number, words: string[]): boolean {
  if (words.length > 2 || words[0] === 'one' || !/^\s*[.!?]["”’)]?(?:\s|$)/.test(text.slice(end, end + 4))) return false;
  const before = text.slice(Math.max(0, start - 160), start);
  return PERCENT_BEFORE.test(before) && WANTED_BEFORE.test(before);
}

/**
 * A share of a magnitude said in words: "half a million", "a quarter of a billion", "three quarters of a
 * million", "a half-million", "two and a half million" (a magnitude on its own, "a million", is no figure).
 */
const FRACTION_OF_MAGNITUDE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(?<whole>${NUMBER_WORD})[\s-]+and[\s-]+a[\s-]+half|(?:(?<count>a|an|one|two|three)[ -])?(?<den>half|thirds?|quarters?)(?:[\s-]+of)?(?:[\s-]+(?:a|one))?)[ -](?<mag>thousand|million|billion|trillion)(?<unit>\s(?:dollars|bucks|euros|pounds|yen))?(?![\p{L}\p{N}-])`,
  'giu',
);
/** A word FRACTION_OF_MAGNITUDE_RE needs (case folded as it folds, with `u`). */
const LARGE_MAGNITUDE = /thousand|million|billion|trillion/iu;
const FRACTION_PARTS: Record<string, number> = { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4 };
Object.setPrototypeOf(FRACTION_PARTS, null);

function fractionFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FRACTION_OF_MAGNITUDE_RE)) {
    const g = m.groups!;
    const mag = MAGNITUDES[g.mag.toLowerCase()];
    const share = g.whole ? wordValue([g.whole.toLowerCase()]).value + 0.5 : (COUNTS[g.count?.toLowerCase() ?? 'a'] ?? 1) / FRACTION_PARTS[g.den.toLowerCase()];
    const start = m.index!;
    const before20 = text.slice(Math.max(0, start - 20), start);
    const approxMatch = APPROXIMATIONS.map(([re, a]) => [re.exec(before20), a] as const).find(([mm]) => mm);
    out.push({
      kind: g.unit ? 'money' : 'number',
      value: Math.round(share * mag),
      text: m[0],
      range: { start, end: start + m[0].length },
      // As precise as a writer who rounds to it: "half a million" is 500,000 to the hundred thousand, and about that
      // unless said otherwise (490,000 and 510,000 are "half a million").
      unit: mag / 10,
      ...(approxMatch ? { approx: approxMatch[1], approxStart: start - before20.length + approxMatch[0]!.index } : { approx: 'about' as const, approxStart: start }),
    });
  }
  return out;
}

const DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10 };
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
Object.setPrototypeOf(DENOMINATORS, null);
const ORDINAL_DENOMINATORS: Record<string, number> = { third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
Object.setPrototypeOf(ORDINAL_DENOMINATORS, null);
Object.setPrototypeOf(COUNTS, null);
/**
 * Shares said in words: "half of", "half the", "a third of", "two-thirds of", "three quarters of",
 * "one in five", "9 out of 10" ("two/thirds of" too). Fractions only before "of" (or "the", for "half"): "the second
 * half", "a third party" and "a quarter century" are not shares; nor, before other words, is a fraction written with
 * its hyphen ("one-quarter to one-half inch", "one-half percentage point", "a two-thirds majority" of a vote the page
 * counts, "one-third cheaper" than a price the page gives, "a two-thirds/one-third split"), but it is before a word
 * of how much of a whole is so ("four-fifths full", "two-thirds complete", "three-quarters sold"). Not tenths:
 * "three-tenths slower" is of a second, as a lap or a sprint is timed.
 */
const SHARE_RE =
  /(?<![\p{L}\p{N}.,-])(?:(?<sn>[1-9])\/(?<sd>[2-9]|10)(?!\d)(?=\s+of\s)|(?<half>(?<!\b(?:first|second|last|latter|other|back|front) )half)(?= (?:of|the|its|their|all)\b)|(?<count>a|an|one|two|three|four|five|six|seven|eight|nine)[ /-](?<den>half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?= of\b)|(?:(?<hcount>one)-(?<hden>half|third|quarter|fourth|fifth)|(?<hcounts>two|three|four|five|six|seven|eight|nine)-(?<hdens>thirds|quarters|fourths|fifths))(?= (?:full|empty|complete|completed|finished|done|built|occupied|filled|booked|sold|funded|staffed|vaccinated)\b)|(?<one>one|two|three|four|five|six|seven|eight|nine|\d{1,2}) (?:in|out of) (?:every )?(?<n>two|three|four|five|six|seven|eight|nine|ten|10|100|1,?000|[2-9])(?![\p{L}\p{N}-]|[.,]\d)|every (?<ordinal>third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?= \p{L})|(?<kEvery>the first|one|two|three|four|five|six|seven|eight|nine) of every (?<nEvery>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)(?= \p{L})|(?<oneOf>one|two|three|four|five|six|seven|eight|nine|[1-9]) (?!(?:and|but|the|for|more|less|other|way|time|thing|day|week|weekend|month|year|hour|minute|second|season|game|match|point|goal|run|shot|try|tries|wicket|over|lap|race|innings|final|title|win|start|set|frame|round|drive|play|vote|attempt|sheet|page|step|ball|inning|bout|fight|event|test|exam|trial)(?:s|es)?\b)(?<of>\p{L}{3,}) in (?<nOf>two|three|four|five|six|seven|eight|nine|ten|10|100|1,?000|[2-9])(?![\p{L}\p{N}-]|[.,]\d)(?=\s*(?:[.;:!?)]|$)|\s+(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|may|might|should|must|cannot|doesn['’]t|don['’]t|didn['’]t|won['’]t|isn['’]t|wasn['’]t|now|still|already|also|never|say|says|said|reported|live|lived|own|owns|owned|keep|keeps|kept|used|worked|voted|think|thinks|thought|want|wants|wanted|believe|believes|believed|supported|oppose|opposes|opposed|agree|agrees|agreed|feel|feels|felt|expect|expects|expected|planned|get|gets|got|receive|receives|received|earn|earns|earned|paid|spend|spends|spent|buy|buys|bought|smoke|smokes|smoked|drove|played|attend|attends|attended|suffer|suffers|suffered|die|dies|died|survive|survives|survived|needed|lacked)\b))/giu;

/** The shares people say in words, in percent: tenths, fifths, quarters, thirds, halves. */
const COMMON_SHARES = [10, 20, 25, 100 / 3, 40, 50, 60, 200 / 3, 75, 80, 90].map((v) => Math.round(v * 10) / 10);

/** The share a writer would round a percentage to: 17.2% is "one-fifth", 31% "a third", 47% "half". */
function nearestShare(percent: number): number {
  return COMMON_SHARES.reduce((x, y) => (Math.abs(y - percent) < Math.abs(x - percent) ? y : x));
}

/**
 * Shares written in words, as percentages qualified "about". An unqualified share is backed by
 * the percentages nearer it than any other common share: "half" by 45% to 55%, "one-fifth" by 15% to 22.5%.
 */
function countOf(word: string): number {
  return COUNTS[word.toLowerCase()] ?? Number(word.replace(',', ''));
}

/** After "half": "the" and at most two words, then a measure ("the rural rate", "the price", "the usual size"). */
const HALF_A_MEASURE = /^\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:rate|price|cost|level|size|speed|pace|amount|value|average|salary|wage|fee|weight|height|length|width|depth|distance|time|number|figure|total)s?\b(?!\s+of\s+(?:the\s+)?(?:population|people|households|adults|children|voters|workers|members|respondents|students|patients|homes|firms|companies))/iu;

/** After a fraction, the one unit it is a part of: "of a mile", "an hour", "of one point". */
const PART_OF_A_UNIT = /^\s*(?:of\s+)?(?:a|an|one)\s+(?:mile|kilomet(?:er|re)|met(?:er|re)|foot|inch|yard|acre|hectare|hour|minute|second|day|week|month|year|pound|kilo(?:gram)?|gram|ounce|ton|tonne|litre|liter|gallon|pint|cup|teaspoon|tablespoon|dollar|cent|penny|euro|lap|length|mark|degree|point|percentage\s+point|season|game|match|term|semester|shift|round)s?\b/iu;

function shareFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(SHARE_RE)) {
    const g = m.groups!;
    let share: number;
    if (g.half) share = 0.5;
    else if (g.den) share = COUNTS[g.count.toLowerCase()] / DENOMINATORS[g.den.toLowerCase()];
    else if (g.hden || g.hdens) share = COUNTS[(g.hcount ?? g.hcounts).toLowerCase()] / DENOMINATORS[(g.hden ?? g.hdens).toLowerCase()];
    // "Every fourth weekend", "the first of every three beats": one in four, one in three.
    else if (g.ordinal) share = 1 / ORDINAL_DENOMINATORS[g.ordinal.toLowerCase()];
    else if (g.nEvery) share = (/^the first$/i.test(g.kEvery) ? 1 : countOf(g.kEvery)) / countOf(g.nEvery);
    // A fraction written with a slash before "of": "(1/3 of a nuclear reactor)".
    else if (g.sn) share = Number(g.sn) / Number(g.sd);
    // ("One child in six", as "one in six children".)
    else share = countOf(g.one ?? g.oneOf) / countOf(g.n ?? g.nOf);
    if (!(share > 0 && share < 1)) continue;
    const start = m.index!;
    // ("One child in six": the word between in lower case, a noun of what is counted; not "one Oscar in five".)
    if (g.of && !/^\p{Ll}+$/u.test(g.of)) continue;
    // "a week and a half of reshoots" is a length of time, no share ("the chief executive and a third of the board" is one).
    if (g.den && /^half$/i.test(g.den) && /^(?:a|one)$/i.test(g.count) && /\band\s+$/i.test(text.slice(Math.max(0, start - 5), start))) continue;
    // Nor is "half the rural rate", "half the price", "half the size of": a measure halved, no share of a group.
    if (g.half && HALF_A_MEASURE.test(text.slice(start + m[0].length, start + m[0].length + 40))) continue;
    // Nor is "a quarter of a century" or "half a decade", a length of time the page gives as its years.
    if (/^\s*(?:of\s+)?an?\s+(?:century|decade|millennium)\b/i.test(text.slice(start + m[0].length, start + m[0].length + 20))) continue;
    // "Two-tenths of a point", "a quarter of one per cent": a part of one percentage point or one per cent, 0.2 and 0.25.
    const ofPoint = /^\s*of\s+(?:a|one)\s+(?:percentage\s+)?(?:point|per\s?cent|percent)\b/i.exec(text.slice(start + m[0].length, start + m[0].length + 32));
    if (ofPoint && g.den) {
      const end = start + m[0].length + ofPoint[0].length;
      out.push({ kind: 'percent', value: Math.round(share * 1000) / 1000, text: text.slice(start, end), range: { start, end }, unit: share < 0.1 ? 0.01 : 0.1 });
      continue;
    }
    // "Three-quarters of a mile", "half an hour", "a third of an acre": a part of one unit, a length or an amount the
    // page gives in its own unit, no share of a group.
    if (PART_OF_A_UNIT.test(text.slice(start + m[0].length, start + m[0].length + 24))) continue;
    const before20 = text.slice(Math.max(0, start - 20), start);
    const qualified = APPROXIMATIONS.map(([re, a]) => [re.exec(before20), a] as const).find(([mm]) => mm);
    out.push({
      kind: 'percent',
      value: Math.round(share * 1000) / 10,
      text: m[0],
      range: { start, end: start + m[0].length },
      unit: 10,
      approx: qualified?.[1] ?? 'about',
      share: true,
      ...(qualified ? { approxStart: start - before20.length + qualified[0]!.index } : {}),
    });
  }
  return out;
}


/**
 * The amounts a page gives in thousands or millions of barrels a day as oil-market reports write them ("250 kb/d",
 * "7.4 mb/d", "45 kbd", "1.1 mbpd", the first end of a range too: "1.2-1.4 mb/d"): 250,000 and 7,400,000. They back
 * only a sentence's amount in barrels ("250,000 barrels a day", `figureBacked`); the plain numbers stay the page's
 * figures, so a sentence that writes "250 kb/d" as the page does, or a page that gives the unit once in a heading,
 * reads as before. (Not "Mb/d", thousands in some reports and millions in others.)
 */
export function barrelsADay(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(BARRELS_A_DAY)) {
    const by = m.groups!.scale === 'k' ? 1e3 : 1e6;
    for (const num of [m.groups!.num, m.groups!.first]) if (num) out.add(Math.round(Number(num.replace(/,/g, '')) * by * 1e6) / 1e6);
  }
  return out;
}
const BARRELS_A_DAY = /(?<![\p{L}\p{N}.,])(?:(?<first>\d+(?:,\d{3})*(?:\.\d+)?)\s?(?:-|–|to)\s?)?(?<num>\d+(?:,\d{3})*(?:\.\d+)?)\s?(?<scale>[km])(?:b\/d|bp?d)(?![\p{L}\p{N}])/gu;

const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
/**
 * A number in words: a tens word and a unit ("twenty-two", "seventy nine"), or a word of WORD_NUMBERS on its own (the words
 * found by `\b[a-z]+\b` that the table has, without trying every other word), and "decades" after it.
 */
const WORD_NUMBER_RE = new RegExp(`\\b(?:(?<tens>${TENS_WORDS})[- ](?<units>${UNIT_WORDS})|(?<word>${Object.keys(WORD_NUMBERS).join('|')}))\\b(?<decades>\\s+decades\\b)?`, 'g');

/**
 * A number in the hundreds written out: "one hundred fifty-five", "three hundred and twelve", "two hundred" (its first
 * word may open a sentence, "One"; "hundred" in lower case, across a line break but not a heading's "Hundred Oaks").
 */
const HUNDREDS_RE = new RegExp(
  `\\b(?<h>${UNIT_WORDS.split('|').map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})[-\\s]{1,4}hundred(?:(?:\\s+and)?[\\s-]+(?:(?<tens>${TENS_WORDS})(?:[- ](?<units>${UNIT_WORDS}))?|(?<word>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)))?\\b`,
  'g',
);

/**
 * Number words ("six", "a dozen", "twenty-two") as values, for matching "six to one" with "6 to 1". (The years of decades
 * said in words are `decadeYears`: they back a number of years only.)
 */
const DIGIT_WORDS = 'zero|oh|one|two|three|four|five|six|seven|eight|nine';
/** "four point one", "seven point nine three", "twenty-one point five million". */
const SPOKEN_DECIMAL_RE = new RegExp(`\\b(zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(one|two|three|four|five|six|seven|eight|nine))?\\s+point((?:\\s+(?:${DIGIT_WORDS}))+)\\b(?:\\s+(thousand|million|billion))?`, 'g');

export function wordNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.toLowerCase().matchAll(WORD_NUMBER_RE)) {
    const g = m.groups!;
    out.push(g.tens ? WORD_NUMBERS[g.tens] + WORD_NUMBERS[g.units] : WORD_NUMBERS[g.word]);
  }
  // "One hundred fifty-five", "three hundred and twelve", "two hundred": a count in the hundreds, written out.
  for (const m of text.includes('hundred') ? text.matchAll(HUNDREDS_RE) : []) {
    const g = m.groups!;
    // Not part of a larger number: "twenty-five hundred", "two hundred fifty thousand", "one hundred twenty-first",
    // "two hundred-and-fifty".
    if (/(?:-|\b(?:[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    if (/^(?:-|\s*(?:thousand|million|billion|trillion)\b|(?:st|nd|rd|th)\b)/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) continue;
    const rest = g.tens ? WORD_NUMBERS[g.tens.toLowerCase()] + (g.units ? WORD_NUMBERS[g.units.toLowerCase()] : 0) : g.word ? WORD_NUMBERS[g.word.toLowerCase()] : 0;
    out.push(WORD_NUMBERS[g.h.toLowerCase()] * 100 + rest);
  }
  // A decimal read aloud in a transcript: "four point one million", "seven point nine three hours".
  if (/\bpoint\s/i.test(text)) {
    for (const m of text.toLowerCase().matchAll(SPOKEN_DECIMAL_RE)) {
      const whole = m[1] === 'zero' || m[1] === 'oh' ? 0 : m[2] ? WORD_NUMBERS[m[1]] + WORD_NUMBERS[m[2]] : WORD_NUMBERS[m[1]];
      const digits = m[3].trim().split(/\s+/).map((d) => (d === 'oh' || d === 'zero' ? 0 : WORD_NUMBERS[d]));
      if (whole === undefined || digits.some((d) => d === undefined || d > 9)) continue;
      const value = Number(`${whole}.${digits.join('')}e${m[4] ? Math.round(Math.log10(MAGNITUDES[m[4]])) : 0}`);
      if (Number.isFinite(value)) out.push(value);
    }
  }
  // "More than a thousand people" gives 1,000 (a page's words; a claim's "a thousand" is no figure of its own): only
  // after a bound, before a word that counts ("a million miles away", "one in a million", "a million-dollar house", "a
  // thousand five hundred" count nothing).
  // (Case folded as the pattern after it folds: "thouſand" with a long s is "thousand".)
  if (/hundred|thousand|million|billion/iu.test(text)) {
    for (const m of text.matchAll(/\b(?:more\s+than|over|nearly|almost|about|around|roughly|some|up\s+to|at\s+least|fewer\s+than|less\s+than)\s+(?:a|one)\s+(hundred|thousand|million|billion)\s+(?!(?:and|or|to|in|times|miles|reasons|ways)\b)\p{Ll}/giu)) out.push(MAGNITUDES[m[1].toLowerCase()]);
  }
  return out;
}

/**
 * The years of decades said in words ("three decades": 30; "a decade": 10), which back a number of years ("more than
 * 30 years", "a 30-year career") and no other number: "two decades" is no "20 miles".
 */
export function decadeYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.toLowerCase().matchAll(WORD_NUMBER_RE)) {
    const g = m.groups!;
    if (g.decades) out.push(10 * (g.tens ? WORD_NUMBERS[g.tens] + WORD_NUMBERS[g.units] : WORD_NUMBERS[g.word]));
  }
  if (/\ba\s+decade\b/i.test(text)) out.push(10);
  return out;
}

/** True when two figures state the same quantity (allowing rounding: "4.67" vs "4.7", "$1.2bn" vs "$1,200 million"). */
export function sameFigure(a: Figure, b: Figure): boolean {
  if (a.kind === 'year' || b.kind === 'year') return a.value === b.value;
  // A share is not a count: "40%" is not backed by "40 people".
  if ((a.kind === 'percent') !== (b.kind === 'percent')) return false;
  if (a.value === b.value) return true;
  // A figure written to the last unit or ten ("956,108", "£1,870") is no rounding of another exact figure, however close
  // ("953,236", "£1,890", "45,600"): only within the other's rounding.
  if ((precise(a) && !b.approx) || (precise(b) && !a.approx)) return Math.abs(a.value - b.value) <= Math.max(a.unit, b.unit) / 2 + 1e-9;
  const big = Math.max(Math.abs(a.value), Math.abs(b.value));
  return big > 0 && Math.abs(a.value - b.value) / big < 0.011;
}

/** A figure of four digits or more written to its last unit or ten, not rounded to hundreds or more ("956,108", "£1,870"). */
function precise(f: Figure): boolean {
  return !f.approx && f.unit <= 10 && Math.abs(f.value) >= 1000 && Math.abs(f.value) % 100 !== 0;
}

/** A year written with its era after it ("500 BCE", "44 BC", "1200 AD") or "AD" before it. */
export const ERA_AFTER = /^\s*(?:BCE|B\.\s?C\.(?:\s?E\.)?|BC|CE|C\.\s?E\.|AD|A\.\s?D\.)(?![\p{L}])/u;
export const ERA_BEFORE = /(?:^|[^\p{L}])(?:AD|A\.\s?D\.)\s$/u;
/** A span of time back from now: "2,500 years ago", "300-odd years ago". */
export const AGO_AFTER = /^(?:[\s-]*odd)?[\s-]+(?:years?|decades?|centuries|months?|weeks?|days?)\s+ago\b/i;

/** How a figure reckons time: a year of an era ("500 BCE", "AD 79"), a span back from now ("2,500 years ago"), or neither. */
export function timeReckoning(text: string, f: Figure): 'era' | 'ago' | undefined {
  if (ERA_AFTER.test(text.slice(f.range.end, f.range.end + 8)) || ERA_BEFORE.test(text.slice(Math.max(0, f.range.start - 6), f.range.start))) return 'era';
  return AGO_AFTER.test(text.slice(f.range.end, f.range.end + 24)) ? 'ago' : undefined;
}

/** Whether one of two figures is a year of an era and the other a span back from now: "500 years ago" is no "500 BCE". */
export function reckonedOtherwise(a: string, fa: Figure, b: string, fb: Figure): boolean {
  const x = timeReckoning(a, fa);
  const y = timeReckoning(b, fb);
  return x !== y && x !== undefined && y !== undefined;
}

/** The qualifiers that put a figure at most the number said. */
const BELOW: ReadonlySet<Approximation> = new Set(['nearly', 'under']);

/**
 * Units written after a figure, each by a name of its own, and, where one figure may be written in
 * another's unit, by what it measures with its size in that measure's unit: metric mass, length and
 * volume by their prefixes, spans of time, the inch, foot and yard, the ounce and pound, which
 * convert exactly. Miles, tons, gallons, months and years are named only (their sizes differ by
 * country or calendar), and metric is never converted to imperial (writers round it). Not a lone
 * "m" or "l" (million, a letter).
 */
const MEASURE_UNITS: { name: string; re: RegExp; measure?: string; size?: number }[] = [
  // Areas first: "square miles" is no length in miles.
  { name: 'sqmi', re: /^(?:square\s+miles?|sq\.?\s*mi\b\.?)/i },
  { name: 'sqkm', re: /^(?:square\s+kilomet(?:er|re)s?\b|sq\.?\s*km\b|km²|km2\b)/i },
  { name: 'sqm', re: /^(?:square\s+met(?:er|re)s?\b|sq\.?\s*m\b|m²)/i },
  { name: 'sqft', re: /^(?:square\s+(?:feet|foot)\b|sq\.?\s*ft\b\.?|ft²)/i },
  { name: 'µg', re: /^(?:µg|mcg|micrograms?|microgrammes?)(?![\p{L}\p{N}])/iu, measure: 'mass', size: 1e-6 },
  { name: 'mg', re: /^(?:mg|milligrams?|milligrammes?)\b/i, measure: 'mass', size: 1e-3 },
  { name: 'g', re: /^(?:g|grams?|grammes?)\b/i, measure: 'mass', size: 1 },
  { name: 'kg', re: /^(?:kg|kgs|kilos?|kilograms?|kilogrammes?)\b/i, measure: 'mass', size: 1e3 },
  { name: 'tonne', re: /^(?:tonnes?|metric\s+tons?)\b/i, measure: 'mass', size: 1e6 },
  // (Its symbol in lower case only: "66,000 t"; not "5 T-shirts".)
  { name: 'tonne', re: /^t(?![\p{L}\p{N}-])/u, measure: 'mass', size: 1e6 },
  // Thousands and millions of tonnes by their prefixes, as mining and shipping write them ("641 kt", "56.8 Mt", "2.6
  // Mtpa" a year), case kept ("mt" is no megatonne).
  { name: 'kt', re: /^(?:kt|ktpa|kilotonnes?)(?![\p{L}\p{N}])/u, measure: 'mass', size: 1e9 },
  { name: 'Mt', re: /^(?:Mt|Mtpa|megatonnes?)(?![\p{L}\p{N}])/u, measure: 'mass', size: 1e12 },
  { name: 'ton', re: /^tons?\b/i },
  { name: 'mm', re: /^(?:mm|millimet(?:er|re)s?)\b/i, measure: 'length', size: 1e-3 },
  { name: 'cm', re: /^(?:cm|centimet(?:er|re)s?)\b/i, measure: 'length', size: 1e-2 },
  { name: 'm', re: /^met(?:er|re)s?\b/i, measure: 'length', size: 1 },
  // A lone "m" is a metre only where a length ends the clause or is said of something ("roughly 1.5 m.", "2 m tall"), in
  // lower case: "1.5 m people" and "£3 M" are millions.
  { name: 'm', re: /^m(?=\s*(?:$|[.,;:)!?]|\s(?:long|tall|high|wide|deep|away|across|below|above|underground|in\s+(?:length|height|diameter|depth|width))\b))/, measure: 'length', size: 1 },
  { name: 'kph', re: /^(?:kph|kmh|km\/hr?|(?:km|kilomet(?:er|re)s?)\s+(?:per|an|a)\s+hour)\b/i },
  { name: 'km', re: /^(?:km|kilomet(?:er|re)s?)\b/i, measure: 'length', size: 1e3 },
  { name: 'mph', re: /^(?:mph|mi\/hr?|miles?\s+(?:per|an|a)\s+hour)\b/i },
  { name: 'mile', re: /^(?:miles?|mi)\b/i, measure: 'imperial length', size: 5280 },
  { name: 'ml', re: /^(?:ml|millilit(?:er|re)s?)\b/i, measure: 'volume', size: 1e-3 },
  { name: 'l', re: /^lit(?:er|re)s?\b/i, measure: 'volume', size: 1 },
  { name: 'gal', re: /^gallons?\b/i },
  { name: 's', re: /^(?:seconds?|secs?)\b/i, measure: 'time', size: 1 },
  { name: 'min', re: /^(?:minutes?|mins?)\b/i, measure: 'time', size: 60 },
  { name: 'h', re: /^(?:hours?|hrs?)\b/i, measure: 'time', size: 3600 },
  { name: 'day', re: /^days?\b/i, measure: 'time', size: 86400 },
  { name: 'week', re: /^weeks?\b/i, measure: 'time', size: 604800 },
  // Months and years convert exactly into each other ("a five-year term" is "60 months"), not into days or weeks.
  { name: 'month', re: /^months?\b/i, measure: 'calendar', size: 1 },
  { name: 'year', re: /^years?\b/i, measure: 'calendar', size: 12 },
  { name: 'in', re: /^(?:inch|inches|in\.)/i, measure: 'imperial length', size: 1 / 12 },
  { name: 'ft', re: /^(?:foot|feet|ft)\b/i, measure: 'imperial length', size: 1 },
  { name: 'yd', re: /^yards?\b/i, measure: 'imperial length', size: 3 },
  { name: 'oz', re: /^(?:ounces?|oz)\b/i, measure: 'imperial mass', size: 1 / 16 },
  // Thousands and millions of ounces ("478 koz", "4.49 Moz"), as gold and silver are counted.
  { name: 'koz', re: /^koz(?![\p{L}\p{N}])/u, measure: 'imperial mass', size: 1e3 / 16 },
  { name: 'Moz', re: /^Moz(?![\p{L}\p{N}])/u, measure: 'imperial mass', size: 1e6 / 16 },
  { name: 'lb', re: /^(?:pounds?|lbs?)\b/i, measure: 'imperial mass', size: 1 },
  // Power and energy by their prefixes ("40,050 MW" is "40 GW"), case kept: "mW" is no megawatt. Energy first: "kilowatt-hours".
  { name: 'kWh', re: /^(?:kWh|kilowatt[\s-]hours?)(?![\p{L}\p{N}])/u, measure: 'energy', size: 1e3 },
  { name: 'MWh', re: /^(?:MWh|megawatt[\s-]hours?)(?![\p{L}\p{N}])/u, measure: 'energy', size: 1e6 },
  { name: 'GWh', re: /^(?:GWh|gigawatt[\s-]hours?)(?![\p{L}\p{N}])/u, measure: 'energy', size: 1e9 },
  { name: 'TWh', re: /^(?:TWh|terawatt[\s-]hours?)(?![\p{L}\p{N}])/u, measure: 'energy', size: 1e12 },
  { name: 'W', re: /^(?:W|watts?)(?![\p{L}\p{N}]|[\s-]hours?\b)/u, measure: 'power', size: 1 },
  { name: 'kW', re: /^(?:kW|kilowatts?)(?![\p{L}\p{N}]|[\s-]hours?\b)/u, measure: 'power', size: 1e3 },
  { name: 'MW', re: /^(?:MW|megawatts?)(?![\p{L}\p{N}]|[\s-]hours?\b)/u, measure: 'power', size: 1e6 },
  { name: 'GW', re: /^(?:GW|gigawatts?)(?![\p{L}\p{N}]|[\s-]hours?\b)/u, measure: 'power', size: 1e9 },
  // Data rates, in bits or bytes a second ("61.4 Mbps" is no "61.4 MB/s", eight times as much), case kept.
  { name: 'kbit/s', re: /^(?:kbps|kbit\/s|kb\/s|kilobits?\s+(?:per|a)\s+second)(?![\p{L}\p{N}])/u, measure: 'data rate', size: 1e3 },
  { name: 'Mbit/s', re: /^(?:Mbps|Mbit\/s|Mb\/s|megabits?\s+(?:per|a)\s+second)(?![\p{L}\p{N}])/u, measure: 'data rate', size: 1e6 },
  { name: 'Gbit/s', re: /^(?:Gbps|Gbit\/s|Gb\/s|gigabits?\s+(?:per|a)\s+second)(?![\p{L}\p{N}])/u, measure: 'data rate', size: 1e9 },
  { name: 'MB/s', re: /^(?:MB\/s|MBps|megabytes?\s+(?:per|a)\s+second)(?![\p{L}\p{N}])/u, measure: 'data rate', size: 8e6 },
  { name: 'GB/s', re: /^(?:GB\/s|GBps|gigabytes?\s+(?:per|a)\s+second)(?![\p{L}\p{N}])/u, measure: 'data rate', size: 8e9 },
  { name: 'acre', re: /^acres?\b/i },
  { name: 'ha', re: /^hectares?\b/i },
  // Currencies written after a number that the figure reader does not take as money ("265bn roubles", "500 rupees"):
  // a figure in one is not the same number in another (`currenciesDiffer`).
  { name: 'dollar', re: /^(?:(?:US|U\.S\.|Australian|Canadian|Hong\s+Kong|New\s+Zealand|Singapore)\s+)?dollars?\b/i },
  { name: 'euro', re: /^euros?\b/i },
  { name: 'rouble', re: /^(?:roubles?|rubles?)\b/i },
  { name: 'rupee', re: /^rupees?\b/i },
  // The Indian scales, read as units: "89 lakh" is not "89 crore".
  { name: 'lakh', re: /^(?:lakhs?|lacs?)\b/i },
  { name: 'crore', re: /^crores?\b/i },
  { name: 'yuan', re: /^(?:yuan|renminbi)\b/i },
  { name: 'franc', re: /^(?:swiss\s+)?francs?\b/i },
  { name: 'peso', re: /^pesos?\b/i },
  { name: 'lira', re: /^(?:lira|lire|liras)\b/i },
  { name: 'krona', re: /^(?:kronor|kronur|krona|kroner|krone)\b/i },
  { name: 'naira', re: /^naira\b/i },
  { name: 'shekel', re: /^(?:shekels?|shekalim)\b/i },
  { name: 'dirham', re: /^dirhams?\b/i },
  { name: 'riyal', re: /^(?:riyals?|rials?)\b/i },
  { name: 'baht', re: /^baht\b/i },
  { name: 'ringgit', re: /^ringgits?\b/i },
  { name: 'zloty', re: /^(?:zloty|zlotys|zlotych)\b/i },
];

/** The currencies of MEASURE_UNITS, by name, and those a figure's own sign or word names. */
const CURRENCIES = new Set(['dollar', 'euro', 'rouble', 'rupee', 'yuan', 'franc', 'peso', 'lira', 'krona', 'naira', 'shekel', 'dirham', 'riyal', 'baht', 'ringgit', 'zloty']);

/**
 * The currency a figure is in, as far as its text tells: its sign or code ("$", "US$", "€", "£", "₹", "₽"), its word
 * ("265bn dollars", "500 euros"), or a currency written after it ("265bn roubles"). "¥" (yen or yuan) and "pounds"
 * after a plain number (sterling or weight) are not told; nor is a figure with none.
 */
export function currencyOf(text: string, f: Figure): string | undefined {
  const t = f.text;
  // A currency written after the figure names it, whatever its sign ("$40,000 pesos", as Mexican papers write).
  const word = unitNameAfter(text, f.range.end);
  if (word && CURRENCIES.has(word)) return word;
  // Dollars of a named country are told apart ("US$2 billion" is not "HK$2 billion"); a bare "$" or "dollars" is any.
  const code = /^(US|HK|NZ|A|C|S|R|NT)\$/.exec(t)?.[1] ?? (/^USD/.test(t) ? 'US' : t.startsWith('$') ? /(?<![\p{L}])(US|HK|NZ|A|C|S|R|NT)$/u.exec(text.slice(Math.max(0, f.range.start - 3), f.range.start))?.[1] : undefined);
  if (code) return `dollar ${code}`;
  if (/^\$/.test(t) || /(?:dollars?|bucks)$/i.test(t)) return 'dollar';
  if (/^(?:€|EUR)/.test(t) || /euros?$/i.test(t)) return 'euro';
  if (/^(?:£|GBP)/.test(t) || (f.kind === 'money' && /pounds?$/i.test(t))) return 'pound';
  if (/yen$/i.test(t)) return 'yen';
  if (/^(?:₹|INR|Rs\b)/i.test(t)) return 'rupee';
  if (/^₽/.test(t)) return 'rouble';
  return undefined;
}

/** Whether two figures are in different currencies, each told (`currencyOf`): "265bn dollars" and "265bn roubles", "US$2bn" and "HK$2bn". */
export function currenciesDiffer(a: string, fa: Figure, b: string, fb: Figure): boolean {
  const x = currencyOf(a, fa);
  const y = currencyOf(b, fb);
  if (!x || !y || x === y) return false;
  // A dollar of no country named is any country's.
  return !(x.startsWith('dollar') && y.startsWith('dollar') && (x === 'dollar' || y === 'dollar'));
}

/**
 * Whether one figure is money and the other a measure ("200 pounds" read as money on the page, "200 kilograms" in the
 * sentence; "$200" against "200 kg"): never the same figure. A sum in pounds against "lb" ("200 pounds", "£250" against
 * "200 lb", "a 250-pound fine") may be the same: a pound is either.
 */
export function moneyAgainstMeasure(a: string, fa: Figure, b: string, fb: Figure): boolean {
  const one = (mt: Figure, t: string, f: Figure) => {
    if (mt.kind !== 'money' || f.kind === 'money') return false;
    const u = unitNameAfter(t, f.range.end);
    if (!u || CURRENCIES.has(u) || u === 'lakh' || u === 'crore') return false;
    // ("A 250-pound fine" for "£250": a pound is either.)
    return !((u === 'lb' || u === 'oz') && /£|pounds?|gbp/i.test(mt.text));
  };
  return one(fa, b, fb) || one(fb, a, fa);
}

/** The unit written right after a figure ending at `end` ("50 grams", "0.05 kilograms", "a 12-inch", "180g", "22 tons"), if it is one of MEASURE_UNITS. */
function unitAt(text: string, end: number): (typeof MEASURE_UNITS)[number] | undefined {
  // A range's first end is in the unit after its second ("66,000–71,000 t", "66-71 kt").
  const range = /^\s?[–-]\s?\d[\d,]*(?:\.\d+)?/.exec(text.slice(end, end + 16));
  if (range) end += range[0].length;
  const gap = /^(?:\s|-)?/.exec(text.slice(end, end + 2))![0];
  const rest = text.slice(end + gap.length, end + gap.length + 24);
  return MEASURE_UNITS.find((u) => u.re.test(rest));
}

/** The unit after a figure that another of its measure may be converted to, with its size (`backsConverted`). */
export function unitAfter(text: string, end: number): { measure: string; size: number } | undefined {
  const unit = unitAt(text, end);
  return unit?.measure !== undefined && unit.size !== undefined ? { measure: unit.measure, size: unit.size } : undefined;
}

/** The name of the unit after a figure, for telling that two figures are in different units at all (miles and kilometres, tons and tonnes). */
export function unitNameAfter(text: string, end: number): string | undefined {
  return unitAt(text, end)?.name;
}

/** The unit after a figure as written, with what parts it from the figure ("-mile", " kilometres"), if it is one of MEASURE_UNITS. */
export function unitTextAfter(text: string, end: number): string | undefined {
  const gap = /^(?:\s|-)?/.exec(text.slice(end, end + 2))![0];
  const rest = text.slice(end + gap.length, end + gap.length + 24);
  const unit = MEASURE_UNITS.find((u) => u.re.test(rest));
  return unit ? gap + unit.re.exec(rest)![0] : undefined;
}

/** The metric measure of an imperial one (either way), and an imperial unit's size in the metric one's (a foot in metres, a pound in grams). */
const METRIC_OF: Record<string, string> = { 'imperial length': 'length', length: 'imperial length', 'imperial mass': 'mass', mass: 'imperial mass' };
const IMPERIAL_SIZE: Record<string, number> = { 'imperial length': 0.3048, 'imperial mass': 453.59237 };

/** Writers call a metric tonne a ton: the two are told apart for a fix, not for whether a figure is the page's. */
const SAME_UNIT = new Map([['ton', 'tonne']]);

/**
 * Whether two figures are given in different units (each followed by one of MEASURE_UNITS): "7,000 feet" and
 * "7,000 meters", "3 days" and "3 weeks", not "7,000 feet" and "7,000 ft" nor a figure with no unit named.
 */
export function unitsDiffer(a: string, aEnd: number, b: string, bEnd: number): boolean {
  const x = unitNameAfter(a, aEnd);
  const y = unitNameAfter(b, bEnd);
  return !!x && !!y && x !== y && SAME_UNIT.get(x) !== y && SAME_UNIT.get(y) !== x;
}

/** The kind of quantity of a measure: metric and imperial of one quantity are one, and so are spans of time (seconds to years). */
const KIND_OF_MEASURE: Record<string, string> = { 'imperial length': 'length', 'imperial mass': 'mass', calendar: 'time' };

/**
 * Whether the units after two figures are of one kind of quantity ("7,000 feet" and "7,000 meters", "3 days" and "3
 * years"; not "20 miles" and "20 years", an age), or either has no unit of a known measure: a page's figure in another
 * unit of its kind may be the sentence's with its unit mistaken.
 */
export function unitsOfOneKind(a: string, aEnd: number, b: string, bEnd: number): boolean {
  const x = unitAt(a, aEnd)?.measure;
  const y = unitAt(b, bEnd)?.measure;
  return !x || !y || (KIND_OF_MEASURE[x] ?? x) === (KIND_OF_MEASURE[y] ?? y);
}

/**
 * Whether the source figure `source` (followed in its text by `sourceUnit`) is the claim figure
 * `claim` (followed by `claimUnit`) written in another unit of the same measure: "50 grams" for
 * "0.05 kilograms", "3 weeks" for "21 days", "18 inches" for "1.5 feet". Plain numbers only
 * (not years, shares or money); a qualified figure keeps its qualifier ("about 50 grams").
 */
export function backsConverted(claim: Figure, claimUnit: { measure: string; size: number } | undefined, source: Figure, sourceUnit: { measure: string; size: number } | undefined): boolean {
  if (!claimUnit || !sourceUnit) return false;
  // Metric and imperial only for a figure the sentence qualifies ("about 120 feet" for "36.5 metres"): writers round it.
  const across = claimUnit.measure !== sourceUnit.measure && !!claim.approx && METRIC_OF[claimUnit.measure] === sourceUnit.measure;
  const toMetric = (u: { measure: string; size: number }) => u.size * (IMPERIAL_SIZE[u.measure] ?? 1);
  if (across ? false : claimUnit.measure !== sourceUnit.measure || claimUnit.size === sourceUnit.size) return false;
  if (claim.kind !== 'number' || source.kind !== 'number' || claim.share || source.clock) return false;
  const ratio = across ? toMetric(claimUnit) / toMetric(sourceUnit) : claimUnit.size / sourceUnit.size;
  const converted: Figure = { ...claim, value: claim.value * ratio, unit: claim.unit * ratio };
  // Exact figures compare to a billionth, as floating point leaves them ("0.05 × 1000").
  if (!claim.approx && !source.approx) return Math.abs(converted.value - source.value) <= 1e-9 * Math.max(1, Math.abs(source.value));
  return backsFigure(converted, source);
}

/**
 * True when a source's figure backs a sentence's figure as the sentence qualifies it:
 * "about 45,000" is backed by 45,200 (it rounds so); "nearly 40%" by 38.5%; "more than 300" by 312;
 * "up to $5 million" by $4.5 million. Unqualified figures must be the same (see sameFigure).
 */
export function backsFigure(claim: Figure, source: Figure): boolean {
  // A time of day's "9:08" backs no "$9".
  if (source.clock && claim.kind !== 'number') return false;
  // "Less than 10 km" is not what "more than 10km" says, nor the reverse: bounds the other way that leave no value both
  // allow ("nearly 300,000" and "over 297,000" both allow 298,000).
  if (claim.approx && source.approx && claim.approx !== 'about' && source.approx !== 'about' && BELOW.has(claim.approx) !== BELOW.has(source.approx)) {
    if (BELOW.has(claim.approx) ? source.value >= claim.value : source.value <= claim.value) return false;
  }
  if (sameFigure(claim, source)) return true;
  if (!claim.approx || claim.kind === 'year' || source.kind === 'year') return false;
  if ((claim.kind === 'percent') !== (source.kind === 'percent')) return false;
  const a = claim.value;
  const b = source.value;
  if (a <= 0) return false;
  switch (claim.approx) {
    case 'about':
      // (A fraction in words, or within a sixteenth of it: "about two-thirds", "close to two-thirds" for 63%, nearer 60%
      // though it is; not "9 out of 10", a rating.)
      // (Of a share, which is no more than the whole: 41,280% is none.)
      // (And not clearly nearer another: 79% is "about four-fifths".)
      if (claim.share && COMMON_SHARES.includes(a)) return b <= 100 && (nearestShare(b) === a || (/\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i.test(claim.text) && Math.abs(b - a) <= 0.06 * a && Math.abs(b - a) - Math.abs(b - nearestShare(b)) <= 1));
      // Within rounding at the sentence's precision, and never more than a tenth off.
      // (A percentage to its units is any it rounds to: "about 1%" for 1.2 per cent.)
      return Math.abs(b - a) <= Math.min(Math.max(claim.unit / 2, 0.02 * a), claim.kind === 'percent' && claim.unit === 1 ? 0.5 : 0.1 * a);
    case 'nearly':
      return b <= a && b >= 0.9 * a;
    case 'over':
      return b >= a && b <= 1.25 * a;
    case 'under':
      return b <= a && b >= 0.75 * a;
  }
}
