/**
 * One word of the page swapped for its antonym: "Classes on the Bible as literature should be
 * compulsory" against a page that says "… should be optional"; "Woollen and worsted yarns are
 * similar in structure" where it says "dissimilar". Every other word of the sentence is the
 * page's, so it reads as supported; the one word it changed says the opposite.
 *
 * Said (`antonymInPlace`) only where the swap is plain: a word of the sentence (lower case, not
 * negated in its clause: "not small" may be the page's "large") is in no sentence of the source that holds the
 * words beside it, and the page sentence that states the rest of the sentence (SAME_STATEMENT of
 * its words) has, between the very same words (the content word right before it and the one right
 * after it, where the sentence has them; at least one), a word that WordNet gives as its antonym
 * (`antonyms.data.ts`, built by `npm run antonyms`: direct antonyms, and for an adjective similar
 * to a head adjective, the head's: "compulsory" against "optional"), itself not negated in its
 * clause ("is not in orbit around the Earth, like the Hubble" says what "unlike the Hubble" does).
 * WordNet's antonyms cover many senses ("open" and "final"); the same words on both sides of the
 * swap are what make it the same statement.
 */
import { tokenize, isStopword, type Token } from '../text';
import type { SourceEvidence } from './evidence';
import { ANTONYMS } from './antonyms.data';
import { NEGATING_WORDS } from './statedAs';

let table: Map<string, readonly string[]> | undefined;
/** The antonyms of a stem (the table read on first use). */
function antonymsOf(stem: string): readonly string[] {
  if (!table) {
    table = new Map();
    for (const line of ANTONYMS.split('\n')) {
      const [k, ...v] = line.split(' ');
      table.set(k, v);
    }
  }
  return table.get(stem) ?? [];
}

/** The share of the sentence's content words the page sentence must hold to state the same thing. */
const SAME_STATEMENT = 0.6;
/** How many words before a word are read for a negation of it. */
const NEGATION_REACH = 3;
/** The longest sentence read. */
const MAX_CHARS = 600;

/** The content word next to token i on one side (-1 or +1), within its clause: its stem, or '' at the clause's edge. */
function beside(text: string, tokens: Token[], i: number, side: -1 | 1): string {
  for (let k = i + side; k >= 0 && k < tokens.length; k += side) {
    const [a, b] = side < 0 ? [tokens[k], tokens[k + 1]] : [tokens[k - 1], tokens[k]];
    if (/[,;:()—–!?"“”]|\.\s/.test(text.slice(a.end, b.start))) return '';
    if (!isStopword(tokens[k].word) && !/^\d/.test(tokens[k].word)) return tokens[k].stem;
  }
  return '';
}

/** Whether a word is negated: a negation a few words before it, or earlier in its clause ("is not in orbit around the Earth, like the Hubble"; "unlike"). */
function negated(text: string, tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (NEGATING_WORDS.has(tokens[k].word) || /n['’]t$/.test(tokens[k].word)) return true;
    // Past a few words, only to the clause's start (a full stop, a semicolon or a colon).
    if (i - k >= NEGATION_REACH && /[;:]|[.!?]\s/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
  }
  return false;
}

/** The numbers of a text from a point to the end of its sentence. */
function numbersAfter(text: string, from: number): string[] {
  const rest = text.slice(from);
  const end = rest.search(/[;!?]|\.(?:\s|$)/);
  return tokenize(end >= 0 ? rest.slice(0, end) : rest).filter((t) => /^\d/.test(t.word)).map((t) => t.word);
}

const capitalised = (text: string, t: Token) => /^\p{Lu}/u.test(text.slice(t.start, t.end));

export function antonymInPlace(sentence: string, evs: readonly SourceEvidence[]): { mine: string; theirs: string } | undefined {
  if (sentence.length > MAX_CHARS || /\?/.test(sentence)) return undefined;
  const tokens = tokenize(sentence);
  const content = tokens.filter((t) => !isStopword(t.word) && !/^\d/.test(t.word));
  const words = new Set(content.map((t) => t.stem));
  if (words.size < 3) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isStopword(t.word) || /^\d/.test(t.word) || (i > 0 && capitalised(sentence, t)) || negated(sentence, tokens, i)) continue;
    const opposites = antonymsOf(t.stem);
    if (!opposites.length) continue;
    const left = beside(sentence, tokens, i, -1);
    const right = beside(sentence, tokens, i, 1);
    if (!left && !right) continue;
    for (const ev of evs) {
      // The sentence's word beside the same words anywhere in the source: the page may say both.
      const holding = [left, right].filter(Boolean).flatMap((w) => [...(ev.sentencesWith(w) ?? [])]);
      if (holding.some((k) => ev.sentences[k].stemSet.has(t.stem))) continue;
      for (const k of new Set(holding)) {
        const s = ev.sentences[k];
        if (new Set(s.stems.filter((x) => words.has(x))).size < SAME_STATEMENT * words.size) continue;
        if (!opposites.some((o) => s.stemSet.has(o))) continue;
        const text = ev.text.slice(s.range.start, s.range.end);
        const theirs = tokenize(text);
        for (let j = 0; j < theirs.length; j++) {
          if (!opposites.includes(theirs[j].stem) || capitalised(text, theirs[j]) || negated(text, theirs, j)) continue;
          if ((left && beside(text, theirs, j, -1) !== left) || (right && beside(text, theirs, j, 1) !== right)) continue;
          // The numbers of the sentence's clause are the page sentence's too: "closes on Friday, March 10" is no swap of "opens on Friday, March 3".
          if (numbersAfter(sentence, t.end).some((x) => !theirs.some((y) => y.word === x))) continue;
          return { mine: sentence.slice(t.start, t.end), theirs: text.slice(theirs[j].start, theirs[j].end) };
        }
      }
    }
  }
  return undefined;
}
