// The assessment as plain JSON: what is stored with the case, sent over IPC and printed in packs.
import { z } from 'zod';
import { localeSchema } from '../content';
import { actionKeySchema, actionStepSchema } from './action-catalog';
import { EFFECTS, FACTORS, FLAG_KEYS, LEVELS, URGENCIES } from './impact-rules';

/** Raise when the rules change, so a stored assessment shows which rules made it. */
export const ENGINE_VERSION = '1.0.0';

const text = z.string().trim().min(1);

export const levelSchema = z.enum(LEVELS);
export const urgencySchema = z.enum(URGENCIES);
export const factorSchema = z.enum(FACTORS);
export const effectSchema = z.enum(EFFECTS);
export const flagKeySchema = z.enum(FLAG_KEYS);

export const reasonSchema = z.strictObject({
  factor: factorSchema,
  label: text,
  explanation: text,
  effect: effectSchema,
});
export type Reason = z.infer<typeof reasonSchema>;

export const flagSchema = z.strictObject({
  key: flagKeySchema,
  title: text,
  consequence: text,
  source: text,
});
export type Flag = z.infer<typeof flagSchema>;

export const recommendedActionSchema = z.strictObject({
  actionKey: actionKeySchema,
  step: actionStepSchema,
  urgency: urgencySchema,
  /** The catalog title, so a stored plan reads well without the catalog at hand. */
  title: text,
  rationale: text,
  source: text,
});
export type RecommendedAction = z.infer<typeof recommendedActionSchema>;

export const severityOverrideSchema = z.strictObject({
  level: levelSchema,
  reason: text,
  at: z.iso.datetime({ offset: true }),
});
export type SeverityOverride = z.infer<typeof severityOverrideSchema>;

export const assessmentSchema = z.strictObject({
  engineVersion: text,
  locale: localeSchema,
  /** The level the rules found. An advisor's override never replaces it; it sits beside it. */
  level: levelSchema,
  acute: z.boolean(),
  reasons: z.array(reasonSchema),
  flags: z.array(flagSchema),
  actions: z.array(recommendedActionSchema),
  override: severityOverrideSchema.nullable(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** An assessment as stored with the case: the latest run, when it ran, and how many runs there were. */
export const storedAssessmentSchema = z.object({
  assessment: assessmentSchema,
  computedAt: z.string(),
  /** How many times the case was assessed; earlier runs stay in the database and the chronology. */
  runs: z.number().int(),
});
export type StoredAssessment = z.infer<typeof storedAssessmentSchema>;
export type Level = z.infer<typeof levelSchema>;
