// The settings' part of the contract: the advisor, the school and its letterhead, language, auto-lock
// and retention. Composed into the one contract map in contract.ts.
import { z } from 'zod';
import { advisorKinds, locales, schoolLevels, SETTINGS_LIMITS, SETTINGS_RANGES } from '@shared';
import { empty } from '../contract-fields';

export const settingsSchema = z.object({
  /** Copied into every chronology and audit row: kept short. */
  profileName: z.string().max(SETTINGS_LIMITS.profileName),
  locale: z.enum(locales),
  autoLockMinutes: z.number().int().min(SETTINGS_RANGES.autoLockMinutes.min).max(SETTINGS_RANGES.autoLockMinutes.max),
  /** Months after closing before a dossier is due for destruction (no legal term; customary is about a year). */
  retentionMonths: z.number().int().min(SETTINGS_RANGES.retentionMonths.min).max(SETTINGS_RANGES.retentionMonths.max),
  recoveryConfirmed: z.boolean(),
  /** Decides the meldplicht texts, actions and flags (domain.md §4). */
  advisorKind: z.enum(advisorKinds),
  school: z.object({
    name: z.string().max(200),
    address: z.string().max(500),
    level: z.enum(schoolLevels),
    logo: z.object({ mime: z.enum(['image/png', 'image/jpeg']), base64: z.string().max(3_000_000) }).nullable(),
  }),
  advisor: z.object({
    name: z.string().max(120),
    role: z.string().max(120),
    phone: z.string().max(SETTINGS_LIMITS.advisorPhone),
    email: z.string().max(200),
    signature: z.string().max(2000),
  }),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * Settings as the advisor may change them. The school's and advisor's details are printed on every
 * pack, so they get the limits a letterhead and a signature need (the output schema stays open, so
 * settings saved before these limits can still be read and corrected).
 */
const L = SETTINGS_LIMITS;
const letterheadText = (max: number, message: string) => z.string().trim().max(max, message);
const settingsInput = settingsSchema
  .omit({ recoveryConfirmed: true })
  .extend({
    school: settingsSchema.shape.school.extend({
      name: letterheadText(L.schoolName, `De naam van de school mag hoogstens ${L.schoolName} tekens hebben.`),
      address: letterheadText(L.schoolAddress, `Het adres mag hoogstens ${L.schoolAddress} tekens hebben.`),
    }),
    advisor: z.object({
      name: letterheadText(L.advisorName, `Je naam mag hoogstens ${L.advisorName} tekens hebben.`),
      role: letterheadText(L.advisorRole, `Je functie mag hoogstens ${L.advisorRole} tekens hebben.`),
      phone: letterheadText(L.advisorPhone, `Het telefoonnummer mag hoogstens ${L.advisorPhone} tekens hebben.`),
      email: letterheadText(L.advisorEmail, `Het e-mailadres mag hoogstens ${L.advisorEmail} tekens hebben.`),
      signature: letterheadText(L.signature, `De ondertekening mag hoogstens ${L.signature} tekens hebben.`).refine((text) => text.split(/\r?\n/).length <= L.signatureLines, {
        message: `Gebruik voor de ondertekening hoogstens ${L.signatureLines} regels.`,
      }),
    }),
  })
  .partial();

export const settingsContract = {
  settingsGet: { input: empty, output: settingsSchema },

  settingsUpdate: { input: settingsInput, output: settingsSchema },
} as const;
