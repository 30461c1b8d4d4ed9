/**
 * Quotations in a claim, and whether a source holds them verbatim after
 * normalising quote characters, white space, the case of the first letter and
 * elisions ("…", "...", "[…]", "(…)").
 */
import { isStopword, type OffsetRange } from '../text';

export interface Quote {
  text: string;
  /** Range of the quoted words (inside the quote marks) in the claim's text. */
  range: OffsetRange;
}

// A quoted word of one letter ("E") is a quotation too, so that its marks pair up: else the mark after it opens one.
/** (A decade's "'60s" opens no quotation.) */
const QUOTE_RE = /["“«„]([^"“”«»„]+?)["”»]|(?<![\p{L}\p{N}])['‘](?!\d\ds\b)((?:[^'‘’]|(?<=\p{L})['’](?=\p{L}))+?)['’](?![\p{L}\p{N}])/gu;

/** Short words a title leaves in lower case ("Master of Puppets", "Hygiène de l'assassin"). */
const TITLE_SMALL_WORDS = /^(?:a|an|the|and|or|nor|but|of|in|on|at|to|by|for|from|with|as|into|upon|vs\.?|de|del|la|le|les|l['’]\p{L}*|du|des|di|da|von|van|der|den|y|e|et)$/iu;
/** Words that name what follows: "titled "…"", "called "…"". */
const NAMING_CUE = /\b(?:titled|entitled|called|named|dubbed|known as)\s*(?:the\s+)?$/iu;
/** Words for a work just before its title: "the album "…"", "a novel, "…"". */
const WORK_CUE = /\b(?:album|song|single|track|record|film|movie|documentary|novel|novella|book|memoir|biography|anthology|collection|story|poem|play|musical|opera|painting|sculpture|episode|series|show|programme|program|podcast|game|release|article|essay|column|paper|report|study|magazine|newspaper|journal|exhibition|campaign|slogan|motto)s?,?\s*(?:the\s+)?$/iu;
/** A verb of saying shortly before the quotation, in lower case: what follows is said ("said in its report "…""), not a name ("the United States"). */
const SAID_BEFORE = /\b(?:said|says|wrote|writes|told|tells|stated|added|according to|quoted)\b[^"“”]{0,30}$/u;

/**
 * Whether a quoted phrase is the title of a work or a name ("The A.V. Club", "Master of Puppets",
 * a novel's "Hygiène de l'assassin"), which a sentence quotes to name, not to repeat what a source
 * said: it starts with a capital, and its words are in title case or a word before it says it
 * names a work.
 */
export function isTitle(inner: string, before: string): boolean {
  // A title starts with a capital or a figure: "called it "a betrayal of the workers"" quotes what was said.
  if (!/^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(inner)) return false;
  const cue = before.slice(-40);
  if (NAMING_CUE.test(cue)) return true;
  const words = inner.trim().split(/\s+/);
  // A quotation that ends a sentence, or holds a clause, is said, not named ("In the report, "The river is safe,"
  // officials wrote"); so is one after a verb of saying.
  if (/[.!?…]["'”’]?$|[,;]/u.test(inner.trim()) && !/^(?:\p{Lu}\.)+$/u.test(words[words.length - 1])) return false;
  if (SAID_BEFORE.test(before)) return false;
  if (WORK_CUE.test(cue)) return true;
  const content = words.filter((w) => !TITLE_SMALL_WORDS.test(w.replace(/[^\p{L}'’.]/gu, '')));
  return content.length > 0 && content.every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w));
}

/**
 * Quotations of three words or more (shorter ones are usually scare quotes or titles), titles and
 * names in quote marks left out (`isTitle`).
 */
export function extractQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(QUOTE_RE)) {
    const inner = m[1] ?? m[2];
    if (inner.trim().split(/\s+/).length < 3) continue;
    if (isTitle(inner, text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    const start = m.index! + m[0].indexOf(inner);
    out.push({ text: inner, range: { start, end: start + inner.length } });
  }
  return out;
}

/** Each page's quotations of two words (their words, and the quotation as the page writes it), read once. */
const pairsKept = new WeakMap<object, { words: string[]; text: string }[]>();
function pagePairs(page: { text: string }, pairOf: (inner: string) => string[] | undefined): { words: string[]; text: string }[] {
  let pairs = pairsKept.get(page);
  if (!pairs) {
    pairs = [];
    for (const n of page.text.matchAll(QUOTE_RE)) {
      const words = pairOf(n[1] ?? n[2]);
      if (words) pairs.push({ words, text: n[1] ?? n[2] });
    }
    pairsKept.set(page, pairs);
  }
  return pairs;
}

/**
 * Quotations of two words that alter a page's quotation of two words ("uncompromisingly Edwardian" where the page
 * quotes "uncompromisingly Victorian"): one word the same in the same place, the other not, and the sentence's two words
 * nowhere on the page. Shorter quotations are not checked otherwise (`extractQuotes`): most are scare quotes or titles,
 * which a page need not hold; but a page that quotes two words, one of them the sentence's in its place, shows which
 * quotation the sentence alters.
 */
export function alteredShortQuotes(text: string, pages: { text: string; normalized: string }[]): (Quote & { theirs: string })[] {
  const out: (Quote & { theirs: string })[] = [];
  const pairOf = (inner: string) => {
    const words = normalizeForQuote(inner).replace(/[,.;:!?]+$/, '').split(' ');
    return words.length === 2 && words.every((w) => /^[\p{L}'-]+$/u.test(w)) ? words : undefined;
  };
  let read = 0;
  for (const m of text.matchAll(QUOTE_RE)) {
    const inner = m[1] ?? m[2];
    const mine = pairOf(inner);
    // (At most a dozen a sentence: each is looked for in every page.)
    if (mine && read++ >= 12) break;
    if (!mine || isTitle(inner, text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    if (pages.some((p) => wordsAt(p.normalized, mine.join(' '), 0) !== -1)) continue;
    // The page's quotation it alters, as the page writes it (the fix writes it; only when the page quotes just one such).
    const altered = pages.flatMap((p) => pagePairs(p, pairOf).filter((theirs) => (theirs.words[0] === mine[0]) !== (theirs.words[1] === mine[1])));
    if (!altered.length || altered.some((x) => x.words.join(' ') !== altered[0].words.join(' '))) continue;
    const start = m.index! + m[0].indexOf(inner);
    out.push({ text: inner, range: { start, end: start + inner.length }, theirs: altered[0].text.trim() });
  }
  return out;
}

/** A writer's "[sic]", which is no word of the speaker's, and a letter put in brackets, which is the word's ("[T]he"). */
const EDIT_MARKS = /\s*[[(]sic[\])]|\[(\p{L}{1,2})\](?=\p{L})/giu;
const editMarkRead = (_: string, letter: string | undefined) => letter ?? '';

export function normalizeForQuote(s: string): string {
  return s
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’‚′`ʼ]/g, "'")
    // A single mark that is no apostrophe (not between two letters) is a quotation mark: quotations nest either way
    // round ('the so-called "reform"' / "the so-called 'reform'"), and a comma or period after an inner closing mark is
    // put inside it, as American style has it ('"trust the process",' / "'trust the process,'").
    .replace(/'/g, (m: string, at: number, text: string) => (WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(text[at + 1] ?? '') ? m : '"'))
    .replace(/"([,.])/g, '$1"')
    .replace(EDIT_MARKS, editMarkRead)
    // A reference marker glued to a word or a mark ("worked[5] and") is no word of the speaker's.
    .replace(/([\p{L}\p{N}.,;:!?"')])\[\d{1,3}\]/gu, '$1')
    // A hyphen joining two words is a space: "long-term" / "long term" ("a dash—between" stays a dash).
    .replace(/(\p{L})[-‐‑](?=\p{L})/gu, '$1 ')
    .replace(/[‐‑‒–—―]/g, '-')
    // A dash however typed and spaced ("tried—and", "tried -- and", "tried – and", "win-win") is one.
    .replace(/\s*-+\s*/g, '-')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    // No space before a closing mark or after an opening one: "memorials : Passages" is "memorials: Passages".
    .replace(/ (?=[,.;:!?)\]])|(?<=[(\[]) /g, '')
    .trim()
    .toLowerCase();
}

/**
 * The pieces of a quote between elisions, normalised; each must appear in the source, in order. A writer's marks of
 * an edit count as elisions: words in square brackets put in for the speaker's ("[the company] has never tried", "did
 * not [. . .] mislead") and spaced dots; "[sic]" is left out, and a letter in brackets glued to a word is the word's
 * ("[T]he plan").
 */
function quotePieces(quote: string): { text: string; bracket: boolean; inserted?: string }[] {
  const out: { text: string; bracket: boolean; inserted?: string }[] = [];
  let bracket = false;
  let inserted: string | undefined;
  for (const part of quote
    .replace(EDIT_MARKS, editMarkRead)
    .split(/\s*(\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.|\.\s\.\s\.|\[[^\][]{1,80}\])\s*/)) {
    // The separators are captured: a bracketed insertion stands for a word or two of the speaker's at most.
    if (/^\[[^\][]*\]$/.test(part) && !/^\[\s*(?:…|\.\.\.)\s*\]$/.test(part)) {
      bracket = true;
      inserted = normalizeForQuote(part.slice(1, -1));
      continue;
    }
    if (/^(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.|\.\s\.\s\.)$/.test(part)) {
      bracket = false;
      continue;
    }
    const text = normalizeForQuote(part).replace(/^[,.;:!?'"\s]+|[,.;:!?'"\s]+$/g, '');
    if (text.length) out.push({ text, bracket, ...(bracket && inserted ? { inserted } : {}) });
    bracket = false;
    inserted = undefined;
  }
  return out;
}

/** Function words an insertion in brackets never stands for: a negation, a word of may or must. */
const NOT_STOOD_FOR = /^(?:not|no|never|nor|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|may|might|could|would|should|must|shall|can|will)$/i;

/**
 * Whether what an insertion in brackets stands for, before offset `i` of the source, is nothing or one or two function
 * words ("it", "I do"): from `from` (the end of the piece before), or, opening the quotation, the word before `i`.
 */
function standsForFunctionWords(source: string, from: number | undefined, i: number, inserted?: string): boolean {
  if (from !== undefined) {
    const between = source.slice(from, i).trim();
    const words = between ? between.split(/\s+/) : [];
    // (Not a negation nor a word of may: "[is]" for "may be" and "[will]" for "could" change what was said.)
    if (words.length <= 2 && words.every((w) => isStopword(w.replace(/[^\p{L}']/gu, '')) && !NOT_STOOD_FOR.test(w))) return true;
    return namesReferent(between, inserted, source);
  }
  const before = source.slice(Math.max(0, i - 40), i).trimEnd();
  if (!before || /["'.:;!?(-]$/.test(before)) return true;
  const word = /([\p{L}']+)$/u.exec(before)?.[1];
  // (Nor, opening the quotation, for a negation or a word of may right before: "[is] enough" for "It may be enough".)
  const lastTwo = before.match(/[\p{L}']+/gu)?.slice(-2) ?? [];
  if (!word || (isStopword(word) && !lastTwo.some((w) => NOT_STOOD_FOR.test(w)))) return true;
  // Opening the quotation: a noun phrase the speaker began with ('"The agency was too slow"' / '"[FEMA] was too slow"').
  const phrase = /(?:^|["'.:;!?(]\s?)((?:the|this|that|these|those|its|their|his|her|our)(?:\s[\p{L}'-]+){1,2})$/u.exec(before)?.[1];
  return !!phrase && namesReferent(phrase, inserted, source);
}

/**
 * Whether an insertion in brackets names what the speaker's noun phrase of a determiner and a word or two refers to
 * ("[FEMA]" for "the agency", "[the bus route]" for "the latter"), every word of it on the page: a reader's
 * clarification, not a word put in the speaker's mouth. Not a phrase with a negation or a word of may.
 */
function namesReferent(replaced: string, inserted: string | undefined, source: string): boolean {
  if (!inserted || !/^(?:the|this|that|these|those|its|their|his|her|our)\s[\p{L}'-]+(?:\s[\p{L}'-]+)?$/u.test(replaced)) return false;
  if (replaced.split(/\s+/).some((w) => NOT_STOOD_FOR.test(w))) return false;
  const words = (inserted.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !isStopword(w));
  return words.length > 0 && words.every((w) => wordsAt(source, w, 0) !== -1);
}

/**
 * What an elision leaves out when it leaves out a negation of what the quotation goes on with: a word of negation (after
 * a word at most: "definitely not"; "no longer", "never again"), alone or before an aside set off by a comma or a dash
 * ("not, under any circumstances,"). Not "not only" (a negation of nothing the quotation goes on with).
 */
const DROPPED_NEGATION = /^(?:\p{L}+ )?(?:not|never|no|cannot|nor|neither|nobody|nothing|none|nowhere|hardly|barely|scarcely|rarely|seldom)(?: (?:longer|again|ever))?(?:[,-] ?[^,.;:!?"]{1,80})?$/u;
/**
 * A hedge an elision leaves out ("there is … evidence" for "little evidence", "the spill … killed" for "may have
 * killed"): alone, right before a content word the quotation goes on with (not "when I was … my father" for "little,
 * my father", nor "in May, two weeks early": a month, an aside).
 */
const DROPPED_HEDGE = /^(?:\p{L}+ )?(?:little|few|may|might|could|probably|possibly|allegedly|reportedly|likely|unlikely|perhaps)(?: (?:have|be))?$/u;

/** Whether the words an elision leaves out (`gap`, normalised) negate or hedge the piece the quotation goes on with. */
function dropsNegation(gap: string, next: string): boolean {
  const left = gap.replace(/^[\s,;:'"-]+|[\s,;:'"-]+$/g, '');
  if (DROPPED_NEGATION.test(left)) return true;
  const first = /^[\p{L}']+/u.exec(next)?.[0];
  return !/[,;:]/.test(gap.trim().replace(/[,;:]$/, '')) && DROPPED_HEDGE.test(left) && !!first && !isStopword(first);
}

/**
 * True when `sourceText` holds the quote verbatim (as normalised), each piece between elisions as
 * whole words ("legal payments" is not in "illegal payments"). A quotation of several sentences may
 * be one the source breaks off for its speaker ("It works," Upton said. "Use it."): see `brokenOff`;
 * and one sentence may be broken off once where the quotation has no comma: see `interrupted`.
 */
export function quoteInText(quote: string, normalizedSource: string): boolean {
  return quoteFound(quote, normalizedSource) || sameWordsInRow(quote, normalizedSource);
}

/** How many words a quotation may have to be looked for by its words alone (`sameWordsInRow`). */
const WORDS_IN_ROW = 60;

/**
 * Whether a quotation of one piece (no elision, no brackets) is in the source as the same words in a row, whatever the
 * punctuation between them but an end of sentence or a quotation mark: "buy now, pay later" / "buy now pay later". A
 * comma is no word of the speaker's.
 */
function sameWordsInRow(quote: string, normalizedSource: string): boolean {
  if (/[[\]…]|\.\.\.|\.\s\.\s\./.test(quote)) return false;
  const ws = normalizeForQuote(quote).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  if (ws.length < 2 || ws.length > WORDS_IN_ROW) return false;
  // Not past a quotation mark of the page ('"a betrayal" of the voters' is not the speaker's "a betrayal of the voters"),
  // but an article the writer puts inside the marks ('"the Human Wall"' for 'the "Human Wall"').
  // Nor past a comma before a word that joins another clause ("parks, and roads got more money" is not "parks and
  // roads"), nor right after a negation of the page ("more teachers, not more police, in its schools").
  const gap = `(?:[^\\p{L}\\p{N}.!?",;:]|[,;:](?!\\s*(?:and|but|or|nor|not|so|yet|then)(?![\\p{L}\\p{N}])))+`;
  const head = ws[0] ?? '';
  const inRow = (between: string, after: string) => {
    const first = /^(?:the|a|an)$/.test(head) ? `${head}[^\\p{L}\\p{N}.!?]+` : `${head}${between}`;
    return new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\b(?:not|no|never)\\s)${first}${ws.slice(1).join(between)}${after}`, 'u').test(normalizedSource);
  };
  // A comma before "and" left out is the page's where the quotation ends with the page's clause ("buy now, pay later, and
  // regret it forever").
  return inRow(gap, '(?![\\p{L}\\p{N}])') || inRow(`[^\\p{L}\\p{N}.!?"]+`, '(?=\\s*(?:[.,;:!?"]|$))');
}

function quoteFound(quote: string, normalizedSource: string): boolean {
  // A quotation copied with the page's own brackets is the page's as it stands.
  if (/\[/.test(quote) && wordsAt(normalizedSource, normalizeForQuote(quote).replace(/^[,.;:!?'"\s]+|[,.;:!?'"\s]+$/g, ''), 0) !== -1) return true;
  const pieces = quotePieces(quote);
  if (pieces.length === 0) return true;
  let at = 0;
  for (const [k, { text: p, bracket, inserted }] of pieces.entries()) {
    let i = wordsAt(normalizedSource, p, at);
    // After an insertion in brackets, the piece follows what it stands for: nothing, or one or two function words ("It
    // has never tried" for "[the company] has never tried"; not "Costs will double" for "[sales] will double").
    if (bracket) while (i !== -1 && !standsForFunctionWords(normalizedSource, k > 0 ? at : undefined, i, inserted)) i = wordsAt(normalizedSource, p, i + 1);
    // An elision that leaves out the speaker's "not" says the opposite ("I will . . . raise taxes" for "I will not,
    // under any circumstances, raise taxes"): the piece is looked for further on.
    else if (k > 0) while (i !== -1 && dropsNegation(normalizedSource.slice(at, i), p)) i = wordsAt(normalizedSource, p, i + 1);
    let end = i !== -1 ? i + p.length : brokenOff(p, normalizedSource, at);
    if (end === -1) end = interrupted(p, normalizedSource, at);
    if (end === -1) return false;
    at = end;
  }
  return true;
}

/** Where `piece` is in `source` from `from` on as whole words (no letter or digit right before or after it), or -1. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function wordsAt(source: string, piece: string, from: number, tries = Number.MAX_SAFE_INTEGER): number {
  const edge = WORD_CHAR;
  for (let i = source.indexOf(piece, from), n = 0; i !== -1 && n < tries; i = source.indexOf(piece, i + 1), n++) {
    const before = source[i - 1];
    const after = source[i + piece.length];
    if ((!before || !edge.test(before) || !edge.test(piece[0])) && (!after || !edge.test(after) || !edge.test(piece[piece.length - 1]))) return i;
  }
  return -1;
}

/**
 * Between two sentences of one quotation that the source breaks off for its speaker: a comma (or
 * "?", "!") and the quotation closed right where the first ends, one clause of a speaker's words
 * with one verb of saying, no quotation of their own and no sentence end but a last one (an
 * apostrophe inside a word and an initial's period allowed), and the quotation opened again right
 * before the next, by a mark after no letter (not "the workers' demands"): '," Upton said. "'.
 * (After '."' the words often introduce another's quotation: '." Ms. Murphy smiled and said, "'.)
 */
const BROKEN_OFF = /^[,!?]\s?["']{1,2}\s?((?:[^"'.!?:;]|(?<=\p{L})'(?=\p{L})|\.(?=\s?\p{L}\.)|(?<=\b(?:\p{L}|mr|mrs|ms|dr|st|jr|sr|gen|gov|sen|rep|prof|lt|col|sgt|capt|rev|ft|mt|det|supt|insp|cmdr|maj|adm|fr|atty|cpl|pvt|brig|hon|asst|dep|sec|amb|cllr))\.)+?[.,:]?)\s?(?<!\p{L})["']{1,2}\s?$/u;
const SAYING = /\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|replied|responded|continued|explained|recalled|noted|insisted|argued|warned|stated|declared|announced|urged|joked|quipped|admitted|acknowledged|conceded|cautioned|stressed|shouted|yelled|testified|complained|predicted|pointed out|observed|remarked|claimed|suggested|countered|agreed|maintained|emphasi[sz]ed|reported|contended|alleged|confirmed|promised|vowed|pledged|boasted|lamented|whispered|answered|tweeted|posted|estimated|concluded|objected|protested|reiterated|affirmed|assured|went on|according to)\b/;
const SAYING_ALL = new RegExp(SAYING.source, 'g');
/** Words of a tag that name no speaker: when, where, how it was said ("said in a statement on Tuesday"). */
const NOT_A_SPEAKER = /^(?:the|a|an|of|in|to|on|at|for|and|by|with|from|his|her|their|its|later|then|also|again|told|me|us|him|her|them|reporters|according|statement|interview|email|e|mail|letter|news|conference|call|phone|speech|post|tweet|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|morning|afternoon|evening|night|week|spokesman|spokeswoman|spokesperson|minister|official|officials|chief|executive|president|director|secretary)$/;
/** The words after a quotation's last sentence, up to the end of their sentence: '," Murphy said.' */
const TAG_AFTER = /^["']{1,2}\s?((?:[^"'.!?]|(?<=\p{L})'(?=\p{L}))+)/u;
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

/**
 * The words of a speaker's tag that name who spoke: those of its part with the verb of saying, else
 * of its first part ("Randy Jones, his finance director, told me": randy, jones; "said Mara Boggs,
 * Manchin's state director": mara, boggs), the verb and small words left out.
 */
function speakerWords(tag: string): string[] {
  const words = (part: string) => (part.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !SAYING.test(w) && !NOT_A_SPEAKER.test(w));
  const verb = SAYING.exec(tag);
  if (!verb) return words(tag.split(/[,;(]/)[0]);
  // Who said it is before the verb ("Randy Jones, his finance director, told me": the part before its first comma), else
  // right after it ("said Mara Boggs, Manchin's state director").
  const before = words(tag.slice(0, verb.index).split(/[,;(]/)[0]);
  return before.length ? before : words(tag.slice(verb.index + verb[0].length).split(/[,;(]/)[0]);
}

/** Whether two tags name one speaker: a word of a name in common, or a pronoun that stands for the first (`THIRD_PERSON`). */
function sameSpeaker(first: string[], later: string[]): boolean {
  if (!later.length) return false;
  // A pronoun after a name is the name's ("he", "she", "they"); after a pronoun, only the same pronoun; "I" and "we" after a name are no one's.
  if (later.every((w) => PRONOUNS.has(w))) {
    const named = first.filter((w) => PRONOUNS.has(w));
    if (named.length) return later.every((w) => named.includes(w));
    return later.every((w) => THIRD_PERSON.has(w));
  }
  return later.some((w) => !PRONOUNS.has(w) && first.includes(w));
}
const THIRD_PERSON = new Set(['he', 'she', 'they']);

/** Right before a quotation's first words: its opening mark (after no letter). */
const OPENS = /(?:^|[^\p{L}])["']{1,2}\s?$/u;
/** How long a speaker's words between two sentences of one quotation may be (normalised characters): a name with a title of office and where the speaker is from. */
const JOIN_GAP = 200;
/** How many places of a quotation's first sentence are tried. */
const MAX_STARTS = 50;
/** A quotation of more sentences than this is not looked for broken off. */
const MAX_SENTENCES = 12;

/**
 * Where a quotation of several sentences ends in the source, when the source has it broken off for
 * its speaker: its sentences in order, runs of them as they are, each run found whole (as words)
 * and joined to the one before by BROKEN_OFF (not just close by: a sentence left out, another
 * speaker's, narrative text or a sentence end the source does not have are not the quotation).
 * -1 when not.
 */
function brokenOff(piece: string, source: string, from: number): number {
  // Cut at sentence ends and commas ('"It's funny," he said, "because …"').
  // (Not after a dotted abbreviation: "the U.S. Navy" is one phrase, whatever the source breaks off after "U.S.".)
  const cuts = [0, ...[...piece.matchAll(/(?<!(?:^|[^\p{L}])(?:\p{L}\.)+\p{L})[.!?,;:]\s+(?=['"]?[\p{L}\p{N}])/gu)].map((m) => m.index! + m[0].length), piece.length];
  if (cuts.length < 3 || cuts.length > MAX_SENTENCES + 1) return -1;
  // Each (cut, place) is tried once: the search stays linear in what it can find.
  const tried = new Set<string>();
  const run = (a: number, b: number) => piece.slice(cuts[a], cuts[b]).replace(/^[,.;:!?'"\s]+|[,.;:!?'"\s]+$/g, '');
  const last = cuts.length - 1;
  // From cut `k` on, with the run before ending at `at` (first: anywhere from `from`): the end of the last run, or -1.
  const match = (k: number, at: number, first: boolean, speaker?: string[]): number => {
    if (!first) {
      if (tried.has(k + ':' + at)) return -1;
      tried.add(k + ':' + at);
    }
    for (let m = last; m > k; m--) {
      if (first && m === last) continue;
      const text = run(k, m);
      if (!text) continue;
      if (first) {
        for (let i = wordsAt(source, text, at), n = 0; i !== -1 && n < MAX_STARTS; i = wordsAt(source, text, i + 1), n++) {
          // Where the source's quotation opens: not a sentence's end quoted as its start ("Nobody believes the company is failing").
          if (!OPENS.test(source.slice(Math.max(0, i - 3), i))) continue;
          const end = match(m, i + text.length, false);
          if (end !== -1) return end;
        }
        continue;
      }
      const i = wordsAt(source, text, at, 1);
      if (i === -1 || i - at > JOIN_GAP) continue;
      // One speaker throughout: each tag, and one after the last sentence, names the first's speaker (or a pronoun).
      const who = speakerTag(source.slice(at, i), speaker);
      if (!who) continue;
      const end = i + text.length;
      if (m === last) {
        if (!closesAlike(source, end, who)) continue;
        return end;
      }
      const further = match(m, end, false, who);
      if (further !== -1) return further;
    }
    return -1;
  };
  return match(0, from, true);
}

/**
 * The words naming the speaker in `gap`, the source's text between two runs of one quotation, when it
 * is a tag breaking the quotation off for its speaker (BROKEN_OFF, with a verb of saying) and names
 * `speaker` if given (or only a pronoun); else undefined.
 */
function speakerTag(gap: string, speaker?: string[]): string[] | undefined {
  const tag = BROKEN_OFF.exec(gap);
  // One verb of saying: '," Smith said, and Jones replied, "' brings in another speaker.
  // Nor a tag that goes on a sentence of the narrative ("and I told him", "before Jones added").
  // (An "and" in a title of office, "the secretary of health and human services", goes on no sentence.)
  if (!tag || (tag[1].match(SAYING_ALL) ?? []).length !== 1 || CLAUSE_AFTER.test(tag[1].slice(SAYING.exec(tag[1])!.index))) return undefined;
  if (/^(?:and|but|or|then|while|before|after|as|so|until|when)\b/.test(tag[1])) return undefined;
  // After a question or an exclamation, words that end in a comma or a colon bring in the next speaker: '?" He said, "'.
  if (gap[0] !== ',' && /[,:]\s?["']{1,2}\s?$/.test(gap)) return undefined;
  const who = speakerWords(tag[1]);
  if (speaker && !sameSpeaker(speaker, who)) return undefined;
  // What the speaker has been called so far, pronouns too: "he added" then "she replied" is someone else.
  return speaker ? [...new Set([...speaker, ...who])] : who;
}

/** Words that go on a tag with a clause of the narrative: "while", "however", ", before", or an "and" but one in a title of office ("the secretary of health and human services"; not "said and handed the microphone to"). */
const CLAUSE_AFTER = /\b(?:while|however|whereas)\b|,\s*(?:and|but|before|after|as|when|then)\b|(?<!\bof\s+[\p{L}'-]+\s+)\b(?:and|but)\b/u;

/** Whether the words after the quotation's close, if a tag (the last run may stop short of the close: '," Manchin added.'), name `speaker`. */
function closesAlike(source: string, end: number, speaker: string[]): boolean {
  const close = source.slice(end, end + 3 * JOIN_GAP).search(/["']{1,2}(?!\p{L})/u);
  // After '."' a sentence of the narrative starts ("The magazine asked …"), no tag.
  if (close !== -1 && source[end + close - 1] === '.') return true;
  const after = close === -1 ? null : TAG_AFTER.exec(source.slice(end + close, end + close + JOIN_GAP));
  return !(after && SAYING.test(after[1]) && !sameSpeaker(speaker, speakerWords(after[1])));
}

/**
 * Where a quotation ends in the source when the source breaks it off once inside a sentence where
 * the quotation has no punctuation ('"This is," he said, "the end of an era."' for "This is the
 * end of an era"): the quotation's words up to the break as the source has them, a tag
 * (`speakerTag`), and the rest of the quotation whole right after it. -1 when not.
 */
function interrupted(piece: string, source: string, from: number): number {
  const first = /^[\p{L}\p{N}'’]+/u.exec(piece)?.[0];
  if (!first) return -1;
  for (let i = wordsAt(source, first, from), n = 0; i !== -1 && n < MAX_STARTS; i = wordsAt(source, first, i + 1), n++) {
    let j = 0;
    while (j < piece.length && source[i + j] === piece[j]) j++;
    // The quotation goes on with a word where the source breaks off after one.
    // (After a word: "the U.S.," ends a sentence as well as the abbreviation.)
    if (j === piece.length || piece[j] !== ' ' || /[\p{L}\p{N}]/u.test(source[i + j] ?? '') || !/[\p{L}\p{N}]/u.test(source[i + j - 1])) continue;
    const rest = piece.slice(j + 1);
    const k = wordsAt(source, rest, i + j, 1);
    if (k === -1 || k - (i + j) > JOIN_GAP) continue;
    // Inside one sentence: '," the coach said, "' (a comma on both sides), the quotation opened right before its first words.
    const gap = source.slice(i + j, k);
    if (gap[0] !== ',' || !/,\s?["']{1,2}\s?$/.test(gap) || !OPENS.test(source.slice(Math.max(0, i - 3), i))) continue;
    const who = speakerTag(gap, undefined);
    if (who && closesAlike(source, k + rest.length, who)) return k + rest.length;
  }
  return -1;
}

/**
 * The span of `source` (original text) that best matches the quote word for word: the window of
 * about the quote's length sharing the most words, in order of position. Used for "replace with the exact quote".
 */
export function closestSpan(quote: string, source: string): { text: string; range: OffsetRange; overlap: number } | undefined {
  const qWords = normalizeForQuote(quote).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (qWords.length === 0) return undefined;
  const want = new Map<string, number>();
  for (const w of qWords) want.set(w, (want.get(w) ?? 0) + 1);
  const words = [...source.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)];
  const n = qWords.length;
  if (words.length === 0) return undefined;
  let best = { score: -1, i: 0 };
  const have = new Map<string, number>();
  let score = 0;
  const add = (w: string, d: number) => {
    const c = have.get(w) ?? 0;
    const limit = want.get(w) ?? 0;
    if (d > 0 && c < limit) score++;
    if (d < 0 && c <= limit && c > 0) score--;
    have.set(w, c + d);
  };
  for (let i = 0; i < words.length; i++) {
    add(normalizeForQuote(words[i][0]), 1);
    if (i >= n) add(normalizeForQuote(words[i - n][0]), -1);
    const startIdx = Math.max(0, i - n + 1);
    if (score > best.score) best = { score, i: startIdx };
  }
  const first = words[best.i];
  const last = words[Math.min(words.length - 1, best.i + n - 1)];
  const range = { start: first.index!, end: last.index! + last[0].length };
  return { text: source.slice(range.start, range.end), range, overlap: best.score / n };
}
