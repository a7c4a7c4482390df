// The values the forms offer, in the order they are shown. Typed against the contract as records,
// so a value added to the contract fails the build here until the UI offers it too. (Importing the
// contract's arrays would pull zod into the renderer bundle.)
import type { CaseAction, CaseSummary, Consent, Evidence, Person } from '../../../electron/core/contract';

import type { Locale } from '../i18n';

const keys = <T extends string>(record: Record<T, true>): T[] => Object.keys(record) as T[];

export type CaseStatus = CaseSummary['status'];
export const caseStatusChoices = keys<CaseStatus>({ intake: true, defining: true, acting: true, communicating: true, aftercare: true, closed: true });

export type SchoolLevel = CaseSummary['schoolLevel'];
export const schoolLevelChoices = keys<SchoolLevel>({ po: true, vo: true, mbo: true });

/** The incident types the guidance note distinguishes (domain.md §1); the contract keeps them open. */
export const incidentTypeChoices = ['meme', 'beeldpesten', 'sexting', 'shame_sexting', 'sextortion', 'deepfake', 'online_lesson_screenshot', 'other'] as const;
export type IncidentType = (typeof incidentTypeChoices)[number];
export const isIncidentType = (value: string): value is IncidentType => (incidentTypeChoices as readonly string[]).includes(value);

/** Suggestions only: the person can type any other platform. */
export const platformSuggestions = ['WhatsApp', 'Snapchat', 'Instagram', 'TikTok', 'Telegram', 'Discord', 'YouTube', 'X', 'Facebook', 'Teams', 'Zoom'];

export const actionStatusChoices = keys<CaseAction['status']>({ open: true, in_progress: true, done: true, cancelled: true });
export const actionStepChoices = keys<CaseAction['step']>({ act: true, communicate: true, aftercare: true });

export const personRoleChoices = keys<Person['role']>({ victim: true, suspected_spreader: true, parent: true, witness: true, staff: true, other: true });
export const personKindChoices = keys<Person['kind']>({ pupil: true, staff: true, parent: true, other: true });
export const ageBandChoices = keys<Person['ageBand']>({ under12: true, '12-15': true, '16-17': true, '18plus': true, unknown: true });

export const consentSubjectChoices = keys<Consent['subject']>({ dossier: true, class_talk: true, all_pupils_talk: true, inform_parents: true, share_with_police: true });
export const consentGiverChoices = keys<Consent['givenBy']>({ victim: true, parent: true, staff_victim: true });
export const consentMethodChoices = keys<Consent['method']>({ verbal: true, written: true, email: true, phone: true });

export const evidenceHolderChoices = keys<Evidence['heldBy']>({ victim: true, police: true, helpwanted: true, nobody: true, unknown: true, other: true });

export const localeChoices = keys<Locale>({ nl: true, en: true });
