export {
  ACTION_KEYS,
  PLATFORM_KEYS,
  platformKey,
  actionCatalogSchema,
  actionCatalogViewSchema,
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
  blockedActionSchema,
  storedAssessmentSchema,
  type StoredAssessment,
  flagSchema,
  levelSchema,
  reasonSchema,
  recommendedActionSchema,
  severityOverrideSchema,
  urgencySchema,
  type Assessment,
  type BlockedAction,
  type Flag,
  type Level,
  type Reason,
  type RecommendedAction,
  type SeverityOverride,
} from './assessment-schema';
export { loadAssessmentTexts, type AssessmentTexts } from './assessment-texts';
export { caseFactsSchema, factsFromAnswers, incidentTypeSchema, mergeVictimFacts, SEXUAL_INCIDENT_TYPES, type CaseFacts, type IncidentType } from './case-facts';
export { assess, effectiveLevel, levelLabel } from './impact-assessment';
export { ACTION_RULES, FACTORS, FLAG_KEYS, LEVELS, RULE_KEYS, SOURCE_KEYS, URGENCIES, type FlagKey, type RuleKey, type SourceKey } from './impact-rules';
export { ORGANISATION_KEYS, allowedExternalOrigins, findOrganisation, isAllowedExternalUrl, loadOrganisations, organisationListSchema, type Organisation, type OrganisationKey } from './organisations';
export { applyOverride, SeverityOverrideError, type SeverityOverrideInput } from './severity-override';
export { loadSources, sourceListSchema, type SourceList } from './sources';
