// What each text of the advice rests on, with the date it was reviewed: the content of the sources
// page (resources/sources). Every source key the rules use has an entry, in both languages.
import { z } from 'zod';
import en from '@resources/sources/en.json';
import nl from '@resources/sources/nl.json';
import { contentLoader, type Locale } from '../content';
import { SOURCE_KEYS } from './impact-rules';

const text = z.string().trim().min(1);

export const sourceListSchema = z
  .strictObject({
    lastReviewed: z.iso.date(),
    note: text,
    /** For reviewers only; never shown. */
    reviewerNote: text.optional(),
    sources: z.array(
      z.strictObject({
        key: z.enum(SOURCE_KEYS),
        title: text,
        /** What the advice takes from this source, in the app's own words. */
        restsOn: text,
        /** The article, guideline or organisation, as a reader can look it up. */
        reference: text,
        reviewed: z.iso.date(),
      }),
    ),
  })
  .superRefine((list, ctx) => {
    const keys = list.sources.map((s) => s.key);
    for (const key of SOURCE_KEYS) if (!keys.includes(key)) ctx.addIssue({ code: 'custom', path: ['sources'], message: `source "${key}" is missing` });
  });
export type SourceList = z.infer<typeof sourceListSchema>;

const load = contentLoader(sourceListSchema, 'sources', { nl, en });

export function loadSources(locale: Locale = 'nl'): SourceList {
  return load(locale);
}
