// The case's status follows the guidance note's three steps, framed by intake and aftercare. The
// advisor may move between open statuses in either direction (work is rarely linear), but closing
// needs a reason and a closed case only comes back through reopening, which is recorded.
import type { CaseStatus } from '@shared';

export type { CaseStatus };

export type TransitionProblem = 'same_status' | 'closed_needs_reopen' | 'closing_needs_reason';

export function checkTransition(from: CaseStatus, to: CaseStatus, reason: string | undefined): TransitionProblem | null {
  if (from === to) return 'same_status';
  if (from === 'closed') return 'closed_needs_reopen';
  if (to === 'closed' && !reason?.trim()) return 'closing_needs_reason';
  return null;
}

/** A reopened case goes back to defining the problem: when images resurface, the scope has changed. */
export const REOPEN_STATUS: CaseStatus = 'defining';
