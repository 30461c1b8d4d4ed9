/**
 * A contradiction a source states outright: the claim has a name that no cited source holds, and
 * a source's sentence has another name in its place, between the same words ("Margaret Premier
 * League was born" against "Margaret Claire Hoover (born …"). A name is not paraphrased: another
 * in the same place is another claim. (Figures have their own check: `verifiedFixes.ts`.)
 */
import { tokenize, isStopword, foldDiacritics, contentTokens, stem, escapeRegExp, charBefore, charAt, LETTER_OR_DIGIT_BEFORE, LETTER_OR_DIGIT_AT, type Token } from '../text';
import { extractFigures, backsFigure, CURRENCY_CODES } from './numbers';
import { sentenceHolding, type SourceEvidence } from './evidence';
import { relatedForms } from './derivations';
import { writtenDates } from './dates';
import { datelineOf } from './spans';
import { isCommonWord } from './commonWords';
import { isForename } from './forenames';
import { samePlace, placeNames } from './places';

/** How many words may stand between the claim's words on either side of a name, in the source (the name and a word or two). */
const SLOT = 5;

export interface NameConflict {
  /** The claim's name no source holds. */
  name: string;
  /** The source's name in its place. */
  theirs: string;
}

const capitalised = (text: string, t: Token) => /^\p{Lu}/u.test(text.slice(t.start, t.end));

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Months and days: a capitalised word of its own kind, which only another of them can stand in for. */
/** Whether one of two names is a month and the other a day of the week. */
function monthAndDay(a: string, b: string): boolean {
  const kind = (x: string) => (MONTHS.includes(x.toLowerCase()) ? 1 : CALENDAR.has(x.toLowerCase()) ? 2 : 0);
  return kind(a) * kind(b) === 2;
}

export const CALENDAR = new Set([...MONTHS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Scales of temperature, named for people but units of measure: a page gives them as "°C", "92.7C", "(198.9F)". */
const TEMPERATURE_SCALES = new Set(['celsius', 'fahrenheit', 'centigrade', 'kelvin']);
/** The country a people's word names, where the two are not one word's forms (WordNet relates "Cuban" and "Cuba"). */
const COUNTRY_OF = new Map([
  ['american', /\b(?:United States|U\.\s?S\.(?:\s?A\.)?|USA)(?![\p{L}])/u],
  // ("In America it went to digestive complaints" for "In the United States, ketchup was used to …".)
  ['america', /\b(?:United States|U\.\s?S\.(?:\s?A\.)?|USA)(?![\p{L}])/u],
  ['british', /\b(?:United Kingdom|Britain|U\.\s?K\.)(?![\p{L}])/u],
]);

/** Countries of more than one word, and their people's word (with the country's short name), as `COUNTRY_OF` the other way. */
const PEOPLE_OF: [RegExp, RegExp][] = [
  [/^United States(?: of America)?$/u, /\b(?:Americans?|America)\b/u],
  [/^United Kingdom$/u, /\b(?:British|Britain|Britons?)\b/u],
];

/** A people's other words for itself, one each: "Britons" where a page lists "nine British" in its place. */
const PEOPLE_WORDS: Record<string, string> = Object.assign(Object.create(null), { briton: 'british', britons: 'british', brits: 'british', brit: 'british', americans: 'american' });

/** Days a name says, by month and day: "New Year's Eve" is December 31. */
const HOLIDAYS: [RegExp, number, number][] = [
  [/\bNew Year['’]s Eve\b/gu, 12, 31],
  [/\bNew Year['’]s Day\b/gu, 1, 1],
  [/\bChristmas Eve\b/gu, 12, 24],
  [/\bChristmas Day\b/gu, 12, 25],
  [/\bBoxing Day\b/gu, 12, 26],
  [/\bValentine['’]s Day\b/gu, 2, 14],
  [/\bHalloween\b/gu, 10, 31],
  [/\b(?:Independence Day|Fourth of July)\b/gu, 7, 4],
  [/\bSt\.? Patrick['’]s Day\b/gu, 3, 17],
];

/** Before a holiday's name: the sentence dates a writing by it ("Writing on Christmas Day", "in a post published on New Year's Eve"). */
const WRITING = /\b(?:writing|wrote|written|posted|published|blogging|in\s+a\s+(?:post|column|letter|blog|piece|review|note))\b[^.;]{0,12}$/i;

/** The claim's words of a holiday's name whose day the sources give ("New Year's Eve" for a page's "Dec. 31"). */
function heldHolidays(claim: string, sources: SourceEvidence[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [re, month, day] of HOLIDAYS) {
    for (const m of claim.matchAll(re)) {
      // The date in a sentence stating half of the claim's other words: the claim's event, not another on that day.
      const words = contentTokens(claim.slice(0, m.index!) + ' ' + claim.slice(m.index! + m[0].length)).map((t) => t.stem);
      // Or the page's own date, for what the sentence says it wrote then, with the year ("Writing on Christmas Day 2014" / a
      // dateline "December 25, 2014"; not "a letter written on Christmas Day", which may be any year's).
      const year = /^,?\s+(\d{4})\b/.exec(claim.slice(m.index! + m[0].length, m.index! + m[0].length + 8))?.[1];
      const written = (s: SourceEvidence) => {
        const d = datelineOf(s);
        return !!d && d.month === month && d.day === day && year !== undefined && Number(year) === d.year && WRITING.test(claim.slice(Math.max(0, m.index! - 24), m.index!));
      };
      const dated = sources.some((s) => writtenDates(s.text).some((d) => d.month === month && d.day === day && statesHalf(s, d.range.start, words)) || written(s));
      if (dated) out.push([m.index!, m.index! + m[0].length]);
    }
  }
  return out;
}

const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AT = /^\p{L}/u;
const SPACES = /\s+/y;

/**
 * Where `text` has the word `a` and then `b`, parted by white space, with no letter right before or
 * after (left to right, not overlapping): what a global pattern of the two finds, without making one
 * for them (a pattern with a Unicode class costs a tenth of a millisecond to make).
 */
export function wordPairAt(text: string, a: string, b: string): number[] {
  const out: number[] = [];
  let from = 0;
  for (let p = text.indexOf(a); p >= 0; p = text.indexOf(a, from)) {
    from = p + 1;
    if (charBefore(text, p, LETTER_BEFORE)) continue;
    SPACES.lastIndex = p + a.length;
    if (!SPACES.test(text)) continue;
    const q = SPACES.lastIndex;
    if (text.startsWith(b, q) && !charAt(text, q + b.length, LETTER_AT)) {
      out.push(p);
      from = q + b.length;
    }
  }
  return out;
}

/** Whether the sentence of `s` holding offset `at` has half of `words`. */
function statesHalf(s: SourceEvidence, at: number, words: string[]): boolean {
  const sentence = sentenceHolding(s.sentences, at);
  return !!sentence && words.length > 0 && words.filter((x) => sentence.stemSet.has(x)).length * 2 >= words.length;
}

/**
 * Whether the run of capitalised words around tokens `i` to `j` of the claim (three words or more) is written by a
 * source as its initials, in capitals: "Most Valuable Player" as "MVP", "Federal Bureau of Investigation" as "FBI".
 */
function initialsOnPage(claim: string, tokens: Token[], i: number, j: number, sources: SourceEvidence[]): boolean {
  const caps = (k: number) => /^\p{Lu}/u.test(claim.slice(tokens[k].start, tokens[k].end));
  const spacedAt = (k: number) => /^\s+(?:(?:of|the|and|for)\s+)?$/.test(claim.slice(tokens[k].end, tokens[k + 1].start));
  let a = i;
  let b = j;
  while (a > 0 && caps(a - 1) && spacedAt(a - 1)) a--;
  while (b + 1 < tokens.length && caps(b + 1) && spacedAt(b)) b++;
  return b - a >= 2 && writtenAsInitials(tokens.slice(a, b + 1).map((t) => claim.slice(t.start, t.end)), sources);
}

/** Whether a source has a name whose words' initials are the acronym's letters: "United Nations" for UN. */
export function spelledAsName(acronym: string, sources: SourceEvidence[]): boolean {
  // (A pattern of plain characters first: a search with Unicode classes costs ten times as much, and most pages fail both.
  // The second is made only then: making one costs a tenth of a millisecond.)
  const quick = new RegExp([...acronym].map(escapeRegExp).join('[^\\s-]+[ -]'));
  let re: RegExp | undefined;
  return sources.some((src) => quick.test(src.text) && (re ??= new RegExp(`(?<![\\p{L}\\p{N}])${[...acronym].map((c) => c + '\\p{Ll}+').join('[ -]')}(?![\\p{L}])`, 'u')).test(src.text));
}

/** Whether the word at `start`–`end` is one of a run of words in capitals, as a heading writes them ("WINS AWARD"). */
function headingRun(text: string, start: number, end: number): boolean {
  return /(?:^|[^\p{L}])\p{Lu}{2,}[ \t]+$/u.test(text.slice(Math.max(0, start - 24), start)) || /^[ \t]+\p{Lu}{2,}(?!\p{Ll})/u.test(text.slice(end, end + 24));
}

/**
 * Whether a source writes a capitalised word of six letters or more (a name) contracted, as a word of its own: its first
 * letter, one or two of its letters after it in order, and its last, in capitals ("QLD" for "Queensland"), and not a
 * common word itself. (Not capitalised, "Qld": "Sure", "Wins", "Sets" would be "Sundance", "Watkins", "Selects".)
 */
export function contractedIn(word: string, sources: SourceEvidence[]): boolean {
  if (word.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const first = word[0];
  const last = word[word.length - 1].toUpperCase();
  const inner = word.slice(1, -1).toLowerCase();
  for (const src of sources) {
    for (const c of contractionsOf(src)) {
      if (c[0] !== first || c[c.length - 1] !== last) continue;
      // The middle letters in order within the word's ("LD" of "QLD": "l" in "ueenslan").
      let at = 0;
      for (const ch of c.slice(1, -1).toLowerCase()) at = at < 0 ? -1 : inner.indexOf(ch, at) < 0 ? -1 : inner.indexOf(ch, at) + 1;
      if (at > 0) return true;
    }
  }
  return false;
}

/** Each source's words of three or four capitals that may stand for a longer name (not common words, not a heading's), read once. */
const contractions = new WeakMap<SourceEvidence, Set<string>>();
function contractionsOf(src: SourceEvidence): Set<string> {
  let out = contractions.get(src);
  if (!out) {
    out = new Set();
    for (const m of src.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{3,4}(?![\p{L}\p{N}])/gu)) {
      const lower = m[0].toLowerCase();
      if (out.has(m[0]) || isCommonWord(lower) || isCommonWord(lower.replace(/s$/, '')) || headingRun(src.text, m.index!, m.index! + m[0].length)) continue;
      out.add(m[0]);
    }
    contractions.set(src, out);
  }
  return out;
}

/**
 * Whether a source writes the name of these `words` as their initials, in capitals, dotted or not:
 * "United States" as "US" or "U.S.". `strict`: two initials only dotted ("U.S.", not "US", which a
 * page has for many a name and as the word "us" in a heading).
 */
export function writtenAsInitials(words: string[], sources: SourceEvidence[], strict = false): boolean {
  const letters = words.map((w) => w[0]).join('');
  const dot = strict && letters.length < 3 ? '\\.' : '\\.?';
  const quick = new RegExp([...letters].map(escapeRegExp).join(dot));
  let re: RegExp | undefined;
  return sources.some((src) => quick.test(src.text) && (re ??= new RegExp(`(?<![\\p{L}])${[...letters].join(dot)}${dot}(?![\\p{L}])`, 'u')).test(src.text));
}

/** Two capitals that stand for something of their own, not a name's initials with a word after it. */
const TWO_LETTER_WORDS = new Set(['AM', 'PM', 'US', 'UK', 'EU', 'UN', 'TV', 'OK', 'ID', 'AD', 'BC', 'CE', 'PR', 'HR', 'IT', 'AI', 'VP', 'PC']);

/**
 * Whether the name of `tokens[from..to]` with one or two words in lower case after it is on a page as the capitals of
 * their initials, a word of its own: "Eastern time" for "8 am to 10 am ET", "Pacific daylight time" for "PDT".
 */
function initialsWithWordsAfter(claim: string, tokens: Token[], from: number, to: number, sources: SourceEvidence[]): boolean {
  let letters = tokens.slice(from, to + 1).map((t) => claim[t.start].toUpperCase()).join('');
  for (let k = to + 1; k <= to + 2 && k < tokens.length; k++) {
    if (!/^\p{Ll}/u.test(claim[tokens[k].start]) || isStopword(tokens[k].word) || !/^[ \t]+$/.test(claim.slice(tokens[k - 1].end, tokens[k].start))) return false;
    letters += claim[tokens[k].start].toUpperCase();
    const initials = letters;
    // (Not two capitals that are a word or a mark of their own: "Paris mayor" is no "3 PM", "Alice told us" no "US".)
    if (initials.length === 2 && (isStopword(initials.toLowerCase()) || TWO_LETTER_WORDS.has(initials))) return false;
    let re: RegExp | undefined;
    if (sources.some((s) => s.text.includes(initials) && (re ??= new RegExp(`(?<![\\p{L}\\p{N}.])(?<!\\d\\s?)${escapeRegExp(initials)}(?![\\p{L}\\p{N}])`, 'u')).test(s.text))) return true;
  }
  return false;
}

/** A word as names are compared: lower case, no diacritics, no possessive ("Wycombe's" is Wycombe). */
const bare = (word: string) => foldDiacritics(word).replace(/['’]s$/u, '');

/** Words for the writer's family used as names. */
const KIN = new Set(['dad', 'daddy', 'mum', 'mummy', 'mom', 'mommy', 'mama', 'mamma', 'papa', 'grandma', 'grandpa', 'granny', 'gran', 'grandad', 'granddad', 'nan', 'nana', 'nanna', 'auntie', 'aunty']);
/** Words that open speech to someone: "So, Becca, …", "Well, John, …", "Thanks, Dave, …". */
const VOCATIVE_OPENER = /^(?:so|well|now|yes|no|right|ok|okay|thanks|look|listen|sorry|hi|hello)$/;
/** Whether a capitalised word at token `k` of `text` can be a name: not a stop word nor a number, nor a sentence's first word. */
function nameAt(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  // A single letter is an initial or a letter of a styled name ("M\\*A\\*C", "AT&T"), no name of its own.
  // (Nor a word opening a line or a table's cell, or a plain-text column after a run of spaces: "3. Compensation",
  // "Type of flight | Compensation per passenger".)
  // (But a line broken in the middle of a sentence, as plain text and PDFs are wrapped, is a sentence's: "awarded in 2023
  // to⏎Brennmark Rail", after a long line ending in a word in lower case.)
  if (k === 0) return false;
  // (A common word in capitals beside another word in capitals is a heading's, "HEADLINE INDEX, LAST 12 MONTHS", no name;
  // alone it may be an acronym, "SNAP benefits", "the PACE trial".)
  const caps = (x: Token | undefined) => !!x && /^\p{Lu}{2,}$/u.test(text.slice(x.start, x.end));
  if (t.word.length >= 4 && caps(t) && isCommonWord(t.word) && (caps(tokens[k - 1]) || caps(tokens[k + 1]))) return false;
  const gap = text.slice(tokens[k - 1].end, t.start);
  // A name the sentence speaks to, set off by commas after a word that opens speech ("So, Becca, it's Cooper's
  // character"; "Thanks, Dave, for the call"): the person addressed, no name of what the sentence states.
  if (k === 1 && VOCATIVE_OPENER.test(tokens[0].word) && /^,\s*$/.test(gap) && /^,/.test(text.slice(t.end, t.end + 1))) return false;
  // A word for one of the writer's family, capitalised as a name ("81 mph for Dad", "Mum's favourite"): no name a page
  // gives. (Not before a name: "Uncle Sam", "Grandma Moses".)
  if (KIN.has(t.word.replace(/['’]s$/, '')) && !(tokens[k + 1] && /^\s+$/.test(text.slice(t.end, tokens[k + 1].start)) && capitalised(text, tokens[k + 1]))) return false;
  // A currency's code glued to its amount ("EUR20 million of notes") is the amount, no name.
  const glued = /^(\p{Lu}{3})\d/u.exec(text.slice(t.start, t.end));
  if (glued && CURRENCY_CODES.test(glued[1])) return false;
  return t.word.length > 1 && capitalised(text, t) && (!isStopword(t.word) || monthMay(tokens, k)) && !/^\p{N}/u.test(t.word) && (!/[.!?:\n|\t]| {2,}/.test(gap) || wrapped(text, tokens[k - 1], gap));
}

/** Whether a gap between two words is a line wrapped within a sentence: one line break after a long line that ends in a word in lower case. */
function wrapped(text: string, before: Token, gap: string): boolean {
  if (!/^[ \t]*\r?\n[ \t]*$/.test(gap) || !/^\p{Ll}/u.test(text.slice(before.start, before.end))) return false;
  const lineStart = text.lastIndexOf('\n', before.start) + 1;
  return before.end - lineStart >= 40 && !/[|\t]/.test(text.slice(lineStart, before.end));
}

/** "May" before a day ("on May 27"): the month, not the verb (capitalised, as a month is). */
const monthMay = (tokens: Token[], k: number) => tokens[k].word === 'may' && /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[k + 1]?.word ?? '');

/** Short forms of names' words, and the words they stand for: "Co Durham" is "County Durham", "the USA" the United States. */
const SHORT_FORMS: Record<string, string[]> = Object.assign(Object.create(null), {
  co: ['county', 'company'], st: ['saint', 'street'], mt: ['mount', 'mountain'], ft: ['fort'], univ: ['university'], dept: ['department'],
  intl: ['international'], natl: ['national'], bros: ['brothers'], corp: ['corporation'], assn: ['association'],
  gop: ['republican', 'republicans'], usa: ['united', 'states', 'america'], us: ['united', 'states'], uk: ['united', 'kingdom'], uae: ['united', 'arab', 'emirates'], eu: ['european', 'union'], un: ['united', 'nations'],
});

/** Whether `text` has, in capitals, a short form (`SHORT_FORMS`) standing for all of these words: "USA" for "United States". */
function shortFormOf(words: string[], text: string): boolean {
  for (const [short, full] of Object.entries(SHORT_FORMS)) {
    if (short.length < 2 || !words.every((w) => full.includes(w))) continue;
    if (new RegExp(`(?<![\\p{L}])${[...short.toUpperCase()].join('\\.?')}\\.?(?![\\p{L}])`, 'u').test(text)) return true;
  }
  return false;
}

/** How many words a name `unmentionedName` reads may have (it reads MAX_NAMES names a sentence, as `heldNameReplaced`). */
const MAX_NAME_WORDS = 6;

/** A common word, or the plural of one ("Trends", "Studies"). */
const commonForm = (w: string) => isCommonWord(w) || (/[^s]s$/.test(w) && (isCommonWord(w.slice(0, -1)) || (/ies$/.test(w) && isCommonWord(w.slice(0, -3) + 'y'))));

/** A decade's word ("the Eighties"). */
const DECADES = /^(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;

/** Each source's capitalised words (no stop words nor common words, "More", "Will"), as their first letters and sounds. */
interface SpellingIndex {
  /** Consonants (`skeleton`), three or more. */
  sounds: Set<string>;
  /** First five letters of words of five or more; first four of words of four or more; words of four letters. */
  five: Set<string>;
  four: Set<string>;
  fourLetter: Set<string>;
}
const spellingOf = new WeakMap<SourceEvidence, SpellingIndex>();
function spellingIndex(s: SourceEvidence): SpellingIndex {
  let index = spellingOf.get(s);
  if (!index) {
    index = { sounds: new Set(), five: new Set(), four: new Set(), fourLetter: new Set() };
    const seen = new Set<string>();
    for (const m of s.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’]*/gu)) {
      const x = bare(m[0].toLowerCase());
      if (x.length < 4 || seen.has(x)) continue;
      seen.add(x);
      if (isStopword(x) || isCommonWord(x)) continue;
      const k = skeleton(x);
      if (k.length >= 3) index.sounds.add(k);
      if (x.length >= 5) index.five.add(x.slice(0, 5));
      index.four.add(x.slice(0, 4));
      if (x.length === 4) index.fourLetter.add(x);
    }
    spellingOf.set(s, index);
  }
  return index;
}

/** A word's consonants as it sounds, roughly: no vowels, "y", "h" nor doubled letters ("bengaluru", "bangalore": "bnglr"). */
const skeleton = (w: string) => w.replace(/[aeiouyh]/g, '').replace(/(.)\1+/g, '$1');

/**
 * Whether a source has, capitalised, another spelling of the name's word `w` (four letters or more): the same first
 * five letters (or all of the shorter's four, as `variants` reads them: "Sanaa" / "Sana"), or the same consonants,
 * three or more ("Bengaluru" / "Bangalore").
 */
function spelledOtherwise(w: string, sources: SourceEvidence[]): boolean {
  if (w.length < 4) return false;
  const k = skeleton(w);
  return sources.some((s) => {
    const index = spellingIndex(s);
    if (k.length >= 3 && index.sounds.has(k)) return true;
    return w.length >= 5 ? index.five.has(w.slice(0, 5)) || index.fourLetter.has(w.slice(0, 4)) : index.four.has(w);
  });
}

/**
 * Two forms of one name ("Buddhistischen", "Buddhist"; "Nazism", "Nazi"): they share their first five letters, or all
 * of the shorter's four; or they differ only by a vowel written twice, as transliterations do ("Raaj" / "Raj").
 */
const variants = (a: string, b: string, person = false) => {
  const n = Math.min(5, a.length, b.length);
  if (n >= 4 && a.slice(0, n) === b.slice(0, n)) return true;
  if (a !== b && Math.min(a.length, b.length) >= 3 && undoubled(a) === undoubled(b)) return true;
  return person && misspelt(a, b);
};
/**
 * Two spellings of one person's name a letter apart, of five letters or more with the same first letter: one letter more
 * ("Ogilvie" / "Olgilvie", "Philips" / "Phillips") or two letters swapped ("Tomlinson" / "Tomlisnon"). (Not a letter
 * changed for another: "Mandel" and "Mendel" are two names.)
 */
function misspelt(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 5) return false;
  if (a.length === b.length) {
    let k = 0;
    while (k < a.length && a[k] === b[k]) k++;
    return k + 1 < a.length && a[k] === b[k + 1] && a[k + 1] === b[k] && a.slice(k + 2) === b.slice(k + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return short.slice(k) === long.slice(k + 1);
}
const undoubled = (w: string) => w.replace(/a{2,}/g, 'a');

/**
 * A name of the claim that no source holds, with a name of the source in its place: in one source
 * sentence, the claim's words on both sides of the name enclose another capitalised word (the claim
 * does not have it elsewhere), or the claim's word on one side is right by one. Names are
 * capitalised words not at the start of a sentence; a month or a day stands only for another.
 */
export function nameConflict(claim: string, sources: SourceEvidence[]): NameConflict | undefined {
  return readClaimNames(claim, sources).conflict();
}

/**
 * A name of the claim that no cited source mentions in any form: a run of capitalised words (not at the start of a
 * sentence), none of whose words a source holds as `nameConflict` reads names: as written, in the plural, in a form
 * WordNet relates, spelled out or as initials, a month in a date. `credited`: the stems of words that credit the
 * sentence's source ("according to NPR"), which a page need not name.
 */
export function unmentionedName(claim: string, sources: SourceEvidence[], credited?: Set<string>): string | undefined {
  return readClaimNames(claim, sources).unmentioned(credited);
}

/** The claim's names read against the sources, once, for both checks. */
/**
 * Whether a name in the plural ("the Olympics", "the Grammys", "the Falklands") is the sources' name of its singular
 * and a plural word after it ("the Olympic Games", "the Grammy Awards", "the Falkland Islands"; PLURAL_NAME_WORDS), both capitalised.
 * `w`: the name's word in lower case.
 */
export function pluralNameHeld(w: string, sources: SourceEvidence[]): boolean {
  if (w.length < 5 || !w.endsWith('s')) return false;
  const one = w.slice(0, -1);
  const held = sources.filter((s) => s.foldedWords.has(one));
  if (!held.length) return false;
  const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(one[0].toUpperCase() + one.slice(1))}\\s+(?:${PLURAL_NAME_WORDS})(?![\\p{L}])`, 'u');
  return held.some((s) => re.test(s.text));
}

/** Titles and ranks before a name: not the name ("Senator Smith" and "Senator Jones" are two people). */
export const TITLES = new Set(
  'mr mrs ms miss dr prof professor majesty highness excellency president vice senator sen rep representative congressman congresswoman governor gov mayor judge justice general gen coach chief minister prime secretary director chairman chairwoman chair ceo lord lady sir dame rev reverend father officer detective sgt sergeant captain capt col colonel lt lieutenant commissioner chancellor king queen prince princess pope bishop archbishop ambassador councillor councilman councilwoman attorney deputy former'.split(' '),
);

/** Titles written before a surname in a first name's place. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'fr', 'sr', 'mme', 'mlle', 'herr', 'frau']);

/** The plural words a name in the plural stands for ("the Olympics": "Olympic Games"; not "the Johnsons" for "Johnson Controls"). */
const PLURAL_NAME_WORDS = 'Games|Awards|Islands|Isles|Championships|Mountains|Trials|Prizes';

/** A word of letters only. */
const LETTERS = /^\p{L}+$/u;
/** The names a people's word may be made from: "varnian" → "varnia", "burundian" → "burundi", "italian" → "italy", "sudanese" → "sudan" (five letters at least). */
function demonymBases(w: string): string[] {
  const out: string[] = [];
  if (w.length < 6) return out;
  if (w.endsWith('ian')) out.push(w.slice(0, -1), w.slice(0, -2), w.slice(0, -3) + 'y', w.slice(0, -3) + 'a');
  else if (w.endsWith('an')) out.push(w.slice(0, -1), w.slice(0, -2), w.slice(0, -2) + 'a');
  else if (w.endsWith('ese')) out.push(w.slice(0, -3));
  return out.filter((b) => b.length >= 5);
}

/** Units written in capitals, which are no names. */
/** Unit symbols that are also names of bodies ("DB", "AU", "PC", "MS"). */
const NAME_LIKE_SYMBOLS = new Set(['db', 'au', 'pc', 'ms']);
const UNIT_SYMBOLS = new Set(['kbps', 'mbps', 'gbps', 'tbps', 'kbit', 'mbit', 'gbit', 'ms', 'teu', 'db', 'dbm', 'w', 'kw', 'mw', 'gw', 'tw', 'wh', 'kwh', 'mwh', 'gwh', 'twh', 'kb', 'mb', 'gb', 'tb', 'hz', 'khz', 'mhz', 'ghz', 'mph', 'kph', 'rpm', 'fps', 'dpi', 'ppm', 'ppb', 'mah', 'ev', 'kev', 'mev', 'gev', 'tev', 'au', 'pc', 'kpc', 'mpc']);

/** A company's legal form, abbreviated or spelled out: each is held by any of its forms. */
const LEGAL_FORMS: Record<string, string[]> = (() => {
  const out: Record<string, string[]> = {};
  for (const group of [['ltd', 'limited'], ['inc', 'incorporated'], ['corp', 'corporation'], ['co', 'company'], ['bros', 'brothers'], ['intl', 'international'], ['assn', 'association'], ['dept', 'department'], ['govt', 'government'], ['univ', 'university']])
    for (const w of group) out[w] = group.flatMap((x) => x.split(' '));
  return out;
})();
/** Words of a place's kind, written with its name ("Isle of Carrow", "Mount Kessel", "Lake Orm"). */
const PLACE_KINDS = new Set(['isle', 'island', 'islands', 'mount', 'mountain', 'lake', 'river', 'cape', 'bay', 'port', 'fort', 'loch', 'glen', 'forest', 'valley', 'point', 'peninsula', 'county', 'city', 'town', 'village', 'district', 'province', 'region']);

/** The endings a name is held with ("Methodist" / "Methodists", "Kazakh" / "Kazakhstan"). */
const HELD_ENDINGS = ['', 's', 'es', 'stan', 'istan'];

export function readClaimNames(claim: string, sources: SourceEvidence[]): { conflict: (credited?: Set<string>) => NameConflict | undefined; unmentioned: (credited?: Set<string>, own?: Set<string>) => string | undefined } {
  const tokens = tokenize(claim);
  const claimWords = new Set(tokens.map((t) => bare(t.word)));
  const held = (w: string) => {
    // A title names no one by itself: "Ms Cadogan" is the page's "Fiona Cadogan".
    if (HONORIFICS.has(w)) return true;
    // As written, in the plural ("Methodist churches" / "the Methodists"; not the reverse: "Republicans" is no "a Republican"), or a
    // people's country ("Kazakh" / "Kazakhstan").
    // (A digit glued after it is a page layout's: "Ken Horowitz0 comments".)
    // A word of letters only is looked up in the page's words; another ("o'brien", "g40") is searched for.
    if (LETTERS.test(w)) {
      if (sources.some((s) => HELD_ENDINGS.some((e) => s.foldedWords.has(w + e))) || pluralNameHeld(w, sources)) return true;
      // A people's word made from its place's name ("Varnian" / "Varnia", "Kestrian" / "Kestria", "Burundian" / "Burundi"), as
      // WordNet's table (`COUNTRY_OF`) has it only for the places it knows.
      if (demonymBases(w).some((b) => sources.some((s) => s.foldedWords.has(b)))) return true;
    } else {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?:e?s|i?stan)?(?![\\p{L}])`, 'u');
      if (sources.some((s) => re.test(s.folded))) return true;
    }
    // A unit's symbol in capitals right after a number ("40 GW" where the page writes "40,050 MW"): the figure check reads
    // it, not the names' ("the MPC voted" is a name).
    // (Not a symbol that is also a name after a year: "Since 2019 DB has run the night trains" names a company; "a 2000 MW
    // plant" is a measure.)
    if (UNIT_SYMBOLS.has(w) && tokens.some((t) => bare(t.word) === w && /\d\s*$/.test(claim.slice(Math.max(0, t.start - 4), t.start)) && !(NAME_LIKE_SYMBOLS.has(w) && /(?<![\d.,])(?:1[5-9]|20)\d\d\s*$/.test(claim.slice(Math.max(0, t.start - 6), t.start))))) return true;
    // A company's legal form however written ("Ltd" / "Limited", "Inc." / "Incorporated", "Corp" / "Corporation").
    const form = LEGAL_FORMS[w];
    if (form && sources.some((s) => form.some((x) => s.foldedWords.has(x)))) return true;
    // A word of a place's kind written with its name, split from it by "of" ("the Isle of Carrow" / "Carrow"), where the
    // page has that name. (Right beside a name, "Marsden Point", the run is one name, held or not by its other words.)
    if (PLACE_KINDS.has(w)) {
      const k = tokens.findIndex((t) => bare(t.word) === w && /^\p{Lu}/u.test(claim[t.start]));
      const next = tokens[k + 2];
      if (k >= 0 && tokens[k + 1]?.word === 'of' && next && /^\p{Lu}/u.test(claim[next.start]) && LETTERS.test(bare(next.word)) && sources.some((s) => s.foldedWords.has(bare(next.word)))) return true;
    }
    // A country's people by its name ("American" where the page says "United States"), a month in a date however abbreviated ("13 Sep 2017").
    // (Not a continent's "America": "North America", "Latin America".)
    const country = COUNTRY_OF.get(w);
    if (country && !(w === 'america' && /\b(?:North|South|Central|Latin|Middle)\s+America\b/.test(claim)) && sources.some((s) => country.test(s.text))) return true;
    const month = MONTHS.indexOf(w) + 1;
    return month > 0 && sources.some((s) => writtenDates(s.text).some((d) => d.month === month));
  };
  const isName = (k: number) => nameAt(claim, tokens, k);
  const glued = gluedNames(claim, tokens, sources);
  const holidays = /\b(?:Eve|Day|Halloween|July)\b/.test(claim) ? heldHolidays(claim, sources) : [];
  // Words inside quotation marks are a title's or a speaker's, not names the sentence states.
  const quoted = [...claim.matchAll(/["“][^"“”]*["”]/gu)].map((m) => [m.index!, m.index! + m[0].length]);
  // Whether claim token `i` is a name that no source holds.
  const unheldAt = (i: number): boolean => {
    // Held as written, or in a form WordNet derives it from or to ("Cuban" where the page says "Cuba").
    // An acronym in the plural is held in the singular ("MBAs" / "MBA").
    const acronymPlural = /^\p{Lu}{2,}s$/u.test(claim.slice(tokens[i].start, tokens[i].end)) && held(bare(tokens[i].word).slice(0, -1));
    // An acronym the sources spell out ("CDC": "the Centers for Disease Control and Prevention"). (Not one of two
    // letters: "American public" is no "AP".)
    const written = claim.slice(tokens[i].start, tokens[i].end);
    if (/^\p{Lu}{3,8}$/u.test(written) && spelledOut(written, claim, sources)) return false;
    // A number of a name the sources write the other way round ("the First and Second World Wars" / "World War One").
    if (numberNameHeld(claim, tokens, i, sources)) return false;
    // A holiday whose day the sources give; a name in the plural after the word the sources write it after in the
    // singular ("Eagle Scouts" / "Eagle Scout Certificate").
    if (holidays.some(([a, b]) => tokens[i].start >= a && tokens[i].end <= b)) return false;
    if (i > 0 && /s$/.test(written) && capitalised(claim, tokens[i - 1]) && !isStopword(tokens[i - 1].word) && spaced(claim, tokens[i - 1], tokens[i])) {
      const [before, one] = [claim.slice(tokens[i - 1].start, tokens[i - 1].end), written.slice(0, -1)];
      const words = contentTokens(claim).map((t) => t.stem).filter((x) => x !== tokens[i].stem && x !== tokens[i - 1].stem);
      if (sources.some((s) => s.text.includes(one) && wordPairAt(s.text, before, one).some((at) => statesHalf(s, at, words)))) return false;
    }
    if (!isName(i) || held(bare(tokens[i].word)) || acronymPlural || glued.has(i) || [...relatedForms(tokens[i].stem)].some((f) => f !== tokens[i].stem && sources.some((s) => s.allStems.has(f)))) return false;
    // One of two letters, before the noun the page spells it out before ("GM crops" / "the first genetically modified crop").
    if (/^\p{Lu}{2}$/u.test(written) && tokens[i + 1] && spelledBefore(written, tokens[i + 1].stem, sources)) return false;
    // A word the claim cuts short, with its period, that a source writes in full, capitalised ("Maj. Gen." / "Major General").
    if (claim[tokens[i].end] === '.' && written.length >= 3 && written.length <= 5) {
      const full = new RegExp(`(?<![\\p{L}])${escapeRegExp(written)}\\p{Ll}+`, 'u');
      if (sources.some((s) => full.test(s.text))) return false;
    }
    // Or without its period when the word in full is a common word: "Georgia Tech" / "Georgia Institute of Technology",
    // "Univ" / "University" (four or five letters, capitalised as the source writes the word; not "Ron" / "Ronaldo").
    if (/^\p{Lu}\p{Ll}{3,4}$/u.test(written) && sources.some((s) => writtenInFull(s, written))) return false;
    // Or a name the claim writes in full that a source writes contracted: "Queensland" / "QLD".
    if (contractedIn(written, sources)) return false;
    // A word of a compound ("neo-Nazism") or of a quotation is no name of its own.
    if (claim.slice(tokens[i - 1].end, tokens[i].start) === '-' || quoted.some(([a, b]) => tokens[i].start > a && tokens[i].end < b)) return false;
    return true;
  };
  const memo = new Map<number, boolean>();
  const unheld = (i: number) => {
    let u = memo.get(i);
    if (u === undefined) memo.set(i, (u = unheldAt(i)));
    return u;
  };
  // The words of the cited source's own name where the sentence credits it ("according to the Avalon Wildlife Agency"):
  // who says it, not a name of what is said, so no other name of the page's stands in its place.
  const conflict = (credited?: Set<string>): NameConflict | undefined => {
    const own = (k: number) => !!credited?.has(tokens[k].stem);
    for (let i = 0; i < tokens.length; i++) {
      if (!unheld(i)) continue;
      // The run of capitalised words the name is, missing from the sources.
      let j = i;
      while (j + 1 < tokens.length && isName(j + 1) && !held(bare(tokens[j + 1].word)) && /^\s+$/.test(claim.slice(tokens[j].end, tokens[j + 1].start))) j++;
      // A word of a longer name in capitals that the page writes as its initials ("Most Valuable Player" / "13 MVP
      // votes"): the page's own name, in full.
      if (initialsOnPage(claim, tokens, i, j, sources)) {
        i = j;
        continue;
      }
      // Only a name credited whole: "Emilee Show of MTV" for the page's author Emilee Lindner is another name of hers.
      if (credited && tokens.slice(i, j + 1).every((_, k) => own(i + k))) {
        i = j;
        continue;
      }
      // A name in the possessive says whose a thing is ("Altman's push", "Bezos's company"), which a page often says
      // otherwise ("the company's push", "Amazon's"): no other name in its place. (Not one of a longer name's words,
      // "Valentine's Day".)
      const written = claim.slice(tokens[j].start, tokens[j].end);
      const possessive = /['’]s$/u.test(written) || /^['’]s(?![\p{L}])/u.test(claim.slice(tokens[j].end)) || (/s$/.test(written) && /^['’](?![\p{L}])/u.test(claim.slice(tokens[j].end)));
      if (possessive && !(j + 1 < tokens.length && capitalised(claim, tokens[j + 1]))) {
        i = j;
        continue;
      }
      // A name set off by commas, an appositive ("The finance minister, Patrick Chinamasa, a member of …"), has its place
      // between the words beside the commas.
      const apposed = !!tokens[i - 1] && !!tokens[j + 1] && /^\s*,\s*$/.test(claim.slice(tokens[i - 1].end, tokens[i].start)) && /^\s*,\s*$/.test(claim.slice(tokens[j].end, tokens[j + 1].start));
      const left = nearestContent(claim, tokens, i, -1) ?? (apposed ? nearestContent(claim, tokens, i - 1, -1, true) : undefined);
      const right = nearestContent(claim, tokens, j, 1) ?? (apposed ? nearestContent(claim, tokens, j + 1, 1, true) : undefined);
      const name = claim.slice(tokens[i].start, tokens[j].end);
      // The name in short or in full where the source has it the other way, in its place: "AWS" / "Amazon Web Services",
      // "New York Times" / "NYT" (`fits`).
      const acronym = i === j && /^\p{Lu}{2,8}s?$/u.test(name) ? name.replace(/s$/, '') : undefined;
      const initials = j > i ? tokens.slice(i, j + 1).map((t) => claim[t.start]).join('') : undefined;
      // Each word of the name, as names are compared ("Scheduled Castes": "scheduled", "castes").
      const ownWords = tokens.slice(i, j + 1).map((t) => bare(t.word));
      // A person's name, with a forename in it ("William Ogilvie"): a letter apart from the page's is a misspelling of it.
      // (Places and firms a letter apart are often two: "Burton" and "Bruton", "Carlton" and "Charlton".)
      const person = (ownWords.length >= 2 && isForename(ownWords[0])) || (i > 0 && capitalised(claim, tokens[i - 1]) && spaced(claim, tokens[i - 1], tokens[i]) && isForename(bare(tokens[i - 1].word)));
      const calendar = CALENDAR.has(tokens[i].word);
      const first = i;
      // Whether a capitalised word stands right by the name: else no longer name of the source's can be the claim's.
      const wordsAround = (first > 0 && capitalised(claim, tokens[first - 1]) && spaced(claim, tokens[first - 1], tokens[first])) || (j + 1 < tokens.length && capitalised(claim, tokens[j + 1]) && spaced(claim, tokens[j], tokens[j + 1]));
      // Inside a longer name, capitalised words right on both sides ("George Noel Gittoes"): a word of one name, which
      // only a word between the same two stands in for. "In New York Gittoes …" has no word in place of "Noel".
      const insideName = !!left && !!right && left === tokens[i - 1] && right === tokens[j + 1] && capitalised(claim, left) && capitalised(claim, right) && /^\s+$/.test(claim.slice(left.end, tokens[i].start)) && /^\s+$/.test(claim.slice(tokens[j].end, right.start));
      i = j;
      // A word the claim has elsewhere is no name in its place ("Smith met Jones" / "Jones met Smith"), unless it is one
      // word of a longer name whose other words the claim keeps around its own name, capitalised as the source has them:
      // "Lincoln County" where the source has "Harney County", in a claim that names Harney elsewhere. Not "the Texas
      // ranch" for "the Johnson Ranch", nor "the American carmaker" for "the Ford Motor Company".
      // What fits is reported: the word, or the longer name it is a word of.
      const pluralOfLonger = (w: Token, text: string, toks: Token[], b: number) => {
        for (let k = Math.max(first, 1); k <= j; k++) {
          const x = bare(tokens[k].word);
          if (x !== bare(w.word) + 's' && x !== bare(w.word) + 'es') continue;
          const mine = tokens[k - 1];
          const theirs = toks[b - 1];
          if (theirs && capitalised(claim, mine) && capitalised(text, theirs) && bare(mine.word) === bare(theirs.word)) return true;
        }
        return false;
      };
      /** The kind of thing the claim names by a place, in lower case, after "in", a name and "the" ("In Devon the trust"). */
      const after = tokens.slice(j + 1, j + 3);
      const placed = first > 0 && tokens[first - 1].word === 'in' && after[0]?.word === 'the';
      // (Not a place before the kind, "The Boston school": a second review found it standing as often for another
      // school than the page's, "Yale Law School", as for the page's.)
      const kindToken = placed ? after[1] : undefined;
      const kind = kindToken && kindToken === right && !capitalised(claim, kindToken) && kindToken.word.length >= 4 ? bare(kindToken.word) : undefined;
      const possessiveName = /['’]s$/u.test(claim.slice(tokens[j].start, tokens[j].end)) || /^['’]s(?![\p{L}])/u.test(claim.slice(tokens[j].end));
      const fits = (w: Token, text: string, toks: Token[], b: number): string | undefined => {
        if (!nameAt(text, toks, b) || CALENDAR.has(w.word) !== calendar) return undefined;
        // A title in a first name's place is the same person ("Mr Chinamasa" for "Patrick Chinamasa").
        if (HONORIFICS.has(w.word)) return OWN_NAME;
        // The claim's own name in another form, in its place: no other name is (OWN_NAME ends the search). Also the name
        // in short or in full: the source's initials of the claim's words, or its words of the claim's acronym.
        if (ownWords.some((x) => variants(bare(w.word), x, person) || PEOPLE_WORDS[x] === bare(w.word))) return OWN_NAME;
        // A word of the claim's name cut short: with its period, or a common word's such as a rank's ("Maj. Gen." or "Maj Gen"
        // / "Major General"; not "Ron" / "Ronaldo").
        const short = bare(w.word);
        if (short.length >= 3 && ownWords.some((x) => x.length > short.length && x.startsWith(short) && (text[w.end] === '.' || isCommonWord(x)))) return OWN_NAME;
        // In the plural, after the same word of a longer name: "the Second World Wars" / "World War" (not "the Suns" / "the Sun").
        if (pluralOfLonger(w, text, toks, b)) return OWN_NAME;
        // A short form of a word of the claim's name ("Co Durham" for "County Durham", "USA" for "United States"), or the
        // claim's short form of the source's ("the GOP" for "the Republican Party").
        if (SHORT_FORMS[bare(w.word)]?.some((x) => ownWords.includes(x))) return OWN_NAME;
        // A forename where the claim says whose the person is ("France's Macron" / "Emmanuel Macron").
        if (possessiveName && isForename(bare(w.word))) return OWN_NAME;
        // A word of a longer name that ends in the kind of thing the claim says right after its name, or that the claim
        // writes in short: the claim names the same thing otherwise ("The Boston school" / "Harvard Business School", "In
        // Devon the trust" / "The National Trust", "the GOP" / "the Republican Party").
        const longer = longerNameWords(text, toks, b);
        if ((kind && longer.length && longer[longer.length - 1] === kind) || ownWords.some((y) => longFormIn(SHORT_FORMS[y], [bare(w.word), ...longer]))) return OWN_NAME;
        if (initials && text.slice(w.start, w.end).replace(/\./g, '') === initials) return OWN_NAME;
        if (acronym && spells(text, toks, b, acronym)) return OWN_NAME;
        // (Said as the page's whole name: "National Health Research Council", not "Council".)
        if (!claimWords.has(bare(w.word))) return nameRun(text, toks, b, (k) => claimWords.has(bare(toks[k].word)));
        return wordsAround ? longerName(text, toks, b, claim, tokens, first, j) : undefined;
      };
      const theirs =
        (left && right && inPlace(sources, left.stem, right.stem, fits)) ||
        (!insideName && left && inPlace(sources, left.stem, undefined, fits)) ||
        (!insideName && right && inPlace(sources, undefined, right.stem, fits));
      // The first place searched that holds a name decides; the claim's own name in another form there is no conflict.
      // (Nor is a name WordNet gives the same thing, or a place within the other: "Riyadh" / "Saudi", "Munich" / "Bavaria".)
      // (A month is no weekday's other name: "by December" against "on Wednesday" tells two things, each a date's.)
      if (theirs && theirs !== OWN_NAME && !samePlace(bare(name.toLowerCase()), bare(theirs.toLowerCase())) && !monthAndDay(name, theirs)) return { name, theirs };
    }
    return otherSurname(claim, tokens, sources, isName, claimWords, credited);
  };
  // Each run of capitalised words that are names (parted by spaces) with none of its words held.
  // (`own`: the cited page's attribution words, its publisher, author and site: a name all of whose words are those is
  // the page's own, "Tunnel Watch" on its blog; "Robert Jenrick" on a page by Sarah Jenrick is not.)
  const unmentioned = (credited?: Set<string>, own?: Set<string>): string | undefined => {
    // A sentence in capitals has no names to tell ("SMITH MET JONES").
    if (!/\p{Ll}/u.test(claim)) return undefined;
    let read = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (!isName(i)) continue;
      let j = i;
      while (j + 1 < tokens.length && isName(j + 1) && spaced(claim, tokens[j], tokens[j + 1])) j++;
      // At most MAX_NAME_WORDS words a name (a longer run of capitals is a title or a heading).
      if (j - i >= MAX_NAME_WORDS) {
        i = j;
        continue;
      }
      // The sentence's first word is no name of its own, but it opens this one when the sources lack it too ("Blaise Pascal").
      const from = i === 1 && capitalised(claim, tokens[0]) && !isStopword(tokens[0].word) && spaced(claim, tokens[0], tokens[1]) && !held(bare(tokens[0].word)) ? 0 : i;
      // (A month, a day or a decade is a date's, which the date checks read: a page may date things otherwise, "2003-06-11",
      // "from 1983 to 1987" for "the Eighties".)
      let absent = true;
      for (let k = i; k <= j && absent; k++) absent = unheld(k) && !credited?.has(tokens[k].stem) && !CALENDAR.has(tokens[k].word) && !TEMPERATURE_SCALES.has(tokens[k].word) && !DECADES.test(tokens[k].word);
      // At most MAX_NAMES names a sentence are read further: a sentence of capitals costs no more than a few names.
      if (absent && ++read > MAX_NAMES) break;
      if (absent && own?.size && tokens.slice(from, j + 1).every((t) => own.has(t.stem) || isStopword(t.word))) absent = false;
      // A name the sentence denies right before it is none it claims: "American, not Australian", "rather than Oslo".
      if (absent && i > 0 && (/^(?:not|nor)$/.test(tokens[i - 1].word) || (tokens[i - 1].word === 'than' && tokens[i - 2]?.word === 'rather') || (tokens[i - 1].word === 'of' && tokens[i - 2]?.word === 'instead'))) absent = false;
      // A name of two or more common words is a description a page may give in other words ("the Justice Department" /
      // "prosecutors", "Wall Street" / "investors"): no name proper, whose words a page would have.
      if (absent && j > from && tokens.slice(from, j + 1).every((t) => commonForm(bare(t.word)))) absent = false;
      // A name the page spells otherwise ("Sanaa" / "Sana", "Bengaluru" / "Bangalore").
      if (absent && tokens.slice(i, j + 1).some((t) => spelledOtherwise(bare(t.word), sources))) absent = false;
      // A name the sources write as its initials ("United States" / "U.S.").
      if (absent && j > from && writtenAsInitials(tokens.slice(from, j + 1).map((t) => claim.slice(t.start, t.end)), sources, true)) absent = false;
      // A name the sources write as its initials with the words in lower case after it: "Eastern time" / "ET".
      if (absent && initialsWithWordsAfter(claim, tokens, from, j, sources)) absent = false;
      // A name the sources write in short: "United States" / "USA".
      if (absent && j > from && sources.some((s) => shortFormOf(tokens.slice(from, j + 1).map((t) => bare(t.word)), s.text))) absent = false;
      // A place the sources name otherwise, or name the place it is in or a place within it ("Riyadh" / "Saudi Arabia").
      if (absent) {
        // (From the sentence's first word when it opens the name: "Sri Lanka became …".)
        const others = placeNames(bare(claim.slice(tokens[from].start, tokens[j].end).toLowerCase()));
        // Written as a name: capitalised ("Saudi Arabia", not "a nice year" for Nice).
        const re = others.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${others.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
        if (re && sources.some((s) => [...s.text.matchAll(re)].some((m) => /^\p{Lu}/u.test(m[0])))) absent = false;
      }
      // A country named by its people's word ("the United States" / "American").
      if (absent && sources.some((s) => PEOPLE_OF.some(([country, people]) => country.test(claim.slice(tokens[i].start, tokens[j].end)) && people.test(s.text)))) absent = false;
      // Said as the sentence writes it, without a possessive, from its first word when that is no common word
      // ("Blaise Pascal"; "Nadella" of "Eventually Nadella resigned").
      if (absent) return claim.slice(tokens[from === 0 && isCommonWord(bare(tokens[0].word)) ? i : from].start, tokens[j].end).replace(/['’]s?$/u, '');
      i = j;
    }
    return undefined;
  };
  return { conflict, unmentioned };
}

/** How many names of two words a sentence has looked for in the sources (`otherSurname`). */
const MAX_PAIRS = 8;
/** A capitalised word after a forename, and the spaces before it (at most one line break). */
const NEXT_NAME_WORD = /[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?(\p{Lu}[\p{L}'’-]*)/uy;

/**
 * A person's name whose forename the sources write with another surname, and never with this one: "Sam York" where
 * the page has "Sam Parnia" (and "York" only in "New York"). Each word is on the page, so no word is missing: the pair
 * is. Only a name of two words standing alone (no capitalised word right before it but a title, none right after it,
 * no word joined to it) whose first is a forename (`forenames.ts`: "Sam", "Laura"; not "Dutch" of "Dutch Senate"), and
 * only against a surname that is a name on the page (no common word, or one the page never writes in lower case:
 * "Sam Parnia", "Laura Wright"; not "Sam Wins" of a headline whose page says "wins" elsewhere) other than the claim's
 * spelled otherwise ("Jorgenson" / "Jorgensen").
 * Nothing is said when a sentence of the sources has both words, in any case and order ("Sam A. Parnia", "Laura and
 * Tom Wright", "Victoria Adams married David Beckham", "By SAM PARNIA", "Parnia, Sam"), or the surname with a longer
 * or shorter form of the forename ("Samuel Parnia"); when a source writes the surname alone or after a title ("Peers
 * said", "Dr. Peers", "Striker Okafor": the page speaks of the person by the surname, and the sentence may add the
 * forename); or when the sources never write the forename before another name. At most `MAX_PAIRS` different names of
 * a sentence are looked for.
 */
function otherSurname(claim: string, tokens: Token[], sources: SourceEvidence[], isName: (k: number) => boolean, claimWords: Set<string>, credited?: Set<string>): NameConflict | undefined {
  /** The names looked for, each once (each costs a pass over the sources' text). */
  const looked = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isName(i + 1) || claim.slice(tokens[i].end, tokens[i + 1].start) !== ' ' || !isForename(bare(tokens[i].word))) continue;
    // (The sentence's first word is a forename only when it is no common word: "Laura Wright was born", not "Will
    // Parliament vote"; a word after a title's period is one too: "Dr. Sam York".)
    const afterTitle = i > 0 && /^\.\s+$/.test(claim.slice(tokens[i - 1].end, tokens[i].start)) && (TITLES.has(bare(tokens[i - 1].word)) || HONORIFICS.has(bare(tokens[i - 1].word)));
    if (!(i === 0 ? capitalised(claim, tokens[0]) && !isCommonWord(bare(tokens[0].word)) : isName(i) || (afterTitle && capitalised(claim, tokens[i])))) continue;
    // Alone: no capitalised word right before it but a title ("President Joe Biden"), nor a word joined to it ("Dess-Martin Oxidation").
    if (i > 0 && ((capitalised(claim, tokens[i - 1]) && spaced(claim, tokens[i - 1], tokens[i]) && !TITLES.has(bare(tokens[i - 1].word))) || /[\p{L}\p{N}'’-]$/u.test(claim.slice(0, tokens[i].start)))) continue;
    if (i + 2 < tokens.length && capitalised(claim, tokens[i + 2]) && spaced(claim, tokens[i + 1], tokens[i + 2])) continue;
    // Nor one whose second word is joined to another ("Lin Fei-fan").
    if (/^[-‐‑–][\p{L}\p{N}]/u.test(claim.slice(tokens[i + 1].end))) continue;
    const first = claim.slice(tokens[i].start, tokens[i].end);
    const f = bare(tokens[i].word);
    const l = bare(tokens[i + 1].word);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first) || f === l || HONORIFICS.has(f) || CALENDAR.has(f) || CALENDAR.has(l)) continue;
    if (credited?.has(tokens[i].stem) || credited?.has(tokens[i + 1].stem)) continue;
    if (looked.has(`${f} ${l}`) || looked.size >= MAX_PAIRS) continue;
    looked.add(`${f} ${l}`);
    // (The cheapest search first: most forenames are on no page before another name.)
    const theirs = anotherSurname(sources, first, l, claimWords);
    if (!theirs || sources.some((s) => saidTogether(s, tokens[i].stem, tokens[i + 1].stem, f))) continue;
    const last = withoutPossessive(claim.slice(tokens[i + 1].start, tokens[i + 1].end));
    // A word cut short that the page writes in full ("Georgia Tech" / "Georgia Institute of Technology") is no surname.
    if (/^\p{Lu}\p{Ll}{3,4}$/u.test(last) && sources.some((s) => writtenInFull(s, last))) continue;
    // The surname alone on the page (not inside another name, "New York"): the page speaks of the person by it, and the
    // sentence may give the forename the page leaves out ("Kontinen and Peers" / "John Peers").
    if (sources.some((s) => standsAlone(s.text, last))) continue;
    return { name: withoutPossessive(claim.slice(tokens[i].start, tokens[i + 1].end)), theirs };
  }
  return undefined;
}

/**
 * Whether a sentence of `s` has the forename's and the surname's stems both, or the surname with a word that begins
 * with the forename or that the forename begins with ("Samuel Parnia" for "Sam Parnia", "Sam Parnia" for "Samuel").
 */
function saidTogether(s: SourceEvidence, forename: string, surname: string, folded: string): boolean {
  const withSurname = s.sentencesWith(surname);
  if (!withSurname) return false;
  for (const k of withSurname) {
    const sentence = s.sentences[k];
    if (sentence.stemSet.has(forename)) return true;
    // (Its words as written: a stem is no forename, "Gregory" / "gregori".)
    for (const t of tokenize(s.text.slice(sentence.range.start, sentence.range.end))) {
      const x = bare(t.word);
      if (x !== folded && x.length >= 3 && x[0] === folded[0] && (x.startsWith(folded) || folded.startsWith(x)) && isForename(x)) return true;
    }
  }
  return false;
}

/**
 * The forename with the first surname a source writes after it, capitalised right after it and a name on the page
 * ("Sam Parnia"), other than the claim's surname spelled otherwise; undefined when there is none.
 */
function anotherSurname(sources: SourceEvidence[], first: string, l: string, claimWords: Set<string>): string | undefined {
  for (const s of sources) {
    const text = s.text;
    for (let p = text.indexOf(first); p >= 0; p = text.indexOf(first, p + 1)) {
      const end = p + first.length;
      if (charBefore(text, p, LETTER_OR_DIGIT_BEFORE) || !/\s/.test(text[end] ?? '')) continue;
      NEXT_NAME_WORD.lastIndex = end;
      const m = NEXT_NAME_WORD.exec(text);
      if (!m) continue;
      const word = withoutPossessive(m[1]);
      const folded = bare(word.toLowerCase());
      // (A letter with its period is an initial; a word with one ends the sentence, "led by Sam Parnia.", and is the surname all the same.)
      if (word.length < 2 || word === first || /[-‐'’]$/.test(word) || isStopword(folded) || (isCommonWord(folded) && inLowerCase(s, word.toLowerCase()))) continue;
      if (folded === l || claimWords.has(folded) || variants(folded, l, true) || skeleton(folded) === skeleton(l)) continue;
      return `${first} ${word}`;
    }
  }
  return undefined;
}

/** The words each source writes in lower case, read once: a common word a page writes capitalised only is a name there ("Wright", "Baker"). */
const lowerWords = new WeakMap<SourceEvidence, Set<string>>();
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu;
function inLowerCase(s: SourceEvidence, lower: string): boolean {
  let words = lowerWords.get(s);
  if (!words) lowerWords.set(s, (words = new Set(s.text.match(LOWER_WORD))));
  return words.has(lower);
}

/** What `writtenInFull` found, per source and word. */
const fullForms = new WeakMap<SourceEvidence, Map<string, boolean>>();

/**
 * Whether the source has a word that begins with `short` (capitalised, not opening a sentence) and goes on in lower
 * case to a common word ("Technology" for "Tech"). Not for a forename ("Bill" is no "Billing").
 */
function writtenInFull(s: SourceEvidence, short: string): boolean {
  let known = fullForms.get(s);
  if (!known) fullForms.set(s, (known = new Map()));
  let found = known.get(short);
  if (found === undefined) known.set(short, (found = !isForename(short.toLowerCase()) && fullFormIn(s.text, short)));
  return found;
}

function fullFormIn(text: string, short: string): boolean {
  for (let p = text.indexOf(short); p >= 0; p = text.indexOf(short, p + 1)) {
    if (charBefore(text, p, LETTER_OR_DIGIT_BEFORE) || /(?:^|[.!?:]["'”’)\]]*)\s*$/u.test(text.slice(Math.max(0, p - 6), p))) continue;
    let end = p + short.length;
    while (end < text.length && end - p < 30 && /\p{Ll}/u.test(text[end])) end++;
    if (end > p + short.length && !charAt(text, end, LETTER_OR_DIGIT_AT) && isCommonWord(text.slice(p, end).toLowerCase())) return true;
  }
  return false;
}

/** A capitalised word right before a place, its period if any, and the spaces after it. */
const NAME_WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)(\.?)[ \t\u00a0]+$/u;
/** A capitalised word right after a place, past the spaces. */
const NAME_WORD_AFTER = /^[ \t\u00a0]+\p{Lu}/u;
/** The end of a sentence or a line (and the spaces after it), at the end of a text. */
const SENTENCE_ENDS = /(?:[.!?:]["'”’)\]]*\s*|\n\s*)$/u;

/**
 * Whether `text` has the capitalised word `written` as a word of its own that names someone by it: with no
 * capitalised word right before it, or after a title ("Dr. Peers", "Senator Peers"), a common word that opens a
 * sentence ("Striker Okafor scored") or a word whose period ends a sentence ("… at Mill Lane. Wright bakes"); and no
 * capitalised word right after it ("Stanford University" is another name).
 */
function standsAlone(text: string, written: string): boolean {
  for (let p = text.indexOf(written); p >= 0; p = text.indexOf(written, p + 1)) {
    if (charBefore(text, p, LETTER_OR_DIGIT_BEFORE) || charAt(text, p + written.length, LETTER_OR_DIGIT_AT)) continue;
    if (NAME_WORD_AFTER.test(text.slice(p + written.length, p + written.length + 8))) continue;
    const from = Math.max(0, p - 60);
    const before = NAME_WORD_BEFORE.exec(text.slice(from, p));
    if (!before) return true;
    const word = bare(before[1].toLowerCase());
    if (TITLES.has(word) || HONORIFICS.has(word) || (before[2] && word.length > 1)) return true;
    const at = from + before.index;
    if (isCommonWord(word) && (at === 0 || SENTENCE_ENDS.test(text.slice(Math.max(0, at - 8), at)))) return true;
  }
  return false;
}

/**
 * The claim's words of names that a source writes run together ("Naluda Magazine" / "NaludaMagazine"):
 * each word of a run of two or more capitalised words that a source has joined, each word capitalised as
 * the claim has it, as a word of its own (at least eight letters).
 */
function gluedNames(claim: string, tokens: Token[], sources: SourceEvidence[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; ) {
    if (!capitalised(claim, tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && capitalised(claim, tokens[j + 1]) && spaced(claim, tokens[j], tokens[j + 1])) j++;
    if (j > i) {
      // As a word of its own with each word's capital ("NaludaMagazine"): not inside a longer one ("@AnnaSmithPhoto"),
      // nor a web address ("harvardmedicalschool.org", which any page may link to).
      const joined = tokens.slice(i, j + 1).map((t) => bare(t.word)).join('');
      const written = tokens.slice(i, j + 1).map((t) => withoutPossessive(claim.slice(t.start, t.end))).join('');
      if (joined.length >= 8 && sources.some((s) => s.folded.includes(joined) && gluedIn(s.text, written))) for (let k = i; k <= j; k++) out.add(k);
    }
    i = j + 1;
  }
  return out;
}

/** Before a name run together: not a letter, a digit, a dot, a slash or an at sign (a longer word, a web address, a handle). */
const GLUED_NOT_AFTER = /[\p{L}\p{N}./@]$/u;
/** After it: a letter or digit, or a dot and a letter (a web address). */
const GLUED_NOT_BEFORE = /^(?:[\p{L}\p{N}]|\.\p{L})/u;

/** Whether `text` has `written` (words run together) as a word of its own, not inside a longer one nor a web address. */
export function gluedIn(text: string, written: string): boolean {
  for (let p = text.indexOf(written); p >= 0; p = text.indexOf(written, p + 1)) {
    if (!charBefore(text, p, GLUED_NOT_AFTER) && !GLUED_NOT_BEFORE.test(text.slice(p + written.length, p + written.length + 4))) return true;
  }
  return false;
}

/** What may follow a name's word in a text that names it: a plural's "s", or nothing (a possessive's apostrophe is no letter: the word ends before it). */
const NAME_ENDINGS = ['s', ''];

/**
 * Whether `folded` (in lower case, without diacritics) has one of the words `own` as a word of its
 * own, maybe with a plural's or a possessive's ending: not inside a longer word or number.
 */
export function namesWord(folded: string, own: readonly string[]): boolean {
  for (const w of own) {
    for (let p = folded.indexOf(w); p >= 0; p = folded.indexOf(w, p + 1)) {
      if (charBefore(folded, p, LETTER_OR_DIGIT_BEFORE)) continue;
      const end = p + w.length;
      if (NAME_ENDINGS.some((e) => folded.startsWith(e, end) && !charAt(folded, end + e.length, LETTER_OR_DIGIT_AT))) return true;
    }
  }
  return false;
}

/**
 * Whether the run of capitalised words of `text` that token `b` is a word of has the acronym's
 * letters as initials ("Amazon Web Services" for AWS, "United Kingdom" for UK, whichever of its
 * words the search met first).
 */
function spells(text: string, toks: Token[], b: number, acronym: string): boolean {
  const capital = (k: number) => !!toks[k] && /^\p{Lu}/u.test(text[toks[k].start]);
  const joined = (k: number) => /^[ -]$/.test(text.slice(toks[k].end, toks[k + 1].start));
  let a = b;
  while (a > 0 && b - a < 8 && capital(a - 1) && joined(a - 1)) a--;
  let e = b;
  while (e + 1 < toks.length && e - a < 8 && capital(e + 1) && joined(e)) e++;
  // Any stretch of the run through `b` ("The United Kingdom": "United Kingdom").
  const initials = toks.slice(a, e + 1).map((t) => text[t.start]).join('');
  for (let i = a; i <= b; i++) if (b - i < acronym.length && initials.startsWith(acronym, i - a) && i - a + acronym.length > b - a) return true;
  return false;
}

const CARDINAL_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/**
 * Whether claim token `i` is a number of a name ("Second" of "the Second World War") that the sources write as the
 * other kind of number of the same value, next to a word of the name the claim has after it: "World War Two". ("One
 * Direction" is no "Fifth Harmony", nor "BBC Two" the "Third Programme".)
 */
function numberNameHeld(claim: string, tokens: Token[], i: number, sources: SourceEvidence[]): boolean {
  const w = tokens[i].word;
  const n = ORDINAL_WORDS.includes(w) ? ORDINAL_WORDS.indexOf(w) : CARDINAL_WORDS.indexOf(w);
  if (n < 0) return false;
  const other = (ORDINAL_WORDS.includes(w) ? CARDINAL_WORDS : ORDINAL_WORDS)[n];
  const counterpart = other[0].toUpperCase() + other.slice(1);
  const names: string[] = [];
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k];
    if (!capitalised(claim, t) || isStopword(t.word)) continue;
    const written = withoutPossessive(claim.slice(t.start, t.end));
    names.push(escapeRegExp(written));
    if (/s$/.test(written)) names.push(escapeRegExp(written.slice(0, -1)));
  }
  if (!names.length) return false;
  const near = `(?:${names.join('|')})`;
  // (Within one sentence: "Lord's. One day was lost" names no "Test One".)
  let re: RegExp | undefined;
  return sources.some(
    (s) => s.text.includes(counterpart) && (re ??= new RegExp(`(?<![\\p{L}])(?:${near}[^\\p{L}\\n.!?;:]+(?:\\p{L}+[^\\p{L}\\n.!?;:]+)?${counterpart}|${counterpart}[^\\p{L}\\n.!?;:]+(?:\\p{L}+[^\\p{L}\\n.!?;:]+)?${near})(?![\\p{L}])`, 'u')).test(s.text),
  );
}

/**
 * Whether a source writes the acronym's name in full: words (capitalised or not) whose initials begin with its letters, a
 * few small words allowed between them ("CDC": "Centers for Disease Control and Prevention"; "NAACP": "National
 * Association for the Advancement of Colored People").
 */
function spelledOut(acronym: string, claim: string, sources: SourceEvidence[]): boolean {
  const small = '(?:\\s+(?:for|of|and|the|on|in|de|du|la|des|&))*';
  // Capitalised, or in lower case as a thing's name is written ("SUV": "sports utility vehicle").
  // A comma may part the words, as it parts a place from the city named with it ("UCLA": "University of California, Los Angeles").
  // (A hyphen may part them too: "FTE", "full-time equivalents".)
  const pattern = (word: string) => [...acronym].map((c) => `[${c}${c.toLowerCase()}]${word}`).join(`${small},?(?:\\s+|-)`);
  // (A hyphen parts words, so a word holds none: else a run of hyphened letters could be read in many ways, each tried.)
  const re = () => new RegExp(`(?<![\\p{L}\\p{N}])${pattern("[\\p{Ll}\\p{Lu}'’]*")}(?![\\p{L}\\p{N}])`, 'gu');
  // What any text the pattern finds has, without Unicode classes (a word's letters are none of a space or a comma): a page
  // without it is passed over before the pattern, which costs a tenth of a millisecond or more to make, is made.
  // (Not right after a letter or digit of the Latin alphabets, as the pattern is not after any: else each letter of a long
  // run without a space, a base64 blob, was read to the run's end.)
  const quick = () => new RegExp(`(?<![A-Za-z0-9À-ÖØ-öø-ÿ])${pattern('[^\\s,-]*')}`);
  // In a sentence that states half of the claim's other words: the body that did what the claim says, not one the
  // page names elsewhere ("funded by the National Institutes of Health" is no "carried out by the NIH").
  const own = acronym.toLowerCase();
  const words = contentTokens(claim).map((t) => t.stem).filter((x) => x !== own);
  return sources.some((s) => spelledAt(s, acronym, re, quick).some((at) => statesHalf(s, at, words)));
}

/**
 * Whether a source spells out a two-letter acronym right before a word of stem `next`: "genetically modified crop" for
 * "GM crops", "University of Texas at Dallas" for "UT Dallas". Two letters alone match too much ("American public" is
 * no "AP"): the word they are said of must follow them on the page as in the claim ("of", "the", "and" or "for" may
 * part the two words, "at", "in" or "of" the word after).
 */
function spelledBefore(acronym: string, next: string, sources: SourceEvidence[]): boolean {
  const { re, quick } = spelledPatterns(acronym);
  return sources.some((s) => {
    if (!quick.test(s.text)) return false;
    for (const m of s.text.matchAll(re)) if (stem(m[1].toLowerCase()) === next) return true;
    return false;
  });
}

/** The patterns of `spelledBefore`, made once for each acronym (a pattern with Unicode classes costs a tenth of a millisecond to make). */
const spelledPatternsKept = new Map<string, { re: RegExp; quick: RegExp }>();
function spelledPatterns(acronym: string): { re: RegExp; quick: RegExp } {
  let kept = spelledPatternsKept.get(acronym);
  if (!kept) {
    const [a, b] = [...acronym.toLowerCase()];
    const [A, B] = [a.toUpperCase(), b.toUpperCase()];
    kept = {
      re: new RegExp(`(?<![\\p{L}\\p{N}])[${a}${A}]\\p{Ll}+(?:\\s+(?:of|the|and|for))?[ -][${b}${B}]\\p{Ll}+(?:\\s+(?:at|in|of))?,?\\s+(\\p{L}+)`, 'gu'),
      // (Pages without the letters so placed are passed over with a pattern without Unicode classes.)
      quick: new RegExp(`(?<![A-Za-z0-9])[${a}${A}][a-z]+(?:\\s+(?:of|the|and|for))?[ -][${b}${B}][a-z]+\\W`),
    };
    spelledPatternsKept.set(acronym, kept);
  }
  return kept;
}

/** Where each source writes each acronym's name in full (`spelledOut`), found once: the claims citing a page ask of the same names. */
const spelledKept = new WeakMap<SourceEvidence, Map<string, number[]>>();
function spelledAt(s: SourceEvidence, acronym: string, re: () => RegExp, quick: () => RegExp): number[] {
  let kept = spelledKept.get(s);
  if (!kept) spelledKept.set(s, (kept = new Map()));
  let at = kept.get(acronym);
  if (!at) {
    if (kept.size > 500) kept.clear();
    kept.set(acronym, (at = quick().test(s.text) ? [...s.text.matchAll(re())].map((m) => m.index!) : []));
  }
  return at;
}

/** What `fits` gives for the claim's own name in another form ("Caste" for "Castes"): the source names it in its place, so no conflict. */
const OWN_NAME = '\u0000';

/** How many words on each side of a name's word its longer name is read to. */
const RUN_REACH = 5;

const spaced = (text: string, a: Token, b: Token) => /^\s+$/.test(text.slice(a.end, b.start));
const withoutPossessive = (w: string) => w.replace(/['’]s$/u, '');

/**
 * The longer name (capitalised words parted by spaces, at most RUN_REACH on each side) that token
 * `b` of the source's `text` is one word of, when the claim has its other words, as written, right
 * around its own name (claim tokens `first` to `last`) in its place: "Lincoln County" for "Harney
 * County". Undefined when `b` is a name of one word, or the source's longer name has a word the
 * claim does not have there.
 */
function longerName(text: string, toks: Token[], b: number, claim: string, tokens: Token[], first: number, last: number): string | undefined {
  const word = (src: string, t: Token) => withoutPossessive(src.slice(t.start, t.end));
  let from = b;
  for (let k = 1; k <= RUN_REACH && b - k >= 0 && nameAt(text, toks, b - k) && spaced(text, toks[b - k], toks[b - k + 1]); k++) {
    const c = first - k;
    if (c < 0 || !spaced(claim, tokens[c], tokens[c + 1]) || word(claim, tokens[c]) !== word(text, toks[b - k])) return undefined;
    from = b - k;
  }
  let to = b;
  for (let k = 1; k <= RUN_REACH && b + k < toks.length && nameAt(text, toks, b + k) && spaced(text, toks[b + k - 1], toks[b + k]); k++) {
    const c = last + k;
    if (c >= tokens.length || !spaced(claim, tokens[c - 1], tokens[c]) || word(claim, tokens[c]) !== word(text, toks[b + k])) return undefined;
    to = b + k;
  }
  return from === to ? undefined : withoutPossessive(text.slice(toks[from].start, toks[to].end));
}

/**
 * Whether a name's words (`name`) are the long form a short one stands for (`full`, from SHORT_FORMS): two of its
 * words ("United States" for "USA"; not "United States" for "UK" nor "European Central Bank" for "EU"), or its one
 * word in either number ("Republican Party" for "GOP").
 */
function longFormIn(full: string[] | undefined, name: string[]): boolean {
  if (!full) return false;
  const held = full.filter((x) => name.includes(x));
  return held.length >= 2 || (held.length === 1 && full.every((x) => x === held[0] || x === held[0] + 's' || x + 's' === held[0]));
}

/**
 * The other words (bare) of the longer name token `b` of a source's `text` is a word of, in order, those after it last:
 * capitalised words parted by spaces, at most RUN_REACH on each side ("harvard", "school" for "Business" of "Harvard
 * Business School").
 */
function longerNameWords(text: string, toks: Token[], b: number): string[] {
  const inRun = (k: number) => capitalised(text, toks[k]) && !isStopword(toks[k].word);
  const out: string[] = [];
  for (let k = b - 1; k >= 0 && b - k <= RUN_REACH && inRun(k) && spaced(text, toks[k], toks[k + 1]); k--) out.unshift(bare(toks[k].word));
  for (let k = b + 1; k < toks.length && k - b <= RUN_REACH && inRun(k) && spaced(text, toks[k - 1], toks[k]); k++) out.push(bare(toks[k].word));
  return out;
}

/**
 * The run of capitalised words (no stop words) token `b` is in, as the text writes it: a name as the page gives it,
 * without the words at its ends that are `shared` with the claim ("Republicans", not "Senate Republicans", for "Senate
 * Democrats").
 */
function nameRun(text: string, toks: Token[], b: number, shared: (k: number) => boolean): string {
  const inRun = (k: number) => capitalised(text, toks[k]) && !isStopword(toks[k].word);
  let from = b;
  let to = b;
  while (from > 0 && b - from < RUN_REACH && inRun(from - 1) && spaced(text, toks[from - 1], toks[from])) from--;
  while (to < toks.length - 1 && to - b < RUN_REACH && inRun(to + 1) && spaced(text, toks[to], toks[to + 1])) to++;
  while (from < b && shared(from)) from++;
  while (to > b && shared(to)) to--;
  return text.slice(toks[from].start, toks[to].end);
}

/** Punctuation that parts a name from the words around it: another phrase begins ("In continental Europe, cider …"). */
const PARTS = /[,;:.!?()[\]"“”|]/u;

/** The nearest word that is not a stop word, two at most from token `at` in the direction `step`, not across punctuation. */
function nearestContent(text: string, tokens: Token[], at: number, step: 1 | -1, from = false): Token | undefined {
  // (`from`: token `at` itself may be the word.)
  if (from && !isStopword(tokens[at].word)) return tokens[at];
  for (let k = at + step; k >= 0 && k < tokens.length && Math.abs(k - at) <= 2; k += step) {
    const gap = step > 0 ? text.slice(tokens[k - 1].end, tokens[k].start) : text.slice(tokens[k].end, tokens[k + 1].start);
    if (PARTS.test(gap)) return undefined;
    if (!isStopword(tokens[k].word)) return tokens[k];
  }
  return undefined;
}

/**
 * A word of a source sentence that `fits` as the claim's name: between the stems `left` and
 * `right` (within SLOT words), or, with one of them only, within two words of it on the name's side.
 */
function inPlace(sources: SourceEvidence[], left: string | undefined, right: string | undefined, fits: (w: Token, text: string, toks: Token[], b: number) => string | undefined): string | undefined {
  const reach = left && right ? SLOT : 2;
  for (const src of sources) {
    for (const s of src.sentences) {
      if ((left && !s.stemSet.has(left)) || (right && !s.stemSet.has(right))) continue;
      const text = src.text.slice(s.range.start, s.range.end);
      const toks = tokenize(text);
      for (let a = 0; a < toks.length; a++) {
        if (left) {
          if (toks[a].stem !== left) continue;
          for (let b = a + 1; b < toks.length && b - a <= reach; b++) {
            if (right && toks[b].stem === right) break;
            // With one side only, the name must be in the same phrase as the word.
            if (!right && PARTS.test(text.slice(toks[b - 1].end, toks[b].start))) break;
            const found = fits(toks[b], text, toks, b);
            if (!found) {
              // With one side only, the name is the first word after it that is not a stop word.
              if (!right && !isStopword(toks[b].word)) break;
              continue;
            }
            // Closed on the right by the claim's word there.
            if (right && !toks.slice(b + 1, a + SLOT + 2).some((x) => x.stem === right)) break;
            // The claim's own name in another form further on in the same place decides ("St Helen Auckland, Co Durham" for "County Durham").
            if (right && found !== OWN_NAME) {
              const end = toks.findIndex((x, j) => j > b && x.stem === right);
              for (let c = b + 1; c < end; c++) if (fits(toks[c], text, toks, c) === OWN_NAME) return OWN_NAME;
            }
            return found;
          }
        } else if (toks[a].stem === right) {
          for (let b = a - 1; b >= 0 && a - b <= reach; b--) {
            if (PARTS.test(text.slice(toks[b].end, toks[b + 1].start))) break;
            const found = fits(toks[b], text, toks, b);
            if (found) return found;
            if (!isStopword(toks[b].word)) break;
          }
        }
      }
    }
  }
  return undefined;
}

/** The share of the claim's other words the source sentence with another name in the place of the claim's must hold. */
const SAME_STATEMENT = 0.6;
/** How many names of one claim are looked for. */
const MAX_NAMES = 12;
/** How many sentences with the claim's words by the name are read for each name. */
const MAX_READ = 400;
/** The same with the claim's word on one side of the name only. */
const ONE_SIDED = 0.7;
/** A sentence holding the claim's name this close (in share of the claim's words) to that one may state the claim. */
const AS_CLOSE = 0.15;
/** Nationality words ("American", "Chinese", "British"), which a page writes for a country's name ("U.S.") and back. */
const NATIONALITY = /(?:ian|ean|can|ese|ish)$|^(?:german|french|dutch|greek|swiss|thai|iraqi|israeli|pakistani|saudi|kuwaiti|somali|bengali|nepali)$/;

/**
 * A source sentence in lower case without diacritics, kept with the evidence: the names of every
 * claim citing the page are looked for in the same sentences.
 */
const foldedKept = new WeakMap<SourceEvidence, (string | undefined)[]>();
function foldedSentence(ev: SourceEvidence, k: number): string {
  let kept = foldedKept.get(ev);
  if (!kept) foldedKept.set(ev, (kept = []));
  const r = ev.sentences[k].range;
  return (kept[k] ??= foldDiacritics(ev.text.slice(r.start, r.end).toLowerCase()));
}

/**
 * A name of the claim that the sources hold, but where the one sentence stating the rest of the
 * claim has another name in its place: "allowed OpenAI to pursue AGI development independently"
 * against "allowed Microsoft to pursue AGI development independently" on a page that names OpenAI
 * elsewhere. Said as a note (`checkSupport`), never a warning: one thing has many names ("Beijing"
 * for China, "Alphabet" for Google), and a review found them as fast as they were guarded. Only where:
 * - the claim's words right before and after the name (no punctuation between; or on one side,
 *   ONE_SIDED) enclose, in the source sentence, only another name (a run of capitalised words)
 *   and stop words;
 * - that sentence holds SAME_STATEMENT of the claim's other content words and backs every figure
 *   of the claim, and no sentence about as close (AS_CLOSE) has the claim's name;
 * - no sentence has the claim's name (or a form of it) between those words;
 * - the two names are not one thing's: never written together in the sources ("Microsoft
 *   Azure", "Microsoft's Azure", "AWS (Amazon Web Services)", "Edmund Beaufort, Duke of
 *   Somerset"; `sameThing`) nor within three words but as items of a list ("Stratford is in east
 *   London"; `nearEachOther`), not forms of one word ("France", "French"), neither a nationality
 *   ("American" for "U.S."), initials or a month.
 */
export function heldNameReplaced(claim: string, sources: SourceEvidence[]): NameConflict | undefined {
  const tokens = tokenize(claim);
  const claimContent = contentTokens(claim);
  const claimWords = new Set(tokens.map((t) => bare(t.word)));
  const claimFigures = extractFigures(claim);
  let names = 0;
  const quoted = [...claim.matchAll(/["“][^"“”]*["”]/gu)].map((m) => [m.index!, m.index! + m[0].length]);
  const isName = (k: number) => nameAt(claim, tokens, k);
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(i) || CALENDAR.has(tokens[i].word) || quoted.some(([a, b]) => tokens[i].start > a && tokens[i].end < b)) continue;
    if (claim.slice(tokens[i - 1].end, tokens[i].start) === '-') continue;
    let j = i;
    while (j + 1 < tokens.length && isName(j + 1) && spaced(claim, tokens[j], tokens[j + 1])) j++;
    const run = tokens.slice(i, j + 1);
    const name = claim.slice(tokens[i].start, tokens[j].end);
    const left = nearestContent(claim, tokens, i, -1);
    const right = nearestContent(claim, tokens, j, 1);
    i = j;
    // A sentence of many names is read for the first few (each is looked for across the page).
    if (++names > MAX_NAMES) break;
    const own = run.map((t) => bare(t.word));
    if (!left && !right) continue;
    // Initials ("U.S.", "AWS") and nationality words stand for other names too often to be told apart from them.
    // (A nationality is one word: "Sam Altman" is a name.)
    if ((own.length === 1 && NATIONALITY.test(own[0])) || /^\p{Lu}{2,}/u.test(name) || /\p{Lu}\./u.test(name)) continue;
    const foldedName = bare(name.toLowerCase());
    if (!sources.some((s) => s.folded.includes(foldedName))) continue;
    const runStems = new Set(run.map((t) => t.stem));
    const words = new Set(claimContent.map((t) => t.stem).filter((x) => !runStems.has(x)));
    if (words.size < 4) continue;
    const share = (ev: SourceEvidence, k: number) => {
      let n = 0;
      for (const w of words) if (ev.sentences[k].stemSet.has(w)) n++;
      return n / words.size;
    };
    const namesIt = (text: string) => namesWord(foldDiacritics(text.toLowerCase()), own);
    let best: { theirs: string; share: number; text: string } | undefined;
    let stated = false;
    // With a word on one side only ("… a partnership with Google Cloud."), the sentence must state more of the rest.
    const enough = left && right ? SAME_STATEMENT : ONE_SIDED;
    const anchor = (left ?? right)!;
    let read = 0;
    for (const ev of sources) {
      for (const k of ev.sentencesWith(anchor.stem) ?? []) {
        if (left && right && !ev.sentences[k].stemSet.has(right.stem)) continue;
        // A page that says the same thing hundreds of times is read for the first few hundred.
        if (++read > MAX_READ) break;
        const text = ev.text.slice(ev.sentences[k].range.start, ev.sentences[k].range.end);
        // Read word by word only where it may state the name in its place, or be the best.
        const x = share(ev, k);
        if (x < enough && !namesWord(foldedSentence(ev, k), own)) continue;
        const slot = between(text, tokenize(text), left?.stem, right?.stem);
        if (slot === undefined) continue;
        if (namesIt(slot.text)) {
          stated = true;
          break;
        }
        if (!slot.name) continue;
        if (!best || x > best.share) best = { theirs: slot.name, share: x, text };
      }
      if (stated) break;
    }
    if (stated || !best || best.share < enough) continue;
    const theirs = best.theirs;
    const theirsBare = bare(theirs.toLowerCase());
    if ((!/\s/.test(theirsBare) && NATIONALITY.test(theirsBare)) || CALENDAR.has(theirsBare) || /^\p{Lu}{2,}/u.test(theirs) || /\p{Lu}\./u.test(theirs)) continue;
    // The passage states the whole claim but the name: every figure of it too ("killed 40 people in Cuba" states nothing of
    // "killed 120 people in Haiti").
    const theirFigures = extractFigures(best.text);
    if (claimFigures.some((f) => !theirFigures.some((g) => backsFigure(f, g)))) continue;
    // Another name: none of its words the claim's ("Harney County" where the claim has "Harney County, Missouri" is its own).
    if (theirsBare.split(/\s+/).some((x) => claimWords.has(x) || own.some((w) => variants(x, w)))) continue;
    // No sentence about as close names the claim's name.
    const first = stem(run[0].word);
    const rival = sources.some((e) => [...(e.sentencesWith(first) ?? [])].some((m) => share(e, m) >= best!.share - AS_CLOSE));
    if (rival || sameThing(foldedName, theirsBare, sources) || nearEachOther(foldedName, theirsBare, sources)) continue;
    return { name, theirs };
  }
  return undefined;
}


/**
 * What a source sentence has between the stems `left` and `right` (within SLOT words, no punctuation
 * between), or with one of them only, right after `left` (before `right`) in the same phrase: its
 * text, and the name there when all it holds besides stop words is one run of capitalised words
 * (with one side only: the run of capitalised words that comes first, after two stop words at most).
 * Undefined when the words are not there so.
 */
function between(text: string, toks: Token[], left: string | undefined, right: string | undefined): { text: string; name?: string } | undefined {
  const nameOf = (names: number[]) => {
    const run = names.length > 0 && names.every((b, n) => n === 0 || (b === names[n - 1] + 1 && spaced(text, toks[b - 1], toks[b])));
    return run ? withoutPossessive(text.slice(toks[names[0]].start, toks[names[names.length - 1]].end)) : undefined;
  };
  const parted = (a: Token, b: Token) => PARTS.test(text.slice(a.end, b.start).replace(/['’]s\b/gu, ''));
  for (let a = 0; a < toks.length; a++) {
    if (left && right) {
      if (toks[a].stem !== left) continue;
      for (let c = a + 1; c < toks.length && c - a <= SLOT + 1; c++) {
        if (toks[c].stem !== right) continue;
        if (parted(toks[a], toks[c])) break;
        const content = toks.slice(a + 1, c).map((_, n) => a + 1 + n).filter((b) => !isStopword(toks[b].word));
        const names = content.filter((b) => nameAt(text, toks, b));
        return { text: text.slice(toks[a].end, toks[c].start), name: names.length === content.length ? nameOf(names) : undefined };
      }
      continue;
    }
    if (toks[a].stem !== (left ?? right)) continue;
    const step = left ? 1 : -1;
    // Past up to two stop words, then the run of names.
    let b = a + step;
    while (b >= 0 && b < toks.length && Math.abs(b - a) <= 3 && isStopword(toks[b].word) && !nameAt(text, toks, b)) b += step;
    const names: number[] = [];
    while (b >= 0 && b < toks.length && nameAt(text, toks, b) && names.length < RUN_REACH) {
      names.push(b);
      b += step;
      if (b >= 0 && b < toks.length && !spaced(text, toks[Math.min(b, b - step)], toks[Math.max(b, b - step)])) break;
    }
    const far = toks[Math.min(toks.length - 1, Math.max(0, a + step * 4))];
    const [from, to] = left ? [toks[a].end, far.end] : [far.start, toks[a].start];
    if (!names.length) return { text: text.slice(from, Math.max(from, to)) };
    names.sort((x, y) => x - y);
    const near = left ? toks[names[0]] : toks[names[names.length - 1]];
    if (left ? parted(toks[a], near) : parted(near, toks[a])) continue;
    return { text: text.slice(from, Math.max(from, to)), name: nameOf(names) };
  }
  return undefined;
}

/** Whether the sources write the two names as one thing's: side by side ("Microsoft Azure", "Microsoft's Azure", "AWS (Amazon Web Services)"), or they are forms of one word. */
export function sameThing(a: string, b: string, sources: SourceEvidence[]): boolean {
  // One thing's names, or a place within the other, by WordNet ("Beijing" / "China", "Munich" / "Bavaria").
  if (samePlace(a, b)) return true;
  const [sa, sb] = [stem(a), stem(b)];
  if (relatedForms(sa).has(sb)) return true;
  // Side by side, the second maybe in the plural ("Los Angeles Dodgers" for "Dodger"), or with a title or "of" between
  // ("Edmund Beaufort, Duke of Somerset"; not a list, "Amazon, Google").
  const together = (x: string, y: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(x)}(?:['’]s)?(?:\\s*[(\\[]?\\s*|,?\\s+(?:\\p{L}+\\s+){0,2}of\\s+(?:the\\s+)?|,?\\s+(?:also\\s+)?(?:known as|called|nicknamed|aka)\\s+)${escapeRegExp(y)}(?:s|['’]s)?(?![\\p{L}\\p{N}])`, 'u');
  const re1 = together(a, b);
  const re2 = together(b, a);
  return sources.some((s) => re1.test(s.folded) || re2.test(s.folded));
}

/**
 * Whether a sentence of the sources has the two names within three words of each other, not as items of a list
 * ("Stratford is in east London", "Google is owned by Alphabet", "Apple chief executive Tim Cook"; not "Amazon, Google
 * or Microsoft", "Microsoft and OpenAI"): the page relates them, and one may stand for the other.
 */
export function nearEachOther(a: string, b: string, sources: SourceEvidence[]): boolean {
  const between = `(?:\\s+|\\s*['’]s\\s+)(?!(?:and|or|nor|but|vs)\\b)(?:[\\p{L}'’-]+\\s+){0,3}`;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escapeRegExp(a)}${between}${escapeRegExp(b)}|${escapeRegExp(b)}${between}${escapeRegExp(a)})(?![\\p{L}\\p{N}])`, 'u');
  return sources.some((s) => re.test(s.folded));
}
