// The work on a case, as a part of the contract: the action plan, notes (private and dossier), the
// takedown tracker, the school's own contacts and the checklists. Composed into the one contract map
// in contract.ts.
import { z } from 'zod';
import { actionSources, actionStatuses, actionSteps, checklistAnswers, checklistKeys, contactRoles, evidenceHolders, noteKinds, takedownChannels, takedownStatuses, TEXT_LIMITS } from '@shared';
import { boundedRecord, empty, id, isoDate, localDateTime, savedFile, shortText } from '../contract-fields';
import { checklistContentSchema } from '../checklists/checklist-content';

/** The same lengths the forms stop at (electron/shared/limits.ts). */
const T = TEXT_LIMITS;

export const actionSchema = z.object({
  id,
  caseId: id,
  actionKey: z.string().nullable(),
  step: z.enum(actionSteps),
  title: z.string(),
  rationale: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(actionStatuses),
  outcome: z.string(),
  organisationKey: z.string().nullable(),
  source: z.enum(actionSources),
  completedAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type CaseAction = z.infer<typeof actionSchema>;

export const noteSchema = z.object({
  id,
  kind: z.enum(noteKinds),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const evidenceSchema = z.object({
  id,
  description: z.string(),
  platform: z.string(),
  accountOrUrl: z.string(),
  observedAt: z.string().nullable(),
  heldBy: z.enum(evidenceHolders),
  note: z.string(),
  createdAt: z.string(),
  takedownStatus: z.enum(takedownStatuses),
  followUpDate: z.string().nullable(),
  /** The follow-up date is today or past. */
  followUpDue: z.boolean(),
  /** Every report, status change and correction, oldest first; never rewritten. */
  history: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      actor: z.string(),
      reportedTo: z.enum(takedownChannels).nullable(),
      reference: z.string(),
      status: z.enum(takedownStatuses).nullable(),
      followUpDate: z.string().nullable(),
      corrections: z.record(z.string(), z.object({ before: z.string().nullable(), after: z.string().nullable() })),
      note: z.string(),
    }),
  ),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const takedownFollowUpSchema = z.object({
  evidenceId: id,
  caseId: id,
  caseTitle: z.string(),
  description: z.string(),
  platform: z.string(),
  accountOrUrl: z.string(),
  takedownStatus: z.enum(takedownStatuses),
  followUpDate: z.string(),
  overdue: z.boolean(),
});
export type TakedownFollowUp = z.infer<typeof takedownFollowUpSchema>;

export const contactSchema = z.object({
  id,
  role: z.enum(contactRoles),
  name: z.string(),
  organisation: z.string(),
  phone: z.string(),
  email: z.string(),
  note: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

export const checklistSchema = z.object({
  checklistKey: z.enum(checklistKeys),
  answers: boundedRecord(z.string().max(100), z.object({ answer: z.enum(checklistAnswers), note: z.string().max(T.checklistNote) }), 100),
  updatedAt: z.string().nullable(),
});
export type Checklist = z.infer<typeof checklistSchema>;
/** A saved checklist plus, for the afwegingskader, whether its answers call for a report. */
export const checklistStateSchema = checklistSchema.extend({ reportAdvised: z.boolean() });

const actionInput = z.object({
  actionKey: shortText(60).nullable().default(null),
  title: shortText(T.actionTitle).min(1, 'Geef de actie een titel.'),
  step: z.enum(actionSteps),
  owner: shortText(T.actionOwner),
  dueDate: isoDate.nullable(),
  rationale: shortText(T.actionRationale),
  organisationKey: shortText(60).nullable(),
});

/** The words of a takedown item: what is there and where, never the material itself. */
const evidenceFields = z.object({
  description: shortText(T.evidenceDescription).min(1, 'Beschrijf wat er te zien is, in woorden.'),
  platform: shortText(T.evidencePlatform),
  accountOrUrl: shortText(T.evidencePlace),
  observedAt: localDateTime.nullable(),
  heldBy: z.enum(evidenceHolders),
  note: shortText(T.evidenceNote),
});

export const caseworkContract = {
  actionsList: { input: z.object({ caseId: id }), output: z.array(actionSchema) },

  actionsAdd: { input: z.object({ caseId: id, action: actionInput }), output: z.array(actionSchema) },

  actionsUpdate: {
    input: z.object({
      caseId: id,
      actionId: id,
      patch: z.object({ status: z.enum(actionStatuses), owner: shortText(T.actionOwner), dueDate: isoDate.nullable(), outcome: shortText(T.actionOutcome) }).partial(),
    }),
    output: z.array(actionSchema),
  },

  /** The case's action plan as a PDF for the care team (internal), through the save dialog. */
  actionsExportPdf: { input: z.object({ caseId: id }), output: savedFile },

  actionsDue: {
    input: empty,
    output: z.array(actionSchema.extend({ caseTitle: z.string(), dueState: z.enum(['overdue', 'today', 'soon']) })),
  },

  notesList: { input: z.object({ caseId: id }), output: z.array(noteSchema) },

  notesAdd: {
    input: z.object({ caseId: id, kind: z.enum(noteKinds), body: shortText(T.noteBody).min(1, 'Een lege notitie bewaren heeft geen zin.') }),
    output: z.array(noteSchema),
  },

  notesUpdate: { input: z.object({ caseId: id, noteId: id, body: shortText(T.noteBody).min(1) }), output: z.array(noteSchema) },

  evidenceList: { input: z.object({ caseId: id }), output: z.array(evidenceSchema) },

  evidenceAdd: {
    input: z.object({
      caseId: id,
      item: evidenceFields.extend({
        takedownStatus: z.enum(takedownStatuses).optional(),
        followUpDate: isoDate.nullable().optional(),
      }),
    }),
    output: z.array(evidenceSchema),
  },

  evidenceUpdate: {
    input: z.object({
      caseId: id,
      evidenceId: id,
      update: z.object({
        reportedTo: z.enum(takedownChannels).nullable().optional(),
        reference: shortText(T.takedownReference).optional(),
        status: z.enum(takedownStatuses).nullable().optional(),
        followUpDate: isoDate.nullable().optional(),
        note: shortText(T.evidenceNote).optional(),
        /** New words for the item's own fields; what they said before stays in the history. */
        corrections: evidenceFields.partial().optional(),
      }),
    }),
    output: z.array(evidenceSchema),
  },

  takedownFollowUps: { input: empty, output: z.array(takedownFollowUpSchema) },

  contactsList: { input: empty, output: z.array(contactSchema) },

  contactsSave: {
    input: z.object({
      id: id.optional(),
      contact: z.object({
        role: z.enum(contactRoles),
        name: shortText(T.contactName).min(1, 'Vul een naam in.'),
        organisation: shortText(T.contactOrganisation),
        phone: shortText(T.contactPhone),
        email: z.union([z.literal(''), z.email('Dit is geen geldig e-mailadres.')]),
        note: shortText(T.contactNote),
      }),
    }),
    output: z.array(contactSchema),
  },

  contactsRemove: { input: z.object({ id }), output: z.array(contactSchema) },

  checklistContent: { input: empty, output: checklistContentSchema },

  checklistGet: { input: z.object({ caseId: id, checklistKey: checklistSchema.shape.checklistKey }), output: checklistStateSchema },

  checklistSave: { input: z.object({ caseId: id, checklist: checklistSchema.omit({ updatedAt: true }) }), output: checklistStateSchema },
} as const;
