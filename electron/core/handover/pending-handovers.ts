// Cases in a sent handover whose receipt has not come back. Between the file and the successor's
// confirmation the file is the case: a change made here afterwards would reach nobody and be
// destroyed with the sender's copy, so these cases are read-only until the handover is confirmed
// (and they are destroyed) or withdrawn (and they are the advisor's again).
import { and, eq, isNull } from 'drizzle-orm';
import { handovers } from '@db/schema';
import { AppError, type AppContext } from '../app-context';

export interface PendingHandover {
  handoverId: string;
  to: string;
  at: string;
}

/** Every case waiting for its receipt, with the handover it went in. */
export function pendingHandovers(ctx: AppContext): Map<string, PendingHandover> {
  const pending = new Map<string, PendingHandover>();
  const rows = ctx.db
    .select()
    .from(handovers)
    .where(and(eq(handovers.direction, 'sent'), isNull(handovers.receiptConfirmedAt)))
    .all();
  for (const row of rows) for (const caseId of JSON.parse(row.caseIds) as string[]) pending.set(caseId, { handoverId: row.id, to: row.counterpart, at: row.at });
  return pending;
}

/** Refuses a change to a case that has gone out in a handover and waits for its receipt. */
export function refuseIfHandedOver(ctx: AppContext, caseIds: readonly string[]): void {
  if (caseIds.length === 0) return;
  const pending = pendingHandovers(ctx);
  const found = caseIds.map((id) => pending.get(id)).find((p) => p !== undefined);
  if (found) throw new AppError('case_handed_over', { successor: found.to || '—' });
}
