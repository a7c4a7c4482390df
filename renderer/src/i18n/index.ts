// All UI text comes from nl.json (the default) and en.json through i18next. The locale itself is
// stored by main (readable while the vault is locked), so the unlock screen speaks it too.
import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@shared';
import enMain from './en.json';
import enCasework from './en/casework.json';
import enInterview from './en/interview.json';
import enPacks from './en/packs.json';
import enPrevention from './en/prevention.json';
import enBoard from './en/board.json';
import enHandover from './en/handover.json';
import enReport from './en/report.json';
import enWorkflow from './en/workflow.json';
import nlMain from './nl.json';
import nlCasework from './nl/casework.json';
import nlInterview from './nl/interview.json';
import nlPacks from './nl/packs.json';
import nlPrevention from './nl/prevention.json';
import nlBoard from './nl/board.json';
import nlHandover from './nl/handover.json';
import nlReport from './nl/report.json';
import nlWorkflow from './nl/workflow.json';

export type { Locale };

// The texts of a larger area live in their own file, merged in under one top-level key.
const nl = { ...nlMain, packs: nlPacks, interview: nlInterview, workflow: nlWorkflow, report: nlReport, casework: nlCasework, prevention: nlPrevention, board: nlBoard, handover: nlHandover };
const en = { ...enMain, packs: enPacks, interview: enInterview, workflow: enWorkflow, report: enReport, casework: enCasework, prevention: enPrevention, board: enBoard, handover: enHandover };

// Compile-time check that both languages have exactly the same keys.
const enHasEveryDutchKey: typeof nl = en;
const nlHasEveryEnglishKey: typeof en = nl;
void enHasEveryDutchKey;
void nlHasEveryEnglishKey;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nl };
  }
}

export const i18n = createInstance();
void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: 'nl',
  fallbackLng: 'nl',
  // Resources are bundled, so initialise synchronously: the first render already has its texts.
  initAsync: false,
  // React escapes what it renders; escaping here as well would show &amp; in the UI.
  interpolation: { escapeValue: false },
});

export function setLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}

/**
 * A label for a value the core keeps open (timeline kinds, severity levels, incident types): the translation
 * when there is one, otherwise the value itself rather than a missing-key marker.
 */
export function labelOrValue(group: 'timelineKind' | 'severity' | 'incidentType' | 'backupReason', value: string): string {
  const key = `${group}.${value}`;
  return i18n.exists(key) ? i18n.t(key as 'severity.low') : value;
}
