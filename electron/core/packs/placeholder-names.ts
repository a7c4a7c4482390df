// Which placeholders each pack may use: the names only, so the content check (pack-content) and the
// filler (placeholders) both depend on this list and not on each other.
import type { PackType } from './pack-input';

/** Safe in every pack: nothing here names or points at a pupil. */
const GENERAL = [
  'school',
  'contactPerson',
  'contactRole',
  'contactLine',
  'incidentSummary',
  'platforms',
  'incidentTypes',
  'organisationsList',
] as const;

/** For the victim's family: their own child, what was agreed with them. */
const FAMILY = ['childRef', 'classRef', 'actionsList', 'nextStepsList', 'consentSummary'] as const;

/** For the police contact or the board. */
const CASE_FILE = [
  'victimRef',
  'classRef',
  'pseudonym',
  'schoolLevel',
  'spreaders',
  'accounts',
  'timelineList',
  'chronologyHead',
  'actionsList',
  'nextStepsList',
  'consentSummary',
  'levelLabel',
  'reasonsList',
  'flagsList',
  'sexualImageryAnswer',
  'largeScaleAnswer',
  'staffSuspectAnswer',
] as const;

export type PlaceholderName =
  | (typeof GENERAL)[number]
  | (typeof FAMILY)[number]
  | (typeof CASE_FILE)[number];

export const PLACEHOLDERS_BY_PACK: Record<PackType, ReadonlySet<string>> = {
  parents_general: new Set(GENERAL),
  parents_victim: new Set([...GENERAL, ...FAMILY]),
  class_talk: new Set(GENERAL),
  teacher_briefing: new Set(GENERAL),
  all_pupils_plan: new Set(GENERAL),
  case_summary: new Set([...GENERAL, ...CASE_FILE]),
};

export { templateNames as placeholdersIn } from '@shared';

