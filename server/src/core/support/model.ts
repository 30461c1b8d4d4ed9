/**
 * The shipped support model: logistic regression over the signals in features.ts,
 * fitted on shared/citebench-dev by `node --import tsx bench/support.ts --fit`
 * (FEATURES=covBest,rawDoc,bigramDoc,bestSentence,figureShare,nameShare,missingCount,negMismatch,weakestClause L2=10).
 * Re-fit and paste the printed weights here when the features change.
 */
import type { LogisticModel } from './logistic';

export const SUPPORT_MODEL: LogisticModel = {
  names: ['covBest', 'rawDoc', 'bigramDoc', 'bestSentence', 'figureShare', 'nameShare', 'missingCount', 'negMismatch', 'weakestClause'],
  means: [0.4791, 0.6048, 0.3137, 0.4261, 0.8569, 0.8364, 1.403, 0.1533, 0.3622],
  scales: [0.308, 0.2929, 0.3026, 0.2982, 0.3381, 0.3248, 0.8197, 0.3603, 0.3442],
  weights: [0.2193, 0.2713, 0.4853, 0.2847, 0.3363, 0.1487, 0.2479, -0.1668, 0.3168],
  bias: 0.0563,
};

/** Below this score a claim is "unsupported"; from it up to SUPPORTED_AT, "partial" when something is missing. */
export const UNSUPPORTED_BELOW = 0.52;
export const SUPPORTED_AT = 0.7;
