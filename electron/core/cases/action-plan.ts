// The action plan: actions from the assessment's recommendations or added by hand, each with an
// owner, a due date, a status and an outcome. A staff member as suspect blocks mediation-style
// actions: the meldplicht puts the case with the board and the police, not in a restorative talk.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { actions, cases } from '@db/schema';
import { AppError, nowIso, today, type AppContext } from '../app-context';
import type { ActionChange, ActionDraft, CaseAction } from '../contract';
import { caseDetail, followWork, touch } from './case-files';
import { MEDIATION_STYLE_ACTIONS } from './guardrails';
import { appendEvent } from './timeline';
import { openActionStatuses, type ActionStep, type CaseStatus } from '@shared';

/** The case's step an action belongs to: work on it means the case has got that far (aftercare stays the advisor's call). */
const STEP_OF_ACTION: Record<ActionStep, CaseStatus> = { act: 'acting', communicate: 'communicating', aftercare: 'aftercare' };

type ActionRow = typeof actions.$inferSelect;

function toAction(row: ActionRow, day: string): CaseAction {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return { ...rest, overdue: (row.status === 'open' || row.status === 'in_progress') && row.dueDate !== null && row.dueDate < day };
}

export function listActions(ctx: AppContext, caseId: string): CaseAction[] {
  return ctx.db
    .select()
    .from(actions)
    .where(eq(actions.caseId, caseId))
    .orderBy(asc(actions.createdAt))
    .all()
    .map((row) => toAction(row, today(ctx)));
}

export function addAction(ctx: AppContext, caseId: string, input: ActionDraft, source: 'assessment' | 'manual' = 'manual'): CaseAction[] {
  const detail = caseDetail(ctx, caseId);
  const actionKey = input.actionKey ?? null;
  if (actionKey && MEDIATION_STYLE_ACTIONS.has(actionKey) && detail.guardrails.staffSuspect) throw new AppError('mediation_blocked_staff_suspect');
  const at = nowIso(ctx);
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(actions)
      .values({
        id: randomUUID(),
        caseId,
        actionKey,
        step: input.step,
        title: input.title,
        rationale: input.rationale ?? '',
        owner: input.owner ?? '',
        dueDate: input.dueDate ?? null,
        organisationKey: input.organisationKey ?? null,
        source,
        createdAt: at,
        updatedAt: at,
      })
      .run();
    appendEvent(ctx, caseId, 'action_added', input.title, { actionKey, step: input.step, dueDate: input.dueDate, owner: input.owner, source });
    touch(ctx, caseId);
  })();
  return listActions(ctx, caseId);
}

export function updateAction(ctx: AppContext, input: ActionChange): CaseAction[] {
  const row = ctx.db
    .select()
    .from(actions)
    .where(and(eq(actions.id, input.actionId), eq(actions.caseId, input.caseId)))
    .get();
  if (!row) throw new AppError('not_found');
  const patch = input.patch;
  const at = nowIso(ctx);
  const changes: Partial<ActionRow> = { updatedAt: at };
  if (patch.status !== undefined) {
    changes.status = patch.status;
    changes.completedAt = patch.status === 'done' ? at : null;
  }
  if (patch.owner !== undefined) changes.owner = patch.owner;
  if (patch.dueDate !== undefined) changes.dueDate = patch.dueDate;
  if (patch.outcome !== undefined) changes.outcome = patch.outcome;
  ctx.sqlite.transaction(() => {
    ctx.db.update(actions).set(changes).where(eq(actions.id, row.id)).run();
    appendEvent(ctx, input.caseId, 'action_changed', row.title, { actionId: row.id, ...patch });
    // Started or done: the case has reached the step the action belongs to.
    if (patch.status === 'in_progress' || patch.status === 'done') followWork(ctx, input.caseId, STEP_OF_ACTION[row.step], 'action');
    touch(ctx, input.caseId);
  })();
  return listActions(ctx, input.caseId);
}

export type DueState = 'overdue' | 'today' | 'soon';

/**
 * Open actions due today or earlier, or within the coming week, across all open cases, each marked
 * overdue, today or soon so the start screen can put the day's work first.
 */
export function dueActions(ctx: AppContext): (CaseAction & { caseTitle: string; dueState: DueState })[] {
  const day = today(ctx);
  const horizon = new Date(ctx.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  return ctx.db
    .select({ action: actions, caseTitle: cases.title })
    .from(actions)
    .innerJoin(cases, eq(cases.id, actions.caseId))
    .where(and(inArray(actions.status, [...openActionStatuses]), ne(cases.status, 'closed')))
    .orderBy(asc(actions.dueDate))
    .all()
    .filter(({ action }) => action.dueDate !== null && action.dueDate <= horizon)
    .map(({ action, caseTitle }) => ({
      ...toAction(action, day),
      caseTitle,
      dueState: action.dueDate! < day ? ('overdue' as const) : action.dueDate === day ? ('today' as const) : ('soon' as const),
    }));
}
