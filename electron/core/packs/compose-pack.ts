// Composing turns the reviewed texts and one case into plain paragraphs the advisor can read and edit
// before anything becomes a PDF. Paragraph ids come from the texts, so an edit made in the UI still
// lands on the same paragraph after the pack is composed again.
import { z } from 'zod';
import { AUDIENCES, CONTENT_AUDIENCE, contentKeyFor, type Audience } from './audience';
import { loadPackContent, type ContentParagraph, type ParagraphCondition } from './pack-content';
import { caseConditions, packTypeSchema, parsePackInput, type PackInput, type PackType } from './pack-input';
import { namingAllowed } from './pack-policy';
import { fillTemplate } from '@shared';
import { placeholderValues } from './placeholders';

export const composedParagraphSchema = z.object({
  id: z.string().min(1).max(100),
  heading: z.string().max(200).optional(),
  text: z.string().max(20_000),
  /** Set by applyEdits when the advisor changed the composed text. */
  edited: z.boolean().optional(),
});
export type ComposedParagraph = z.infer<typeof composedParagraphSchema>;

export const composedPackSchema = z.object({
  type: packTypeSchema,
  title: z.string().min(1).max(200),
  paragraphs: z.array(composedParagraphSchema).max(200),
  /** Who reads it (audience.ts): decides which facts it was composed from and what the check looks for. */
  audience: z.enum(AUDIENCES),
  /** True when the pack may name the victim (only a family or case-file pack with naming turned on). */
  identifying: z.boolean(),
});
export type ComposedPack = z.infer<typeof composedPackSchema>;

export function composePack(type: PackType, rawInput: PackInput): ComposedPack {
  const input = parsePackInput(rawInput);
  packTypeSchema.parse(type);
  const content = loadPackContent(input.locale);
  const key = contentKeyFor(type, caseConditions(input, type).staffVictim);
  const audience: Audience = CONTENT_AUDIENCE[key];
  const pack = content.packs[key];
  const values = placeholderValues(audience, input, content, type);

  const paragraphs = pack.paragraphs
    .filter((paragraph) => (paragraph.when ?? []).every((c) => conditionHolds(c, input, type)))
    .map((paragraph) => ({
      id: paragraph.id,
      ...(paragraph.heading ? { heading: paragraph.heading } : {}),
      text: capitaliseStart(fillTemplate(templateFor(paragraph, input), values, 'throw').trim()),
    }));

  return { type, title: pack.title, paragraphs, audience, identifying: namingAllowed(type, input) };
}

/** A sentence may start with a filled value ("{whatHappened} …" in English starts lower case). */
function capitaliseStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function templateFor(paragraph: ContentParagraph, input: PackInput): string {
  return typeof paragraph.text === 'string' ? paragraph.text : paragraph.text[input.school.level];
}

function conditionHolds(condition: ParagraphCondition, input: PackInput, type: PackType): boolean {
  const c = caseConditions(input, type);
  switch (condition) {
    case 'sexualImagery':
      return input.case.sexualImagery;
    case 'noSexualImagery':
      return !input.case.sexualImagery;
    case 'largeScale':
      return input.case.largeScale;
    case 'staffSuspect':
      return input.case.staffSuspect;
    case 'sextortion':
      return input.case.incidentTypes.includes('sextortion');
    case 'hasOrganisations':
      return input.organisations.length > 0;
    case 'hasActions':
      return input.actions.length > 0;
    case 'hasTimeline':
      return input.timeline.length > 0;
    case 'hasAssessment':
      return input.assessment !== undefined;
    case 'pupilVictim':
      return c.pupilVictim;
    case 'staffVictim':
      return c.staffVictim;
    case 'severalVictims':
      return c.severalVictims;
    case 'adultVictim':
      return c.adultVictim;
    case 'minorVictim':
      return c.pupilVictim && !c.adultVictim;
  }
}

const editsSchema = z.record(z.string(), z.string().max(20_000));

/**
 * Replaces the text of the paragraphs named in `edits`. Ids the pack does not have are ignored (see
 * unknownEditIds to report them); headings and the pack's type and flags cannot be edited.
 */
export function applyEdits(composed: ComposedPack, edits: Record<string, string>): ComposedPack {
  const pack = composedPackSchema.parse(composed);
  const changes = editsSchema.parse(edits);
  return {
    ...pack,
    paragraphs: pack.paragraphs.map((paragraph) => {
      const edited = Object.hasOwn(changes, paragraph.id) ? changes[paragraph.id] : undefined;
      if (edited === undefined || edited === paragraph.text) return paragraph;
      return { ...paragraph, text: edited.replace(/\r\n?/g, '\n'), edited: true };
    }),
  };
}

export function unknownEditIds(composed: ComposedPack, edits: Record<string, string>): string[] {
  const ids = new Set(composed.paragraphs.map((p) => p.id));
  return Object.keys(edits).filter((id) => !ids.has(id));
}
