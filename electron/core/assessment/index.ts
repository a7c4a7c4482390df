export {
  ACTION_KEYS,
  actionCatalogSchema,
  actionKeySchema,
  actionStepSchema,
  catalogAction,
  loadActionCatalog,
  type ActionCatalog,
  type ActionKey,
  type ActionStep,
  type CatalogAction,
} from './action-catalog';
export {
  ENGINE_VERSION,
  assessmentSchema,
  storedAssessmentSchema,
  type StoredAssessment,
  flagSchema,
  levelSchema,
  reasonSchema,
  recommendedActionSchema,
  severityOverrideSchema,
  urgencySchema,
  type Assessment,
  type Flag,
  type Level,
  type Reason,
  type RecommendedAction,
  type SeverityOverride,
} from './assessment-schema';
export { loadAssessmentTexts, type AssessmentTexts } from './assessment-texts';
export { caseFactsSchema, factsFromAnswers, type CaseFacts } from './case-facts';
export { assess, effectiveLevel, levelLabel } from './impact-assessment';
export { FACTORS, FLAG_KEYS, LEVELS, URGENCIES, type FlagKey } from './impact-rules';
export { ORGANISATION_KEYS, allowedExternalOrigins, findOrganisation, isAllowedExternalUrl, loadOrganisations, organisationListSchema, type Organisation, type OrganisationKey } from './organisations';
export { applyOverride, SeverityOverrideError, type SeverityOverrideInput } from './severity-override';
