// The advisor knows the case better than any rule table, so the level can be overruled — with a
// reason, and without losing what the rules said. Only the level changes: flags and actions stay,
// because duties such as the meldplicht do not depend on how serious someone judges a case.
import type { Locale } from '../content';
import { type Assessment, levelSchema, type Level } from './assessment-schema';
import { loadAssessmentTexts } from './assessment-texts';
import { z } from 'zod';

export class SeverityOverrideError extends Error {
  constructor(
    readonly code: 'reason_required' | 'level_invalid' | 'date_invalid',
    message: string,
  ) {
    super(message);
    this.name = 'SeverityOverrideError';
  }
}

export interface SeverityOverrideInput {
  level: Level;
  reason: string;
  /** ISO 8601 date-time with offset, e.g. 2026-11-23T14:05:00+01:00; the caller supplies the clock. */
  at: string;
}

const dateTime = z.iso.datetime({ offset: true });

/**
 * Returns a new assessment with the override beside the rules' level. A later override replaces an
 * earlier one; the history of overrides belongs to the case's audit trail, not to this object.
 */
export function applyOverride(assessment: Assessment, input: SeverityOverrideInput, locale: Locale = assessment.locale): Assessment {
  const messages = loadAssessmentTexts(locale).messages;
  if (!levelSchema.safeParse(input.level).success) {
    throw new SeverityOverrideError('level_invalid', messages.overrideLevelInvalid);
  }
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (reason === '') throw new SeverityOverrideError('reason_required', messages.overrideReasonRequired);
  if (!dateTime.safeParse(input.at).success) throw new SeverityOverrideError('date_invalid', messages.overrideDateInvalid);
  return { ...assessment, override: { level: input.level, reason, at: input.at } };
}
