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
  'platform_report',
  'takedown_helpwanted',
  'take_it_down',
  'psychological_help',
  'meldcode_steps',
  'inform_school_board',
  'refer_to_reporting',
  'board_stops_contact',
  'safety_arrangements',
  'guidance_talk',
  'anti_bullying_sanctions',
  'halt_referral',
  'restorative_meeting',
  'contact_other_school',
  'talk_victim_parents',
  'talk_spreader_parents',
  'teacher_briefing',
  'press_spokesperson',
  'class_talk',
  'all_pupils_talk',
  'delete_instruction',
  'no_online_reaction_advice',
  'aftercare_followup',
  'evaluation',
] as const;
export const actionKeySchema = z.enum(ACTION_KEYS);

/** The platforms the interview and the new-case form name; each has its own report route. */
export const PLATFORM_KEYS = ['whatsapp', 'snapchat', 'instagram', 'tiktok', 'telegram', 'discord', 'x', 'youtube', 'school_environment', 'other'] as const;
export type PlatformKey = (typeof PLATFORM_KEYS)[number];

/** The new-case form names platforms as people write them ("WhatsApp", "Teams"); the interview uses keys. Both read as a key. */
export function platformKey(name: string): PlatformKey {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
  return (PLATFORM_KEYS as readonly string[]).includes(key) ? (key as PlatformKey) : 'other';
}
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
    reviewerNote: text.optional(),
    actions: z.array(catalogActionSchema),
    /** How to report on each platform: the report route itself, never "send the image". */
    platformReporting: z.strictObject(Object.fromEntries(PLATFORM_KEYS.map((k) => [k, text])) as Record<PlatformKey, typeof text>),
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
