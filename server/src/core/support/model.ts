/**
 * The shipped support model: logistic regression over the signals in features.ts,
 * fitted on shared/citebench-dev by `node --import tsx bench/support.ts --fit`
 * (FEATURES=covBest,rawDoc,bigramDoc,bestSentence,figureShare,nameShare,matchedBest,negMismatch,weakestClause L2=10).
 * Re-fit and paste the printed weights here when the features change.
 */
import type { LogisticModel } from './logistic';

export const SUPPORT_MODEL: LogisticModel = {
  names: ['covBest', 'rawDoc', 'bigramDoc', 'bestSentence', 'figureShare', 'nameShare', 'matchedBest', 'negMismatch', 'weakestClause'],
  means: [0.4791, 0.6048, 0.3137, 0.4261, 0.8569, 0.8364, 1.7555, 0.1533, 0.3622],
  scales: [0.308, 0.2929, 0.3026, 0.2982, 0.3381, 0.3248, 0.6238, 0.3603, 0.3442],
  weights: [0.0787, 0.0856, 0.4168, 0.2157, 0.3367, 0.15, 0.3527, -0.1706, 0.3153],
  bias: 0.0375,
};

/** Below this score a claim is "unsupported"; from it up to SUPPORTED_AT, "partial" when something is missing. */
export const UNSUPPORTED_BELOW = 0.53;
export const SUPPORTED_AT = 0.7;
