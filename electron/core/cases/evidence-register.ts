// The evidence register records *about* the material, never the material: possessing a sexual
// image of a minor is itself an offence (art. 240b Sr), also for a school keeping "evidence".
// The schema has no column that could hold a file, and this module accepts text only.
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { evidenceItems } from '@db/schema';
import { type AppContext } from '../app-context';
import { AppError } from '../app-context';
import type { CallInput, Evidence } from '../contract';
import { requireCase, touch } from './case-files';
import { appendEvent } from './timeline';
import { EMBEDDED_MEDIA } from '../text-rules';

export function listEvidence(ctx: AppContext, caseId: string): Evidence[] {
  return ctx.db
    .select({
      id: evidenceItems.id,
      description: evidenceItems.description,
      platform: evidenceItems.platform,
      accountOrUrl: evidenceItems.accountOrUrl,
      observedAt: evidenceItems.observedAt,
      heldBy: evidenceItems.heldBy,
      note: evidenceItems.note,
      createdAt: evidenceItems.createdAt,
    })
    .from(evidenceItems)
    .where(eq(evidenceItems.caseId, caseId))
    .orderBy(asc(evidenceItems.createdAt))
    .all();
}

export function addEvidence(ctx: AppContext, caseId: string, item: CallInput<'evidenceAdd'>['item']): Evidence[] {
  requireCase(ctx, caseId);
  if ([item.description, item.accountOrUrl, item.note].some((text) => EMBEDDED_MEDIA.test(text ?? ''))) throw new AppError('media_refused');
  ctx.sqlite.transaction(() => {
    ctx.db.insert(evidenceItems).values({ id: randomUUID(), caseId, ...item, note: item.note ?? '' }).run();
    appendEvent(ctx, caseId, 'evidence_added', item.description.slice(0, 200), { platform: item.platform, heldBy: item.heldBy });
    touch(ctx, caseId);
  })();
  return listEvidence(ctx, caseId);
}
