/**
 * The shipped support model: logistic regression over the signals in features.ts,
 * fitted on shared/citebench-dev by `node --import tsx bench/support.ts --fit`
 * (FEATURES=covBest,rawDoc,bigramDoc,bestSentence,figureShare,nameShare,missingCount,negMismatch,weakestClause L2=10).
 * Re-fit and paste the printed weights here when the features change.
 */
import type { LogisticModel } from './logistic';

export const SUPPORT_MODEL: LogisticModel = {
  names: ['covBest', 'rawDoc', 'bigramDoc', 'bestSentence', 'figureShare', 'nameShare', 'missingCount', 'negMismatch', 'weakestClause'],
  means: [0.4791, 0.6048, 0.3134, 0.426, 0.8569, 0.8364, 1.4035, 0.1533, 0.3603],
  scales: [0.3078, 0.2927, 0.3026, 0.2981, 0.3381, 0.3248, 0.82, 0.3603, 0.3446],
  weights: [0.2221, 0.2674, 0.4845, 0.2786, 0.3314, 0.1469, 0.2489, -0.1703, 0.3228],
  bias: 0.0576,
};

/** Below this score a claim is "unsupported"; from it up to SUPPORTED_AT, "partial" when something is missing. */
export const UNSUPPORTED_BELOW = 0.52;
export const SUPPORTED_AT = 0.7;
