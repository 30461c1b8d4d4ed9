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
  means: [0.3362, 0.469, 0.8871, 0.8676, 1.7829, 0.15, 0.4352],
  scales: [0.3002, 0.299, 0.2996, 0.2908, 0.558, 0.3571, 0.3354],
  weights: [0.4266, 0.3153, 0.2864, 0.2484, 0.3647, -0.1803, 0.3371],
  bias: 0.0398,
};

/** Below this score a claim is "unsupported"; from it up to SUPPORTED_AT, "partial" when something is missing. */
export const UNSUPPORTED_BELOW = 0.53;
export const SUPPORTED_AT = 0.7;
