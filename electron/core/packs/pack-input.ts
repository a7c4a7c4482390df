// What the app hands the pack engine: plain JSON filled from one case. It crosses IPC, so it is
// validated here rather than trusted. The limits are at least as wide as the contract's own, so
// whatever the app accepted as input can always be composed (tests/integration/packs-property).
import { z } from 'zod';
import { ageBands, consentGivers, locales, schoolLevels } from '@shared';

const shortText = z.string().trim().min(1).max(200);
const optionalShortText = z.string().trim().max(200).optional();
const longText = z.string().trim().max(4000);

export const PACK_TYPES = ['parents_general', 'parents_victim', 'class_talk', 'teacher_briefing', 'all_pupils_plan', 'case_summary'] as const;
export const packTypeSchema = z.enum(PACK_TYPES);
export type PackType = z.infer<typeof packTypeSchema>;

export const localeSchema = z.enum(locales);
export type PackLocale = z.infer<typeof localeSchema>;

export const schoolLevelSchema = z.enum(schoolLevels);
export type SchoolLevel = z.infer<typeof schoolLevelSchema>;

export const logoSchema = z.object({
  mime: z.enum(['image/png', 'image/jpeg']),
  base64: z.string().max(1_500_000),
});
export type PackLogo = z.infer<typeof logoSchema>;

/** What a consent record says now. No record at all is "undecided", never "refused". */
export const CONSENT_STATES = ['given', 'refused', 'withdrawn', 'undecided'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];
export const CONSENT_GIVERS = consentGivers;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/**
 * Who must agree (by the victim's age and kind) and what each of them decided. Consent is recorded
 * per victim: `victim` is the index in `case.victims` the decision is about (none when the case
 * records no victim yet), so a talk can say whose consent is missing and a family letter can print
 * its own family's choices only.
 */
const consentNeedSchema = z.array(z.object({ giver: z.enum(CONSENT_GIVERS), state: z.enum(CONSENT_STATES), victim: z.number().int().min(0).max(19).optional() })).max(60);
export type ConsentNeed = z.infer<typeof consentNeedSchema>;

export const AGE_BANDS = ageBands;
export type AgeBand = (typeof AGE_BANDS)[number];

const victimSchema = z.object({
  /** Name or label as recorded ("Noor Jansen", "Leerling A (meisje)"); may be empty. */
  label: z.string().trim().max(200),
  kind: z.enum(['pupil', 'staff', 'unknown']),
  ageBand: z.enum(AGE_BANDS),
  classGroup: optionalShortText,
});
export type PackVictim = z.infer<typeof victimSchema>;

export const packInputSchema = z.object({
  locale: localeSchema,
  /** Date printed on the pack (YYYY-MM-DD); today when left out. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  school: z.object({
    name: shortText,
    address: z.string().trim().max(400).optional(),
    logo: logoSchema.optional(),
    level: schoolLevelSchema,
  }),
  advisor: z.object({
    name: shortText,
    role: shortText,
    phone: optionalShortText,
    email: optionalShortText,
    /** Free text printed under the letter, e.g. name, role and opening hours on separate lines. */
    signature: z.string().trim().max(600).optional(),
  }),
  case: z.object({
    pseudonym: shortText,
    /** Keys such as meme, beeldpesten, sexting, shame_sexting, sextortion, deepfake. */
    incidentTypes: z.array(shortText).max(20),
    /** Keys such as whatsapp, instagram, snapchat, tiktok. */
    platforms: z.array(shortText).max(20),
    /** The advisor's internal summary. Only the board/police summary ever prints it. */
    outline: longText.min(1),
    victims: z.array(victimSchema).max(20),
    /**
     * With more than one victim, the family letter is written to one victim's family: the index in
     * `victims` of that victim. Left out, the letter is about the case's (first) victim.
     */
    familyOf: z.number().int().min(0).max(19).optional(),
    /** Everyone else recorded in the case (spreaders, witnesses, parents), as labelled. */
    otherPersons: z.array(z.object({ role: shortText, label: z.string().trim().max(200) })).max(100),
    spreaderNames: z.array(shortText).max(100).optional(),
    /** Accounts and URLs from the evidence register (the contract allows 500 characters). */
    accounts: z.array(z.string().trim().min(1).max(600)).max(200).optional(),
    sexualImagery: z.boolean(),
    largeScale: z.boolean(),
    staffSuspect: z.boolean(),
  }),
  assessment: z
    .object({
      levelLabel: shortText,
      reasons: z.array(z.string().trim().min(1).max(4000)).max(100),
      flags: z.array(shortText).max(40),
    })
    .optional(),
  actions: z
    .array(
      z.object({
        /** The catalog key of an action from the assessment; manual actions have none. */
        key: optionalShortText,
        title: z.string().trim().min(1).max(400),
        status: shortText,
        owner: optionalShortText,
        due: optionalShortText,
      }),
    )
    .max(500),
  timeline: z.array(z.object({ at: shortText, summary: z.string().trim().min(1).max(4000) })).max(500),
  /** The chronology's chain head (core/cases/chronology-chain.ts), printed so a reader can verify it. */
  chronologyHead: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  consent: z.object({
    classTalk: consentNeedSchema,
    allPupilsTalk: consentNeedSchema,
    /** Writing to the parents of a victim of 18 or older needs that victim's consent. */
    informParents: consentNeedSchema,
  }),
  organisations: z
    .array(
      z.object({
        name: shortText,
        phone: optionalShortText,
        website: optionalShortText,
        whatTheyDo: z.string().trim().min(1).max(600),
      }),
    )
    .max(20),
  /** Whether the family letter (and the case summary) may name the victim. */
  namingVictim: z.boolean(),
});

export type PackInput = z.infer<typeof packInputSchema>;

export function parsePackInput(value: unknown): PackInput {
  return packInputSchema.parse(value);
}

/** The facts of a case that decide which texts a pack takes. */
export interface CaseConditions {
  staffVictim: boolean;
  pupilVictim: boolean;
  adultVictim: boolean;
  severalVictims: boolean;
}

/** The victim whose family the family letter is for, when the case has several and one was chosen. */
export function familyVictim(input: PackInput): { index: number; victim: PackVictim } | undefined {
  const index = input.case.familyOf;
  const victim = index === undefined ? undefined : input.case.victims[index];
  return index !== undefined && victim ? { index, victim } : undefined;
}

/**
 * The conditions of the case, or, for the family letter of one chosen victim, of that victim: a
 * staff member's colleagues get a note, an adult pupil decides alone, whatever the other victims are.
 */
export function caseConditions(input: PackInput, type?: PackType): CaseConditions {
  const family = type === 'parents_victim' ? familyVictim(input) : undefined;
  const victims = family ? [family.victim] : input.case.victims;
  const staffVictim = victims.length > 0 && victims.every((v) => v.kind === 'staff');
  return {
    staffVictim,
    pupilVictim: !staffVictim,
    // Every pupil victim 18 or older: then the pupil alone decides and parents are not written to.
    adultVictim: !staffVictim && victims.length > 0 && victims.every((v) => v.ageBand === '18_plus'),
    severalVictims: input.case.victims.length > 1,
  };
}

/**
 * The consent decisions a pack rests on: for the family letter of one chosen victim, that victim's
 * only; otherwise every victim's, so that one refusal holds for a talk about the whole case.
 */
export function consentFor(input: PackInput, talk: keyof PackInput['consent'], type?: PackType): ConsentNeed {
  const family = type === 'parents_victim' ? familyVictim(input) : undefined;
  const need = input.consent[talk];
  return family ? need.filter((n) => n.victim === undefined || n.victim === family.index) : need;
}
