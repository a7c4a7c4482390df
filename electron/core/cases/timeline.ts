// The chronology of a case: every event in one list, append-only. A correction is a new entry that
// refers to the one it corrects; the database refuses updates and deletes (migration 0001).
import { asc, eq } from 'drizzle-orm';
import { timelineEvents } from '@db/schema';
import { AppError, nowIso, type AppContext } from '../app-context';
import type { TimelineEvent } from '../contract';
import { sealChain } from './chronology-chain';
import { SITTING_GAP_MS, type TimelineCategory, type TimelineKind } from '@shared';

export type { TimelineKind };

const CATEGORY: Record<TimelineKind, TimelineCategory> = {
  contact: 'contacts',
  status: 'decisions',
  reopened: 'decisions',
  linked: 'decisions',
  consent: 'decisions',
  consent_withdrawn: 'decisions',
  assessment: 'decisions',
  assessment_override: 'decisions',
  action_added: 'decisions',
  action_changed: 'decisions',
  checklist: 'decisions',
  decision: 'decisions',
  note_added: 'documents',
  evidence_added: 'documents',
  takedown_update: 'documents',
  pack_edited: 'documents',
  pack_exported: 'documents',
  correction: 'corrections',
  interview_correction: 'corrections',
  interview_answer: 'interview',
  case_created: 'other',
  case_changed: 'other',
  person: 'other',
  person_removed: 'other',
  event: 'other',
  handed_over: 'other',
  handover_received: 'other',
  handover_withdrawn: 'other',
};

export function timelineCategory(kind: string): TimelineCategory {
  return CATEGORY[kind as TimelineKind] ?? 'other';
}

export function appendEvent(
  ctx: AppContext,
  caseId: string,
  kind: TimelineKind,
  summary: string,
  data: Record<string, unknown> = {},
  correctsEventId: number | null = null,
  happenedAt: string | null = null,
): number {
  const row = ctx.db
    .insert(timelineEvents)
    .values({ caseId, at: nowIso(ctx), kind, summary, data: JSON.stringify(data), correctsEventId, actor: ctx.actor(), happenedAt })
    .returning({ id: timelineEvents.id })
    .get();
  // Hashed from the row as stored, so whatever columns the row has are covered.
  sealChain(ctx.sqlite, caseId);
  return row.id;
}

export function listEvents(ctx: AppContext, caseId: string): TimelineEvent[] {
  const rows = ctx.db.select().from(timelineEvents).where(eq(timelineEvents.caseId, caseId)).orderBy(asc(timelineEvents.id)).all();
  const correctedBy = new Map<number, number[]>();
  for (const row of rows) {
    if (row.correctsEventId !== null) correctedBy.set(row.correctsEventId, [...(correctedBy.get(row.correctsEventId) ?? []), row.id]);
  }
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    kind: row.kind,
    summary: row.summary,
    data: JSON.parse(row.data) as Record<string, unknown>,
    correctsEventId: row.correctsEventId,
    correctedBy: correctedBy.get(row.id) ?? [],
    actor: row.actor,
    happenedAt: row.happenedAt,
    category: timelineCategory(row.kind),
    earlier: [],
  }));
}

const isInterview = (event: TimelineEvent) => event.kind === 'interview_answer' || event.kind === 'interview_correction';
const questionOf = (event: TimelineEvent) => (typeof event.data.questionId === 'string' ? event.data.questionId : '');

/**
 * The chronology as a person reads it: nothing is left out, but the saves of one question in one
 * sitting are one entry showing the last answer, with the earlier versions of that sitting kept on
 * it (`earlier`). Whether the entry is a correction follows its first save: a change of an answer
 * given in an earlier sitting is one; typing and re-ticking within the sitting is not.
 */
export function readableTimeline(events: TimelineEvent[]): TimelineEvent[] {
  const result: TimelineEvent[] = [];
  /** Per question, the entry of the current sitting it is being merged into. */
  const open = new Map<string, TimelineEvent>();
  let lastInterviewAt = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    if (!isInterview(event)) {
      result.push(event);
      continue;
    }
    const at = Date.parse(event.at);
    if (at - lastInterviewAt > SITTING_GAP_MS) open.clear();
    lastInterviewAt = at;
    const question = questionOf(event);
    const entry = open.get(question);
    if (!entry) {
      const fresh = { ...event, earlier: [] };
      open.set(question, fresh);
      result.push(fresh);
      continue;
    }
    // The entry keeps its place and its kind; it takes the newest words and id (so a manual
    // correction attaches to the answer as it stands).
    entry.earlier = [...entry.earlier, { id: entry.id, at: entry.at, summary: entry.summary }];
    Object.assign(entry, {
      id: event.id,
      at: event.at,
      summary: event.summary,
      data: { ...event.data, before: entry.data.before },
      correctedBy: [...entry.correctedBy, ...event.correctedBy],
    });
  }
  return result;
}

/** Sorted by when it happened (the recorded time when no other was given), oldest first. */
export function byHappened(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => (a.happenedAt ?? a.at).localeCompare(b.happenedAt ?? b.at) || a.id - b.id);
}

export function correctEvent(ctx: AppContext, caseId: string, eventId: number, correction: string): number {
  const original = ctx.db.select().from(timelineEvents).where(eq(timelineEvents.id, eventId)).get();
  if (!original || original.caseId !== caseId) throw new AppError('not_found');
  return appendEvent(ctx, caseId, 'correction', correction, { corrects: original.summary }, eventId);
}
