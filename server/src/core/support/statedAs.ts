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
 * Verbs that say a thing fell short of another or was refused: "miss its interruptions target", "lacks a plan",
 * "declined to name", "refused to say"; and "short" after "fell" or "came" ("fell short of its goal"). Not the forms
 * that are also adjectives or nouns of another sense ("the missing hikers", "failing schools", "a decline in sales",
 * "a short walk").
 */
const FALLING_SHORT = new Set(['miss', 'missed', 'misses', 'fail', 'fails', 'failed', 'lack', 'lacks', 'lacked', 'declined', 'refuse', 'refused', 'refuses']);
const FELL_SHORT = new Set(['fell', 'fall', 'falls', 'falling', 'fallen', 'came', 'come', 'comes', 'coming']);
/** Words that make what "rather than" or "instead of" sets aside a lesser share, not a denial. */
const MOSTLY = /\b(?:mostly|mainly|largely|chiefly|primarily|predominantly|usually|generally|more\s+often)\b/i;

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
      // ("Mostly replaced walking rather than car journeys" says which mostly, not that no car journey was replaced.)
      else if (w === 'than' && tokens[k - 1]?.word === 'rather') neg = !MOSTLY.test(text.slice(0, tokens[k].start));
      else if (w === 'of' && tokens[k - 1]?.word === 'instead') neg = !MOSTLY.test(text.slice(0, tokens[k].start));
      // A verb of falling short: "did not meet its target" and "expects to miss its target again" agree.
      else if (FALLING_SHORT.has(w) || (w === 'short' && FELL_SHORT.has(tokens[k - 1]?.word ?? ''))) neg = true;
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

/** A sentence that opens on a time before now: "Previously, …", "Under the original partnership, …", "For years, …", "Before the amendment, …". */
const OPENS_IN_THE_PAST = /(?:^|[.!?]["”’)]?\s+)\W*(?:previously|formerly|originally|earlier|in the past|for (?:years|decades|months)|until (?:now|recently)|under the (?:original|old|previous|prior|former|earlier)\b|before (?:the|this|that|it|its|then)\b)/iu;
/** A verb in the past, or a word that dates what its clause says before now: "were exclusive", "had linked", "used to". */
const PAST_IN_CLAUSE = /\b(?:was|were|had|used\s+to|previously|formerly|originally)\b/iu;
/** Where a clause ends, for what a past form is said of: punctuation and the words that begin another clause. */
const CLAUSE_PARTS = /[,;:—–()]|\b(?:which|who|whom|whose|that|but|while|whereas|although|though|and)\b/iu;

/**
 * Whether a passage places what it states of `stems` (all of it, when none are given) in the past:
 * a sentence of it opens on a time before now ("Previously, Azure held…", "Under the original
 * partnership…", "For years, OpenAI relied…"), or a clause of it with one of the words has a past
 * form of "be" or "have", "used to", "previously" ("…were exclusive to Azure", "the prior
 * arrangement had linked…"). Not "the old bridge is open", nor "The factory, which was built in
 * 1950, produces steel" of the steel. What it says held then is no statement of what holds now.
 */
export function placedInPast(text: string, stems?: Iterable<string>): boolean {
  if (OPENS_IN_THE_PAST.test(text)) return true;
  if (!PAST_IN_CLAUSE.test(text)) return false;
  const wanted = stems ? new Set(stems) : undefined;
  return text.split(CLAUSE_PARTS).some((clause) => clause && PAST_IN_CLAUSE.test(clause) && (!wanted || tokenize(clause).some((t) => wanted.has(t.stem))));
}
