// The pack texts are data (resources/packs/<locale>.json) so a reviewer can change a sentence without
// touching code. They are validated once, on first use, against the shape below and against the
// audience table: a text that asks for a fact its audience may not receive is refused at load,
// before any letter is composed.
import { z } from 'zod';
import en from '@resources/packs/en.json';
import nl from '@resources/packs/nl.json';
import { CONTENT_AUDIENCE, CONTENT_KEYS, type ContentKey } from './audience';
import type { PackLocale, PackType } from './pack-input';
import { placeholderAllowed, placeholdersIn } from './placeholder-names';
import { locales } from '@shared';

export const PARAGRAPH_CONDITIONS = [
  'sexualImagery',
  'noSexualImagery',
  'largeScale',
  'staffSuspect',
  'sextortion',
  'hasOrganisations',
  'hasActions',
  'hasTimeline',
  'hasAssessment',
  'pupilVictim',
  'staffVictim',
  'severalVictims',
  'adultVictim',
  'minorVictim',
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
  /** The recipient line of a letter ("Aan: …"). */
  to: z.string().min(1),
  recipients: z.strictObject({ allParents: z.string(), victimParents: z.string(), colleagues: z.string() }),
  closing: z.string().min(1),
  contact: z.string().min(1),
  preparedBy: z.string().min(1),
  textReviewed: z.string().includes('{date}'),
});

const byLevel = z.strictObject({ po: z.string(), vo: z.string(), mbo: z.string() });
const byState = z.strictObject({ given: z.string(), refused: z.string(), withdrawn: z.string(), undecided: z.string() });

const termsSchema = z.strictObject({
  incidentTypes: z.record(z.string(), z.string()),
  /** Public words for the kind of incident, as used in "Via … worden {kinds} gedeeld". */
  incidentKinds: z.record(z.string(), z.string()),
  incidentKindFallback: z.string(),
  whatHappenedOne: z.string().includes('{platforms}').includes('{kinds}'),
  whatHappenedSeveral: z.string().includes('{platforms}').includes('{kinds}'),
  platforms: z.record(z.string(), z.string()),
  unknownPlatform: z.string(),
  otherPlatform: z.string(),
  actionStatus: z.record(z.string(), z.string()),
  schoolLevels: byLevel,
  levelWords: z.strictObject({ pupil: byLevel, pupils: byLevel, mentors: byLevel }),
  concerned: z.strictObject({ pupil: byLevel, pupils: byLevel, staff: z.string(), staffSeveral: z.string() }),
  talkConsent: z.strictObject({
    withParents: z.string().includes('{concerned}'),
    alone: z.string().includes('{concerned}'),
    severalWithParents: z.string().includes('{concerned}'),
    severalAlone: z.string().includes('{concerned}'),
  }),
  commitmentsBase: z.array(z.string()).min(1),
  /** Per action key (and "key.sexual" for a sexual case): what the school does, said publicly. */
  commitments: z.record(z.string(), z.string()),
  /** Per action key: the step as a sentence to the victim's family. */
  familySteps: z.record(z.string(), z.string()),
  familyStepsNone: z.string(),
  consentChoice: z.strictObject({
    given: z.string().includes('{talk}'),
    refused: z.string().includes('{talk}'),
    withdrawn: z.string().includes('{talk}'),
    undecided: z.string().includes('{talk}'),
  }),
  consentStates: byState,
  consentGivers: z.strictObject({ victim: z.string(), parent: z.string(), staff_victim: z.string() }),
  victimKinds: z.strictObject({ pupil: z.string(), staff: z.string(), unknown: z.string() }),
  ageBands: z.strictObject({ under_12: z.string(), '12_15': z.string(), '16_17': z.string(), '18_plus': z.string(), unknown: z.string() }),
  yes: z.string(),
  no: z.string(),
  none: z.string(),
  childFallback: z.string(),
  victimNotNamed: z.string(),
  notIncluded: z.string(),
  owner: z.string(),
  due: z.string(),
  consentClassTalk: z.string(),
  consentAllPupilsTalk: z.string(),
  consentInformParents: z.string(),
  /** A victim recorded without a label, in a message to the advisor ("slachtoffer 2"). */
  victimNumbered: z.string().includes('{n}'),
  listSeparator: z.string(),
  listLastSeparator: z.string(),
  months: z.array(z.string()).length(12),
  /** What the disclosure check offers in place of a detail it found ("" removes it). */
  replacements: z.strictObject({ name: z.string(), class_group: z.string(), account: z.string(), url: z.string() }),
});

const messagesSchema = z.strictObject({
  consentMissing: z.string().includes('{who}').includes('{talk}'),
  consentRefused: z.string().includes('{talk}'),
  consentWithdrawn: z.string().includes('{talk}'),
  consentPerVictim: z.string().includes('{victims}'),
  consentWho: z.strictObject({ victim: z.string(), parent: z.string(), staff_victim: z.string() }),
  adultParentsLetter: z.string(),
  passwordMissing: z.string(),
  passwordTooShort: z.string().includes('{min}'),
  disclosureInText: z.string().includes('{paragraph}').includes('{details}'),
  disclosureReasons: z.strictObject({
    name: z.string(),
    class_group: z.string(),
    age: z.string(),
    summary_detail: z.string(),
    relationship: z.string(),
    account: z.string(),
    url: z.string(),
  }),
  scriptNotPrintable: z.string().includes('{where}'),
  whereLetterhead: z.string(),
  whereAdvisor: z.string(),
  scriptRightToLeft: z.string().includes('{where}'),
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
    colleagues_note: packSchema,
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

/** Shape check plus the rule that each text only asks for facts its audience may receive. */
export function validatePackContent(raw: unknown): PackContent {
  const content = packContentSchema.parse(raw);
  const problems: string[] = [];
  for (const key of CONTENT_KEYS) {
    const audience = CONTENT_AUDIENCE[key];
    const ids = new Set<string>();
    for (const paragraph of content.packs[key].paragraphs) {
      if (ids.has(paragraph.id)) problems.push(`${key}: paragraph id "${paragraph.id}" is used twice`);
      ids.add(paragraph.id);
      for (const text of templatesOf(paragraph)) {
        for (const name of placeholdersIn(text)) {
          if (!placeholderAllowed(audience, name)) {
            problems.push(`${key}.${paragraph.id}: placeholder {${name}} is not for the audience ${audience}`);
          }
        }
      }
      if (paragraph.heading && placeholdersIn(paragraph.heading).length > 0) {
        problems.push(`${key}.${paragraph.id}: headings take no placeholders`);
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(`Pack texts (${content.locale}) are not valid:\n${problems.join('\n')}`);
  }
  return content;
}

function templatesOf(paragraph: ContentParagraph): string[] {
  return typeof paragraph.text === 'string' ? [paragraph.text] : [paragraph.text.po, paragraph.text.vo, paragraph.text.mbo];
}

export function packTitle(locale: PackLocale, type: PackType | ContentKey): string {
  return loadPackContent(locale).packs[type].title;
}

/** Every word of the reviewed texts of a locale: a word the school's own texts use is not a detail. */
const vocabularies = new Map<PackLocale, ReadonlySet<string>>();
export function templateVocabulary(locale: PackLocale): ReadonlySet<string> {
  const cached = vocabularies.get(locale);
  if (cached) return cached;
  const content = loadPackContent(locale);
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text
      .replace(/\{[A-Za-z0-9]+\}/g, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [])
      words.add(word);
  };
  for (const key of CONTENT_KEYS) {
    for (const paragraph of content.packs[key].paragraphs) {
      templatesOf(paragraph).forEach(add);
      if (paragraph.heading) add(paragraph.heading);
    }
  }
  const { terms } = content;
  for (const table of [terms.incidentKinds, terms.commitments, terms.familySteps]) Object.values(table).forEach(add);
  terms.commitmentsBase.forEach(add);
  vocabularies.set(locale, words);
  return words;
}
