/**
 * The shipped support model: logistic regression over the signals in features.ts, fitted by
 * `node --import tsx bench/support.ts --fit` (FEATURES=bigramDoc,bestSentence,figureShare,nameShare,
 * matchedBest,weakestClause,nameConflict,polarityFlip L2=10 AUGMENT=3 NEGATIVES_EVERY=3) on both development sets
 * together: shared/citebench-dev as cited and with its sources padded to long pages by three
 * sources on similar subjects (so that scores mean the same on a short excerpt and on a whole web
 * page), shared/citebench-wice-dev (whole pages; `partial` counts as not supported), and the
 * negatives generated from both (bench/data/negatives.json: a claim against another claim's page,
 * or with a figure, name, year or polarity changed; every third of them, so that they teach the
 * model what a changed name or negation means without outweighing the real claims).
 * Re-fit and paste the printed weights here when the features change, then re-choose the thresholds below.
 */
import type { LogisticModel } from './logistic';

export const SUPPORT_MODEL: LogisticModel = {
  names: ['bigramDoc', 'bestSentence', 'figureShare', 'nameShare', 'matchedBest', 'weakestClause', 'nameConflict', 'polarityFlip'],
  means: [0.3112, 0.4279, 0.8663, 0.8294, 1.7546, 0.392, 0.0971, 0.0606],
  scales: [0.2795, 0.2646, 0.3208, 0.3049, 0.5334, 0.2917, 0.2961, 0.2386],
  weights: [0.3679, 0.3709, 0.5842, 0.352, 0.0961, 0.268, -0.6118, -0.6365],
  bias: -1.0446,
};

/**
 * The verdicts, chosen on both development sets (`npm run bench:support`), precision first: a
 * wrong warning on a good sentence teaches a writer to ignore every warning.
 * - Below UNSUPPORTED_BELOW (the default of the `cited.support.threshold` setting) a claim is
 *   "unsupported", a warning: at most 10% of the supported claims of each set score that low.
 *   One threshold serves short passages and whole pages alike, as the model is fitted on both
 *   (and on short passages padded to long pages): the 10% points of the two sets fall together.
 * - From it up to WEAK_BELOW, "weak": shown as information ("Weakly supported"), never as a warning;
 *   unless less than MOSTLY_ABSENT of the sentence's content words are anywhere in the sources
 *   (a sentence with no names or figures to get wrong can score in the weak band on its grammar
 *   alone), or no sentence of the sources holds NOTHING_STATED of its rarity-weighted words while they hold under MOSTLY_HELD of its words (a
 *   long page on a related subject has many of the sentence's words, each in a passage about
 *   something else, and states none of it): then "unsupported" too.
 * - From there up to SUPPORTED_AT, "partial" when a figure or some of the claim's words are not in
 *   the sources; else, and above, "supported".
 * - Whatever the score, "unsupported" when the sources contradict the sentence outright (below).
 */
export const UNSUPPORTED_BELOW = 0.16;
export const WEAK_BELOW = 0.3;
export const MOSTLY_ABSENT = 1 / 3;
/**
 * A sentence no source sentence holds an eighth of (by rarity-weighted words, `bestSentence`) is
 * not weakly backed but not backed: in the weak band it is "unsupported". On both development
 * sets no supported claim in the weak band is under 0.139 (the sets hold no lists or tables: see
 * MOSTLY_HELD); pages of other claims on related subjects (the `other-page` negatives) are, often.
 */
export const NOTHING_STATED = 1 / 8;
/**
 * …but only when the sources hold under three quarters of its words (`rawDoc`): a list or a table
 * gives a sentence that sums it up one word an item or a cell, so none of its sentences holds much
 * of it while the page holds nearly all (found in review).
 */
export const MOSTLY_HELD = 3 / 4;
/**
 * A sentence the sources contradict outright is "unsupported" whatever its score: its best passage
 * states plainly what it negates, or negates what it states (`polarityFlip`). A name of the
 * sentence no source holds, with another in its place in the source (`conflicts.ts`), is confident
 * below this score (a name can be a title or a word of a heading). A figure the source gives
 * otherwise has its own warning (number-mismatch) and does not change the verdict.
 */
export const NAME_CONFLICT_BELOW = 0.4;
export const SUPPORTED_AT = 0.5;
