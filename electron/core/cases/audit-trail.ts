// The audit trail: who opened, changed or exported a case, and when. Append-only in the database
// (triggers), and it records ids and actions, never case content.
import { desc, eq } from 'drizzle-orm';
import { auditLog } from '@db/schema';
import { nowIso, type AppContext } from '../app-context';
import type { AuditAction } from '@shared';

export type { AuditAction };

export function audit(ctx: AppContext, action: AuditAction, caseId: string | null = null, detail = ''): void {
  ctx.db
    .insert(auditLog)
    .values({ at: nowIso(ctx), actor: ctx.actor(), action, caseId, detail })
    .run();
}

export function auditEntries(ctx: AppContext, caseId?: string) {
  const query = ctx.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(500);
  return (caseId ? query.where(eq(auditLog.caseId, caseId)) : query).all();
}
