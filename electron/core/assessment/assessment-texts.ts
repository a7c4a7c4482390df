// The words of the assessment: level names, factor names, explanations, flags, rationales and
// sources, in resources/assessment/{nl,en}.json. The schema is built from the keys the rules use,
// so a rule can never point at a sentence that is missing in one of the languages.
import { z } from 'zod';
import en from '@resources/assessment/en.json';
import nl from '@resources/assessment/nl.json';
import { contentLoader, type Locale } from '../content';
import { EXPLANATION_KEYS, FACTORS, FLAG_KEYS, LEVELS, RATIONALE_KEYS, SOURCE_KEYS, TERM_KEYS } from './impact-rules';

const text = z.string().trim().min(1);

/** An object that must have exactly these keys, each with a non-empty text (or the given schema). */
function keyed<K extends string, S extends z.ZodType = typeof text>(keys: readonly K[], value?: S) {
  const shape = Object.fromEntries(keys.map((k) => [k, value ?? text]));
  return z.strictObject(shape) as unknown as z.ZodType<Record<K, z.infer<S>>>;
}

export const assessmentTextsSchema = z.strictObject({
  lastReviewed: z.iso.date(),
  note: text,
  levels: keyed(LEVELS, z.strictObject({ label: text, description: text })),
  factors: keyed(FACTORS),
  effects: keyed(['raises', 'lowers', 'neutral'] as const),
  explanations: keyed(EXPLANATION_KEYS),
  flags: keyed(FLAG_KEYS, z.strictObject({ title: text, consequence: text })),
  rationales: keyed(RATIONALE_KEYS),
  sources: keyed(SOURCE_KEYS),
  terms: keyed(TERM_KEYS),
  /** Joins the last two items of a list: "a, b en c". */
  listAnd: text,
  messages: keyed(['overrideReasonRequired', 'overrideLevelInvalid', 'overrideDateInvalid'] as const),
});
export type AssessmentTexts = z.infer<typeof assessmentTextsSchema>;

const load = contentLoader(assessmentTextsSchema, 'assessment', { nl, en });

export function loadAssessmentTexts(locale: Locale = 'nl'): AssessmentTexts {
  return load(locale);
}
