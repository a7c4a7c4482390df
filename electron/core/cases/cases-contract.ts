// The case file's part of the contract: cases and their status, the persons in their roles, consent,
// the chronology, destruction when the retention term ends, the anonymised annual overview and the
// audit trail. Composed into the one contract map in contract.ts.
import { z } from 'zod';
import {
  advisorKinds,
  ageBands,
  auditActions,
  caseStatuses,
  caseStatusFilters,
  consentDecisions,
  consentGivers,
  consentMethods,
  consentStates,
  consentSubjects,
  incidentTypes,
  manualTimelineKinds,
  personKinds,
  personRoles,
  recordKinds,
  schoolLevels,
  severityLevels,
  timelineCategories,
  timelineKinds,
  TEXT_LIMITS,
} from '@shared';
import { backupsAfterDestruction, empty, id, isoDate, localDateTime, ok, shortText } from '../contract-fields';
import { preventionAnnualSchema } from '../prevention/prevention-schema';

/** The same lengths the forms stop at (electron/shared/limits.ts). */
const T = TEXT_LIMITS;

export const caseSummarySchema = z.object({
  id,
  title: z.string(),
  schoolLevel: z.enum(schoolLevels),
  status: z.enum(caseStatuses),
  recordKind: z.enum(recordKinds),
  incidentTypes: z.array(z.enum(incidentTypes)),
  platforms: z.array(z.string()),
  openedAt: z.string(),
  updatedAt: z.string(),
  level: z.enum(severityLevels).nullable(),
  acute: z.boolean(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  nextDue: z.string().nullable(),
  /** Gone out in a handover that waits for its receipt: read-only until confirmed or withdrawn. */
  handedOver: z.object({ to: z.string(), at: z.string() }).nullable(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const personSchema = z.object({
  id,
  role: z.enum(personRoles),
  kind: z.enum(personKinds),
  label: z.string(),
  ageBand: z.enum(ageBands),
  classGroup: z.string().nullable(),
  contact: z.string().nullable(),
  relatedPersonId: z.string().nullable(),
});
export type Person = z.infer<typeof personSchema>;

export const consentSchema = z.object({
  id,
  subject: z.enum(consentSubjects),
  givenBy: z.enum(consentGivers),
  decision: z.enum(consentDecisions),
  method: z.enum(consentMethods),
  decidedAt: z.string(),
  note: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawalNote: z.string().nullable(),
  /** The victim the decision is about; null for the case's first (or only) victim. */
  victimPersonId: z.string().nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

export const consentStatusSchema = z.object({
  subject: z.enum(consentSubjects),
  satisfied: z.boolean(),
  /** Who must consent, given the victim's age (under 16: parents; 16–17: the pupil; 18+: the pupil alone). */
  required: z.array(z.enum(consentGivers)),
  missing: z.array(z.enum(consentGivers)),
  /** Over all victims: one refusal or withdrawal holds for the whole subject. */
  state: z.enum(consentStates),
  /** Per victim (one entry per victim person; none while no victim is recorded). */
  victims: z.array(
    z.object({
      personId: z.string(),
      label: z.string(),
      state: z.enum(consentStates),
      required: z.array(z.enum(consentGivers)),
      missing: z.array(z.enum(consentGivers)),
      givers: z.array(z.object({ giver: z.enum(consentGivers), state: z.enum(consentStates) })),
    }),
  ),
});
export type ConsentStatus = z.infer<typeof consentStatusSchema>;

export const caseDetailSchema = caseSummarySchema.extend({
  summary: z.string(),
  incidentDate: z.string().nullable(),
  closedAt: z.string().nullable(),
  closureReason: z.string().nullable(),
  destroyAfter: z.string().nullable(),
  persons: z.array(personSchema),
  consents: z.array(consentSchema),
  consentStatus: z.array(consentStatusSchema),
  links: z.array(z.object({ caseId: id, title: z.string(), reason: z.string() })),
  guardrails: z.object({
    sexualImageryOfMinor: z.boolean(),
    sexualImageryTone: z.enum(['alarm', 'calm']),
    stappenplanIndicated: z.boolean(),
    staffSuspect: z.boolean(),
    meldcode: z.boolean(),
    advisorKind: z.enum(advisorKinds),
  }),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const timelineEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.enum(timelineKinds),
  summary: z.string(),
  data: z.record(z.string(), z.unknown()),
  correctsEventId: z.number().int().nullable(),
  correctedBy: z.array(z.number().int()),
  actor: z.string(),
  /** When it happened, when that was earlier than when it was recorded (`at`). */
  happenedAt: z.string().nullable(),
  category: z.enum(timelineCategories),
  /** Earlier saves of the same interview answer in the same sitting, oldest first. */
  earlier: z.array(z.object({ id: z.number().int(), at: z.string(), summary: z.string() })),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const chainCheckSchema = z.object({
  ok: z.boolean(),
  events: z.number().int(),
  head: z.string().nullable(),
  firstMismatch: z.object({ eventId: z.number().int(), position: z.number().int(), at: z.string(), kind: z.string() }).nullable(),
});
export type ChainCheckResult = z.infer<typeof chainCheckSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(auditActions),
  caseId: z.string().nullable(),
  detail: z.string(),
});

const caseFields = z.object({
  title: shortText(T.caseTitle).min(1, 'Geef de zaak een werktitel of pseudoniem.'),
  schoolLevel: z.enum(schoolLevels),
  incidentTypes: z.array(z.enum(incidentTypes)).max(12),
  platforms: z.array(shortText(40)).max(20),
  summary: shortText(T.caseSummary),
  incidentDate: isoDate.nullable(),
});

const personInput = z.object({
  role: z.enum(personRoles),
  kind: z.enum(personKinds),
  label: shortText(T.personLabel),
  ageBand: z.enum(ageBands),
  classGroup: shortText(T.personClassGroup).nullable(),
  contact: shortText(T.personContact).nullable(),
  relatedPersonId: id.nullable(),
});

export const casesContract = {
  casesList: {
    input: z.object({
      query: shortText(200).optional(),
      status: z.enum(caseStatusFilters).optional(),
    }),
    output: z.array(caseSummarySchema),
  },

  casesCreate: { input: caseFields, output: caseDetailSchema },

  casesGet: { input: z.object({ id }), output: caseDetailSchema },

  casesUpdate: { input: z.object({ id, patch: caseFields.partial() }), output: caseDetailSchema },

  casesSetStatus: {
    input: z.object({ id, status: z.enum(caseStatuses), reason: shortText(T.statusReason).optional() }),
    output: caseDetailSchema,
  },

  casesReopen: { input: z.object({ id, reason: shortText(T.statusReason).min(1, 'Geef een reden om de zaak te heropenen.') }), output: caseDetailSchema },

  casesLink: { input: z.object({ id, otherId: id, reason: shortText(T.linkReason).min(1, 'Geef een reden voor de koppeling.') }), output: caseDetailSchema },

  casesDestroy: {
    input: z.object({ id, confirmTitle: z.string().max(200) }),
    output: ok.extend(backupsAfterDestruction),
  },

  personsSave: { input: z.object({ caseId: id, personId: id.optional(), person: personInput }), output: caseDetailSchema },

  /** Someone added by mistake or twice; refused while consent, answers or a family letter point at them. */
  personsRemove: { input: z.object({ caseId: id, personId: id, reason: shortText(T.removalReason).optional() }), output: caseDetailSchema },

  consentsRecord: {
    input: z.object({
      caseId: id,
      subject: z.enum(consentSubjects),
      givenBy: z.enum(consentGivers),
      decision: z.enum(consentDecisions),
      method: z.enum(consentMethods),
      decidedAt: isoDate,
      note: shortText(T.consentNote),
      /** Which victim, when the case has more than one. */
      victimPersonId: id.optional(),
    }),
    output: caseDetailSchema,
  },

  consentsWithdraw: { input: z.object({ caseId: id, consentId: id, note: shortText(T.consentNote) }), output: caseDetailSchema },

  timelineList: { input: z.object({ caseId: id }), output: z.array(timelineEventSchema) },

  timelineAdd: {
    input: z.object({
      caseId: id,
      kind: z.enum(manualTimelineKinds),
      summary: shortText(T.timelineText).min(1, 'Beschrijf wat er gebeurde.'),
      happenedAt: localDateTime.nullable().optional(),
    }),
    output: z.array(timelineEventSchema),
  },

  timelineCorrect: {
    input: z.object({ caseId: id, eventId: z.number().int(), correction: shortText(T.timelineText).min(1, 'Beschrijf de correctie.') }),
    output: z.array(timelineEventSchema),
  },

  /** Recomputes the case's hash chain; names the first event whose stored hash no longer matches. */
  chronologyVerify: { input: z.object({ caseId: id }), output: chainCheckSchema },

  casesDueForDestruction: {
    input: empty,
    output: z.array(z.object({ id, title: z.string(), closedAt: z.string().nullable(), destroyAfter: z.string() })),
  },

  annualReport: {
    input: z.object({ year: z.number().int().min(2000).max(2100) }),
    output: z.object({
      year: z.number().int(),
      opened: z.number().int(),
      closed: z.number().int(),
      stillOpen: z.number().int(),
      destroyed: z.number().int(),
      byIncidentType: z.record(z.string(), z.number().int()),
      bySchoolLevel: z.record(z.string(), z.number().int()),
      byLevel: z.record(z.string(), z.number().int()),
      byMonth: z.record(z.string(), z.number().int()),
      acute: z.number().int(),
      prevention: preventionAnnualSchema,
    }),
  },

  auditList: { input: z.object({ caseId: id.optional() }), output: z.array(auditEntrySchema) },
} as const;
