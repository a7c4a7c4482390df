// What the app hands the pack engine: plain JSON filled from one case. It crosses IPC, so it is
// validated here rather than trusted. Lengths are generous caps against runaway input, not style rules.
import { z } from 'zod';
import { locales, schoolLevels } from '@shared';

const shortText = z.string().trim().min(1).max(200);
const optionalShortText = z.string().trim().max(200).optional();
const longText = z.string().trim().max(4000);

export const PACK_TYPES = [
  'parents_general',
  'parents_victim',
  'class_talk',
  'teacher_briefing',
  'all_pupils_plan',
  'case_summary',
] as const;
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

const consentPairSchema = z.object({ victim: z.boolean(), parents: z.boolean() });

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
    /** Keys such as whatsapp, instagram, snapchat, tiktok; unknown keys are printed as written. */
    platforms: z.array(shortText).max(20),
    /** Short neutral description written by the advisor; goes into every pack. */
    outline: longText.min(1),
    classGroup: optionalShortText,
    victimName: optionalShortText,
    spreaderNames: z.array(shortText).max(50).optional(),
    accounts: z.array(shortText).max(50).optional(),
    sexualImagery: z.boolean(),
    largeScale: z.boolean(),
    staffSuspect: z.boolean(),
  }),
  assessment: z
    .object({
      levelLabel: shortText,
      reasons: z.array(z.string().trim().min(1).max(600)).max(40),
      flags: z.array(shortText).max(20),
    })
    .optional(),
  actions: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(400),
        status: shortText,
        owner: optionalShortText,
        due: optionalShortText,
      }),
    )
    .max(200),
  timeline: z
    .array(z.object({ at: shortText, summary: z.string().trim().min(1).max(1000) }))
    .max(500),
  /** The chronology's chain head (core/cases/chronology-chain.ts), printed so a reader can verify it. */
  chronologyHead: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  consent: z.object({
    classTalk: consentPairSchema,
    allPupilsTalk: consentPairSchema,
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
  /** Whether the packs meant for the victim's family and the case summary may name the victim. */
  namingVictim: z.boolean(),
  nextSteps: z.array(z.string().trim().min(1).max(600)).max(30).optional(),
});

export type PackInput = z.infer<typeof packInputSchema>;

export function parsePackInput(value: unknown): PackInput {
  return packInputSchema.parse(value);
}
