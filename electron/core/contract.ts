// The one contract between the renderer and the main process: every call by name, with zod schemas
// for its input and output. Main registers handlers from it (electron/main/ipc.ts), the preload
// exposes exactly these names, the renderer's client is typed from it, and the end-to-end harness
// binds the same handlers. Values are plain JSON so they cross Electron IPC and Playwright alike.
import { z } from 'zod';
import {
  actionSources,
  advisorKinds,
  safetyAlertKeys,
  actionStatuses,
  actionSteps,
  ageBands,
  auditActions,
  caseStatuses,
  caseStatusFilters,
  checklistAnswers,
  checklistKeys,
  consentDecisions,
  consentGivers,
  consentMethods,
  consentStates,
  consentSubjects,
  contactRoles,
  evidenceHolders,
  incidentTypes,
  locales,
  manualTimelineKinds,
  noteKinds,
  personKinds,
  personRoles,
  recordKinds,
  schoolLevels,
  SETTINGS_LIMITS,
  SETTINGS_RANGES,
  TEXT_LIMITS,
  severityLevels,
  takedownChannels,
  takedownStatuses,
  timelineCategories,
  timelineKinds,
  type ErrorCode,
} from '@shared';
import type { ListedCallName } from './call-names';
import { actionCatalogViewSchema, levelSchema, organisationListSchema, sourceListSchema, storedAssessmentSchema, type StoredAssessment } from './assessment';
import { answerValueSchema, interviewSchema } from './interview';
import { composedPackSchema } from './packs/compose-pack';
import { findingSchema } from './packs/disclosure-check';
import { packTypeSchema } from './packs/pack-input';
import { packPageSchema } from './packs/page-frame';
import { checklistContentSchema } from './checklists/checklist-content';
import { boardContract } from './board/board-contract';
import { handoverContract } from './handover/handover-contract';
import { preventionAnnualSchema, preventionContract } from './prevention/prevention-schema';

import { boundedRecord, empty, id, isoDate, localDateTime, ok, shortText } from './contract-fields';

// ---------- entities ----------

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

export const backupSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  bytes: z.number(),
  /** Opened and checked page by page after it was written. */
  verified: z.boolean(),
  /** How many cases it holds (null for backups from before this was recorded). */
  cases: z.number().int().nullable(),
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(auditActions),
  caseId: z.string().nullable(),
  detail: z.string(),
});

export const checklistSchema = z.object({
  checklistKey: z.enum(checklistKeys),
  answers: boundedRecord(z.string().max(100), z.object({ answer: z.enum(checklistAnswers), note: z.string().max(2000) }), 100),
  updatedAt: z.string().nullable(),
});
export type Checklist = z.infer<typeof checklistSchema>;
/** A saved checklist plus, for the afwegingskader, whether its answers call for a report. */
export const checklistStateSchema = checklistSchema.extend({ reportAdvised: z.boolean() });

export const interviewStateSchema = z.object({
  answers: z.record(z.string(), answerValueSchema),
  progress: z.object({
    answered: z.number().int(),
    total: z.number().int(),
    percent: z.number().int(),
    sections: z.array(z.object({ id: z.string(), answered: z.number().int(), total: z.number().int(), shown: z.number().int() })),
    nextQuestionId: z.string().nullable(),
  }),
  visibleQuestionIds: z.array(z.string()),
  /** Every answer ever given, oldest first; a correction points at the answer it replaced. */
  history: z.array(
    z.object({
      id: z.number().int(),
      questionId: z.string(),
      value: answerValueSchema,
      answeredAt: z.string(),
      supersedesId: z.number().int().nullable(),
      victimPersonId: z.string().nullable(),
    }),
  ),
  /** The victim the per-victim parts are about; null while the case has no victim. */
  victimId: z.string().nullable(),
  victims: z.array(z.object({ personId: z.string(), label: z.string() })),
  /** Safety answers that call for action now; the assessment raises flags of the same keys. */
  safetyAlerts: z.array(z.enum(safetyAlertKeys)),
});
export type InterviewState = z.infer<typeof interviewStateSchema>;

export { storedAssessmentSchema, type StoredAssessment };

export const packViewSchema = z.object({
  type: packTypeSchema,
  /** The victim whose family this letter is for, when the case has more than one victim. */
  victim: z.object({ personId: z.string(), label: z.string() }).nullable(),
  composed: composedPackSchema,
  /** The composed text of each paragraph before the advisor's edits. */
  originals: z.record(z.string(), z.string()),
  namingVictim: z.boolean(),
  namingPossible: z.boolean(),
  /** Findings: the identifying details in the text, as exact spans with their reason. */
  check: z.object({ allowed: z.boolean(), problems: z.array(z.string()), findings: z.array(findingSchema) }),
  page: packPageSchema,
  exports: z.array(z.object({ exportedAt: z.string(), fileName: z.string(), passwordProtected: z.boolean() })),
});
export type PackView = z.infer<typeof packViewSchema>;

// ---------- inputs ----------

/** The same lengths the forms stop at (electron/shared/limits.ts). */
const T = TEXT_LIMITS;

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

const actionInput = z.object({
  actionKey: shortText(60).nullable().default(null),
  title: shortText(T.actionTitle).min(1, 'Geef de actie een titel.'),
  step: z.enum(actionSteps),
  owner: shortText(T.actionOwner),
  dueDate: isoDate.nullable(),
  rationale: shortText(T.actionRationale),
  organisationKey: shortText(60).nullable(),
});

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

/** The words of a takedown item: what is there and where, never the material itself. */
const evidenceFields = z.object({
  description: shortText(2000).min(1, 'Beschrijf wat er te zien is, in woorden.'),
  platform: shortText(60),
  accountOrUrl: shortText(500),
  observedAt: localDateTime.nullable(),
  heldBy: z.enum(evidenceHolders),
  note: shortText(2000),
});

// ---------- the calls ----------

export const contract = {
  vaultStatus: {
    input: empty,
    output: z.object({
      state: z.enum(['no_vault', 'locked', 'unlocked']),
      locale: z.enum(locales),
      /** Why the locked vault cannot simply be unlocked (database missing, damaged…), as an error code. */
      problem: z.string().nullable().optional(),
    }),
  },
  vaultPassphraseStrength: {
    input: z.object({ passphrase: z.string().max(1024) }),
    output: z.object({ score: z.number().int(), acceptable: z.boolean(), problems: z.array(z.string()) }),
  },
  vaultCreate: {
    input: z.object({ passphrase: z.string().max(1024), profileName: shortText(SETTINGS_LIMITS.profileName).min(1, 'Vul je naam in.') }),
    output: z.object({ recoveryKey: z.string(), confirmGroups: z.tuple([z.number().int(), z.number().int()]) }),
  },
  vaultConfirmRecoveryKey: {
    input: z.object({ groups: z.array(z.object({ group: z.number().int().min(1).max(8), value: shortText(8) })).length(2) }),
    output: ok,
  },
  vaultNewRecoveryKey: {
    input: z.object({ passphrase: z.string().min(1, 'Vul je wachtwoordzin in.').max(1024) }),
    output: z.object({ recoveryKey: z.string(), confirmGroups: z.tuple([z.number().int(), z.number().int()]) }),
  },
  vaultUnlock: { input: z.object({ passphrase: z.string().min(1, 'Vul je wachtwoordzin in.').max(1024) }), output: ok },
  vaultRecover: {
    input: z.object({ recoveryKey: z.string().max(80), newPassphrase: z.string().max(1024) }),
    output: ok,
  },
  vaultLock: { input: empty, output: ok },
  vaultChangePassphrase: { input: z.object({ current: z.string().max(1024), next: z.string().max(1024) }), output: ok },

  backupsList: { input: empty, output: z.array(backupSchema) },
  backupsCreate: { input: empty, output: backupSchema },
  /** While locked (from the unlock screen) the passphrase or the recovery key proves the backup is ours. */
  backupsRestore: {
    input: z.object({
      name: z.string().max(120),
      passphrase: z.string().max(1024).optional(),
      recoveryKey: z.string().max(80).optional(),
      newPassphrase: z.string().max(1024).optional(),
    }),
    output: ok,
  },

  settingsGet: { input: empty, output: settingsSchema },
  settingsUpdate: { input: settingsInput, output: settingsSchema },

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
    /** Older backups that still held the case are removed; unchecked ones could not be opened to look. */
    output: ok.extend({ backupsRemoved: z.number().int().optional(), backupsUnchecked: z.number().int().optional() }),
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
  actionsExportPdf: { input: z.object({ caseId: id }), output: z.object({ saved: z.boolean(), fileName: z.string().nullable() }) },
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
        reference: shortText(120).optional(),
        status: z.enum(takedownStatuses).nullable().optional(),
        followUpDate: isoDate.nullable().optional(),
        note: shortText(2000).optional(),
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
        name: shortText(120).min(1, 'Vul een naam in.'),
        organisation: shortText(120),
        phone: shortText(40),
        email: z.union([z.literal(''), z.email('Dit is geen geldig e-mailadres.')]),
        note: shortText(1000),
      }),
    }),
    output: z.array(contactSchema),
  },
  contactsRemove: { input: z.object({ id }), output: z.array(contactSchema) },

  checklistContent: { input: empty, output: checklistContentSchema },
  checklistGet: { input: z.object({ caseId: id, checklistKey: checklistSchema.shape.checklistKey }), output: checklistStateSchema },
  checklistSave: { input: z.object({ caseId: id, checklist: checklistSchema.omit({ updatedAt: true }) }), output: checklistStateSchema },
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

  ...boardContract,
  ...handoverContract,

  interviewContent: { input: empty, output: interviewSchema },
  /** victimId: which victim the per-victim parts are about; the first victim when left out. */
  interviewState: { input: z.object({ caseId: id, victimId: id.optional() }), output: interviewStateSchema },
  interviewAnswer: { input: z.object({ caseId: id, questionId: z.string().min(1).max(100), value: answerValueSchema, victimId: id.optional() }), output: interviewStateSchema },

  assessmentGet: { input: z.object({ caseId: id }), output: storedAssessmentSchema.nullable() },
  assessmentRun: { input: z.object({ caseId: id }), output: storedAssessmentSchema },
  assessmentOverride: {
    input: z.object({ caseId: id, level: levelSchema, reason: shortText(T.overrideReason).min(1, 'Geef een reden waarom je de inschatting aanpast.') }),
    output: storedAssessmentSchema,
  },
  actionsFromAssessment: { input: z.object({ caseId: id, actionKeys: z.array(z.string().max(60)).min(1).max(40) }), output: z.array(actionSchema) },
  actionCatalog: { input: empty, output: actionCatalogViewSchema },
  organisationsList: { input: empty, output: organisationListSchema },
  /** The sources page: what each text of the advice rests on, reviewed when. */
  sourcesList: { input: empty, output: sourceListSchema },

  /** The six packs; with several victims the family letter once per victim (PackView.victim). */
  packsList: { input: z.object({ caseId: id }), output: z.array(packViewSchema) },
  packsSave: {
    input: z.object({
      caseId: id,
      type: packTypeSchema,
      /** Which victim's family letter, in a case with several victims; the first when left out. */
      victimPersonId: id.optional(),
      edits: boundedRecord(z.string().max(100), z.string().max(8000), 100),
      namingVictim: z.boolean(),
    }),
    output: packViewSchema,
  },
  packsExport: {
    input: z.object({ caseId: id, type: packTypeSchema, victimPersonId: id.optional(), password: z.string().max(200).optional() }),
    output: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  /** Where the PDF's pages begin, so the preview draws the same page breaks. */
  packsLayout: {
    input: z.object({ caseId: id, type: packTypeSchema, victimPersonId: id.optional() }),
    output: z.object({
      pageCount: z.number().int(),
      breaks: z.array(z.object({ paragraphId: z.string(), block: z.number().int(), page: z.number().int() })),
      closingPage: z.number().int(),
    }),
  },

  /** Opens a link from the organisations list in the person's browser, after they confirm. */
  openExternal: { input: z.object({ url: z.url().max(500) }), output: z.object({ opened: z.boolean() }) },

  ...preventionContract,
} as const;

export type { BoardOverview } from './board/board-contract';
export type { HandoverManifest, HandoverRecord } from './handover/handover-contract';

// ---------- what the calls carry, by name ----------
// Services take these rather than CallInput<'…'>: named for what they hold, as validated (defaults
// filled in), so a call can be renamed or split without touching the service behind it.
type Carried<K extends keyof typeof contract> = z.output<(typeof contract)[K]['input']>;
export type NewCase = Carried<'casesCreate'>;
export type CasePatch = Carried<'casesUpdate'>['patch'];
export type PersonChange = Carried<'personsSave'>;
export type PersonRemoval = Carried<'personsRemove'>;
export type ConsentDecision = Carried<'consentsRecord'>;
export type ActionDraft = Carried<'actionsAdd'>['action'];
export type ActionChange = Carried<'actionsUpdate'>;
export type EvidenceDraft = Carried<'evidenceAdd'>['item'];
export type EvidenceChange = Carried<'evidenceUpdate'>;
export type ContactChange = Carried<'contactsSave'>;
export type ChecklistAnswers = Carried<'checklistSave'>['checklist'];
export type ReadinessPointChange = Carried<'preventionPointSave'>;
export type ClassChange = Carried<'preventionClassSave'>;
export type LessonChange = Carried<'preventionLessonSave'>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

/** What crosses the bridge: a result or a typed error, never a stack trace. */
export interface CallError {
  code: ErrorCode;
  message: string;
  details?: Record<string, string | number>;
  issues?: { path: string; message: string }[];
}
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** The shape of window.vertrouwd: one function per call. */
export type VertrouwdApi = { [K in CallName]: (input: CallInput<K>) => Promise<CallResult<CallOutput<K>>> };

// Compile-time proof that call-names.ts lists exactly the contract's calls (both directions).
type Missing = Exclude<CallName, ListedCallName>;
type Extra = Exclude<ListedCallName, CallName>;
export const contractMatchesCallNames: [Missing, Extra] extends [never, never] ? true : never = true;
