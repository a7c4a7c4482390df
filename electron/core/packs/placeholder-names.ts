// Which fact of the audience table (audience.ts) each placeholder carries: the names only, so the
// content check (pack-content) and the filler (placeholders) both depend on this list and not on
// each other.
import { mayReceive, type Audience, type Fact } from './audience';

export const PLACEHOLDER_FACTS = {
  school: 'school',
  pupil: 'school',
  pupils: 'school',
  mentors: 'school',
  contactPerson: 'contact',
  contactRole: 'contact',
  contactLine: 'contact',
  organisationsList: 'organisations',
  whatHappened: 'incidentKind',
  incidentKinds: 'incidentKind',
  concerned: 'incidentKind',
  platforms: 'platforms',
  commitments: 'publicCommitments',
  talkConsent: 'talkConsent',
  agreedSteps: 'agreedSteps',
  consentChoices: 'ownConsent',
  childRef: 'victimName',
  classRef: 'victimClass',
  pseudonym: 'internalSummary',
  incidentSummary: 'internalSummary',
  schoolLevel: 'caseFlags',
  incidentTypes: 'caseFlags',
  sexualImageryAnswer: 'caseFlags',
  largeScaleAnswer: 'caseFlags',
  staffSuspectAnswer: 'caseFlags',
  victimsList: 'persons',
  spreaders: 'persons',
  accounts: 'persons',
  timelineList: 'chronology',
  chronologyHead: 'chronology',
  actionsList: 'actionLines',
  levelLabel: 'assessment',
  reasonsList: 'assessment',
  flagsList: 'assessment',
  consentSummary: 'consentRecord',
} as const satisfies Record<string, Fact>;
export type PlaceholderName = keyof typeof PLACEHOLDER_FACTS;

export function placeholderAllowed(audience: Audience, name: string): boolean {
  const fact = (PLACEHOLDER_FACTS as Record<string, Fact | undefined>)[name];
  return fact !== undefined && mayReceive(audience, fact);
}

export { templateNames as placeholdersIn } from '@shared';
