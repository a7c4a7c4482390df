// The guided interview of a case: answers are appended, never overwritten — a correction is a new
// row that points at the answer it replaces, and both are in the chronology. A few answers also
// keep the case itself up to date (who the victim is, what happened, where), so consent rules,
// guardrails and search see them.
//
// Asked once: what the case already holds (incident types, platforms, the victim's age band and
// class) is read from the case and never asked again (`caseFact` in the content). Several victims:
// the parts marked `perVictim` are held per victim; what happened is the case's. An answer that
// names no victim is about the case's first victim, as a consent record is.
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { cases, interviewAnswers, persons } from '@db/schema';
import { AppError, nowIso, type AppContext } from '../app-context';
import { factsFromAnswers } from '../assessment/case-facts';
import { findQuestion, interviewProgress, isAsked, loadInterview, validateAnswer, visibleQuestions, type Answers, type AnswerValue, type Interview, type InterviewProgress } from '../interview';
import { readSettings } from '../settings/settings-store';
import { followWork, reindexCase, requireCase, touch } from './case-files';
import { caseVictims } from './consent-status';
import { appendEvent } from './timeline';
import { ageBands, isOneOf, safetyAlerts, type SafetyAlertKey } from '@shared';

export interface AnswerRecord {
  id: number;
  questionId: string;
  value: AnswerValue;
  answeredAt: string;
  supersedesId: number | null;
  /** The victim a per-victim answer is about; null for the case's first victim and for case answers. */
  victimPersonId: string | null;
}

export interface InterviewState {
  answers: Answers;
  progress: InterviewProgress;
  visibleQuestionIds: string[];
  /** Every answer ever given for this victim and the case, oldest first; corrections point at what they replaced. */
  history: AnswerRecord[];
  /** The victim the per-victim parts are about: a victim's person id, or null while the case has none. */
  victimId: string | null;
  /** The case's victims, in the order they were recorded; the picker shows when there are two or more. */
  victims: { personId: string; label: string }[];
  /** The safety answers that call for action now (the same rule raises the assessment's flags). */
  safetyAlerts: SafetyAlertKey[];
}

function perVictimQuestions(interview: Interview): Set<string> {
  return new Set(interview.sections.filter((s) => s.perVictim).flatMap((s) => s.questions.map((q) => q.id)));
}

/**
 * Whether any answer is about this victim: one that names them, or, for the case's first victim, a
 * per-victim answer that names no one (those are the first victim's).
 */
export function hasAnswersAbout(ctx: AppContext, caseId: string, victimId: string, isFirstVictim: boolean): boolean {
  const perVictim = perVictimQuestions(loadInterview('nl'));
  return ctx.db
    .select({ questionId: interviewAnswers.questionId, victimPersonId: interviewAnswers.victimPersonId })
    .from(interviewAnswers)
    .where(eq(interviewAnswers.caseId, caseId))
    .all()
    .some((row) => row.victimPersonId === victimId || (isFirstVictim && row.victimPersonId === null && perVictim.has(row.questionId)));
}

/** Which victim an interview is about: the one asked for, else the first; unknown ids are refused. */
function resolveVictim(ctx: AppContext, caseId: string, victimId: string | undefined) {
  const victims = caseVictims(ctx, caseId);
  const first = victims[0] ?? null;
  if (victimId === undefined) return { victims, first, victim: first };
  const victim = victims.find((v) => v.id === victimId);
  if (!victim) throw new AppError('not_found');
  return { victims, first, victim };
}

function history(ctx: AppContext, caseId: string, victimId: string | null, firstId: string | null, perVictim: Set<string>): AnswerRecord[] {
  return ctx.db
    .select()
    .from(interviewAnswers)
    .where(eq(interviewAnswers.caseId, caseId))
    .orderBy(asc(interviewAnswers.id))
    .all()
    .filter((row) => !perVictim.has(row.questionId) || (row.victimPersonId ?? firstId) === victimId)
    .map((row) => ({
      id: row.id,
      questionId: row.questionId,
      value: JSON.parse(row.value) as AnswerValue,
      answeredAt: row.answeredAt,
      supersedesId: row.supersedesId,
      victimPersonId: row.victimPersonId,
    }));
}

/** The case's own facts as answers to the questions that would ask them, so skip logic reads them. */
function withCaseFacts(interview: Interview, answers: Answers, row: typeof cases.$inferSelect, victim: typeof persons.$inferSelect | null): Answers {
  const out: Answers = { ...answers };
  const platforms = JSON.parse(row.platforms) as string[];
  for (const section of interview.sections) {
    for (const question of section.questions) {
      const options = new Set(question.options?.map((o) => o.value));
      switch (question.caseFact) {
        case 'incidentTypes':
          out[question.id] = JSON.parse(row.incidentTypes) as string[];
          break;
        case 'platforms':
          // The case keeps platforms as the advisor typed them; the question's options are keys.
          if (question.type === 'multi') {
            const keys = platforms.map((p) => p.trim().toLowerCase());
            out[question.id] = [...new Set(keys.map((k) => (options.has(k) ? k : 'other')))].filter((k) => options.has(k));
          } else delete out[question.id];
          break;
        case 'victimAgeBand':
          if (victim && victim.ageBand !== 'unknown' && options.has(victim.ageBand)) out[question.id] = victim.ageBand;
          else delete out[question.id];
          break;
        case 'victimClass':
          if (victim?.classGroup) out[question.id] = victim.classGroup;
          else delete out[question.id];
          break;
        case undefined:
          break;
      }
    }
  }
  return out;
}

function answersFor(ctx: AppContext, caseId: string, interview: Interview, victimId: string | undefined) {
  const row = requireCase(ctx, caseId);
  const { victims, first, victim } = resolveVictim(ctx, caseId, victimId);
  const records = history(ctx, caseId, victim?.id ?? null, first?.id ?? null, perVictimQuestions(interview));
  const recorded: Answers = {};
  for (const record of records) recorded[record.questionId] = record.value;
  return { answers: withCaseFacts(interview, recorded, row, victim), records, victims, victim };
}

/** The current answers about one victim (the first when none is named) and the case: the latest row wins. */
export function currentAnswers(ctx: AppContext, caseId: string, victimId?: string): Answers {
  return answersFor(ctx, caseId, loadInterview('nl'), victimId).answers;
}

/** The current answers per victim, first victim first; one entry while the case has no victim. */
export function answersPerVictim(ctx: AppContext, caseId: string): Answers[] {
  const victims = caseVictims(ctx, caseId);
  if (victims.length === 0) return [currentAnswers(ctx, caseId)];
  return victims.map((v) => currentAnswers(ctx, caseId, v.id));
}

export function interviewState(ctx: AppContext, caseId: string, victimId?: string): InterviewState {
  const interview = loadInterview(readSettings(ctx).locale);
  const { answers, records, victims, victim } = answersFor(ctx, caseId, interview, victimId);
  return {
    answers,
    progress: interviewProgress(interview, answers),
    visibleQuestionIds: visibleQuestions(interview, answers)
      .filter(isAsked)
      .map((q) => q.id),
    history: records,
    victimId: victim?.id ?? null,
    victims: victims.map((v) => ({ personId: v.id, label: v.label })),
    safetyAlerts: safetyAlerts(factsFromAnswers(answers)),
  };
}

export function answerQuestion(ctx: AppContext, caseId: string, questionId: string, value: AnswerValue, victimId?: string): InterviewState {
  requireCase(ctx, caseId);
  const locale = readSettings(ctx).locale;
  const interview = loadInterview(locale);
  const question = findQuestion(interview, questionId);
  if (!question) throw new AppError('unknown_question');
  const problem = validateAnswer(question, value, locale);
  if (problem) throw new AppError('invalid_answer', { problem });
  const { first, victim } = resolveVictim(ctx, caseId, victimId);
  const perVictim = perVictimQuestions(interview);
  const previous = history(ctx, caseId, victim?.id ?? null, first?.id ?? null, perVictim)
    .filter((r) => r.questionId === questionId)
    .at(-1);
  if (previous && JSON.stringify(previous.value) === JSON.stringify(value)) return interviewState(ctx, caseId, victimId);
  // The first victim's answers stay unnamed, as they were before a second victim was added.
  const victimPersonId = perVictim.has(questionId) && victim && victim.id !== first?.id ? victim.id : null;
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(interviewAnswers)
      .values({ caseId, questionId, value: JSON.stringify(value), answeredAt: nowIso(ctx), supersedesId: previous?.id ?? null, victimPersonId })
      .run();
    appendEvent(
      ctx,
      caseId,
      previous && !continuesTyping(previous, value, ctx.now()) ? 'interview_correction' : 'interview_answer',
      `${question.label}: ${describe(value, question.options)}`,
      previous ? { questionId, value, before: previous.value } : { questionId, value },
    );
    syncCase(ctx, caseId, questionId, value, victim?.id ?? null);
    followWork(ctx, caseId, 'defining', 'interview');
    touch(ctx, caseId);
  })();
  return interviewState(ctx, caseId, victimId);
}

/**
 * Text that only grew within a few minutes is the same answer being written, not a correction: it is
 * still appended (nothing is overwritten), but the chronology does not call it one.
 */
function continuesTyping(previous: AnswerRecord, value: AnswerValue, now: Date): boolean {
  return typeof previous.value === 'string' && typeof value === 'string' && value.startsWith(previous.value) && now.getTime() - Date.parse(previous.answeredAt) < 10 * 60_000;
}

function describe(value: AnswerValue, options: { value: string; label: string }[] | undefined): string {
  const label = (v: string) => options?.find((o) => o.value === v)?.label ?? v;
  if (value === null) return '—';
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return typeof value === 'string' ? label(value).slice(0, 300) : String(value);
}

/** Keeps the victim record and the case's types and platforms in step with the interview. */
function syncCase(ctx: AppContext, caseId: string, questionId: string, value: AnswerValue, victimId: string | null): void {
  if (questionId === 'incident_types' && Array.isArray(value)) {
    ctx.db
      .update(cases)
      .set({ incidentTypes: JSON.stringify(value) })
      .where(eq(cases.id, caseId))
      .run();
    reindexCase(ctx, caseId);
  }
  if (questionId === 'spread_platforms' && Array.isArray(value)) {
    ctx.db
      .update(cases)
      .set({ platforms: JSON.stringify(value) })
      .where(eq(cases.id, caseId))
      .run();
    reindexCase(ctx, caseId);
  }
  if (questionId !== 'interviewee_role' && questionId !== 'victim_age_band' && questionId !== 'victim_group') return;
  const victim = victimId
    ? ctx.db
        .select()
        .from(persons)
        .where(and(eq(persons.caseId, caseId), eq(persons.id, victimId)))
        .get()
    : undefined;
  const patch: Partial<typeof persons.$inferInsert> = {};
  if (questionId === 'interviewee_role' && typeof value === 'string') patch.kind = value === 'staff' ? 'staff' : 'pupil';
  if (questionId === 'victim_age_band' && isOneOf(ageBands, value) && value !== 'unknown') patch.ageBand = value;
  if (questionId === 'victim_group') patch.classGroup = typeof value === 'string' && value.trim() ? value.trim() : null;
  if (victim) ctx.db.update(persons).set(patch).where(eq(persons.id, victim.id)).run();
  else
    ctx.db
      .insert(persons)
      .values({ id: randomUUID(), caseId, role: 'victim', kind: patch.kind ?? 'pupil', ageBand: patch.ageBand ?? 'unknown', classGroup: patch.classGroup ?? null })
      .run();
}
