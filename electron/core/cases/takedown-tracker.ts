// The takedown tracker: what exists, where, and how far getting it removed has come. It records
// *about* the material, never the material: possessing a sexual image of a minor is itself an
// offence (art. 240b Sr), also for a school keeping "evidence". The schema has no column that could
// hold a file, and this module accepts text only.
//
// Removal is the first reflex of step 2 and the slowest part (platforms answer late, material comes
// back), so every report, status and follow-up date is a row in takedown_updates, appended and never
// rewritten; a correction of the item's own words is such a row too, with what it said before.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNotNull, ne } from 'drizzle-orm';
import { cases, evidenceItems, takedownUpdates } from '@db/schema';
import { AppError, nowIso, today, type AppContext } from '../app-context';
import type { Evidence, EvidenceChange, EvidenceDraft, TakedownFollowUp } from '../contract';
import { followWork, requireCase, touch } from './case-files';
import { appendEvent } from './timeline';
import { EMBEDDED_MEDIA } from '../text-rules';

const refuseMedia = (...texts: (string | null | undefined)[]) => {
  if (texts.some((text) => EMBEDDED_MEDIA.test(text ?? ''))) throw new AppError('media_refused');
};

/** The item's own words that a correction may change. */
const CORRECTABLE = ['description', 'platform', 'accountOrUrl', 'observedAt', 'heldBy', 'note'] as const;

type UpdateRow = typeof takedownUpdates.$inferSelect;

function toUpdate(row: UpdateRow): Evidence['history'][number] {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    reportedTo: row.reportedTo,
    reference: row.reference,
    status: row.status,
    followUpDate: row.followUpDate,
    corrections: JSON.parse(row.corrections) as Evidence['history'][number]['corrections'],
    note: row.note,
  };
}

export function listEvidence(ctx: AppContext, caseId: string): Evidence[] {
  const day = today(ctx);
  const updates = ctx.db.select().from(takedownUpdates).where(eq(takedownUpdates.caseId, caseId)).orderBy(asc(takedownUpdates.id)).all();
  return ctx.db
    .select()
    .from(evidenceItems)
    .where(eq(evidenceItems.caseId, caseId))
    .orderBy(asc(evidenceItems.createdAt))
    .all()
    .map(({ caseId: _case, ...row }) => ({
      ...row,
      followUpDue: row.followUpDate !== null && row.followUpDate <= day,
      history: updates.filter((u) => u.evidenceId === row.id).map(toUpdate),
    }));
}

export function addEvidence(ctx: AppContext, caseId: string, item: EvidenceDraft): Evidence[] {
  requireCase(ctx, caseId);
  refuseMedia(item.description, item.accountOrUrl, item.note);
  const id = randomUUID();
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(evidenceItems)
      .values({
        id,
        caseId,
        description: item.description,
        platform: item.platform,
        accountOrUrl: item.accountOrUrl,
        observedAt: item.observedAt,
        heldBy: item.heldBy,
        note: item.note ?? '',
        takedownStatus: item.takedownStatus ?? 'to_report',
        followUpDate: item.followUpDate ?? null,
        createdAt: nowIso(ctx),
      })
      .run();
    appendEvent(ctx, caseId, 'evidence_added', item.description.slice(0, 200), { evidenceId: id, platform: item.platform, heldBy: item.heldBy });
    touch(ctx, caseId);
  })();
  return listEvidence(ctx, caseId);
}

/**
 * A report, a new status or follow-up date, or a correction of the item's words: one appended row,
 * one chronology entry, and the item row brought up to date so lists and the start screen read it.
 */
export function updateEvidence(ctx: AppContext, input: EvidenceChange): Evidence[] {
  const row = ctx.db
    .select()
    .from(evidenceItems)
    .where(and(eq(evidenceItems.id, input.evidenceId), eq(evidenceItems.caseId, input.caseId)))
    .get();
  if (!row) throw new AppError('not_found');
  const { reportedTo = null, reference = '', status = null, followUpDate, note = '', corrections = {} } = input.update;
  refuseMedia(reference, note, ...Object.values(corrections).map((v) => (typeof v === 'string' ? v : null)));
  const changed = CORRECTABLE.filter((field) => corrections[field] !== undefined && (corrections[field] ?? null) !== (row[field] ?? null));
  const recorded = Object.fromEntries(changed.map((field) => [field, { before: row[field] ?? null, after: corrections[field] ?? null }]));
  const nextStatus = status ?? (reportedTo && row.takedownStatus === 'to_report' ? 'reported' : null);
  if (!reportedTo && !nextStatus && followUpDate === undefined && changed.length === 0 && !note.trim()) throw new AppError('nothing_changed');
  const at = nowIso(ctx);
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(takedownUpdates)
      .values({
        evidenceId: row.id,
        caseId: input.caseId,
        at,
        actor: ctx.actor(),
        reportedTo,
        reference,
        status: nextStatus,
        followUpDate: followUpDate ?? null,
        corrections: JSON.stringify(recorded),
        note,
      })
      .run();
    const patch: Partial<typeof evidenceItems.$inferInsert> = Object.fromEntries(
      changed.map((field) => [field, corrections[field] ?? (field === 'heldBy' ? 'unknown' : field === 'observedAt' ? null : '')]),
    );
    if (nextStatus) patch.takedownStatus = nextStatus;
    if (followUpDate !== undefined) patch.followUpDate = followUpDate;
    // Removed means there is nothing left to look after, unless a date says to check it stays gone.
    if (nextStatus === 'removed' && followUpDate === undefined) patch.followUpDate = null;
    if (Object.keys(patch).length > 0) ctx.db.update(evidenceItems).set(patch).where(eq(evidenceItems.id, row.id)).run();
    appendEvent(ctx, input.caseId, changed.length > 0 ? 'correction' : 'takedown_update', (corrections.description ?? row.description).slice(0, 200), {
      evidenceId: row.id,
      reportedTo,
      reference,
      status: nextStatus,
      followUpDate: followUpDate ?? null,
      corrections: recorded,
      note,
    });
    // Reporting material for removal is the work of step 2.
    if (reportedTo || nextStatus === 'reported' || nextStatus === 'removed') followWork(ctx, input.caseId, 'acting', 'takedown');
    touch(ctx, input.caseId);
  })();
  return listEvidence(ctx, input.caseId);
}

/** Items of open cases whose follow-up date has come (a removed item too: is it still gone?). */
export function takedownFollowUps(ctx: AppContext, horizon = today(ctx)): TakedownFollowUp[] {
  const day = today(ctx);
  return ctx.db
    .select({ item: evidenceItems, caseTitle: cases.title })
    .from(evidenceItems)
    .innerJoin(cases, eq(cases.id, evidenceItems.caseId))
    .where(and(isNotNull(evidenceItems.followUpDate), ne(cases.status, 'closed')))
    .orderBy(asc(evidenceItems.followUpDate))
    .all()
    .filter(({ item }) => item.followUpDate! <= horizon)
    .map(({ item, caseTitle }) => ({
      evidenceId: item.id,
      caseId: item.caseId,
      caseTitle,
      description: item.description,
      platform: item.platform,
      accountOrUrl: item.accountOrUrl,
      takedownStatus: item.takedownStatus,
      followUpDate: item.followUpDate!,
      overdue: item.followUpDate! < day,
    }));
}
