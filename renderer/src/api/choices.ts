// The values the forms offer, in the order they are shown: the shared vocabulary under the names
// the screens use. The lists are defined once, in electron/shared, which carries no zod or Node.
import {
  actionStatuses,
  actionSteps,
  ageBands,
  caseStatuses,
  consentGivers,
  consentMethods,
  consentSubjects,
  evidenceHolders,
  incidentTypes,
  isOneOf,
  locales,
  personKinds,
  personRoles,
  schoolLevels,
  type IncidentType,
} from '@shared';

export type { CaseStatus, IncidentType, SchoolLevel } from '@shared';

export const caseStatusChoices = caseStatuses;
export const schoolLevelChoices = schoolLevels;
export const incidentTypeChoices = incidentTypes;
export const isIncidentType = (value: string): value is IncidentType => isOneOf(incidentTypes, value);

/** Suggestions only: the person can type any other platform. */
export const platformSuggestions = ['WhatsApp', 'Snapchat', 'Instagram', 'TikTok', 'Telegram', 'Discord', 'YouTube', 'X', 'Facebook', 'Teams', 'Zoom'];

export const actionStatusChoices = actionStatuses;
export const actionStepChoices = actionSteps;
export const personRoleChoices = personRoles;
export const personKindChoices = personKinds;
export const ageBandChoices = ageBands;
export const consentSubjectChoices = consentSubjects;
export const consentGiverChoices = consentGivers;
export const consentMethodChoices = consentMethods;
export const evidenceHolderChoices = evidenceHolders;
export const localeChoices = locales;
