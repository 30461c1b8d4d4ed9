/**
 * How a sentence states a word: negatively ("non-exclusive", "no longer exclusive", "ending the
 * exclusive license", "exclusivity is gone") or plainly, with the words next to it. Read by the
 * disagreement search (two sources) and by the polarity flip (a claim and its passage).
 */
import { abbreviatesNumber, isStopword, stem, tokenize } from '../text';

/**
 * Verbs and nouns that state the end of what follows them ("ending Microsoft's exclusive license",
 * "the removal of the clause", "lifts the exclusivity") or, as participles, of what precedes them
 * ("the clause was eliminated", "that exclusivity is now gone"): a statement of "not X" as much as "non-X".
 */
export const ENDING_STEMS = new Set(['end', 'remov', 'drop', 'elimin', 'lose', 'loss', 'lift', 'scrap', 'abolish', 'revok', 'revoc', 'termin', 'dissolv', 'dissolut', 'strip', 'ceas', 'abandon', 'relinquish', 'waiv', 'surrend', 'rescind', 'cancel']);
export const NEGATING_WORDS = new Set(['not', 'no', 'never', 'non', 'without', 'longer', 'nor', 'neither', 'cannot', "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "won't", "no-longer"]);
/** Adverbs that say when or how surely, not of what: no part of the statement's subject ("the licence is now non-exclusive"). */
export const SENTENCE_ADVERBS = new Set(['now', 'also', 'still', 'already', 'currently', 'previously', 'formerly', 'officially', 'reportedly', 'effectively', 'entirely', 'even', 'just', 'only', 'then', 'again', 'longer']);
/** Words a negation or an ending verb reaches over: "ending Microsoft's exclusive license", "no longer an exclusive one". */
const REACH_OVER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|of|any|all|some|now|also|still|longer|more|[\p{L}]+['’]s)$/u;

/**
 * How a sentence states the word whose stem is `t`: negatively ("non-exclusive", "not exclusive",
 * "no longer exclusive", "ending the exclusive license", "exclusivity is gone", "rather than a
 * breakup") or plainly, with the content stems next to it (two on each side). Undefined when the
 * sentence states it both ways.
 */
export function statedAs(text: string, t: string): { negative: boolean; near: Set<string> } | undefined {
  const tokens = tokenize(text);
  const content = (k: number) => !!tokens[k] && !isStopword(tokens[k].word) && !NEGATING_WORDS.has(tokens[k].word) && !SENTENCE_ADVERBS.has(tokens[k].word) && !/^\d/.test(tokens[k].word);
  let negative: boolean | undefined;
  const near = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const glued = /^non-?(?=[a-z]{4,})/.exec(tokens[i].word);
    const isT = tokens[i].stem === t || (glued && stem(tokens[i].word.slice(glued[0].length)) === t);
    if (!isT) continue;
    const gap = (a: number, b: number) => /[.;:!?()]/.test(text.slice(tokens[a].end, tokens[b].start));
    let neg = !!glued;
    // Before it: a negation or an ending word, over function words and names' possessives, and a
    // negation also over one other word ("will not stay open"); "non" only right before it.
    for (let k = i - 1, other = 0; k >= 0 && k >= i - 4 && !neg && !gap(k, k + 1); k--) {
      const w = tokens[k].word;
      // "whether or not X" asks, it does not deny.
      if (w === 'not' && tokens[k - 1]?.word === 'or' && tokens[k - 2]?.word === 'whether') break;
      if (NEGATING_WORDS.has(w) && !abbreviatesNumber(text, tokens[k])) neg = w !== 'non' || k === i - 1;
      else if (ENDING_STEMS.has(tokens[k].stem) && other === 0) neg = true;
      else if (w === 'than' && tokens[k - 1]?.word === 'rather') neg = true;
      else if (w === 'of' && tokens[k - 1]?.word === 'instead') neg = true;
      else if (REACH_OVER.test(w) || w === 'to' || w === 'be') continue;
      else if (++other > 1) break;
    }
    // After it: "was eliminated", "is now gone", "removed".
    for (let k = i + 1; k < tokens.length && !neg && k <= i + 3 && !gap(k - 1, k); k++) {
      const w = tokens[k].word;
      if (w === 'gone' || (ENDING_STEMS.has(tokens[k].stem) && /(?:ed|lost|gone)$/.test(w))) neg = true;
      else if (!/^(?:is|are|was|were|be|been|has|have|had|now|also|since|then|effectively|entirely|officially)$/.test(w)) break;
    }
    if (negative !== undefined && negative !== neg) return undefined;
    negative = neg;
    let left = 0;
    for (let k = i - 1; k >= 0 && left < 2; k--) if (content(k) && !ENDING_STEMS.has(tokens[k].stem)) {
      near.add(tokens[k].stem);
      left++;
    }
    let right = 0;
    for (let k = i + 1; k < tokens.length && right < 2; k++) if (content(k) && !ENDING_STEMS.has(tokens[k].stem)) {
      near.add(tokens[k].stem);
      right++;
    }
  }
  return negative === undefined ? undefined : { negative, near };
}

const IN_THE_PAST = /\b(?:was|were|had|used\s+to|previously|formerly|originally|earlier|prior|former|original|previous|for\s+(?:years|decades|months)|in\s+the\s+past|until\s+(?:now|recently|then)|at\s+the\s+time)\b|(?<![-\p{L}])old\b/iu;

/**
 * Whether a passage places what it states in the past: a past form of "be" or "have", "used to", or
 * a word that dates it before now ("Previously, Azure held…", "Under the original partnership…",
 * "For years, OpenAI relied…"). Not the "-old" of an age. What it says held then is no statement
 * of what holds now.
 */
export function placedInPast(text: string): boolean {
  return IN_THE_PAST.test(text);
}
