// Checklists kept with a case: the meldcode's afwegingskader (five questions, mandatory since 2019)
// and the StappenplanSexting checklist's progress. Each save is recorded in the chronology.
import { and, eq } from 'drizzle-orm';
import { checklists } from '../../../db/schema';
import { nowIso, type AppContext } from '../app-context';
import type { CallInput, Checklist } from '../contract';
import { requireCase, touch } from './case-files';
import { appendEvent } from './timeline';

type Key = Checklist['checklistKey'];

export function getChecklist(ctx: AppContext, caseId: string, checklistKey: Key): Checklist {
  requireCase(ctx, caseId);
  const row = ctx.db.select().from(checklists).where(and(eq(checklists.caseId, caseId), eq(checklists.checklistKey, checklistKey))).get();
  return { checklistKey, answers: row ? (JSON.parse(row.answers) as Checklist['answers']) : {}, updatedAt: row?.updatedAt ?? null };
}

export function saveChecklist(ctx: AppContext, caseId: string, checklist: CallInput<'checklistSave'>['checklist']): Checklist {
  requireCase(ctx, caseId);
  const at = nowIso(ctx);
  const answers = JSON.stringify(checklist.answers);
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(checklists)
      .values({ caseId, checklistKey: checklist.checklistKey, answers, updatedAt: at })
      .onConflictDoUpdate({ target: [checklists.caseId, checklists.checklistKey], set: { answers, updatedAt: at } })
      .run();
    appendEvent(ctx, caseId, 'checklist', checklist.checklistKey, { answers: checklist.answers });
    touch(ctx, caseId);
  })();
  return getChecklist(ctx, caseId, checklist.checklistKey);
}
