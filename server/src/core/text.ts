/**
 * Text utilities shared by the core: offset/line conversion, word tokenisation
 * and stemming for lexical matching, and escaping for markdown hovers.
 */
import { stemmer } from 'stemmer';
import pluralize from 'pluralize';
import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js';
import { INFLECTIONS } from './inflections.data';

/** Zero-based position as LSP uses it (UTF-16 code units, which is what JS strings index). */
export interface Position {
  line: number;
  character: number;
}

export interface OffsetRange {
  start: number;
  end: number;
}

/** The index of the first of `items` (sorted by their range's start) whose range starts at or after `offset`: found by halving. */
export function firstStartingFrom<T extends { range: OffsetRange }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].range.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first of `items` (sorted by range, not overlapping) whose range ends after `offset`: found by halving. */
export function firstEndingAfter<T>(items: readonly T[], offset: number, range: (item: T) => OffsetRange): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (range(items[mid]).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Maps offsets to line/character positions and back, built once per text. */
export class LineIndex {
  private readonly starts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const lineStart = this.starts[pos.line];
    const next = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    return Math.max(lineStart, Math.min(lineStart + pos.character, next));
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}

const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her his how i if in into is it its ' +
    'may might more most much must my no nor not of on or our out over own she should so some such than that the their them then ' +
    'there these they this those through to too under up very was we were what when where which while who whom why will with would ' +
    'you your also about after again against all am any because before below between both during each few further here just only other ' +
    'same s t than once off doing done ours ourselves yours yourself yourselves himself herself itself themselves theirs me him us cannot'
  ).split(/\s+/),
);

/** An auxiliary with its "not" contracted: "aren't", "doesn't", "can't", "won't", "needn't" ("cannot" is in STOPWORDS). */
const NOT_CONTRACTED = /^(?:do|does|did|is|are|was|were|ca|could|wo|would|should|has|have|had|must|need|might|may|sha|dare|ought)n['’]t$/;

/** Words that carry meaning in a claim; "not" and friends are kept out of STOPWORDS for later negation checks. */
export function isStopword(word: string): boolean {
  if (STOPWORDS.has(word)) return true;
  // "it's", "they're", "we'll", "there's": a function word with a contracted verb ("Microsoft's" is a name). Most words have no apostrophe to look for.
  if (!word.includes("'") && !word.includes('’')) return false;
  const m = /^([\p{L}]+)['’](s|re|ll|ve|d|m)$/u.exec(word);
  if (m) return STOPWORDS.has(m[1]) || m[1] === 'let';
  // "aren't", "doesn't", "won't": an auxiliary and its "not", both function words, as "are not" is (the negation is read by
  // `negationScope`, not by the words a page shares).
  return NOT_CONTRACTED.test(word);
}

/**
 * What a word is. Numbers keep their decimal and thousands separators (4.2, 22,000) and an ordinal
 * ending ("21st" is one word); words keep inner apostrophes; unit signs are words. `nextWord` reads
 * it character by character; this is the reference its tests compare it with.
 */
export const WORD_RE = /\p{N}+(?:[.,]\p{N}+)*(?:(?:st|nd|rd|th)(?!\p{L}))?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[%$€£]/gu;

/** Unit signs read as the words they stand for, so "20%" shares "percent" with "20 percent" and "$5" "dollar" with "5 dollars". */
const SIGN_WORDS: Record<string, string> = { '%': 'percent', $: 'dollar', '€': 'euro', '£': 'pound' };

export interface Token {
  /** Lower-cased surface form. */
  word: string;
  /** Porter stem of the word (numbers stay as they are). */
  stem: string;
  start: number;
  end: number;
}

/** Number words stem to their digits, so "six to one" matches "6 to 1". */
const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11',
  twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19',
  twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100',
  dozen: '12', first: '1', second: '2', third: '3',
  // Ordinals meet their digits as "21st" meets "21" (the ending is cut from a number).
  fourth: '4', fifth: '5', sixth: '6', seventh: '7', eighth: '8', ninth: '9', tenth: '10', eleventh: '11', twelfth: '12',
  thirteenth: '13', fourteenth: '14', fifteenth: '15', sixteenth: '16', seventeenth: '17', eighteenth: '18', nineteenth: '19',
  twentieth: '20', thirtieth: '30', fortieth: '40', fiftieth: '50', hundredth: '100',
  // Abbreviated scales read as the words ("$44bn" is "$44 billion").
  bn: 'billion', mn: 'million', mln: 'million', tn: 'trillion', trn: 'trillion',
};

/** British spellings that no suffix rule below covers, as American ones. */
const US_WORDS: Record<string, string> = {
  defence: 'defense', offence: 'offense', licence: 'license', licences: 'licenses', pretence: 'pretense',
  programme: 'program', programmes: 'programs', grey: 'gray', aluminium: 'aluminum', mould: 'mold', plough: 'plow',
  sceptic: 'skeptic', sceptical: 'skeptical', scepticism: 'skepticism', ageing: 'aging', judgement: 'judgment',
  judgements: 'judgments', acknowledgement: 'acknowledgment', jewellery: 'jewelry', enrolment: 'enrollment',
  fulfil: 'fulfill', fulfilment: 'fulfillment', instalment: 'installment', skilful: 'skillful', cheque: 'check',
  cheques: 'checks', draught: 'draft', oestrogen: 'estrogen', oesophagus: 'esophagus', foetus: 'fetus', foetal: 'fetal',
  diarrhoea: 'diarrhea', manoeuvre: 'maneuver', manoeuvres: 'maneuvers', coeliac: 'celiac', timbre: 'timbre',
  // A data rate written two ways ("61.4Mbps", "61.4 Mbit/s"): one word, as spellings are.
  kbps: 'kbit', mbps: 'mbit', gbps: 'gbit', tbps: 'tbit',
};

/**
 * A British spelling as the American one ("labourers" → "laborers", "organisation" →
 * "organization", "centre" → "center", "paediatric" → "pediatric"), so a draft and a source
 * spelled on two sides of the Atlantic share their words. The rules run on every word of
 * drafts and sources alike, so a word that only looks British ("premise" → "premize") is
 * changed the same way everywhere and still matches itself.
 */
export function usSpelling(word: string): string {
  const listed = US_WORDS[word];
  if (listed) return listed;
  // Five letters at least: "litre" and "litres" must both become American.
  if (word.length < 5) return word;
  return word
    .replace(/(?<=\p{L}{3})our(s|ed|ing|er|ers|ite|ites|able|ably|ful|less)?$/u, 'or$1')
    .replace(/(?<=\p{L}{3})is(e|es|ed|ing|er|ers|ation|ations)$/u, 'iz$1')
    .replace(/(?<=\p{L}{2})ys(e|ed|ing|er|ers)$/u, 'yz$1')
    .replace(/(?<=\p{L}{2})([tb])re(s?)$/u, '$1er$2')
    .replace(/(?<=\p{L}{2})([tb])red$/u, '$1ered')
    .replace(/(?<=\p{L}{3})ogue(s?)$/u, 'og$1')
    .replace(/(?<=\p{L})ae(?=\p{L})/u, 'e');
}

/**
 * Irregular forms that are also common words of another meaning ("left", "ground", "bound", "drug"
 * as a noun, "fed" from "the Fed"), or plurals that are also verb forms ("leaves", "lives"):
 * left to the stemmer.
 */
const AMBIGUOUS_FORMS = new Set(['left', 'ground', 'bound', 'lay', 'drug', 'crew', 'rent', 'stove', 'shore', 'smelt', 'gilt', 'dove', 'bit', 'wound', 'bore', 'stole', 'fed', 'slew', 'spat', 'shat', 'dice', 'media']);

/** Whether a form is left to the stemmer because it is also a word of another meaning (see AMBIGUOUS_FORMS). */
export function isAmbiguousForm(word: string): boolean {
  return AMBIGUOUS_FORMS.has(word);
}

let inflections: Map<string, string> | undefined;

/**
 * The word as the stemmer should see it: an irregular form as its base (see irregularBase), and
 * a regular form the stemmer strips apart from its base ("experienced" / "experience", "died" /
 * "die", "gases" / "gas": see scripts/inflections.ts) as that base.
 */
export function baseForm(word: string): string {
  if (AMBIGUOUS_FORMS.has(word)) return word;
  if (!inflections) {
    inflections = new Map();
    for (const line of INFLECTIONS.split('\n')) {
      const space = line.indexOf(' ');
      inflections.set(line.slice(0, space), line.slice(space + 1));
    }
  }
  return inflections.get(word) ?? irregularBase(word);
}

/**
 * The base form of an irregular verb or noun ("rose" → "rise", "paid" → "pay", "children" →
 * "child", "criteria" → "criterion"), which suffix stripping cannot find; other words unchanged.
 */
export function irregularBase(word: string): string {
  if (AMBIGUOUS_FORMS.has(word)) return word;
  const verb = Object.hasOwn(irregularVerbs, word) ? irregularVerbs[word] : undefined;
  if (verb && verb !== word) return verb;
  if (word.length < 3 || word.endsWith('ves')) return word;
  const single = pluralize.singular(word);
  // Regular plurals ("prices", "buses", "studies") are the stemmer's.
  const regular = word === single + 's' || word === single + 'es' || (single.endsWith('y') && word === single.slice(0, -1) + 'ies');
  return single && single !== word && !regular ? single : word;
}

/** Letters that do not decompose into a base letter and a mark. */
const UNDECOMPOSED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
// Looked up by any word of a text: "constructor" or "toString" must not find Object's methods.
for (const table of [SIGN_WORDS, NUMBER_WORDS, US_WORDS, UNDECOMPOSED]) Object.setPrototypeOf(table, null);

/**
 * The word without diacritics: "Świątek" and "Swiatek", "São Paulo" and "Sao Paulo", "café"
 * and "cafe" are one name or word to a reader, and English text often drops the marks.
 */
export function foldDiacritics(word: string): string {
  // Plain ASCII, most words, is returned as it is.
  if (!/[^\x00-\x7f]/.test(word)) return word;
  // A curly apostrophe is the straight one ("O’Connor", "don’t"): one character for one, as offsets in folded text count.
  return word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[ßæœøłđðþı]/g, (c) => UNDECOMPOSED[c]).replace(/[\u2019\u02bc]/g, "'");
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    const folded = foldDiacritics(word);
    s = /^\p{N}/u.test(folded) ? folded.replace(/,(?=\d{3})/g, '').replace(/(?<=\d)(?:st|nd|rd|th)$/, '') : NUMBER_WORDS[folded] ?? stemmer(usSpelling(baseForm(folded.replace(/['’]s$/, ''))));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/**
 * Months as news style abbreviates them before a day ("Jan. 27", "Sept. 3"): the month's word, so
 * that "Jan. 27" and "January 27" share it. Only capitalised as a month is, with the period and a
 * number after it ("Jan" alone is a name, "APR." a rate, "went to Jan." a name).
 */
export const MONTH_ABBREVIATIONS: Record<string, string> = {
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
};

/** Whether the month's abbreviation at `start`–`end` is between a day and a year, as a date is written in a profile or a table: "24 Oct 1986". */
function dayMonthYear(text: string, start: number, end: number): boolean {
  return /(?<![\p{N}.,])\d{1,2}[ \u00a0]$/u.test(text.slice(Math.max(0, start - 4), start)) && /^\.?[ \u00a0](?:1[5-9]|20)\d\d(?!\p{N})/u.test(text.slice(end, end + 7));
}

/**
 * Goes over the words of a text as `tokenize` reads them: each word in lower case (a sign as the
 * word it stands for, a month's abbreviation before a day or between a day and a year as the month), where it is, and whether
 * it joins the word before into one ("per cent" is one word, "percent"). `visit` returning false stops.
 */
function eachWord(text: string, visit: (word: string, start: number, end: number, joined: boolean) => boolean | void): void {
  let prevWord = '';
  let prevEnd = -1;
  // The words are found by `nextWord` (what WORD_RE finds, without a match object made for each word).
  // (`end` is read at once: a visit that reads words too moves `wordEnd`.)
  for (let start = nextWord(text, 0), end = wordEnd; start >= 0; start = nextWord(text, end), end = wordEnd) {
    const found = text.slice(start, end);
    // (Signs are one character: a longer word is not looked up.)
    let word = (found.length === 1 ? SIGN_WORDS[found] : undefined) ?? found.toLowerCase();
    if (word.length <= 4 && MONTH_ABBREVIATIONS[word] && /^\p{Lu}\p{Ll}/u.test(found) && (/^\.\s*\d/.test(text.slice(end, end + 4)) || dayMonthYear(text, start, end))) word = MONTH_ABBREVIATIONS[word];
    const joined = word === 'cent' && prevWord === 'per' && /^\s+$/.test(text.slice(prevEnd, start));
    if (joined) word = 'percent';
    if (visit(word, start, end, joined) === false) return;
    prevWord = word;
    prevEnd = end;
  }
}

/** What each character of the Basic Multilingual Plane is, worked out on first sight: 0 not yet, 1 a letter, 2 a number, 3 neither. */
const BMP_KIND = new Uint8Array(0x10000);
const LETTER = 1;
const NUMBER = 2;
const OTHER = 3;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

/** What the code point starting at offset `i` of `text` is (LETTER, NUMBER or OTHER); 0 past the end. */
function kindAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = BMP_KIND[c];
    if (k === 0) BMP_KIND[c] = k = IS_LETTER.test(text[i]) ? LETTER : IS_NUMBER.test(text[i]) ? NUMBER : OTHER;
    return k;
  }
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return OTHER; // a lone surrogate
  const ch = String.fromCodePoint(cp);
  return IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? NUMBER : OTHER;
}

/** The length of the code point at offset `i` (2 for a pair of surrogates). */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Where the word `nextWord` found last ends. */
let wordEnd = 0;

/** Past a run of code points of kind `kind` (or of either kind with `or`) from `i`. */
function runOf(text: string, i: number, kind: number, or = kind): number {
  for (let k = kindAt(text, i); k === kind || k === or; k = kindAt(text, i)) i += widthAt(text, i);
  return i;
}

/**
 * The start of the first word at or after `from` (-1: none), its end in `wordEnd`: what WORD_RE
 * matches there, read character by character (a regular expression's match is an object made for
 * every word of every page, most of the garbage the checker made).
 */
function nextWord(text: string, from: number): number {
  for (let i = from; i < text.length; ) {
    const kind = kindAt(text, i);
    if (kind === NUMBER) {
      // \p{N}+(?:[.,]\p{N}+)*(?:(?:st|nd|rd|th)(?!\p{L}))?
      let j = runOf(text, i, NUMBER);
      while ((text[j] === '.' || text[j] === ',') && kindAt(text, j + 1) === NUMBER) j = runOf(text, j + 1, NUMBER);
      const suffix = text.slice(j, j + 2);
      if ((suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') && kindAt(text, j + 2) !== LETTER) j += 2;
      wordEnd = j;
      return i;
    }
    if (kind === LETTER) {
      // [\p{L}\p{N}]+(?:['’][\p{L}]+)*
      let j = runOf(text, i, LETTER, NUMBER);
      while ((text[j] === "'" || text[j] === '’') && kindAt(text, j + 1) === LETTER) j = runOf(text, j + 1, LETTER);
      wordEnd = j;
      return i;
    }
    const c = text[i];
    if (c === '%' || c === '$' || c === '€' || c === '£') {
      wordEnd = i + 1;
      return i;
    }
    i += widthAt(text, i);
  }
  return -1;
}

/** What `eachWord` reads as words: its words' ranges, for tests that compare it with WORD_RE. */
export function wordRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let start = nextWord(text, 0); start >= 0; start = nextWord(text, wordEnd)) out.push([start, wordEnd]);
  return out;
}

/**
 * The tokens of the texts read last, as `extractFigures` keeps figures: a claim is tokenized by a dozen checks and more.
 * Texts up to TOKENS_KEPT_UP_TO characters, the last TOKENS_KEPT of them; frozen, so a check cannot change another's.
 */
const tokensKept = new Map<string, readonly Token[]>();
const TOKENS_KEPT = 256;
const TOKENS_KEPT_UP_TO = 4000;

/** Splits text into word tokens with offsets. */
export function tokenize(text: string): Token[] {
  if (text.length > TOKENS_KEPT_UP_TO) return readTokens(text);
  let tokens = tokensKept.get(text);
  if (tokens === undefined) {
    tokens = Object.freeze(readTokens(text).map((t) => Object.freeze(t)));
    if (tokensKept.size >= TOKENS_KEPT) tokensKept.delete(tokensKept.keys().next().value!);
    tokensKept.set(text, tokens);
  }
  // (Typed as the plain array every caller reads: frozen, a write throws.)
  return tokens as Token[];
}

function readTokens(text: string): Token[] {
  const out: Token[] = [];
  eachWord(text, (word, start, end, joined) => {
    if (joined) out[out.length - 1] = { word, stem: stem(word), start: out[out.length - 1].start, end };
    else out.push({ word, stem: stem(word), start, end });
  });
  return out;
}

/** Whether a token "no" abbreviates "number" ("No. 1", "no. 5", "No 10 Downing Street") and so negates nothing. */
export function abbreviatesNumber(text: string, t: Token): boolean {
  if (t.word !== 'no') return false;
  return /^\.?\s?\d/.test(text.slice(t.end, t.end + 3));
}

/**
 * The stems of the content words in a text (stop words dropped): `contentTokens`' stems, read
 * without making a token of every word (the evidence of every source is read this way, sentence by
 * sentence). "One" needs the words after it to say whether it is a count (`pronounOne`): a text
 * with it is read through `contentTokens`.
 */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  let one = false;
  eachWord(text, (word, _start, _end, joined) => {
    if (word === 'one') {
      one = true;
      return false;
    }
    // "per cent" is one word ("per" is a content word, so it is the last stem kept).
    if (joined) out[out.length - 1] = stem(word);
    else if (!isStopword(word) && (word.length > 1 || /\d/.test(word))) out.push(stem(word));
  });
  return one ? contentTokens(text).map((t) => t.stem) : out;
}

/** The content words of a text (stop words and single letters dropped). */
export function contentTokens(text: string): Token[] {
  const tokens = tokenize(text);
  return tokens.filter((t, i) => !isStopword(t.word) && (t.word.length > 1 || /\d/.test(t.word)) && !(t.word === 'one' && pronounOne(tokens, i)));
}

/**
 * "One" before a modal or "has to" is the pronoun ("one must", "one had to qualify"), not a count,
 * and no word for a source to back. "One is still running" and "one will be chosen" stay counts.
 */
function pronounOne(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.word ?? '';
  return /^(?:can|cannot|could|may|might|must|should|would|shall)$/.test(next) || (/^(?:has|had|have|needs?|ought)$/.test(next) && tokens[i + 2]?.word === 'to');
}

/**
 * Escapes text taken from a source so that a markdown renderer shows it as
 * plain text: no emphasis, links, autolinks, images, HTML or commands.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~<>-]/g, (c) => '\\' + c)
    .replace(/&/g, '&amp;')
    .replace(/:(?=\/\/)/g, '&#58;')
    .replace(/\bwww\./gi, (w) => w.slice(0, 3) + '&#46;')
    .replace(/@/g, '&#64;')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.');
}

/** Collapses runs of white space into single spaces. */
/**
 * `make()`'s value kept in `kept` under `key`, made once: for work an edit or a publish would redo on text it left
 * alone. At most `limit` values are kept; the oldest goes first.
 */
export function keptFor<T>(kept: Map<string, T>, key: string, limit: number, make: () => T): T {
  const known = kept.get(key);
  if (known !== undefined || kept.has(key)) return known as T;
  const value = make();
  if (kept.size >= limit) kept.delete(kept.keys().next().value!);
  // A key cut from a longer text (a paragraph of a draft) would keep all of that text alive as long as it is kept:
  // each edit's version of the draft, thousands of times over. It is kept as a copy of its own.
  kept.set(ownCopy(key), value);
  return value;
}

/** The string's characters in a string of their own, not a view into a longer one (as `slice` may give). */
function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shortens text to at most max characters, on a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max * 0.6 ? cut : max) + '…';
}

/**
 * Abbreviations after which a period does not end a sentence: titles before names ("Mr. Lee",
 * "St. Louis"), month abbreviations, "No.", "Fig.", "vs.", initials ("George W. Bush") and dotted
 * capitals ("U.S. Senate"). ICU has such a list for English, but V8's Intl.Segmenter does not use
 * it. Company suffixes ("Inc.", "Ltd.") and "etc." are left out: they often do end a sentence.
 */
const ABBREVIATION_END_RE =
  /(?:^|[\s("“‘'[—–-])(?:Mr|Mrs|Ms|Mx|Messrs|Dr|Prof|Sr|Jr|St|Mt|Ft|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Cmdr|Adm|Gov|Sen|Rep|Rev|Hon|Pres|Supt|Det|Insp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Fig|Figs|Vol|Vols|vs|cf|approx|[\p{Lu}]|(?:\p{Lu}\.)+\p{Lu})\.["”’')\]]*\s*$/u;

/** True when `before` (the text up to a candidate sentence break) ends with such an abbreviation. */
export function endsWithAbbreviation(before: string): boolean {
  return ABBREVIATION_END_RE.test(before.length > 24 ? before.slice(-24) : before);
}

/** What a YAML parse error says, on one line; a stack overflow on deeply nested YAML said plainly. */
export function yamlErrorMessage(e: unknown): string {
  // The YAML library reports a stack overflow on deep nesting as a parse error of its own.
  if (e instanceof RangeError || /call stack/i.test(String((e as Error)?.message))) return 'it is nested too deeply to read';
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

/**
 * Whether the character before offset `at` of `text` (a code point, as a lookbehind reads it) is one
 * of `chars`, a pattern of one character anchored at the end (`/[\p{L}\p{N}]$/u`). A word found with
 * `indexOf` is checked so at its edges instead of by a pattern made for it: a pattern with a Unicode
 * class (`\p{L}`) costs a tenth of a millisecond or more to build, and a claim's names made hundreds.
 */
export function charBefore(text: string, at: number, chars: RegExp): boolean {
  return at > 0 && chars.test(text.slice(Math.max(0, at - 2), at));
}

/** Whether the character at offset `at` of `text` (a code point) is one of `chars`, a pattern of one character anchored at the start (`/^[\p{L}\p{N}]/u`). */
export function charAt(text: string, at: number, chars: RegExp): boolean {
  return chars.test(text.slice(at, at + 2));
}

/** A letter or a digit, at the end or at the start of a text (`charBefore`, `charAt`). */
export const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
export const LETTER_OR_DIGIT_AT = /^[\p{L}\p{N}]/u;

/** `text` with every character a regular expression reads specially escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with its first letter in capitals ("the cited source" → "The cited source"). */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
