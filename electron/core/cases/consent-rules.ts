// Whose consent counts, by the victim's age (AVG art. 8 UAVG; domain.md §4): under 16 a parent or
// guardian decides; from 16 the pupil decides, and 18+ the pupil alone. A class talk or a talk
// with all pupils needs victim AND parents while the victim is a minor, as the guidance note asks
// ("if victim and parents agree"). An unknown age is treated as the strictest case.
import type { AgeBand, ConsentGiver as Giver, ConsentSubject as Subject } from '@shared';

export interface VictimProfile {
  kind: 'pupil' | 'staff' | 'unknown';
  ageBand: AgeBand;
}

export interface ConsentDecision {
  subject: Subject;
  givenBy: Giver;
  decision: 'given' | 'refused';
  decidedAt: string;
  withdrawnAt: string | null;
}

export function requiredGivers(subject: Subject, victim: VictimProfile): Giver[] {
  if (victim.kind === 'staff') return ['staff_victim'];
  const adult = victim.ageBand === '18_plus';
  const underSixteen = victim.ageBand === 'under_12' || victim.ageBand === '12_15' || victim.ageBand === 'unknown';
  if (subject === 'class_talk' || subject === 'all_pupils_talk') return adult ? ['victim'] : ['victim', 'parent'];
  // Parents of a pupil under 16 may be told without consent; from 16 the pupil decides, unless
  // wellbeing is at stake (the advisor records that reason in the chronology).
  if (subject === 'inform_parents') return underSixteen ? [] : ['victim'];
  return underSixteen ? ['parent'] : ['victim'];
}

/** The latest decision per giver counts; a withdrawn consent no longer does. */
export function consentSatisfied(subject: Subject, victim: VictimProfile, decisions: ConsentDecision[]): { satisfied: boolean; required: Giver[]; missing: Giver[] } {
  const required = requiredGivers(subject, victim);
  const missing = required.filter((giver) => {
    const latest = decisions
      .filter((d) => d.subject === subject && d.givenBy === giver)
      .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
      .at(-1);
    return !latest || latest.decision !== 'given' || latest.withdrawnAt !== null;
  });
  return { satisfied: missing.length === 0, required, missing };
}
