/**
 * The words of a rise and of a fall, one vocabulary for every check that reads which way a figure went: the way a
 * sentence says a change went (`features.ts`), a difference the writer worked out (`worked.ts`), a figure worked out
 * of a page's window (`fromPage.ts`), and a change said the other way at the page's own figure (`changes.ts`). Each
 * place reads them where it needs them (anywhere in a part, or right before a figure) and adds words of its own kind
 * ("higher", "a loss"); the verbs themselves are listed once, here, in all their forms.
 *
 * Only words whose way does not depend on what is measured: "improved" and "better" are left out (unemployment improves
 * by falling), and so are the forms of a verb that are as often another word's: "a contract", "contracts", "a narrow
 * lead", "with ease", "10 rebounds", "the slides", "its trims".
 */

/** Verbs of a rise, which a figure does, in all their forms, and "up". */
export const RISE_WORDS: readonly string[] = [
  'rise', 'rises', 'rising', 'rose', 'risen',
  'grow', 'grows', 'growing', 'grew', 'grown',
  'increase', 'increases', 'increasing', 'increased',
  'climb', 'climbs', 'climbing', 'climbed',
  'jump', 'jumps', 'jumping', 'jumped',
  'gain', 'gains', 'gaining', 'gained',
  'surge', 'surges', 'surging', 'surged',
  'soar', 'soars', 'soaring', 'soared',
  'expand', 'expands', 'expanding', 'expanded',
  'rebound', 'rebounding', 'rebounded',
  'widen', 'widens', 'widening', 'widened',
  'up',
];

/** Verbs of raising a figure, which someone does to it ("raised prices 5%", "added 300 jobs"). */
export const RAISE_WORDS: readonly string[] = ['raise', 'raises', 'raising', 'raised', 'adds', 'adding', 'added'];

/** Verbs of a fall, which a figure does, in all their forms, and "down". */
export const FALL_WORDS: readonly string[] = [
  'fall', 'falls', 'falling', 'fell', 'fallen',
  'drop', 'drops', 'dropping', 'dropped',
  'decline', 'declines', 'declining', 'declined',
  'decrease', 'decreases', 'decreasing', 'decreased',
  'shrink', 'shrinks', 'shrinking', 'shrank', 'shrunk',
  'slip', 'slips', 'slipping', 'slipped',
  'slide', 'sliding', 'slid',
  'dip', 'dips', 'dipping', 'dipped',
  'plunge', 'plunges', 'plunging', 'plunged',
  'plummet', 'plummets', 'plummeting', 'plummeted',
  'tumble', 'tumbles', 'tumbling', 'tumbled',
  'eases', 'easing', 'eased',
  'contracting', 'contracted',
  'narrows', 'narrowing', 'narrowed',
  'down',
];

/** Verbs of cutting a figure, which someone does to it ("cut its forecast by 0.5 points", "reduced fees"). */
export const CUT_WORDS: readonly string[] = [
  'cut', 'cuts', 'cutting',
  'reduce', 'reduces', 'reducing', 'reduced',
  'lowers', 'lowering', 'lowered',
  'trim', 'trimming', 'trimmed',
];

/** Every word of a rise, and of a fall: what a figure does and what is done to it. */
export const UP_WORDS: readonly string[] = [...RISE_WORDS, ...RAISE_WORDS];
export const DOWN_WORDS: readonly string[] = [...FALL_WORDS, ...CUT_WORDS];

/** An alternation of `words` (and `extra`, words or patterns of the caller's own), longest first, for a regular expression. */
export function wordsPattern(words: readonly string[], ...extra: string[]): string {
  return `(?:${[...words, ...extra].sort((a, b) => b.length - a.length).join('|')})`;
}

/** A regular expression that finds any of `words` (and `extra`) as a whole word, case aside. */
export function anyWord(words: readonly string[], ...extra: string[]): RegExp {
  return new RegExp(`\\b${wordsPattern(words, ...extra)}\\b`, 'i');
}

/**
 * The words of a rise or a fall said anywhere in a sentence of a page: the verbs a figure does, and "up from", "down
 * from" (not "up" alone, "set up", nor what someone does to a figure, which may be of another figure of the sentence).
 */
export const ROSE_IN_SENTENCE = anyWord(RISE_WORDS.filter((w) => w !== 'up'), 'up\\s+from');
export const FELL_IN_SENTENCE = anyWord(FALL_WORDS.filter((w) => w !== 'down'), 'down\\s+from');
