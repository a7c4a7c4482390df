// The assessment's shapes as the renderer uses them: types from the contract, scales from the
// shared vocabulary.
import type { StoredAssessment } from '@core/contract';

export type { StoredAssessment };
export type Assessment = StoredAssessment['assessment'];
export type Level = Assessment['level'];
export type Reason = Assessment['reasons'][number];
export type Flag = Assessment['flags'][number];
export type Recommendation = Assessment['actions'][number];

export { actionSteps as steps, severityLevels as levels, urgencies } from '@shared';
