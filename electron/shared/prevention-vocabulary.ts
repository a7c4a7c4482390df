// The words of prevention work (school-level, not case-level), said once: the database enums, the
// contract, the rules and the screens all import these lists. Plain data, like the rest of shared/.

/** How far a readiness point has come. */
export const readinessStatuses = ['not_started', 'in_progress', 'done'] as const;
export type ReadinessStatus = (typeof readinessStatuses)[number];

/**
 * The points a school can be ready on, in the order the guidance note treats them: agreements,
 * the safety plan and its link to the anti-bullying protocol, remote teaching, the police, the
 * help routes, the press, and the yearly lesson in every class.
 */
export const readinessPointKeys = [
  'school_guide_agreements',
  'safety_plan_social_media',
  'remote_teaching_rules',
  'police_contact',
  'help_contacts_checked',
  'media_spokesperson',
  'yearly_lessons',
] as const;
export type ReadinessPointKey = (typeof readinessPointKeys)[number];

/** Documents a school can adopt and adapt; each has a po, vo and mbo variant. */
export const preventionDocumentTypes = ['lesson_guide', 'school_guide_paragraph', 'safety_plan_section', 'staff_card'] as const;
export type PreventionDocumentType = (typeof preventionDocumentTypes)[number];

/** What the start screen lists as overdue. */
export const overdueKinds = ['review', 'lesson'] as const;
