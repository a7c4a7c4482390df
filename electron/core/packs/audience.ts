// Who reads each pack, and which facts of the case that reader may receive. This one table decides
// what case data can reach a text: a placeholder carries exactly one fact, and a pack's texts may only
// use placeholders whose fact its audience may receive (checked when the texts are loaded). Only the
// board/police summary receives the internal record; the victim's family receives what was agreed
// with it; every other audience receives general terms.
import { PACK_TYPES, type PackType } from './pack-input';

export const AUDIENCES = ['victim_family', 'all_parents', 'class', 'all_pupils', 'staff', 'board_police'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const FACTS = [
  /** The school, the advisor as contact person, organisations: public already. */
  'school',
  'contact',
  'organisations',
  /** The kind of incident in public words ("intieme beelden"), and the platforms by their names. */
  'incidentKind',
  'platforms',
  /** What the school does, as public sentences derived from the plan (never its lines). */
  'publicCommitments',
  /** How consent was given for a talk, as one sentence without names. */
  'talkConsent',
  /** For the family: the steps agreed with them, as sentences, and their own consent choices. */
  'agreedSteps',
  'ownConsent',
  /** The victim's name and class: the family's own child, and only when the advisor turns it on. */
  'victimName',
  'victimClass',
  /** The internal record. */
  'internalSummary',
  'persons',
  'chronology',
  'actionLines',
  'assessment',
  'caseFlags',
  'consentRecord',
] as const;
export type Fact = (typeof FACTS)[number];

const PUBLIC: readonly Fact[] = ['school', 'contact', 'organisations', 'incidentKind', 'platforms', 'publicCommitments'];

export const AUDIENCE_FACTS: Record<Audience, readonly Fact[]> = {
  victim_family: [...PUBLIC, 'agreedSteps', 'ownConsent', 'victimName', 'victimClass'],
  all_parents: PUBLIC,
  class: [...PUBLIC, 'talkConsent'],
  all_pupils: [...PUBLIC, 'talkConsent'],
  staff: PUBLIC,
  board_police: [...FACTS],
};

/** Facts that name or point at a person: shown only when the advisor turns naming on. */
export const NAMING_FACTS: ReadonlySet<Fact> = new Set(['victimName', 'victimClass']);

/** The texts a pack is composed from: one set per pack, and the colleagues' note. */
export const CONTENT_KEYS = [...PACK_TYPES, 'colleagues_note'] as const;
export type ContentKey = (typeof CONTENT_KEYS)[number];

export const CONTENT_AUDIENCE: Record<ContentKey, Audience> = {
  parents_general: 'all_parents',
  parents_victim: 'victim_family',
  // An adult colleague has no parents to write to: the family pack becomes a note for the colleagues
  // around them (see contentKeyFor).
  colleagues_note: 'staff',
  class_talk: 'class',
  teacher_briefing: 'staff',
  all_pupils_plan: 'all_pupils',
  case_summary: 'board_police',
};

export function contentKeyFor(type: PackType, staffVictim: boolean): ContentKey {
  return type === 'parents_victim' && staffVictim ? 'colleagues_note' : type;
}

export function mayReceive(audience: Audience, fact: Fact): boolean {
  return AUDIENCE_FACTS[audience].includes(fact);
}
