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
  means: [0.3561, 0.4781, 0.8946, 0.8676, 1.7939, 0.1383, 0.4443],
  scales: [0.3169, 0.3039, 0.2913, 0.2908, 0.5572, 0.3452, 0.3356],
  weights: [0.4845, 0.2583, 0.3136, 0.2502, 0.3521, -0.2683, 0.3754],
  bias: 0.0333,
};

/** Below this score a claim is "unsupported"; from it up to SUPPORTED_AT, "partial" when something is missing. */
export const UNSUPPORTED_BELOW = 0.53;
export const SUPPORTED_AT = 0.7;
