// Prevention and preparedness: school-level work before anything goes wrong.
export { preventionAnnual } from './annual-prevention';
export { preventionHandlers } from './prevention-handlers';
export { preventionAnnualSchema, preventionContract } from './prevention-schema';
export type { Lesson, OverdueItem, PreventionAnnual, PreventionClass, PreventionDocument, ReadinessOverview, ReadinessPoint } from './prevention-schema';
export { preventionDocumentTypes, readinessPointKeys, readinessStatuses } from '@shared';
export type { PreventionDocumentType, ReadinessPointKey, ReadinessStatus } from '@shared';
