/**
 * The shipped support model: logistic regression over the signals in features.ts,
 * fitted on shared/citebench-dev by `node --import tsx bench/support.ts --fit`
 * (FEATURES=covBest,rawDoc,bigramDoc,bestSentence,figureShare,nameShare,missingCount,negMismatch,weakestClause L2=10).
 * Re-fit and paste the printed weights here when the features change.
 */
import type { LogisticModel } from './logistic';

export const SUPPORT_MODEL: LogisticModel = {
  names: ['covBest', 'rawDoc', 'bigramDoc', 'bestSentence', 'figureShare', 'nameShare', 'missingCount', 'negMismatch', 'weakestClause'],
  means: [0.4791, 0.6048, 0.3134, 0.426, 0.8569, 0.8364, 1.4035, 0.1533, 0.3624],
  scales: [0.3078, 0.2927, 0.3026, 0.2981, 0.3381, 0.3248, 0.82, 0.3603, 0.3438],
  weights: [0.2235, 0.2688, 0.4834, 0.2805, 0.3338, 0.1481, 0.2467, -0.1696, 0.3143],
  bias: 0.0564,
};

/** Below this score a claim is "unsupported"; from it up to SUPPORTED_AT, "partial" when something is missing. */
export const UNSUPPORTED_BELOW = 0.52;
export const SUPPORTED_AT = 0.7;
