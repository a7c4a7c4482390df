// The rules that protect the people in a case live in code, not in the editable texts: a school that
// rewords a letter must not be able to switch off victim protection or the consent check by accident.
import type { PackType } from './pack-input';

export interface PackPolicy {
  /**
   * A general pack goes to a wide audience (all parents, a class, all staff). It never carries the
   * victim's name, the class, the spreaders' names or accounts, whatever `namingVictim` says.
   */
  general: boolean;
  /** Identifying details this pack may show when the advisor has turned `namingVictim` on. */
  identifyingWhenNamed: ReadonlyArray<IdentifyingDetail>;
  /** Letters have a letterhead, a salutation and a signature; guides are plain documents. */
  layout: 'letter' | 'document';
  /**
   * "Vertrouwelijk" in the page header. Every pack except the general parents' letter: that letter is
   * meant to be read and passed on by all parents, carries nothing identifying, and a confidential
   * stamp on it would only raise curiosity about who is involved.
   */
  confidential: boolean;
  /** Consent of victim and parents needed before the talk this pack prepares (guidance step 3). */
  consent?: 'classTalk' | 'allPupilsTalk';
  /** The PDF must be encrypted: it holds the chronology and, if allowed, names. */
  needsPassword: boolean;
}

export type IdentifyingDetail = 'victimName' | 'classGroup' | 'spreaderNames' | 'accounts';

export const PACK_POLICY: Record<PackType, PackPolicy> = {
  parents_general: {
    general: true,
    identifyingWhenNamed: [],
    layout: 'letter',
    confidential: false,
    needsPassword: false,
  },
  parents_victim: {
    general: false,
    // The family knows its own child and class; the names of other minors (spreaders) and their
    // accounts are not theirs to receive from the school (AVG: data minimisation).
    identifyingWhenNamed: ['victimName', 'classGroup'],
    layout: 'letter',
    confidential: true,
    needsPassword: false,
  },
  class_talk: {
    general: true,
    identifyingWhenNamed: [],
    layout: 'document',
    confidential: true,
    consent: 'classTalk',
    needsPassword: false,
  },
  teacher_briefing: {
    general: true,
    identifyingWhenNamed: [],
    layout: 'document',
    confidential: true,
    needsPassword: false,
  },
  all_pupils_plan: {
    general: true,
    identifyingWhenNamed: [],
    layout: 'document',
    confidential: true,
    consent: 'allPupilsTalk',
    needsPassword: false,
  },
  case_summary: {
    general: false,
    // For the police contact or the board: who spread what, from which account, is the substance.
    identifyingWhenNamed: ['victimName', 'classGroup', 'spreaderNames', 'accounts'],
    layout: 'document',
    confidential: true,
    needsPassword: true,
  },
};

/** Identifying details the pack shows for this input (empty for every general pack). */
export function allowedIdentifyingDetails(
  type: PackType,
  namingVictim: boolean,
): ReadonlyArray<IdentifyingDetail> {
  const policy = PACK_POLICY[type];
  if (policy.general || !namingVictim) return [];
  return policy.identifyingWhenNamed;
}

export { MIN_PDF_PASSWORD_LENGTH } from '@shared';
