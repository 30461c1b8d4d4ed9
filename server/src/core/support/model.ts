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
  means: [0.3362, 0.472, 0.8883, 0.8676, 1.7894, 0.145, 0.4402],
  scales: [0.3002, 0.2996, 0.2971, 0.2908, 0.5568, 0.3521, 0.3365],
  weights: [0.3917, 0.3133, 0.2611, 0.2479, 0.3864, -0.23, 0.3779],
  bias: 0.0379,
};

/** Below this score a claim is "unsupported"; from it up to SUPPORTED_AT, "partial" when something is missing. */
export const UNSUPPORTED_BELOW = 0.53;
export const SUPPORTED_AT = 0.7;
