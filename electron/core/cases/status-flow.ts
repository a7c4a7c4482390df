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

/** What shows the work has reached a step: the first answer or assessment, or work on removal or an action. */
export type WorkDone = 'interview' | 'assessment' | 'action' | 'takedown';

/** The open steps the work itself moves through, in order; aftercare and closing stay the advisor's call. */
const WORK_STEPS: readonly CaseStatus[] = ['intake', 'defining', 'acting', 'communicating'];

/**
 * The step a case moves to because its work has got there, or null: forward only, and never out of
 * aftercare or a closed case. An advisor who set a later step by hand keeps it.
 */
export function stepFollowingWork(current: CaseStatus, reached: CaseStatus): CaseStatus | null {
  const from = WORK_STEPS.indexOf(current);
  const to = WORK_STEPS.indexOf(reached);
  return from !== -1 && to > from ? reached : null;
}
