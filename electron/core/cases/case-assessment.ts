// The assessment of a case: computed by the pure rules in core/assessment from the interview
// answers, stored with every run, and overruled only with a recorded reason — the rules' level and
// the advisor's level both stay on record.
import { and, desc, eq } from 'drizzle-orm';
import { assessments, persons } from '@db/schema';
import { AppError, nowIso, type AppContext } from '../app-context';
import {
  applyOverride,
  assess,
  assessmentSchema,
  catalogAction,
  type CaseFacts,
  effectiveLevel,
  factsFromAnswers,
  mergeVictimFacts,
  incidentTypeSchema,
  platformKey,
  SeverityOverrideError,
  type Assessment,
  type Level,
  type StoredAssessment,
} from '../assessment';
import { consentStatusFor } from './consent-status';
import type { CaseAction } from '../contract';
import { readSettings } from '../settings/settings-store';
import { addAction, listActions } from './action-plan';
import { audit } from './audit-trail';
import { answersPerVictim } from './case-interview';
import { followWork, requireCase, touch } from './case-files';
import { appendEvent } from './timeline';
import { timelineLabel, timelineSentence } from './timeline-texts';

export function latestAssessment(ctx: AppContext, caseId: string): StoredAssessment | null {
  requireCase(ctx, caseId);
  const rows = ctx.db.select().from(assessments).where(eq(assessments.caseId, caseId)).orderBy(desc(assessments.id)).all();
  const latest = rows[0];
  if (!latest) return null;
  // An override is stored as its own row beside the run it overrides; it is not a run.
  return { assessment: assessmentSchema.parse(JSON.parse(latest.result)), computedAt: latest.computedAt, runs: rows.filter((r) => r.overrideLevel === null).length };
}

/**
 * The facts of a case: what the case itself holds (incident types, platforms, the victims), what the
 * interview added, the consent records, and the advisor's own position. The case's own facts are
 * asked once, on the new-case form or the overview, and the interview does not ask them again.
 */
export function caseFacts(ctx: AppContext, caseId: string): CaseFacts {
  const row = requireCase(ctx, caseId);
  const fromInterview = mergeVictimFacts(answersPerVictim(ctx, caseId).map(factsFromAnswers));
  const victims = ctx.db
    .select()
    .from(persons)
    .where(and(eq(persons.caseId, caseId), eq(persons.role, 'victim')))
    .all();
  const first = victims[0];
  const caseTypes = (JSON.parse(row.incidentTypes) as string[]).filter((t): t is CaseFacts['incidentTypes'][number] => (incidentTypeSchema.options as readonly string[]).includes(t));
  const casePlatforms = JSON.parse(row.platforms) as string[];
  return {
    ...fromInterview,
    incidentTypes: [...new Set([...caseTypes, ...fromInterview.incidentTypes])],
    platforms: [...new Set([...casePlatforms, ...fromInterview.platforms].map(platformKey))],
    victimAgeBand: fromInterview.victimAgeBand !== 'unknown' || !first ? fromInterview.victimAgeBand : first.ageBand,
    victimKind: fromInterview.victimKind !== 'unknown' || !first ? fromInterview.victimKind : first.kind === 'staff' ? 'staff' : 'pupil',
    consentClassTalk: consentStatusFor(ctx, caseId, 'class_talk').state,
    consentAllPupilsTalk: consentStatusFor(ctx, caseId, 'all_pupils_talk').state,
    victimCount: Math.max(1, victims.length),
    advisorKind: readSettings(ctx).advisorKind,
  };
}

export function runAssessment(ctx: AppContext, caseId: string): StoredAssessment {
  requireCase(ctx, caseId);
  const locale = readSettings(ctx).locale;
  const previous = latestAssessment(ctx, caseId);
  const result = assess(caseFacts(ctx, caseId), locale);
  const at = nowIso(ctx);
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(assessments)
      .values({ caseId, computedAt: at, engineVersion: result.engineVersion, level: result.level, acute: result.acute, result: JSON.stringify(result) })
      .run();
    appendEvent(ctx, caseId, 'assessment', timelineSentence(ctx, result.acute ? 'assessmentAcute' : 'assessment', { level: timelineLabel(ctx, 'level', result.level) }), {
      level: result.level,
      acute: result.acute,
      flags: result.flags.map((f) => f.key),
      previousLevel: previous ? effectiveLevel(previous.assessment) : null,
    });
    followWork(ctx, caseId, 'defining', 'assessment');
    touch(ctx, caseId);
  })();
  return latestAssessment(ctx, caseId)!;
}

export function overrideAssessment(ctx: AppContext, caseId: string, level: Level, reason: string): StoredAssessment {
  const stored = latestAssessment(ctx, caseId);
  if (!stored) throw new AppError('no_assessment');
  let next: Assessment;
  try {
    next = applyOverride(stored.assessment, { level, reason, at: nowIso(ctx) });
  } catch (error) {
    if (error instanceof SeverityOverrideError) throw new AppError('override_invalid', { problem: error.message });
    throw error;
  }
  const at = nowIso(ctx);
  ctx.sqlite.transaction(() => {
    // A new row: the run with the rules' level alone stays as it was.
    ctx.db
      .insert(assessments)
      .values({
        caseId,
        computedAt: stored.computedAt,
        engineVersion: next.engineVersion,
        level: next.level,
        acute: next.acute,
        result: JSON.stringify(next),
        overrideLevel: level,
        overrideReason: next.override!.reason,
        overrideAt: at,
      })
      .run();
    const sentence = timelineSentence(ctx, 'override', {
      from: timelineLabel(ctx, 'level', effectiveLevel(stored.assessment)),
      to: timelineLabel(ctx, 'level', level),
      reason: next.override!.reason,
    });
    appendEvent(ctx, caseId, 'assessment_override', sentence, { from: effectiveLevel(stored.assessment), to: level, reason: next.override!.reason });
    audit(ctx, 'case_change', caseId, 'assessment_override');
    touch(ctx, caseId);
  })();
  return latestAssessment(ctx, caseId)!;
}

const DUE_IN_DAYS = { now: 0, today: 0, this_week: 7, later: 14 } as const;

/** Turns chosen recommendations into the case's action plan, each with its rationale and a due date by urgency. */
export function planRecommendedActions(ctx: AppContext, caseId: string, actionKeys: string[]): CaseAction[] {
  const stored = latestAssessment(ctx, caseId);
  if (!stored) throw new AppError('no_assessment');
  const existing = new Set(listActions(ctx, caseId).map((a) => a.actionKey));
  for (const key of actionKeys) {
    const recommendation = stored.assessment.actions.find((a) => a.actionKey === key);
    if (!recommendation) throw new AppError('not_recommended');
    if (existing.has(key)) continue;
    const due = new Date(ctx.now().getTime() + DUE_IN_DAYS[recommendation.urgency] * 86_400_000).toISOString().slice(0, 10);
    addAction(
      ctx,
      caseId,
      {
        actionKey: key,
        title: recommendation.title,
        step: recommendation.step,
        owner: '',
        dueDate: due,
        rationale: `${recommendation.rationale} (${recommendation.source})`,
        organisationKey: catalogAction(recommendation.actionKey).organisationKey ?? null,
      },
      'assessment',
    );
  }
  return listActions(ctx, caseId);
}
