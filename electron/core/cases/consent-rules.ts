// Whose consent counts, by the victim's age (AVG art. 8 UAVG; domain.md §4): under 16 a parent or
// guardian decides; from 16 the pupil decides, and 18+ the pupil alone. A class talk or a talk
// with all pupils needs victim AND parents while the victim is a minor, as the guidance note asks
// ("if victim and parents agree"). An unknown age is treated as the strictest case.
//
// The consent records are the one source of truth: the assessment, the plan and the packs all
// read the state computed here, never the interview's answers about wishes.
import { consentStates, type AgeBand, type ConsentGiver as Giver, type ConsentState, type ConsentSubject as Subject } from '@shared';

/** What the consent records say about a subject, shown as what it is. */
export const CONSENT_STATES = consentStates;
export type { ConsentState };

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

export interface ConsentVerdict {
  /** given: everyone required agreed; refused or withdrawn: someone required said no or took it back. */
  state: ConsentState;
  satisfied: boolean;
  required: Giver[];
  missing: Giver[];
  givers: { giver: Giver; state: ConsentState }[];
}

/** Under 16 the parents decide: the one age rule of the app (UAVG art. 5). An unknown age counts as under 16. */
export function underSixteen(ageBand: AgeBand): boolean {
  return ageBand === 'under_12' || ageBand === '12_15' || ageBand === 'unknown';
}

export function requiredGivers(subject: Subject, victim: VictimProfile): Giver[] {
  if (victim.kind === 'staff') return ['staff_victim'];
  const adult = victim.ageBand === '18_plus';
  if (subject === 'class_talk' || subject === 'all_pupils_talk') return adult ? ['victim'] : ['victim', 'parent'];
  // Parents of a pupil under 16 may be told without consent; from 16 the pupil decides, unless
  // wellbeing is at stake (the advisor records that reason in the chronology).
  if (subject === 'inform_parents') return underSixteen(victim.ageBand) ? [] : ['victim'];
  return underSixteen(victim.ageBand) ? ['parent'] : ['victim'];
}

/** The latest decision of one giver: given, refused, withdrawn (a given consent taken back) or undecided. */
export function giverState(subject: Subject, giver: Giver, decisions: readonly ConsentDecision[]): ConsentState {
  const latest = decisions
    .filter((d) => d.subject === subject && d.givenBy === giver)
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
    .at(-1);
  if (!latest) return 'undecided';
  if (latest.decision === 'refused') return 'refused';
  return latest.withdrawnAt !== null ? 'withdrawn' : 'given';
}

/** The state of one subject for one victim. A refusal outweighs a withdrawal, which outweighs a missing answer. */
export function consentSatisfied(subject: Subject, victim: VictimProfile, decisions: readonly ConsentDecision[]): ConsentVerdict {
  const required = requiredGivers(subject, victim);
  const givers = required.map((giver) => ({ giver, state: giverState(subject, giver, decisions) }));
  const missing = givers.filter((g) => g.state !== 'given').map((g) => g.giver);
  const state: ConsentState = givers.some((g) => g.state === 'refused') ? 'refused' : givers.some((g) => g.state === 'withdrawn') ? 'withdrawn' : missing.length === 0 ? 'given' : 'undecided';
  return { state, satisfied: state === 'given', required, missing, givers };
}

/** Several victims: a talk about the case needs every victim's consent; one refusal holds for all. */
export function combineStates(states: readonly ConsentState[]): ConsentState {
  if (states.includes('refused')) return 'refused';
  if (states.includes('withdrawn')) return 'withdrawn';
  if (states.length > 0 && states.every((s) => s === 'given')) return 'given';
  return 'undecided';
}
