// The consent of a case as its records say it, per subject and per victim. This is the one place
// that turns the Toestemming records into given / refused / withdrawn / undecided: the consent tab,
// the assessment, the action plan and the packs all read it from here.
import { and, asc, eq } from 'drizzle-orm';
import { consents, persons } from '@db/schema';
import type { AppContext } from '../app-context';
import { consentSubjects } from '@shared';
import type { ConsentStatus } from '../contract';
import { combineStates, consentSatisfied, type ConsentDecision, type ConsentState, type VictimProfile } from './consent-rules';

type Subject = (typeof consentSubjects)[number];
type PersonRow = typeof persons.$inferSelect;

export interface VictimConsent {
  personId: string | null;
  state: ConsentState;
  satisfied: boolean;
  required: ConsentStatus['required'];
  missing: ConsentStatus['missing'];
  /** Each person who must agree and what they decided (for a whole case with several victims: every victim's). */
  givers: ConsentStatus['victims'][number]['givers'];
}

/** The victims of a case in the order they were recorded: the first is the one records without a victim are about. */
export function caseVictims(ctx: AppContext, caseId: string): PersonRow[] {
  return ctx.db
    .select()
    .from(persons)
    .where(and(eq(persons.caseId, caseId), eq(persons.role, 'victim')))
    .orderBy(asc(persons.createdAt), asc(persons.id))
    .all();
}

const profile = (victim: PersonRow | undefined): VictimProfile => (victim ? { kind: victim.kind === 'staff' ? 'staff' : 'pupil', ageBand: victim.ageBand } : { kind: 'unknown', ageBand: 'unknown' });

/** The first victim recorded: the one the interview describes, and the one older records without a victim are about. */
export function victimProfile(ctx: AppContext, caseId: string): VictimProfile {
  return profile(caseVictims(ctx, caseId)[0]);
}

/** The decisions about one victim. Records that name no victim are about the case's first victim. */
function decisionsFor(rows: (typeof consents.$inferSelect)[], victimId: string | null, firstVictimId: string | null): ConsentDecision[] {
  return rows.filter((row) => (row.victimPersonId ?? firstVictimId) === victimId);
}

export function consentStatuses(ctx: AppContext, caseId: string): ConsentStatus[] {
  const rows = ctx.db.select().from(consents).where(eq(consents.caseId, caseId)).all();
  const people = caseVictims(ctx, caseId);
  const firstId = people[0]?.id ?? null;
  return consentSubjects.map((subject) => {
    const perVictim = people.map((victim) => ({ victim, verdict: consentSatisfied(subject, profile(victim), decisionsFor(rows, victim.id, firstId)) }));
    // No victim recorded yet: the strictest profile, with every record counting.
    const overall = perVictim.length === 0 ? consentSatisfied(subject, profile(undefined), rows) : null;
    const state = overall ? overall.state : combineStates(perVictim.map((v) => v.verdict.state));
    const unique = <T>(list: T[]) => [...new Set(list)];
    return {
      subject,
      state,
      satisfied: state === 'given',
      required: overall ? overall.required : unique(perVictim.flatMap((v) => v.verdict.required)),
      missing: overall ? overall.missing : unique(perVictim.flatMap((v) => v.verdict.missing)),
      victims: perVictim.map(({ victim, verdict }) => ({
        personId: victim.id,
        label: victim.label,
        state: verdict.state,
        required: verdict.required,
        missing: verdict.missing,
        givers: verdict.givers,
      })),
    };
  });
}

/**
 * The consent state for one subject, for the whole case or for one victim. Stable for the packs:
 * `consentStatusFor(ctx, caseId, 'class_talk')` or `consentStatusFor(ctx, caseId, 'class_talk', victimPersonId)`.
 */
export function consentStatusFor(ctx: AppContext, caseId: string, subject: Subject, victimPersonId?: string): VictimConsent {
  const status = consentStatuses(ctx, caseId).find((s) => s.subject === subject)!;
  if (victimPersonId === undefined) {
    const givers =
      status.victims.length > 0
        ? status.victims.flatMap((v) => v.givers)
        : consentSatisfied(subject, profile(undefined), ctx.db.select().from(consents).where(eq(consents.caseId, caseId)).all()).givers;
    return { personId: null, state: status.state, satisfied: status.satisfied, required: status.required, missing: status.missing, givers };
  }
  const victim = status.victims.find((v) => v.personId === victimPersonId);
  if (!victim) {
    const givers = status.required.map((giver) => ({ giver, state: 'undecided' as const }));
    return { personId: victimPersonId, state: 'undecided', satisfied: false, required: status.required, missing: status.required, givers };
  }
  return { personId: victim.personId, state: victim.state, satisfied: victim.state === 'given', required: victim.required, missing: victim.missing, givers: victim.givers };
}
