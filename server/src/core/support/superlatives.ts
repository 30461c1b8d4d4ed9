/**
 * "One of" dropped: "It is the best-preserved example of post-Mannerist architecture" against a
 * page that says "one of the best conserved examples of post-Mannerist architecture"; "the only
 * university that awards full scholarships" where the page says "one of the few universities".
 * Every word of the sentence is on the page, so it reads as supported; what it claims (first,
 * oldest, only) the page claims of a group.
 *
 * Said (`oneOfDropped`) only where the page is clear: the sentence says "the" and a superlative
 * ("oldest", "best", "most …", "first") or "only", with no "one of" or "among" before it; the page
 * sentence that states the rest of the sentence (SAME_STATEMENT of its other words) says "one of
 * the" or "among the" and the same superlative ("one of the few" or "one of only" for "only"),
 * with a word of what it is (the words right after it) in common with the sentence's; and no
 * sentence of the sources says "the" and that superlative of that thing without "one of" before
 * it ("Lagos, the largest city in Nigeria, is one of the largest cities in the world").
 */
import { contentStems, tokenize, isStopword, type Token } from '../text';
import type { SourceEvidence } from './evidence';

/** Words ending in "-est" that are no superlatives. */
const NOT_SUPERLATIVE = new Set([
  'arrest', 'behest', 'bequest', 'chest', 'conquest', 'contest', 'crest', 'digest', 'earnest', 'everest', 'forest', 'guest', 'harvest', 'honest', 'incest', 'infest', 'ingest',
  'inquest', 'interest', 'invest', 'jest', 'lest', 'manifest', 'modest', 'molest', 'nest', 'pest', 'protest', 'quest', 'request', 'rest', 'suggest', 'test', 'unrest', 'vest', 'west',
  'zest', 'attest', 'detest', 'divest', 'wrest', 'abreast', 'breast', 'beast', 'feast', 'least', 'east', 'yeast', 'priest', 'fest', 'midwest', 'southwest', 'northwest',
]);
/** The superlative of a word, or "only": what a sentence may say of one thing that a page says of a group. */
function superlative(word: string): boolean {
  if (word === 'best' || word === 'worst' || word === 'most' || word === 'least' || word === 'first' || word === 'only') return true;
  return word.length >= 6 && word.endsWith('est') && !NOT_SUPERLATIVE.has(word);
}
/** Before a superlative in the sentence: it is of a group already ("one of the oldest", "among the first"). */
const OF_A_GROUP = /\b(?:one|some|two|three|several|many|few|any|each)\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:\S+\s+)?$|\bamong\s+(?:the\s+)?(?:\S+\s+)?$/i;
/** How many content words after the superlative say what it is of. */
const WHAT = 3;
/** The share of the sentence's other content words the page sentence must hold to state the same thing. */
const SAME_STATEMENT = 0.5;
/** The longest sentence read. */
const MAX_CHARS = 600;

/** The content stems of the few words after token k (what a superlative is of), within its clause. */
function ofWhat(text: string, tokens: Token[], k: number): { stems: string[]; last: number } {
  const stems: string[] = [];
  let last = k;
  for (let j = k + 1; j < tokens.length && stems.length < WHAT; j++) {
    if (/[,;:()]|[.!?]\s/.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
    if (isStopword(tokens[j].word)) {
      // "the oldest player to …", "the first of its kind": what it is of ends at its first function word, once one is read.
      if (stems.length) break;
      continue;
    }
    if (!/^\d/.test(tokens[j].word)) {
      stems.push(tokens[j].stem);
      last = j;
    }
  }
  return { stems, last };
}

/** The page's words for a group the sentence's superlative belongs to: "one of the few" for "only". */
function groupPattern(word: string): RegExp {
  const w = word === 'only' ? '(?:few|only|handful\\s+of|a\\s+few|a\\s+handful\\s+of)' : word === 'most' || word === 'least' ? `${word}\\s+[\\p{L}-]+` : word;
  return new RegExp(`\\b(?:one\\s+of|among)\\s+(?:the\\s+)?${w}(?![\\p{L}])`, 'giu');
}

/** Where a sentence of the sources says "the" and the superlative, not "one of the": the page says it of one thing too. */
function saidOfOne(text: string, word: string, what: string[]): boolean {
  const re = new RegExp(`\\b(?:the|its|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+){0,1}${word}(?![\\p{L}])`, 'giu');
  for (const m of text.matchAll(re)) {
    if (OF_A_GROUP.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    const after = contentStems(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60)).slice(0, WHAT + 1);
    if (after.some((x) => what.includes(x))) return true;
  }
  return false;
}

export function oneOfDropped(sentence: string, evs: readonly SourceEvidence[]): { mine: string; theirs: string } | undefined {
  if (sentence.length > MAX_CHARS || /\?/.test(sentence)) return undefined;
  const tokens = tokenize(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].word;
    if (!superlative(word)) continue;
    // "The" (or a possessive) right before it, or before one word before it ("the very best", "the world's oldest").
    const before = sentence.slice(Math.max(0, tokens[i].start - 40), tokens[i].start);
    if (!/\b(?:the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+)?$/iu.test(before) || OF_A_GROUP.test(before)) continue;
    // "At least", "at most", "the first time", "the most recent": no claim of a group.
    if (/\bat\s+$/i.test(before) || /^\s+(?:time|times|place|recent|recently|likely|part|half|step|step)\b/i.test(sentence.slice(tokens[i].end, tokens[i].end + 12))) continue;
    const of = ofWhat(sentence, tokens, word === 'most' || word === 'least' ? i + 1 : i);
    const what = of.stems;
    if (!what.length) continue;
    const words = new Set(tokens.filter((t, k) => k !== i && !isStopword(t.word) && !/^\d/.test(t.word)).map((t) => t.stem));
    if (words.size < 3) continue;
    for (const ev of evs) {
      if (saidOfOne(ev.text, word, what)) return undefined;
    }
    for (const ev of evs) {
      const re = groupPattern(word);
      for (const m of ev.text.matchAll(re)) {
        const at = m.index!;
        const s = ev.sentences.find((x) => at >= x.range.start && at < x.range.end);
        if (!s) continue;
        const share = new Set(s.stems.filter((x) => words.has(x))).size / words.size;
        if (share < SAME_STATEMENT) continue;
        const rest = ev.text.slice(at + m[0].length, Math.min(s.range.end, at + m[0].length + 80));
        const restTokens = tokenize(rest);
        const theirs = ofWhat(rest, [{ word: '', stem: '', start: 0, end: 0 } as Token, ...restTokens], 0);
        if (!theirs.stems.some((x) => what.includes(x))) continue;
        const start = sentence.slice(0, tokens[i].start).search(/\b(?:the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+)?$/iu);
        const theirsEnd = at + m[0].length + (theirs.last > 0 ? restTokens[theirs.last - 1].end : 0);
        return { mine: sentence.slice(start, tokens[of.last].end), theirs: ev.text.slice(at, theirsEnd).replace(/\s+/g, ' ') };
      }
    }
  }
  return undefined;
}
