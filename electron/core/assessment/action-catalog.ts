// The standard actions of steps 2 (act) and 3 (communicate) and the aftercare, as the advisor sees
// them in the plan. The assessment recommends actions from this catalog by key; the texts live in
// resources/actions/{nl,en}.json.
import { z } from 'zod';
import { actionSteps } from '@shared';
import en from '@resources/actions/en.json';
import nl from '@resources/actions/nl.json';
import { contentLoader, type Locale } from '../content';
import { organisationKeySchema } from './organisations';

/** What an action is, apart from its words: the step it belongs to, the organisation behind it and the
 * limits that protect (never mediation with a staff suspect, some routes only for minors). This is
 * structure, so it lives here and not in the per-language texts, where a translator could change it. */
const actionStructureSchema = z.object({
  step: z.enum(actionSteps),
  organisationKey: organisationKeySchema.optional(),
  /** Mediation-like steps (Halt, restorative meeting) are never offered when a staff member is suspected. */
  mediationStyle: z.literal(true).optional(),
  /** Only for a victim under 18, such as Take It Down. */
  forMinorsOnly: z.literal(true).optional(),
});
type ActionStructure = z.infer<typeof actionStructureSchema>;

/** Every catalog action, in the order the plan lists them within a step. */
const ACTION_STRUCTURE = {
  police_consult: { step: 'act', organisationKey: 'politie' },
  meldknop: { step: 'act', organisationKey: 'meldknop' },
  stappenplan_checklist: { step: 'act', organisationKey: 'bureau_jeugd_media' },
  keep_chat_evidence: { step: 'act', organisationKey: 'politie' },
  platform_report: { step: 'act' },
  takedown_helpwanted: { step: 'act', organisationKey: 'helpwanted' },
  take_it_down: { step: 'act', organisationKey: 'take_it_down', forMinorsOnly: true },
  psychological_help: { step: 'act' },
  meldcode_steps: { step: 'act', organisationKey: 'veilig_thuis' },
  inform_school_board: { step: 'act' },
  refer_to_reporting: { step: 'act', organisationKey: 'politie' },
  board_stops_contact: { step: 'act' },
  safety_arrangements: { step: 'act' },
  guidance_talk: { step: 'act' },
  anti_bullying_sanctions: { step: 'act' },
  halt_referral: { step: 'act', organisationKey: 'halt', mediationStyle: true },
  restorative_meeting: { step: 'act', mediationStyle: true },
  contact_other_school: { step: 'act' },
  talk_victim_parents: { step: 'communicate' },
  talk_spreader_parents: { step: 'communicate' },
  teacher_briefing: { step: 'communicate', organisationKey: 'school_veiligheid' },
  press_spokesperson: { step: 'communicate', organisationKey: 'school_veiligheid' },
  class_talk: { step: 'communicate' },
  all_pupils_talk: { step: 'communicate', organisationKey: 'bureau_jeugd_media' },
  delete_instruction: { step: 'communicate' },
  no_online_reaction_advice: { step: 'communicate' },
  aftercare_followup: { step: 'aftercare' },
  evaluation: { step: 'aftercare' },
} as const satisfies Record<string, ActionStructure>;

export type ActionKey = keyof typeof ACTION_STRUCTURE;
export const ACTION_KEYS = Object.keys(ACTION_STRUCTURE) as [ActionKey, ...ActionKey[]];
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

export const actionStepSchema = z.enum(actionSteps);
export type ActionStep = z.infer<typeof actionStepSchema>;

const text = z.string().trim().min(1);

/** The words of one action, per language. */
const catalogActionTextSchema = z.strictObject({
  key: actionKeySchema,
  title: text,
  description: text,
  /** What to have at hand. Never the images themselves. */
  prepare: z.array(text).optional(),
});

/** One action as the app uses it: its words joined with its structure. */
const catalogActionSchema = catalogActionTextSchema.extend(actionStructureSchema.shape);
export type CatalogAction = z.infer<typeof catalogActionSchema>;

export const actionCatalogSchema = z
  .strictObject({
    lastReviewed: z.iso.date(),
    note: text,
    reviewerNote: text.optional(),
    actions: z.array(catalogActionTextSchema),
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
/** The catalog as the renderer receives it: the texts with each action's structure joined in. */
export const actionCatalogViewSchema = z.object({
  lastReviewed: z.string(),
  note: z.string(),
  reviewerNote: z.string().optional(),
  actions: z.array(catalogActionSchema),
  platformReporting: z.record(z.enum(PLATFORM_KEYS), z.string()),
});
export type ActionCatalog = z.infer<typeof actionCatalogViewSchema>;

const load = contentLoader(actionCatalogSchema, 'actions', { nl, en });
const joined = new Map<Locale, ActionCatalog>();

export function loadActionCatalog(locale: Locale = 'nl'): ActionCatalog {
  let catalog = joined.get(locale);
  if (!catalog) {
    const texts = load(locale);
    // In the structure's order, whatever order the text file lists them in.
    const byKey = new Map(texts.actions.map((a) => [a.key, a]));
    catalog = { ...texts, actions: ACTION_KEYS.map((key) => ({ ...byKey.get(key)!, ...ACTION_STRUCTURE[key] })) };
    joined.set(locale, catalog);
  }
  return catalog;
}

export function catalogAction(key: ActionKey, locale: Locale = 'nl'): CatalogAction {
  const action = loadActionCatalog(locale).actions.find((a) => a.key === key);
  // The catalog schema requires every key, so this only fails if the schema and the keys drift apart.
  if (!action) throw new Error(`action ${key} missing from resources/actions/${locale}.json`);
  return action;
}
