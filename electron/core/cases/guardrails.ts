// The legal guardrails a case carries on every screen, derived from its facts: sexual imagery of a
// minor (no copies, art. 252 Sr), a staff member as suspect (meldplicht, no mediation), and
// signs that call for the meldcode. The assessment's flags decide when there is one; before the
// interview, the incident types and people already recorded give a first, conservative answer.
import { z } from 'zod';
import { isOneOf, sexualIncidentTypes, type AdvisorKind } from '@shared';

export const MEDIATION_STYLE_ACTIONS = new Set(['restorative_meeting', 'halt_referral']);

const assessedSchema = z.object({
  flags: z.array(z.object({ key: z.string() })),
  actions: z.array(z.object({ rules: z.array(z.string()).optional() })),
});
/** Before any assessment: the incident types alone in which a minor's images were spread, forced or made secretly. */
const CHECKLIST_TYPES = ['shame_sexting', 'sextortion', 'ai_nude', 'secret_filming', 'adult_request'] as const;

export interface Guardrails {
  sexualImageryOfMinor: boolean;
  /** calm: consensual sexting between peers, nothing spread; the no-copies rule still holds. */
  sexualImageryTone: 'alarm' | 'calm';
  /** The StappenplanSexting checklist is called for: a minor's images were spread, forced or made secretly. */
  stappenplanIndicated: boolean;
  staffSuspect: boolean;
  meldcode: boolean;
  /** The meldplicht guardrail reads differently for an internal and an external advisor. */
  advisorKind: AdvisorKind;
}

interface GuardrailInput {
  incidentTypes: string[];
  persons: { role: string; kind: string; ageBand: string }[];
  assessmentResult: unknown;
  advisorKind: AdvisorKind;
}

export function guardrailsFor(input: GuardrailInput): Guardrails {
  const parsed = assessedSchema.safeParse(input.assessmentResult);
  const flags = new Set(parsed.success ? parsed.data.flags.map((f) => f.key) : []);
  const victim = input.persons.find((p) => p.role === 'victim');
  const victimMinor = !victim || (victim.kind !== 'staff' && victim.ageBand !== '18_plus');
  // Once assessed, the flags decide; before that, the incident types give a first, careful answer.
  const sexual = parsed.success ? flags.has('minor_sexual_imagery') || flags.has('consensual_peer_sexting') : victimMinor && input.incidentTypes.some((t) => isOneOf(sexualIncidentTypes, t));
  const checklist = parsed.success ? parsed.data.actions.some((a) => a.rules?.includes('stappenplan_checklist.sexual')) : victimMinor && input.incidentTypes.some((t) => isOneOf(CHECKLIST_TYPES, t));
  return {
    sexualImageryOfMinor: sexual,
    sexualImageryTone: flags.has('consensual_peer_sexting') && !flags.has('minor_sexual_imagery') ? 'calm' : 'alarm',
    stappenplanIndicated: checklist,
    staffSuspect: flags.has('staff_suspect') || input.persons.some((p) => p.role === 'suspected_spreader' && p.kind === 'staff'),
    meldcode: flags.has('self_harm_risk') || flags.has('danger_at_home'),
    advisorKind: input.advisorKind,
  };
}
