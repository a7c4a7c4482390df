// The guided interview of a case: answers are appended, never overwritten — a correction is a new
// row that points at the answer it replaces, and both are in the chronology. A few answers also
// keep the case itself up to date (who the victim is, what happened, where), so consent rules,
// guardrails and search see them.
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { cases, interviewAnswers, persons } from '@db/schema';
import { AppError, nowIso, type AppContext } from '../app-context';
import { findQuestion, interviewProgress, loadInterview, validateAnswer, visibleQuestions, type Answers, type AnswerValue, type InterviewProgress } from '../interview';
import { readSettings } from '../settings/settings-store';
import { reindexCase, requireCase, touch } from './case-files';
import { appendEvent } from './timeline';
import { ageBands, isOneOf } from '@shared';

export interface AnswerRecord {
  id: number;
  questionId: string;
  value: AnswerValue;
  answeredAt: string;
  supersedesId: number | null;
}

export interface InterviewState {
  answers: Answers;
  progress: InterviewProgress;
  visibleQuestionIds: string[];
  /** Every answer ever given, oldest first; corrections point at what they replaced. */
  history: AnswerRecord[];
}

function history(ctx: AppContext, caseId: string): AnswerRecord[] {
  return ctx.db
    .select()
    .from(interviewAnswers)
    .where(eq(interviewAnswers.caseId, caseId))
    .orderBy(asc(interviewAnswers.id))
    .all()
    .map((row) => ({ id: row.id, questionId: row.questionId, value: JSON.parse(row.value) as AnswerValue, answeredAt: row.answeredAt, supersedesId: row.supersedesId }));
}

/** The current answer per question: the latest row wins. */
export function currentAnswers(ctx: AppContext, caseId: string): Answers {
  const answers: Answers = {};
  for (const record of history(ctx, caseId)) answers[record.questionId] = record.value;
  return answers;
}

export function interviewState(ctx: AppContext, caseId: string): InterviewState {
  requireCase(ctx, caseId);
  const interview = loadInterview(readSettings(ctx).locale);
  const records = history(ctx, caseId);
  const answers: Answers = {};
  for (const record of records) answers[record.questionId] = record.value;
  return {
    answers,
    progress: interviewProgress(interview, answers),
    visibleQuestionIds: visibleQuestions(interview, answers).map((q) => q.id),
    history: records,
  };
}

export function answerQuestion(ctx: AppContext, caseId: string, questionId: string, value: AnswerValue): InterviewState {
  requireCase(ctx, caseId);
  const locale = readSettings(ctx).locale;
  const interview = loadInterview(locale);
  const question = findQuestion(interview, questionId);
  if (!question) throw new AppError('unknown_question');
  const problem = validateAnswer(question, value, locale);
  if (problem) throw new AppError('invalid_answer', { problem });
  const previous = history(ctx, caseId)
    .filter((r) => r.questionId === questionId)
    .at(-1);
  if (previous && JSON.stringify(previous.value) === JSON.stringify(value)) return interviewState(ctx, caseId);
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(interviewAnswers)
      .values({ caseId, questionId, value: JSON.stringify(value), answeredAt: nowIso(ctx), supersedesId: previous?.id ?? null })
      .run();
    appendEvent(
      ctx,
      caseId,
      previous && !continuesTyping(previous, value, ctx.now()) ? 'interview_correction' : 'interview_answer',
      `${question.label}: ${describe(value, question.options)}`,
      previous ? { questionId, value, before: previous.value } : { questionId, value },
    );
    syncCase(ctx, caseId, questionId, value);
    touch(ctx, caseId);
  })();
  return interviewState(ctx, caseId);
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
function syncCase(ctx: AppContext, caseId: string, questionId: string, value: AnswerValue): void {
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
  const victim = ctx.db
    .select()
    .from(persons)
    .where(and(eq(persons.caseId, caseId), eq(persons.role, 'victim')))
    .get();
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
