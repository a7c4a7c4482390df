// Checklists kept with a case: the meldcode's afwegingskader (five questions, mandatory since 2019)
// and the StappenplanSexting checklist's progress. Each save is recorded in the chronology.
import { and, eq } from 'drizzle-orm';
import { checklists } from '@db/schema';
import { nowIso, type AppContext } from '../app-context';
import type { Checklist, ChecklistAnswers } from '../contract';
import { readSettings } from '../settings/settings-store';
import { loadChecklistContent, reportAdvised } from '../checklists/checklist-content';
import { requireCase, touch } from './case-files';
import { appendEvent } from './timeline';
import { timelineLabel, timelineSentence } from './timeline-texts';

type Key = Checklist['checklistKey'];

export function getChecklist(ctx: AppContext, caseId: string, checklistKey: Key): Checklist & { reportAdvised: boolean } {
  requireCase(ctx, caseId);
  const row = ctx.db
    .select()
    .from(checklists)
    .where(and(eq(checklists.caseId, caseId), eq(checklists.checklistKey, checklistKey)))
    .get();
  const answers = row ? (JSON.parse(row.answers) as Checklist['answers']) : {};
  const advised = checklistKey === 'afwegingskader' && reportAdvised(loadChecklistContent(readSettings(ctx).locale), answers);
  return { checklistKey, answers, updatedAt: row?.updatedAt ?? null, reportAdvised: advised };
}

export function saveChecklist(ctx: AppContext, caseId: string, checklist: ChecklistAnswers): Checklist & { reportAdvised: boolean } {
  requireCase(ctx, caseId);
  const at = nowIso(ctx);
  const answers = JSON.stringify(checklist.answers);
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(checklists)
      .values({ caseId, checklistKey: checklist.checklistKey, answers, updatedAt: at })
      .onConflictDoUpdate({ target: [checklists.caseId, checklists.checklistKey], set: { answers, updatedAt: at } })
      .run();
    const advised = checklist.checklistKey === 'afwegingskader' && reportAdvised(loadChecklistContent(readSettings(ctx).locale), checklist.answers);
    const name = timelineLabel(ctx, 'checklist', checklist.checklistKey);
    appendEvent(ctx, caseId, 'checklist', timelineSentence(ctx, advised ? 'checklistReport' : 'checklist', { checklist: name }), { answers: checklist.answers, reportAdvised: advised });
    touch(ctx, caseId);
  })();
  return getChecklist(ctx, caseId, checklist.checklistKey);
}
