// The standard actions of steps 2 (act) and 3 (communicate) and the aftercare, as the advisor sees
// them in the plan. The assessment recommends actions from this catalog by key; the texts live in
// resources/actions/{nl,en}.json.
import { z } from 'zod';
import { actionSteps } from '@shared';
import en from '@resources/actions/en.json';
import nl from '@resources/actions/nl.json';
import { contentLoader, type Locale } from '../content';
import { organisationKeySchema } from './organisations';

export const ACTION_KEYS = [
  'police_consult',
  'meldknop',
  'stappenplan_checklist',
  'keep_chat_evidence',
  'takedown_helpwanted',
  'take_it_down',
  'psychological_help',
  'meldcode_steps',
  'inform_school_board',
  'safety_arrangements',
  'guidance_talk',
  'anti_bullying_sanctions',
  'halt_referral',
  'restorative_meeting',
  'talk_victim_parents',
  'talk_spreader_parents',
  'teacher_briefing',
  'class_talk',
  'all_pupils_talk',
  'delete_instruction',
  'no_online_reaction_advice',
  'aftercare_followup',
  'evaluation',
] as const;
export const actionKeySchema = z.enum(ACTION_KEYS);
export type ActionKey = z.infer<typeof actionKeySchema>;

export const actionStepSchema = z.enum(actionSteps);
export type ActionStep = z.infer<typeof actionStepSchema>;

const text = z.string().trim().min(1);

export const catalogActionSchema = z.strictObject({
  key: actionKeySchema,
  step: actionStepSchema,
  title: text,
  description: text,
  /** What to have at hand. Never the images themselves. */
  prepare: z.array(text).optional(),
  organisationKey: organisationKeySchema.optional(),
  /** Mediation-like steps (Halt, restorative meeting) are never offered when a staff member is suspected. */
  mediationStyle: z.boolean().optional(),
  /** Only for a victim under 18, such as Take It Down. */
  forMinorsOnly: z.boolean().optional(),
});
export type CatalogAction = z.infer<typeof catalogActionSchema>;

export const actionCatalogSchema = z
  .strictObject({
    lastReviewed: z.iso.date(),
    note: text,
    actions: z.array(catalogActionSchema),
  })
  .superRefine((catalog, ctx) => {
    const keys = catalog.actions.map((a) => a.key);
    for (const key of ACTION_KEYS) {
      if (!keys.includes(key)) ctx.addIssue({ code: 'custom', path: ['actions'], message: `action "${key}" is missing` });
    }
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) ctx.addIssue({ code: 'custom', path: ['actions', i, 'key'], message: `"${key}" is listed twice` });
    });
  });
export type ActionCatalog = z.infer<typeof actionCatalogSchema>;

const load = contentLoader(actionCatalogSchema, 'actions', { nl, en });

export function loadActionCatalog(locale: Locale = 'nl'): ActionCatalog {
  return load(locale);
}

export function catalogAction(key: ActionKey, locale: Locale = 'nl'): CatalogAction {
  const action = loadActionCatalog(locale).actions.find((a) => a.key === key);
  // The catalog schema requires every key, so this only fails if the schema and the keys drift apart.
  if (!action) throw new Error(`action ${key} missing from resources/actions/${locale}.json`);
  return action;
}
