// The pack texts are data (resources/packs/<locale>.json) so a reviewer can change a sentence without
// touching code. They are validated once, on first use, against the shape below and against the
// placeholders each pack may use: a general pack that asks for an identifying placeholder is refused
// at load, before any letter is composed.
import { z } from 'zod';
import en from '@resources/packs/en.json';
import nl from '@resources/packs/nl.json';
import type { PackLocale, PackType } from './pack-input';
import { PACK_TYPES } from './pack-input';
import { placeholdersIn, PLACEHOLDERS_BY_PACK } from './placeholder-names';
import { locales } from '@shared';

export const PARAGRAPH_CONDITIONS = [
  'sexualImagery',
  'noSexualImagery',
  'largeScale',
  'staffSuspect',
  'sextortion',
  'hasOrganisations',
  'hasNextSteps',
  'hasActions',
  'hasTimeline',
  'hasAssessment',
] as const;
export type ParagraphCondition = (typeof PARAGRAPH_CONDITIONS)[number];

const template = z.string().min(1).max(6000);

const paragraphSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  heading: z.string().min(1).max(200).optional(),
  /** One text for every school level, or one per level (po, vo, mbo). */
  text: z.union([template, z.strictObject({ po: template, vo: template, mbo: template })]),
  /** Every condition must hold for the paragraph to be included. */
  when: z.array(z.enum(PARAGRAPH_CONDITIONS)).optional(),
});
export type ContentParagraph = z.infer<typeof paragraphSchema>;

const packSchema = z.strictObject({
  title: z.string().min(1).max(200),
  paragraphs: z.array(paragraphSchema).min(1),
});

const labelsSchema = z.strictObject({
  confidential: z.string().min(1),
  /** "{page}" and "{pages}" are filled in per page. */
  pageOf: z.string().includes('{page}').includes('{pages}'),
  date: z.string().min(1),
  subject: z.string().min(1),
  closing: z.string().min(1),
  contact: z.string().min(1),
  preparedBy: z.string().min(1),
  textReviewed: z.string().includes('{date}'),
});

const termsSchema = z.strictObject({
  incidentTypes: z.record(z.string(), z.string()),
  platforms: z.record(z.string(), z.string()),
  actionStatus: z.record(z.string(), z.string()),
  schoolLevels: z.strictObject({ po: z.string(), vo: z.string(), mbo: z.string() }),
  yes: z.string(),
  no: z.string(),
  none: z.string(),
  unknownPlatform: z.string(),
  childFallback: z.string(),
  victimNotNamed: z.string(),
  notIncluded: z.string(),
  owner: z.string(),
  due: z.string(),
  consentGiven: z.string(),
  consentNotGiven: z.string(),
  consentClassTalk: z.string(),
  consentAllPupilsTalk: z.string(),
  consentVictim: z.string(),
  consentParents: z.string(),
  listSeparator: z.string(),
  listLastSeparator: z.string(),
  months: z.array(z.string()).length(12),
});

const messagesSchema = z.strictObject({
  consentMissing: z.string().includes('{who}').includes('{talk}'),
  consentWhoVictim: z.string(),
  consentWhoParents: z.string(),
  consentWhoBoth: z.string(),
  passwordMissing: z.string(),
  passwordTooShort: z.string().includes('{min}'),
  identifyingInText: z.string().includes('{detail}').includes('{paragraph}'),
  detailVictimName: z.string(),
  detailClassGroup: z.string(),
  detailSpreaderName: z.string(),
  detailAccount: z.string(),
  logoInvalid: z.string().includes('{reason}'),
  inputInvalid: z.string().includes('{reason}'),
});

export const packContentSchema = z.strictObject({
  locale: z.enum(locales),
  lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  labels: labelsSchema,
  terms: termsSchema,
  messages: messagesSchema,
  packs: z.strictObject({
    parents_general: packSchema,
    parents_victim: packSchema,
    class_talk: packSchema,
    teacher_briefing: packSchema,
    all_pupils_plan: packSchema,
    case_summary: packSchema,
  }),
});
export type PackContent = z.infer<typeof packContentSchema>;

const RAW_CONTENT: Record<PackLocale, unknown> = { nl, en };
const loaded = new Map<PackLocale, PackContent>();

export function loadPackContent(locale: PackLocale): PackContent {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const content = validatePackContent(RAW_CONTENT[locale]);
  if (content.locale !== locale) {
    throw new Error(`resources/packs/${locale}.json declares locale "${content.locale}"`);
  }
  loaded.set(locale, content);
  return content;
}

/** Shape check plus the rule that each pack only uses the placeholders it is allowed. */
export function validatePackContent(raw: unknown): PackContent {
  const content = packContentSchema.parse(raw);
  const problems: string[] = [];
  for (const type of PACK_TYPES) {
    const allowed = PLACEHOLDERS_BY_PACK[type];
    const ids = new Set<string>();
    for (const paragraph of content.packs[type].paragraphs) {
      if (ids.has(paragraph.id)) problems.push(`${type}: paragraph id "${paragraph.id}" is used twice`);
      ids.add(paragraph.id);
      for (const text of templatesOf(paragraph)) {
        for (const name of placeholdersIn(text)) {
          if (!allowed.has(name)) {
            problems.push(`${type}.${paragraph.id}: placeholder {${name}} is not allowed in this pack`);
          }
        }
      }
      if (paragraph.heading && placeholdersIn(paragraph.heading).length > 0) {
        problems.push(`${type}.${paragraph.id}: headings take no placeholders`);
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(`Pack texts (${content.locale}) are not valid:\n${problems.join('\n')}`);
  }
  return content;
}

function templatesOf(paragraph: ContentParagraph): string[] {
  return typeof paragraph.text === 'string'
    ? [paragraph.text]
    : [paragraph.text.po, paragraph.text.vo, paragraph.text.mbo];
}

export function packTitle(locale: PackLocale, type: PackType): string {
  return loadPackContent(locale).packs[type].title;
}
