// The kinds of chronology entries, the filter each belongs to, and what makes an interview sitting.
// Apart from the service (no imports at all) so the contract and the renderer can use them.
export type TimelineKind =
  | 'case_created'
  | 'case_changed'
  | 'status'
  | 'reopened'
  | 'linked'
  | 'person'
  | 'consent'
  | 'consent_withdrawn'
  | 'interview_answer'
  | 'interview_correction'
  | 'assessment'
  | 'assessment_override'
  | 'action_added'
  | 'action_changed'
  | 'note_added'
  | 'evidence_added'
  | 'takedown_update'
  | 'checklist'
  | 'pack_edited'
  | 'pack_exported'
  | 'contact'
  | 'event'
  | 'decision'
  | 'correction';

/** The filters of the chronology screen; every kind belongs to exactly one. */
export const timelineCategories = ['contacts', 'decisions', 'documents', 'corrections', 'interview', 'other'] as const;
export type TimelineCategory = (typeof timelineCategories)[number];

const CATEGORY: Record<TimelineKind, TimelineCategory> = {
  contact: 'contacts',
  status: 'decisions',
  reopened: 'decisions',
  linked: 'decisions',
  consent: 'decisions',
  consent_withdrawn: 'decisions',
  assessment: 'decisions',
  assessment_override: 'decisions',
  action_added: 'decisions',
  action_changed: 'decisions',
  checklist: 'decisions',
  decision: 'decisions',
  note_added: 'documents',
  evidence_added: 'documents',
  takedown_update: 'documents',
  pack_edited: 'documents',
  pack_exported: 'documents',
  correction: 'corrections',
  interview_correction: 'corrections',
  interview_answer: 'interview',
  case_created: 'other',
  case_changed: 'other',
  person: 'other',
  event: 'other',
};

export function timelineCategory(kind: string): TimelineCategory {
  return CATEGORY[kind as TimelineKind] ?? 'other';
}

/**
 * Interview saves further apart than this start a new sitting. Within one sitting, the saves of one
 * question (a sentence typed in pauses, a box ticked and unticked) read as one entry; a change in a
 * later sitting is a correction of its own.
 */
export const SITTING_GAP_MS = 30 * 60_000;
