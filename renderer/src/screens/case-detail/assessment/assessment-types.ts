// The assessment's shapes and value lists as the renderer uses them, typed against the contract.
// The lists are written out (not imported from core) so zod stays out of the renderer bundle; the
// Record types make the build fail here if core adds a level, urgency or step.
import type { CallOutput } from '../../../../../electron/core/contract';

export type StoredAssessment = NonNullable<CallOutput<'assessmentGet'>>;
export type Assessment = StoredAssessment['assessment'];
export type Level = Assessment['level'];
export type Reason = Assessment['reasons'][number];
export type Flag = Assessment['flags'][number];
export type Recommendation = Assessment['actions'][number];

const keys = <T extends string>(record: Record<T, true>): T[] => Object.keys(record) as T[];

/** Light to heavy, as in core/assessment/impact-rules.ts. */
export const levels = keys<Level>({ low: true, moderate: true, high: true, critical: true });
/** Most to least urgent. */
export const urgencies = keys<Recommendation['urgency']>({ now: true, today: true, this_week: true, later: true });
/** The guidance note's steps 2 and 3, then aftercare. */
export const steps = keys<Recommendation['step']>({ act: true, communicate: true, aftercare: true });
