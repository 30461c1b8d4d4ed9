/**
 * The shipped support model: logistic regression over the signals in features.ts,
 * fitted on shared/citebench-dev by `node --import tsx bench/support.ts --fit`
 * (FEATURES=bigramDoc,bestSentence,figureShare,nameShare,matchedBest,negMismatch,weakestClause L2=10 AUGMENT=3):
 * each claim as cited, and again with its sources padded to long pages by three sources on
 * similar subjects, so that scores mean the same on a short excerpt and on a whole web page.
 * Re-fit and paste the printed weights here when the features change.
 */
import type { LogisticModel } from './logistic';

export const SUPPORT_MODEL: LogisticModel = {
  names: ['bigramDoc', 'bestSentence', 'figureShare', 'nameShare', 'matchedBest', 'negMismatch', 'weakestClause'],
  means: [0.3362, 0.4575, 0.8818, 0.8676, 1.7929, 0.1467, 0.4229],
  scales: [0.3002, 0.2923, 0.3071, 0.2908, 0.5563, 0.3538, 0.3271],
  weights: [0.4688, 0.267, 0.3661, 0.2419, 0.389, -0.1892, 0.3166],
  bias: 0.0332,
};

/** Below this score a claim is "unsupported"; from it up to SUPPORTED_AT, "partial" when something is missing. */
export const UNSUPPORTED_BELOW = 0.53;
export const SUPPORTED_AT = 0.7;
