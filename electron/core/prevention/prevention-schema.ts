// The prevention part of the contract: school-level calls, composed into the one contract map.
// Lengths are caps against runaway input; a lesson's rules are a short list, not an essay.
import { z } from 'zod';
import { id, isoDate, savedFile, shortText } from '../contract-fields';
import { glossarySchema } from './prevention-content';
import { overdueKinds, preventionDocumentTypes, readinessPointKeys, readinessStatuses, schoolLevels, TEXT_LIMITS } from '@shared';

const text = shortText;
const T = TEXT_LIMITS;
const schoolLevel = z.enum(schoolLevels);

export const readinessPointSchema = z.object({
  key: z.enum(readinessPointKeys),
  title: z.string(),
  description: z.string(),
  status: z.enum(readinessStatuses),
  owner: z.string(),
  lastReviewed: z.string().nullable(),
  note: z.string(),
  /** True when the status comes from the data itself (the yearly lesson follows the classes). */
  derived: z.boolean(),
  reviewOverdue: z.boolean(),
  contact: z.object({ id, name: z.string(), organisation: z.string(), phone: z.string() }).nullable(),
});
export type ReadinessPoint = z.infer<typeof readinessPointSchema>;

export const lessonSchema = z.object({
  id,
  classId: id,
  plannedDate: z.string().nullable(),
  heldDate: z.string().nullable(),
  /** The school year (its starting calendar year) of the held date, else of the planned date. */
  schoolYear: z.number().int().nullable(),
  ledBy: z.string(),
  rules: z.string(),
  note: z.string(),
});
export type Lesson = z.infer<typeof lessonSchema>;

export const preventionClassSchema = z.object({
  id,
  name: z.string(),
  schoolLevel,
  active: z.boolean(),
  heldThisYear: z.boolean(),
  lastHeld: z.string().nullable(),
  nextPlanned: z.string().nullable(),
  lessons: z.array(lessonSchema),
});
export type PreventionClass = z.infer<typeof preventionClassSchema>;

export const overdueItemSchema = z.object({
  kind: z.enum(overdueKinds),
  pointKey: z.enum(readinessPointKeys).nullable(),
  classId: id.nullable(),
  /** The point's title or the class's name, as the start screen shows it. */
  label: z.string(),
  since: z.string().nullable(),
});
export type OverdueItem = z.infer<typeof overdueItemSchema>;

export const readinessOverviewSchema = z.object({
  today: z.string(),
  schoolYear: z.object({ start: z.number().int(), label: z.string(), from: z.string(), to: z.string() }),
  points: z.array(readinessPointSchema),
  classes: z.array(preventionClassSchema),
  overdue: z.array(overdueItemSchema),
  policeContacts: z.array(z.object({ id, name: z.string(), organisation: z.string(), phone: z.string() })),
  lastReviewed: z.string(),
});
export type ReadinessOverview = z.infer<typeof readinessOverviewSchema>;

export const preventionDocumentSchema = z.object({
  type: z.enum(preventionDocumentTypes),
  level: schoolLevel,
  title: z.string(),
  paragraphs: z.array(z.object({ id: z.string(), heading: z.string(), text: z.string(), edited: z.boolean() })),
  /** The model text of each paragraph with the school's facts filled in, before the school's edits. */
  originals: z.record(z.string(), z.string()),
  lastExportedAt: z.string().nullable(),
  lastReviewed: z.string(),
});
export type PreventionDocument = z.infer<typeof preventionDocumentSchema>;

export const preventionAnnualSchema = z.object({
  /** Lessons held in the calendar year, per class name (a class is not a person). */
  lessonsHeldByClass: z.record(z.string(), z.number().int()),
  lessonsHeld: z.number().int(),
  activeClasses: z.number().int(),
  classesWithoutLesson: z.number().int(),
  readiness: z.record(z.string(), z.enum(readinessStatuses)),
});
export type PreventionAnnual = z.infer<typeof preventionAnnualSchema>;

const documentKey = { type: z.enum(preventionDocumentTypes), level: schoolLevel };

export const preventionContract = {
  preventionOverview: { input: z.object({}).strict(), output: readinessOverviewSchema },
  preventionPointSave: {
    input: z.object({
      key: z.enum(readinessPointKeys),
      status: z.enum(readinessStatuses),
      owner: text(T.readinessOwner),
      lastReviewed: isoDate.nullable(),
      note: text(T.readinessNote),
      contactId: id.nullable().default(null),
    }),
    output: readinessOverviewSchema,
  },
  preventionClassSave: {
    input: z.object({ id: id.optional(), name: text(T.className).min(1, 'Geef de klas of groep een naam.'), schoolLevel, active: z.boolean().default(true) }),
    output: readinessOverviewSchema,
  },
  preventionLessonSave: {
    input: z.object({
      id: id.optional(),
      classId: id,
      plannedDate: isoDate.nullable(),
      heldDate: isoDate.nullable(),
      ledBy: text(T.lessonLedBy),
      rules: text(T.lessonRules),
      note: text(T.lessonNote),
    }),
    output: readinessOverviewSchema,
  },
  preventionDocumentsList: { input: z.object({ level: schoolLevel }), output: z.array(preventionDocumentSchema) },
  preventionDocumentSave: {
    input: z.object({
      ...documentKey,
      // Bounded like a pack's edits, so no call can grow the vault without limit.
      edits: z.record(z.string().max(60), z.string().max(T.documentParagraph)).refine((edits) => Object.keys(edits).length <= 100, 'Te veel onderdelen: hoogstens 100.'),
    }),
    output: preventionDocumentSchema,
  },
  preventionDocumentExport: { input: z.object(documentKey), output: savedFile },
  glossaryList: { input: z.object({}).strict(), output: glossarySchema },
} as const;
