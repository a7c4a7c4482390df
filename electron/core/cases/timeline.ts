// The chronology of a case: every event in one list, append-only. A correction is a new entry that
// refers to the one it corrects; the database refuses updates and deletes (migration 0001).
import { asc, eq } from 'drizzle-orm';
import { timelineEvents } from '@db/schema';
import { AppError, nowIso, type AppContext } from '../app-context';
import type { TimelineEvent } from '../contract';
import { sealChain } from './chronology-chain';
import type { TimelineKind } from '@shared';

export type { TimelineKind };

export function appendEvent(
  ctx: AppContext,
  caseId: string,
  kind: TimelineKind,
  summary: string,
  data: Record<string, unknown> = {},
  correctsEventId: number | null = null,
): number {
  const row = ctx.db
    .insert(timelineEvents)
    .values({ caseId, at: nowIso(ctx), kind, summary, data: JSON.stringify(data), correctsEventId, actor: ctx.actor() })
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
  }));
}

export function correctEvent(ctx: AppContext, caseId: string, eventId: number, correction: string): number {
  const original = ctx.db.select().from(timelineEvents).where(eq(timelineEvents.id, eventId)).get();
  if (!original || original.caseId !== caseId) throw new AppError('not_found');
  return appendEvent(ctx, caseId, 'correction', correction, { corrects: original.summary }, eventId);
}
