/**
 * The shipped support model: logistic regression over the signals in features.ts,
 * fitted on shared/citebench-dev by `node --import tsx bench/support.ts --fit`
 * (FEATURES=covBest,rawDoc,bigramDoc,bestSentence,figureShare,nameShare,missingCount,negMismatch L2=10).
 * Re-fit and paste the printed weights here when the features change.
 */
import type { LogisticModel } from './logistic';

export const SUPPORT_MODEL: LogisticModel = {
  names: ['covBest', 'rawDoc', 'bigramDoc', 'bestSentence', 'figureShare', 'nameShare', 'missingCount', 'negMismatch'],
  means: [0.4791, 0.6048, 0.3134, 0.426, 0.8633, 0.8364, 1.4035, 0.1567],
  scales: [0.3078, 0.2927, 0.3026, 0.2981, 0.3297, 0.3248, 0.82, 0.3635],
  weights: [0.2621, 0.2922, 0.5023, 0.3407, 0.3181, 0.135, 0.1576, -0.1761],
  bias: 0.0354,
};

/** Below this score a claim is "unsupported"; from it up to SUPPORTED_AT, "partial" when something is missing. */
export const UNSUPPORTED_BELOW = 0.52;
export const SUPPORTED_AT = 0.7;
