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
  means: [0.3278, 0.4471, 0.8846, 0.8645, 1.8295, 0.1617, 0.4101],
  scales: [0.2989, 0.2888, 0.3024, 0.2936, 0.5578, 0.3681, 0.3258],
  weights: [0.5588, 0.3054, 0.3584, 0.1865, 0.2819, -0.1059, 0.2845],
  bias: 0.0528,
};

/** Below this score a claim is "unsupported"; from it up to SUPPORTED_AT, "partial" when something is missing. */
export const UNSUPPORTED_BELOW = 0.53;
export const SUPPORTED_AT = 0.7;
