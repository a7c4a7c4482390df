// The interview's own words that other parts of the app must spell the same way: which facts the
// case itself holds (so the interview does not ask them again), and the one rule that turns a
// safety answer into an alert — the interview shows it beside the question, the assessment raises
// the flag of the same name. Plain data and pure functions: the renderer imports this by value.

/**
 * Facts the case holds itself, on the new-case form, the overview and the people of the case. A
 * question marked with one of these in resources/interview is not asked: the interview shows the
 * fact, editable, and its skip logic reads the case's value.
 */
export const interviewCaseFacts = ['incidentTypes', 'platforms', 'victimAgeBand', 'victimClass'] as const;
export type InterviewCaseFact = (typeof interviewCaseFacts)[number];

/** The answers a safety question has: "unsure" is the interview's "twijfel". */
export const safetySignals = ['yes', 'no', 'unsure', 'unknown'] as const;
export type SafetySignal = (typeof safetySignals)[number];

/** Alert keys; the assessment's flags carry the same keys. */
export const safetyAlertKeys = ['self_harm_risk', 'danger_at_home'] as const;
export type SafetyAlertKey = (typeof safetyAlertKeys)[number];

/** The case fact each alert reads (the interview question's `factor`). */
export const safetyAlertFactor = { self_harm_risk: 'selfHarm', danger_at_home: 'dangerAtHome' } as const satisfies Record<SafetyAlertKey, string>;

export interface SafetyFacts {
  selfHarm?: unknown;
  dangerAtHome?: unknown;
}

/**
 * Doubt counts as a signal: a vertrouwenspersoon who is unsure whether a pupil might harm themself,
 * or is safe at home, acts as if it were so until it has been checked (domain.md §2 and §4).
 */
export function safetyAlerts(facts: SafetyFacts): SafetyAlertKey[] {
  const raised = (value: unknown) => value === 'yes' || value === 'unsure';
  return safetyAlertKeys.filter((key) => raised(facts[safetyAlertFactor[key]]));
}
