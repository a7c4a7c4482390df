// Schema v1 for the whole mission: every table later screens need, so later work adds columns
// rather than fighting the shape. Personal data is kept to what the work needs: no full names are
// required anywhere (a pseudonym or role is enough), contact details are optional, and no table can
// hold an image — the evidence register stores descriptions only (art. 240b/252 Sr, domain.md §4).
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  actionSources,
  actionStatuses,
  actionSteps,
  ageBands,
  auditActions,
  caseStatuses,
  checklistKeys,
  consentDecisions,
  consentGivers,
  consentMethods,
  consentSubjects,
  contactRoles,
  evidenceHolders,
  takedownChannels,
  takedownStatuses,
  locales,
  noteKinds,
  personKinds,
  personRoles,
  preventionDocumentTypes,
  readinessPointKeys,
  readinessStatuses,
  recordKinds,
  schoolLevels,
  severityLevels,
  timelineKinds,
} from '../electron/shared';

const stamp = (name: string) =>
  text(name)
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
const createdAt = () => stamp('created_at');

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  /** JSON-encoded value, validated by the settings service on read. */
  value: text('value').notNull(),
});

export const cases = sqliteTable(
  'cases',
  {
    /**
     * An integer key that VACUUM (and so every backup) keeps stable: the full-text index uses it as
     * its rowid, which makes a search join a direct rowid lookup.
     */
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    /** Working title or pseudonym; never needs the victim's name. */
    title: text('title').notNull(),
    schoolLevel: text('school_level', { enum: schoolLevels }).notNull(),
    /** JSON array of incident type keys (meme, beeldpesten, sexting, ...). */
    incidentTypes: text('incident_types').notNull().default('[]'),
    /** JSON array of platform keys. */
    platforms: text('platforms').notNull().default('[]'),
    status: text('status', { enum: caseStatuses }).notNull().default('intake'),
    /** 'working_note' until the complainant consents to a dossier (School & Veiligheid). */
    recordKind: text('record_kind', { enum: recordKinds }).notNull().default('working_note'),
    summary: text('summary').notNull().default(''),
    incidentDate: text('incident_date'),
    openedAt: stamp('opened_at'),
    closedAt: text('closed_at'),
    closureReason: text('closure_reason'),
    /** Date after which the dossier is due for destruction (no fixed legal term; set at closure). */
    destroyAfter: text('destroy_after'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('cases_status_idx').on(t.status), index('cases_updated_idx').on(t.updatedAt)],
);

export const caseLinks = sqliteTable(
  'case_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    linkedCaseId: text('linked_case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('case_links_pair_idx').on(t.caseId, t.linkedCaseId)],
);

export const persons = sqliteTable(
  'persons',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    role: text('role', { enum: personRoles }).notNull(),
    kind: text('kind', { enum: personKinds }).notNull(),
    /** A name or a description ("moeder van het slachtoffer"); optional by design. */
    label: text('label').notNull().default(''),
    ageBand: text('age_band', { enum: ageBands }).notNull().default('unknown'),
    classGroup: text('class_group'),
    contact: text('contact'),
    /** For a parent: the pupil they are the parent of. */
    relatedPersonId: text('related_person_id'),
    createdAt: createdAt(),
  },
  (t) => [index('persons_case_idx').on(t.caseId)],
);

export const consents = sqliteTable(
  'consents',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    subject: text('subject', { enum: consentSubjects }).notNull(),
    /** Whose consent this is: the pupil themself or a parent/guardian. */
    givenBy: text('given_by', { enum: consentGivers }).notNull(),
    givenByPersonId: text('given_by_person_id'),
    /** The victim this decision is about, when a case has more than one; null means the case's first victim. */
    victimPersonId: text('victim_person_id'),
    decision: text('decision', { enum: consentDecisions }).notNull(),
    method: text('method', { enum: consentMethods }).notNull(),
    decidedAt: text('decided_at').notNull(),
    note: text('note').notNull().default(''),
    withdrawnAt: text('withdrawn_at'),
    withdrawalNote: text('withdrawal_note'),
    createdAt: createdAt(),
  },
  (t) => [index('consents_case_idx').on(t.caseId)],
);

/** Append-only: triggers in the custom migration refuse UPDATE and DELETE while the case exists. */
export const timelineEvents = sqliteTable(
  'timeline_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    kind: text('kind', { enum: timelineKinds }).notNull(),
    summary: text('summary').notNull(),
    /** JSON with the event's details (e.g. the answer given), for display and export. */
    data: text('data').notNull().default('{}'),
    /** A correction refers to the entry it corrects; the original stays. */
    correctsEventId: integer('corrects_event_id'),
    actor: text('actor').notNull().default(''),
    /** When it happened, if earlier than when it was recorded (`at`): a phone call yesterday. */
    happenedAt: text('happened_at'),
    /**
     * SHA-256 over this event's content and the previous event's chain hash in the same case, so a
     * third party can check that the chronology was not changed (core/chronology-chain.ts). Set once,
     * at insert, or for an event from before the chain on first use; the trigger refuses any change.
     */
    chainHash: text('chain_hash'),
  },
  (t) => [index('timeline_case_idx').on(t.caseId, t.id)],
);

export const actions = sqliteTable(
  'actions',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** Key into resources/actions when the action comes from the catalog; null for one added by hand. */
    actionKey: text('action_key'),
    step: text('step', { enum: actionSteps }).notNull(),
    title: text('title').notNull(),
    rationale: text('rationale').notNull().default(''),
    owner: text('owner').notNull().default(''),
    dueDate: text('due_date'),
    status: text('status', { enum: actionStatuses }).notNull().default('open'),
    outcome: text('outcome').notNull().default(''),
    organisationKey: text('organisation_key'),
    source: text('source', { enum: actionSources }).notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
    completedAt: text('completed_at'),
  },
  (t) => [index('actions_case_idx').on(t.caseId), index('actions_due_idx').on(t.status, t.dueDate)],
);

export const notes = sqliteTable(
  'notes',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** 'private' notes are the advisor's own working notes: never in an export or pack. */
    kind: text('kind', { enum: noteKinds }).notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('notes_case_idx').on(t.caseId)],
);

export const interviewAnswers = sqliteTable(
  'interview_answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    /** JSON-encoded answer value. */
    value: text('value').notNull(),
    answeredAt: text('answered_at').notNull(),
    /** A correction points at the answer it replaces; the replaced answer stays on record. */
    supersedesId: integer('supersedes_id'),
    /**
     * The victim an answer in a per-victim part is about, when a case has more than one; null means
     * the case's first victim, as for consents. Answers about what happened are the case's and stay null.
     */
    victimPersonId: text('victim_person_id'),
  },
  (t) => [index('answers_case_question_idx').on(t.caseId, t.questionId, t.id)],
);

export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    computedAt: text('computed_at').notNull(),
    engineVersion: text('engine_version').notNull(),
    level: text('level', { enum: severityLevels }).notNull(),
    acute: integer('acute', { mode: 'boolean' }).notNull(),
    /** The full explainable result (reasons, flags, actions) as JSON. */
    result: text('result').notNull(),
    overrideLevel: text('override_level', { enum: severityLevels }),
    overrideReason: text('override_reason'),
    overrideAt: text('override_at'),
  },
  (t) => [index('assessments_case_idx').on(t.caseId, t.id)],
);

export const evidenceItems = sqliteTable(
  'evidence_items',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    platform: text('platform').notNull().default(''),
    accountOrUrl: text('account_or_url').notNull().default(''),
    observedAt: text('observed_at'),
    heldBy: text('held_by', { enum: evidenceHolders }).notNull().default('unknown'),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
    /** Where the takedown stands; every change is also a row in takedown_updates. */
    takedownStatus: text('takedown_status', { enum: takedownStatuses }).notNull().default('to_report'),
    /** The day to look again (is it gone? is it back?); it reaches the start screen. */
    followUpDate: text('follow_up_date'),
  },
  (t) => [index('evidence_case_idx').on(t.caseId), index('evidence_follow_up_idx').on(t.takedownStatus, t.followUpDate)],
);

/**
 * The takedown tracker's history, append-only: a report (where, reference number), a status
 * change, a new follow-up date or a correction of the item's words. The item row shows the
 * current state; this table shows how it got there, so no change is ever silent.
 */
export const takedownUpdates = sqliteTable(
  'takedown_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    evidenceId: text('evidence_id')
      .notNull()
      .references(() => evidenceItems.id, { onDelete: 'cascade' }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    actor: text('actor').notNull().default(''),
    /** Where it was reported: the platform itself, Helpwanted or the police; null when not a report. */
    reportedTo: text('reported_to', { enum: takedownChannels }),
    reference: text('reference').notNull().default(''),
    status: text('status', { enum: takedownStatuses }),
    followUpDate: text('follow_up_date'),
    /** JSON: field → { before, after } for a correction of the item's own fields. */
    corrections: text('corrections').notNull().default('{}'),
    note: text('note').notNull().default(''),
  },
  (t) => [index('takedown_updates_item_idx').on(t.evidenceId, t.id)],
);

export const checklists = sqliteTable(
  'checklists',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** e.g. 'afwegingskader' (meldcode) or 'stappenplan_sexting'. */
    checklistKey: text('checklist_key', { enum: checklistKeys }).notNull(),
    /** JSON: question key → { answer, note }. */
    answers: text('answers').notNull().default('{}'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('checklists_case_key_idx').on(t.caseId, t.checklistKey)],
);

export const packs = sqliteTable(
  'packs',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    packType: text('pack_type').notNull(),
    locale: text('locale', { enum: locales }).notNull(),
    namingVictim: integer('naming_victim', { mode: 'boolean' }).notNull().default(false),
    /**
     * The victim whose family the letter is written to, in a case with more than one victim: each
     * family gets its own letter, edits and naming choice. Null for every other pack.
     */
    victimPersonId: text('victim_person_id'),
    /** JSON: paragraph id → edited text. */
    edits: text('edits').notNull().default('{}'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('packs_case_type_idx').on(t.caseId, t.packType, t.locale, t.victimPersonId)],
);

/** A record that a PDF was exported — never the PDF itself. */
export const packExports = sqliteTable('pack_exports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  packId: text('pack_id')
    .notNull()
    .references(() => packs.id, { onDelete: 'cascade' }),
  exportedAt: text('exported_at').notNull(),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  passwordProtected: integer('password_protected', { mode: 'boolean' }).notNull(),
});

export const contacts = sqliteTable('contacts', {
  id: text('id').primaryKey(),
  /** The school's own contacts: police contact, board, external vertrouwenspersoon, care coordinator. */
  role: text('role', { enum: contactRoles }).notNull(),
  name: text('name').notNull(),
  organisation: text('organisation').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  note: text('note').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Who opened, changed or exported what, and when. No foreign key to cases: the trail of a
 * destroyed dossier must outlive it (it records only the id, never the content).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action', { enum: auditActions }).notNull(),
    caseId: text('case_id'),
    detail: text('detail').notNull().default(''),
  },
  (t) => [index('audit_case_idx').on(t.caseId)],
);

/**
 * Dossiers handed over to a successor ('sent') or received from a predecessor ('received'). The
 * handover id lets an import be refused a second time; for a sent handover the sender's dossiers
 * stay, marked, until the successor's confirmation code comes back and they are destroyed.
 */
export const handovers = sqliteTable('handovers', {
  id: text('id').primaryKey(),
  direction: text('direction', { enum: ['sent', 'received'] }).notNull(),
  at: text('at').notNull(),
  /** The other advisor's name as written in the file (received) or given by the sender (sent). */
  counterpart: text('counterpart').notNull().default(''),
  /** JSON array of the case ids in the handover. */
  caseIds: text('case_ids').notNull(),
  /** JSON: what went, in counts per case (the manifest's numbers), never case content. */
  manifest: text('manifest').notNull().default('{}'),
  /** Sent: SHA-256 of the confirmation code the successor will read out. Received: the code itself. */
  confirmation: text('confirmation').notNull(),
  /** Sent: when the sender typed the handover code back (proof it was written down). */
  codeConfirmedAt: text('code_confirmed_at'),
  /** Sent: when the successor's confirmation code was entered and the dossiers destroyed. */
  receiptConfirmedAt: text('receipt_confirmed_at'),
});

// ---------- prevention (school-level, not case-level) ----------
// Nothing here belongs to a case or names a pupil: the readiness of the school, its classes, the
// yearly lesson per class, and the school's own wording of the model documents.

/** One row per readiness point the school has worked on; a point without a row is "not started". */
export const readinessPoints = sqliteTable('readiness_points', {
  key: text('key', { enum: readinessPointKeys }).primaryKey(),
  status: text('status', { enum: readinessStatuses }).notNull().default('not_started'),
  /** Who looks after the point: a role or a staff member's name. */
  owner: text('owner').notNull().default(''),
  lastReviewed: text('last_reviewed'),
  note: text('note').notNull().default(''),
  /** For the police point: the school contact that is the fixed police contact. */
  contactId: text('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
  updatedAt: text('updated_at').notNull(),
});

/** The school's classes (groups in po), so a class without its yearly lesson can be seen. */
export const preventionClasses = sqliteTable('prevention_classes', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  schoolLevel: text('school_level', { enum: schoolLevels }).notNull(),
  /** A class that no longer exists keeps its lessons for the annual overview but is not reminded. */
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
});

/** A yearly lesson, planned and then recorded. Its rules are the pupils' words; never their names. */
export const preventionLessons = sqliteTable(
  'prevention_lessons',
  {
    id: text('id').primaryKey(),
    classId: text('class_id')
      .notNull()
      .references(() => preventionClasses.id, { onDelete: 'cascade' }),
    plannedDate: text('planned_date'),
    heldDate: text('held_date'),
    ledBy: text('led_by').notNull().default(''),
    rules: text('rules').notNull().default(''),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('prevention_lessons_class_idx').on(t.classId)],
);

/** The school's edits of a model document, per variant and language, and when it was last exported. */
export const preventionDocuments = sqliteTable(
  'prevention_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    docType: text('doc_type', { enum: preventionDocumentTypes }).notNull(),
    schoolLevel: text('school_level', { enum: schoolLevels }).notNull(),
    locale: text('locale', { enum: locales }).notNull(),
    /** JSON object: paragraph id → the school's text. */
    edits: text('edits').notNull().default('{}'),
    lastExportedAt: text('last_exported_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('prevention_documents_variant_idx').on(t.docType, t.schoolLevel, t.locale)],
);
