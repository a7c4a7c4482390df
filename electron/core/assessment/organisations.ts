// The organisations the advice points to, with how to reach them. Contact details change: every
// entry carries the date it was last reviewed and whether it still has to be checked against the
// organisation's own site before a release ships it as advice.
import { z } from 'zod';
import en from '@resources/organisations/en.json';
import nl from '@resources/organisations/nl.json';
import { contentLoader, type Locale } from '../content';
import { locales } from '@shared';

export const ORGANISATION_KEYS = [
  'offlimits',
  'helpwanted',
  'meldknop',
  'politie',
  'halt',
  'bureau_jeugd_media',
  'veilig_thuis',
  'take_it_down',
  'school_veiligheid',
  'zelfmoordpreventie_113',
  'slachtofferhulp',
] as const;
export const organisationKeySchema = z.enum(ORGANISATION_KEYS);
export type OrganisationKey = z.infer<typeof organisationKeySchema>;

/** Only https links: the Electron shell opens nothing else. */
const httpsUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}, 'must be an https URL without credentials');

const text = z.string().trim().min(1);

export const organisationSchema = z.strictObject({
  key: organisationKeySchema,
  name: text,
  whatTheyDo: text,
  /**
   * The same in words for a case without sexual images, where a letter to parents or pupils must not
   * speak of them (it would start the rumours the school wants to prevent); whatTheyDo when absent.
   */
  whatTheyDoWithoutSexualImages: text.optional(),
  whenToCall: text,
  phone: text.optional(),
  /** A number for emergencies only, such as 112 for the police. */
  emergencyPhone: text.optional(),
  website: httpsUrl,
  /** Further sites the advice links to, such as StappenplanSexting.nl for Bureau Jeugd & Media. */
  otherWebsites: z.array(httpsUrl).optional(),
  lastReviewed: z.iso.date(),
  /** true: check the details against the organisation's own source before a release. */
  verify: z.boolean(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationListSchema = z
  .strictObject({
    lastReviewed: z.iso.date(),
    note: text,
    organisations: z.array(organisationSchema),
  })
  .superRefine((list, ctx) => {
    const keys = list.organisations.map((o) => o.key);
    for (const key of ORGANISATION_KEYS) {
      if (!keys.includes(key)) ctx.addIssue({ code: 'custom', path: ['organisations'], message: `organisation "${key}" is missing` });
    }
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) ctx.addIssue({ code: 'custom', path: ['organisations', i, 'key'], message: `"${key}" is listed twice` });
    });
  });
export type OrganisationList = z.infer<typeof organisationListSchema>;

const load = contentLoader(organisationListSchema, 'organisations', { nl, en });

export function loadOrganisations(locale: Locale = 'nl'): OrganisationList {
  return load(locale);
}

export function findOrganisation(key: OrganisationKey, locale: Locale = 'nl'): Organisation {
  const organisation = loadOrganisations(locale).organisations.find((o) => o.key === key);
  // The list schema requires every key, so this only fails if the schema and the keys drift apart.
  if (!organisation) throw new Error(`organisation ${key} missing from resources/organisations/${locale}.json`);
  return organisation;
}

/**
 * The origins (scheme, host, port) of every site in the organisation lists, in both languages.
 * The Electron shell opens an external link only when its origin is in this list.
 */
export function allowedExternalOrigins(): string[] {
  const origins = new Set<string>();
  for (const locale of locales) {
    for (const o of loadOrganisations(locale).organisations) {
      for (const site of [o.website, ...(o.otherWebsites ?? [])]) origins.add(new URL(site).origin);
    }
  }
  return [...origins].sort();
}

/** true only for an https link whose origin is one of the organisations' sites. */
export function isAllowedExternalUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  return allowedExternalOrigins().includes(url.origin);
}
