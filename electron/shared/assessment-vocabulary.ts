// The impact assessment's scales, shared by the rules, the contract and the screens that sort and
// label them.

/** Light to heavy: the order the rules raise a level in and the case list sorts by. */
export const severityLevels = ['low', 'moderate', 'high', 'critical'] as const;
export type SeverityLevel = (typeof severityLevels)[number];

/** Most to least urgent. */
export const urgencies = ['now', 'today', 'this_week', 'later'] as const;
export type Urgency = (typeof urgencies)[number];
