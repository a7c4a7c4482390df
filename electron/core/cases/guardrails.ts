// The legal guardrails a case carries on every screen, derived from its facts: sexual imagery of a
// minor (no copies, art. 240b/252 Sr), a staff member as suspect (meldplicht, no mediation), and
// signs that call for the meldcode. The assessment's flags decide when there is one; before the
// interview, the incident types and people already recorded give a first, conservative answer.
import { z } from 'zod';
import { isOneOf, sexualIncidentTypes } from '@shared';

export const MEDIATION_STYLE_ACTIONS = new Set(['restorative_meeting', 'halt_referral']);

const flagsSchema = z.object({ flags: z.array(z.object({ key: z.string() })) });

interface GuardrailInput {
  incidentTypes: string[];
  persons: { role: string; kind: string; ageBand: string }[];
  assessmentResult: unknown;
}

export function guardrailsFor(input: GuardrailInput): { sexualImageryOfMinor: boolean; staffSuspect: boolean; meldcode: boolean } {
  const parsed = flagsSchema.safeParse(input.assessmentResult);
  const flags = new Set(parsed.success ? parsed.data.flags.map((f) => f.key) : []);
  const victim = input.persons.find((p) => p.role === 'victim');
  const victimMinor = !victim || (victim.kind !== 'staff' && victim.ageBand !== '18_plus');
  return {
    sexualImageryOfMinor: flags.has('minor_sexual_imagery') || (victimMinor && input.incidentTypes.some((t) => isOneOf(sexualIncidentTypes, t))),
    staffSuspect: flags.has('staff_suspect') || input.persons.some((p) => p.role === 'suspected_spreader' && p.kind === 'staff'),
    meldcode: flags.has('self_harm_risk') || flags.has('danger_at_home'),
  };
}
