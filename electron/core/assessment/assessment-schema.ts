// The assessment as plain JSON: what is stored with the case, sent over IPC and printed in packs.
import { z } from 'zod';
import { localeSchema } from '../content';
import { actionKeySchema, actionStepSchema } from './action-catalog';
import { EFFECTS, FACTORS, FLAG_KEYS, LEVELS, RULE_KEYS, type RuleKey, SOURCE_KEYS, URGENCIES } from './impact-rules';

/** Raise when the rules change, so a stored assessment shows which rules made it. */
export const ENGINE_VERSION = '2.0.0';

const text = z.string().trim().min(1);

export const levelSchema = z.enum(LEVELS);
export const urgencySchema = z.enum(URGENCIES);
export const factorSchema = z.enum(FACTORS);
export const effectSchema = z.enum(EFFECTS);
export const flagKeySchema = z.enum(FLAG_KEYS);
export const ruleKeySchema = z.enum(RULE_KEYS as [RuleKey, ...RuleKey[]]);
export const sourceKeySchema = z.enum(SOURCE_KEYS);

/** A source named by key (for the sources page) and by its label in the advisor's language. */
const sourceRefSchema = z.strictObject({ key: sourceKeySchema, label: text });

export const reasonSchema = z.strictObject({
  factor: factorSchema,
  label: text,
  explanation: text,
  effect: effectSchema,
  /** What this factor rests on; each links to the sources page. Older runs have none. */
  sources: z.array(sourceRefSchema).default([]),
});
export type Reason = z.infer<typeof reasonSchema>;

export const flagSchema = z.strictObject({
  key: flagKeySchema,
  title: text,
  consequence: text,
  source: text,
  sourceKey: sourceKeySchema.optional(),
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
  /** The rules that recommend it (older runs: none recorded). */
  rules: z.array(ruleKeySchema).default([]),
  /** When each of those rules applies, in words. */
  conditions: z.array(text).default([]),
  sources: z.array(sourceRefSchema).default([]),
  /** Concrete steps, such as how to report on each platform involved. */
  details: z.array(text).default([]),
});
export type RecommendedAction = z.infer<typeof recommendedActionSchema>;

export const severityOverrideSchema = z.strictObject({
  level: levelSchema,
  reason: text,
  at: z.iso.datetime({ offset: true }),
});
export type SeverityOverride = z.infer<typeof severityOverrideSchema>;

/** An action the rules would recommend but that a recorded refusal or withdrawal of consent stops. */
export const blockedActionSchema = z.strictObject({
  actionKey: actionKeySchema,
  title: text,
  rule: ruleKeySchema,
  consent: z.enum(['class_talk', 'all_pupils_talk']),
  state: z.enum(['refused', 'withdrawn']),
  reason: text,
});
export type BlockedAction = z.infer<typeof blockedActionSchema>;

export const assessmentSchema = z.strictObject({
  engineVersion: text,
  locale: localeSchema,
  /** The level the rules found. An advisor's override never replaces it; it sits beside it. */
  level: levelSchema,
  acute: z.boolean(),
  reasons: z.array(reasonSchema),
  flags: z.array(flagSchema),
  actions: z.array(recommendedActionSchema),
  blocked: z.array(blockedActionSchema).default([]),
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
