/**
 * Who said it: a sentence that gives a statement to one speaker ("Smith said …", "…, said Smith",
 * "according to Smith") where the page gives the same statement to another, named in the same
 * way ("…, Jones said"), and the sentence's speaker is nowhere near. The speaker is often the
 * first word of the sentence, where `conflicts.ts` reads no name (a sentence's first word is
 * capitalised whatever it is); here a verb of saying marks it as a name.
 */
import { contentTokens, escapeRegExp, foldDiacritics, isStopword, stem, type Token } from '../text';
import type { SourceEvidence } from './evidence';
import { nearEachOther, sameThing, type NameConflict } from './conflicts';

const SPEECH =
  'said|says|told|tells|wrote|writes|argued|argues|added|adds|noted|warned|warns|explained|explains|stated|announced|announces|claimed|insisted|insists|recalled|recalls|tweeted|testified|acknowledged|admitted|admits|predicted|declared|confirmed|asserted|contended|maintained|stressed|cautioned';
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,3}`;
/** "Smith said", "Jane Smith, the mayor, told", "Smith has said". */
const NAME_THEN_VERB = new RegExp(`(?<![\\p{L}\\p{N}'’])(${NAME})(?:,[^,.;:"“”]{1,60},)?\\s+(?:has\\s+|had\\s+|also\\s+|later\\s+|then\\s+)?(?:${SPEECH})(?![\\p{L}])`, 'gu');
/** "said Smith", "according to Smith" (not "told Reuters": who was told). */
const VERB_THEN_NAME = new RegExp(`(?<![\\p{L}])(?:said|says|added|adds|wrote|writes|[Aa]ccording\\s+to)\\s+(${NAME})`, 'gu');

/** Titles and ranks before a name: not the name ("Senator Smith" and "Senator Jones" are two people). */
const TITLES = new Set(
  'mr mrs ms miss dr prof professor president vice senator sen rep representative congressman congresswoman governor gov mayor judge justice general gen coach chief minister prime secretary director chairman chairwoman chair ceo lord lady sir dame rev reverend father officer detective sgt sergeant captain capt col colonel lt lieutenant commissioner chancellor king queen prince princess pope bishop archbishop ambassador councillor councilman councilwoman attorney deputy former'.split(' '),
);

/** Words a speaker stands for someone else with: a spokesman speaks for a body the claim may name. */
const FOR_SOMEONE = /\b(?:spokes(?:man|woman|person|people)|representative|aide|adviser|advisor|lawyer|attorney|statement|on behalf|press secretary|publicist)\b/i;

const CALENDAR = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));

const bare = (w: string) => foldDiacritics(w.toLowerCase()).replace(/['’]s$/u, '').replace(/\.$/, '');

/** The words of a speaker's name, titles and stop words left out ("Senator Jane Smith": jane, smith). */
function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map(bare)
    .filter((w) => w.length > 1 && !TITLES.has(w) && !CALENDAR.has(w) && !isStopword(w));
}

/**
 * The speakers a text names with a verb of saying, each with the words of its name and where it is.
 * `describing`: a one-word name after a word that describes it ("the conservative Christian tells") is left out too.
 */
export function speakers(text: string, describing = false): { name: string; words: string[]; start: number; end: number }[] {
  const out: { name: string; words: string[]; start: number; end: number }[] = [];
  for (const re of [NAME_THEN_VERB, VERB_THEN_NAME]) {
    for (const m of text.matchAll(re)) {
      const words = nameWords(m[1]);
      const start = m.index! + m[0].indexOf(m[1]);
      // "the conservative Christian tells", "a Democrat said": a description, not a name.
      const before = /([\p{L}'’]+)[ \t]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
      if (before && (/^(?:the|a|an)$/i.test(before) || (describing && words.length === 1 && /^\p{Ll}/u.test(before) && !isStopword(before)))) continue;
      if (words.length) out.push({ name: m[1].replace(/['’]s$|\.$/u, ''), words, start, end: start + m[1].length });
    }
  }
  return out;
}

/** Whether a source writes the word capitalised inside a sentence (after a lower-case word or a comma): a name's, not a sentence's first word. */
function writtenAsName(word: string, sources: SourceEvidence[]): boolean {
  const re = new RegExp(`[\\p{Ll},] ${word[0].toUpperCase()}${escapeRegExp(word.slice(1))}(?![\\p{L}])`, 'u');
  return sources.some((s) => re.test(s.text));
}

/** Two capitalised words or more are a name; one is when the page writes it capitalised inside a sentence ("Police said" is no name). */
const isName = (words: string[], sources: SourceEvidence[]) => words.length > 1 || writtenAsName(words[0], sources);

/** The share of the claim's other content words the source sentence must hold to state the same thing. */
const SAME_STATEMENT = 0.7;
/** A sentence this close to the best (in share of the claim's words) may be the one the claim states. */
const AS_CLOSE = 0.15;
/** How far into the next sentence the claim's speaker is looked for ("Smith agreed", "Smith said the same"). */
const NEXT_REACH = 60;
/** How many content words, besides the speaker's name and the verb, a statement needs to be told apart from others. */
const MIN_WORDS = 4;

/**
 * The claim's speaker and the page's for the same statement, when they differ: the claim names a
 * speaker with a verb of saying (a name the page writes as one), the one page sentence stating
 * SAME_STATEMENT of the claim's other words names another with a verb of saying, the claim's
 * speaker is in no sentence about as close nor in the sentences around them, and the page never
 * writes the two names as one thing's or side by side ("Apple chief executive Tim Cook").
 */
export function speakerSwap(claim: string, sources: SourceEvidence[]): NameConflict | undefined {
  const mine = speakers(claim);
  // One speaker: a sentence that quotes two is read as it is.
  if (mine.length !== 1) return undefined;
  const speaker = mine[0];
  if (!isName(speaker.words, sources)) return undefined;
  const own = new Set(speaker.words.map(stem));
  const verbs = new Set(SPEECH.split('|').map(stem));
  const words = [...new Set(contentTokens(claim).map((t: Token) => t.stem).filter((x) => !own.has(x) && !verbs.has(x) && !TITLES.has(x) && x !== 'accord'))];
  if (words.length < MIN_WORDS) return undefined;
  // Each source sentence's share of the words, read off the postings.
  const shares: { ev: SourceEvidence; k: number; share: number }[] = [];
  for (const ev of sources) {
    const count = new Map<number, number>();
    for (const w of words) for (const k of ev.sentencesWith(w) ?? []) count.set(k, (count.get(k) ?? 0) + 1);
    for (const [k, n] of count) if (n / words.length >= SAME_STATEMENT - AS_CLOSE) shares.push({ ev, k, share: n / words.length });
  }
  if (!shares.length) return undefined;
  shares.sort((a, b) => b.share - a.share);
  const best = shares[0];
  if (best.share < SAME_STATEMENT) return undefined;
  const nameRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${speaker.words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  // The sentence and the start of the next ("Smith agreed"): the page's speaker is named in the sentence itself.
  const around = (ev: SourceEvidence, k: number) => {
    const s = ev.sentences;
    return ev.text.slice(s[k].range.start, k + 1 < s.length ? Math.min(s[k + 1].range.end, s[k + 1].range.start + NEXT_REACH) : s[k].range.end);
  };
  // The claim's speaker in or right after any sentence about as close: the page may give it to them.
  if (shares.some((x) => x.share >= best.share - AS_CLOSE && nameRe.test(foldDiacritics(around(x.ev, x.k).toLowerCase())))) return undefined;
  const sentence = best.ev.text.slice(best.ev.sentences[best.k].range.start, best.ev.sentences[best.k].range.end);
  if (FOR_SOMEONE.test(sentence)) return undefined;
  const theirs = speakers(sentence, true).filter((t) => isName(t.words, sources));
  if (theirs.length !== 1) return undefined;
  const other = theirs[0];
  // Two names of one speaker: a word in common, forms of one word, or written together or side by side on the page.
  if (other.words.some((w) => speaker.words.some((x) => x === w || x.startsWith(w) || w.startsWith(x)))) return undefined;
  const a = speaker.words.join(' ');
  const b = other.words.join(' ');
  for (const [x, y] of [[a, b], ...speaker.words.flatMap((x) => other.words.map((y) => [x, y]))]) {
    if (sameThing(x, y, sources) || nearEachOther(x, y, sources)) return undefined;
  }
  return { name: speaker.name, theirs: other.name };
}
