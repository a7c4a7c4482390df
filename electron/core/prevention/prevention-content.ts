// Prevention texts and the glossary as data (resources/prevention, resources/glossary), validated
// on first use like the interview: a reviewer changes a sentence without touching code.
import { z } from 'zod';
import glossaryEn from '@resources/glossary/en.json';
import glossaryNl from '@resources/glossary/nl.json';
import en from '@resources/prevention/en.json';
import nl from '@resources/prevention/nl.json';
import { contentLoader, type Locale } from '../content';
import { preventionDocumentTypes, readinessPointKeys } from '@shared';

const text = z.string().min(1);
const byLevel = z.object({ po: text, vo: text, mbo: text });
const levelTerms = z.object({ pupils: text, pupil: text, class: text, teacher: text, teachers: text, parents: text });

export const preventionContentSchema = z.object({
  lastReviewed: z.iso.date(),
  note: text,
  /** Words that differ per school level, filled in wherever a text says {pupils}, {class} … */
  levelTerms: z.object({ po: levelTerms, vo: levelTerms, mbo: levelTerms }),
  /** Said in a document where the school has not yet recorded the fact. */
  missing: z.object({ policeContact: text, spokesperson: text, advisorPhone: text }),
  labels: z.object({
    pageOf: text,
    reviewed: text,
    variant: byLevel,
    fallbackSchool: text,
    fallbackAdvisor: text,
  }),
  points: z
    .array(z.object({ key: z.enum(readinessPointKeys), title: text, description: text }))
    .refine((points) => readinessPointKeys.every((key) => points.some((p) => p.key === key)), 'every readiness point needs a text'),
  documents: z
    .array(
      z.object({
        type: z.enum(preventionDocumentTypes),
        title: text,
        paragraphs: z.array(z.object({ id: z.string().regex(/^[a-z0-9_]+$/), heading: text, text: z.union([text, byLevel]) })).min(1),
      }),
    )
    .refine((docs) => preventionDocumentTypes.every((type) => docs.some((d) => d.type === type)), 'every document type needs a text'),
});
export type PreventionContent = z.infer<typeof preventionContentSchema>;

export const glossarySchema = z.object({
  lastReviewed: z.iso.date(),
  note: text,
  terms: z.array(
    z.object({
      key: z.string().regex(/^[a-z_]+$/),
      term: text,
      /** The words in a question or a reason that should link to this term (lower case). */
      aliases: z.array(text).min(1),
      definition: text,
    }),
  ),
});
export type Glossary = z.infer<typeof glossarySchema>;

export const loadPreventionContent: (locale: Locale) => PreventionContent = contentLoader(preventionContentSchema, 'prevention', { nl, en });
export const loadGlossary: (locale: Locale) => Glossary = contentLoader(glossarySchema, 'glossary', { nl: glossaryNl, en: glossaryEn });
