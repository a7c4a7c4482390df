// The rules that protect the people in a case live in code, not in the editable texts: a school that
// rewords a letter must not be able to switch off victim protection or the consent check by accident.
// Which facts a pack may carry is the audience table's business (audience.ts); this file holds the
// rest: layout, the confidential stamp, consent, the password, and when naming is possible at all.
import { caseConditions, familyVictim, type PackInput, type PackType } from './pack-input';

export interface PackPolicy {
  /** Letters have a letterhead, a salutation and a signature; guides are plain documents. */
  layout: 'letter' | 'document';
  /** The recipient line under the date in a letter ("Aan: …"), from the pack texts' labels. */
  recipient?: 'allParents' | 'victimParents' | 'colleagues';
  /**
   * "Vertrouwelijk" in the page header. Every pack except the general parents' letter: that letter is
   * meant to be read and passed on by all parents, carries nothing identifying, and a confidential
   * stamp on it would only raise curiosity about who is involved.
   */
  confidential: boolean;
  /** Consent needed before the talk this pack prepares (guidance step 3). */
  consent?: 'classTalk' | 'allPupilsTalk';
  /** The PDF must be encrypted: it holds the internal record. */
  needsPassword: boolean;
}

export const PACK_POLICY: Record<PackType, PackPolicy> = {
  parents_general: { layout: 'letter', recipient: 'allParents', confidential: false, needsPassword: false },
  parents_victim: { layout: 'letter', recipient: 'victimParents', confidential: true, needsPassword: false },
  class_talk: { layout: 'document', confidential: true, consent: 'classTalk', needsPassword: false },
  teacher_briefing: { layout: 'document', confidential: true, needsPassword: false },
  all_pupils_plan: { layout: 'document', confidential: true, consent: 'allPupilsTalk', needsPassword: false },
  case_summary: { layout: 'document', confidential: true, needsPassword: true },
};

/** The policy for this case: the family pack of a staff victim is a note for colleagues, not a letter. */
export function policyFor(type: PackType, input: PackInput): PackPolicy {
  if (type === 'parents_victim' && caseConditions(input, type).staffVictim) {
    return { layout: 'document', confidential: true, needsPassword: false };
  }
  return PACK_POLICY[type];
}

/** Packs in which the advisor may choose to name the victim. */
export const NAMING_PACKS: ReadonlySet<PackType> = new Set(['parents_victim', 'case_summary']);

/**
 * Naming is a deliberate choice, possible only in the letter to one pupil's own family (and in the
 * board/police summary, which holds the internal record anyway). With several victims each family
 * gets its own letter (familyOf) and naming is decided per letter; a colleagues' note, or a letter
 * not written to one chosen family, never names anyone.
 */
export function namingPossible(type: PackType, input: PackInput): boolean {
  if (type === 'case_summary') return true;
  if (type !== 'parents_victim') return false;
  const c = caseConditions(input, type);
  return c.pupilVictim && (!c.severalVictims || familyVictim(input) !== undefined);
}

export function namingAllowed(type: PackType, input: PackInput): boolean {
  return input.namingVictim && namingPossible(type, input);
}

export { MIN_PDF_PASSWORD_LENGTH } from '@shared';
