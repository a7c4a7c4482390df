// The words a case is made of, written once. The database schema, the contract (zod enums), the
// services and the renderer all import these lists; the order of each list is the order the UI
// shows and sorts by. Plain data: no Node, no Electron, no zod, so both processes can import it.

/** po = primary, vo = secondary, mbo = vocational. */
export const schoolLevels = ['po', 'vo', 'mbo'] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

/** The guidance note's three steps, framed by intake and aftercare; the order is the workflow's. */
export const caseStatuses = ['intake', 'defining', 'acting', 'communicating', 'aftercare', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
/** Filters the case list offers besides a single status. */
export const caseStatusFilters = [...caseStatuses, 'open', 'all'] as const;
export type CaseStatusFilter = (typeof caseStatusFilters)[number];

/** 'working_note' until the complainant consents to a dossier (School & Veiligheid). */
export const recordKinds = ['working_note', 'dossier'] as const;
export type RecordKind = (typeof recordKinds)[number];

/** The incident types the guidance note distinguishes (domain.md §1). */
export const incidentTypes = [
  'meme',
  'beeldpesten',
  'sexting',
  'shame_sexting',
  'sextortion',
  'deepfake',
  'online_lesson_screenshot',
  /** A nude made with AI from an ordinary photo: the victim never posed for it. */
  'ai_nude',
  /** Filmed or photographed in secret, for example in a changing room or a toilet. */
  'secret_filming',
  /** An adult asks a pupil for images. */
  'adult_request',
  /** A pupil the victim knows demands something under threat of spreading an image. */
  'peer_extortion',
  'other',
] as const;
export type IncidentType = (typeof incidentTypes)[number];
/** The incident types that concern sexual images: they raise the guardrails and the sexual questions. */
export const sexualIncidentTypes = ['sexting', 'shame_sexting', 'sextortion', 'ai_nude', 'secret_filming', 'adult_request'] as const satisfies readonly IncidentType[];

export const personRoles = ['victim', 'suspected_spreader', 'parent', 'witness', 'staff', 'other'] as const;
export type PersonRole = (typeof personRoles)[number];
export const personKinds = ['pupil', 'staff', 'parent', 'other'] as const;
export type PersonKind = (typeof personKinds)[number];

/** The bands of a minor (the law's line is 18; consent's line is 16, see consent-rules). */
export const minorAgeBands = ['under_12', '12_15', '16_17'] as const;
/** A known age, youngest first. */
export const knownAgeBands = [...minorAgeBands, '18_plus'] as const;
/** A person's age band: one spelling for the interview, the people of a case and the rules. */
export const ageBands = [...knownAgeBands, 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];
/** A suspect's age band: the police/OM criteria look at the age gap, so adults are split at 23. */
export const suspectAgeBands = [...minorAgeBands, '18_22', '23_plus'] as const;
export type SuspectAgeBand = (typeof suspectAgeBands)[number];

export const consentSubjects = ['dossier', 'class_talk', 'all_pupils_talk', 'inform_parents', 'share_with_police'] as const;
export type ConsentSubject = (typeof consentSubjects)[number];
export const consentGivers = ['victim', 'parent', 'staff_victim'] as const;
export type ConsentGiver = (typeof consentGivers)[number];
export const consentDecisions = ['given', 'refused'] as const;
export type ConsentDecision = (typeof consentDecisions)[number];
export const consentMethods = ['verbal', 'written', 'email', 'phone'] as const;
export type ConsentMethod = (typeof consentMethods)[number];
/** What the consent records say about a subject: shown as what it is, never as "not arranged yet". */
export const consentStates = ['given', 'refused', 'withdrawn', 'undecided'] as const;
export type ConsentState = (typeof consentStates)[number];
/** Whether the vertrouwenspersoon is a staff member (internal, with the meldplicht) or not (external). */
export const advisorKinds = ['internal', 'external'] as const;
export type AdvisorKind = (typeof advisorKinds)[number];

export const evidenceHolders = ['victim', 'police', 'helpwanted', 'nobody', 'unknown', 'other'] as const;
export type EvidenceHolder = (typeof evidenceHolders)[number];
/** Where getting material removed stands, in the takedown tracker. */
export const takedownStatuses = ['to_report', 'reported', 'removed', 'refused', 'back_online'] as const;
export type TakedownStatus = (typeof takedownStatuses)[number];
/** Where material was reported for removal: the platform itself, Helpwanted, the police. */
export const takedownChannels = ['platform', 'helpwanted', 'police'] as const;
export type TakedownChannel = (typeof takedownChannels)[number];

export const contactRoles = ['police_contact', 'school_board', 'external_advisor', 'care_coordinator', 'other'] as const;
export type ContactRole = (typeof contactRoles)[number];

/** 'private' notes are the advisor's own working notes: never in an export or pack. */
export const noteKinds = ['private', 'dossier'] as const;
export type NoteKind = (typeof noteKinds)[number];

export const actionStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
/** An action still to be done: it counts as open, and as overdue once its date has passed. */
export const openActionStatuses = ['open', 'in_progress'] as const satisfies readonly ActionStatus[];
/** The guidance note's steps 2 (act) and 3 (communicate), then aftercare; also the order actions are listed in. */
export const actionSteps = ['act', 'communicate', 'aftercare'] as const;
export type ActionStep = (typeof actionSteps)[number];
export const actionSources = ['assessment', 'manual'] as const;
export type ActionSource = (typeof actionSources)[number];

/** 'first_hour' is the short list on an acute case: the police now, keep the chat, safe today. */
export const checklistKeys = ['afwegingskader', 'stappenplan_sexting', 'first_hour'] as const;
export type ChecklistKey = (typeof checklistKeys)[number];
export const checklistAnswers = ['yes', 'no', 'unknown'] as const;
export type ChecklistAnswer = (typeof checklistAnswers)[number];

/** The entries the advisor may add to the chronology by hand. */
export const manualTimelineKinds = ['contact', 'decision', 'event'] as const;
export type ManualTimelineKind = (typeof manualTimelineKinds)[number];
/** Every kind of chronology entry. */
export const timelineKinds = [
  'case_created',
  'case_changed',
  'status',
  'reopened',
  'linked',
  'person',
  'person_removed',
  'consent',
  'consent_withdrawn',
  'interview_answer',
  'interview_correction',
  'assessment',
  'assessment_override',
  'action_added',
  'action_changed',
  'note_added',
  'evidence_added',
  'takedown_update',
  'checklist',
  'pack_edited',
  'pack_exported',
  ...manualTimelineKinds,
  'correction',
  'handed_over',
  'handover_received',
  'handover_withdrawn',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/** The chronology's filters; every kind belongs to exactly one (cases/timeline.ts). */
export const timelineCategories = ['contacts', 'decisions', 'documents', 'corrections', 'interview', 'other'] as const;
export type TimelineCategory = (typeof timelineCategories)[number];

/**
 * Interview saves further apart than this start a new sitting. Within one sitting, the saves of one
 * question (a sentence typed in pauses, a box ticked and unticked) read as one entry; a change in a
 * later sitting is a correction of its own.
 */
export const SITTING_GAP_MS = 30 * 60_000;

/** What the audit trail records: ids and actions, never case content. */
export const auditActions = [
  'unlock',
  'lock',
  'case_create',
  'case_open',
  'case_change',
  'case_destroy',
  'export',
  'backup',
  'restore',
  'settings_change',
  'passphrase_change',
  'handover_export',
  'handover_import',
  'handover_confirm',
  'handover_withdraw',
  'prevention_change',
  'vault_move',
] as const;
export type AuditAction = (typeof auditActions)[number];
