// Case files: the case itself, the people in it, consent, links between cases, search, and
// destruction. Every change lands in the chronology and the audit trail.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, or } from 'drizzle-orm';
import { assessments, caseLinks, cases, consents, notes, persons } from '@db/schema';
import { AppError, nowIso, today, type AppContext } from '../app-context';
import type { CaseDetail, CasePatch, CaseSummary, ConsentDecision, NewCase, PersonChange } from '../contract';
import { pendingHandovers, type PendingHandover } from '../handover/pending-handovers';
import { readSettings } from '../settings/settings-store';
import { destroyedCaseFacts } from './annual-report';
import { audit } from './audit-trail';
import { consentStatuses } from './consent-status';
import { guardrailsFor } from './guardrails';
import { checkTransition, REOPEN_STATUS, stepFollowingWork, type CaseStatus, type WorkDone } from './status-flow';
import { appendEvent } from './timeline';
import { timelineLabel, timelineSentence } from './timeline-texts';
import { addMonthsToDate, incidentTypes, isOneOf, openActionStatuses, type IncidentType } from '@shared';

type CaseRow = typeof cases.$inferSelect;

const json = (value: unknown) => JSON.stringify(value);
const parseList = (value: string) => JSON.parse(value) as string[];
/** Incident types as stored; a key no longer in the vocabulary is left out rather than shown raw. */
const parseIncidentTypes = (value: string): IncidentType[] => parseList(value).filter((t) => isOneOf(incidentTypes, t));

export function createCase(ctx: AppContext, input: NewCase): CaseDetail {
  const id = randomUUID();
  const at = nowIso(ctx);
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(cases)
      .values({
        id,
        title: input.title,
        schoolLevel: input.schoolLevel,
        incidentTypes: json(input.incidentTypes),
        platforms: json(input.platforms),
        summary: input.summary,
        incidentDate: input.incidentDate,
        openedAt: at,
        updatedAt: at,
      })
      .run();
    appendEvent(ctx, id, 'case_created', input.title, { schoolLevel: input.schoolLevel, incidentTypes: input.incidentTypes });
    audit(ctx, 'case_create', id);
    reindexCase(ctx, id);
  })();
  return caseDetail(ctx, id);
}

export function updateCase(ctx: AppContext, id: string, patch: CasePatch): CaseDetail {
  const current = requireCase(ctx, id);
  const changes: Partial<typeof cases.$inferInsert> = { updatedAt: nowIso(ctx) };
  if (patch.title !== undefined) changes.title = patch.title;
  if (patch.schoolLevel !== undefined) changes.schoolLevel = patch.schoolLevel;
  if (patch.incidentTypes !== undefined) changes.incidentTypes = json(patch.incidentTypes);
  if (patch.platforms !== undefined) changes.platforms = json(patch.platforms);
  if (patch.summary !== undefined) changes.summary = patch.summary;
  if (patch.incidentDate !== undefined) changes.incidentDate = patch.incidentDate;
  const changed = Object.keys(patch).filter((key) => json((patch as Record<string, unknown>)[key]) !== json(fieldValue(current, key)));
  if (changed.length === 0) return caseDetail(ctx, id);
  ctx.sqlite.transaction(() => {
    ctx.db.update(cases).set(changes).where(eq(cases.id, id)).run();
    appendEvent(ctx, id, 'case_changed', timelineSentence(ctx, 'caseChanged', { fields: changed.map((f) => timelineLabel(ctx, 'field', f)).join(', ') }), {
      fields: changed,
      before: Object.fromEntries(changed.map((k) => [k, fieldValue(current, k)])),
    });
    audit(ctx, 'case_change', id, changed.join(','));
    reindexCase(ctx, id);
  })();
  return caseDetail(ctx, id);
}

function fieldValue(row: CaseRow, key: string): unknown {
  if (key === 'incidentTypes' || key === 'platforms') return parseList(row[key]);
  return row[key as keyof CaseRow];
}

export function setStatus(ctx: AppContext, id: string, status: CaseStatus, reason?: string): CaseDetail {
  const current = requireCase(ctx, id);
  const problem = checkTransition(current.status, status, reason);
  if (problem) throw new AppError(problem);
  const at = nowIso(ctx);
  ctx.sqlite.transaction(() => {
    ctx.db
      .update(cases)
      .set(
        status === 'closed' ? { status, closedAt: at, closureReason: reason!.trim(), destroyAfter: addMonthsToDate(at, readSettings(ctx).retentionMonths), updatedAt: at } : { status, updatedAt: at },
      )
      .where(eq(cases.id, id))
      .run();
    const sentence = status === 'closed' ? timelineSentence(ctx, 'statusClosed', { reason: reason!.trim() }) : timelineSentence(ctx, 'status', { status: timelineLabel(ctx, 'status', status) });
    appendEvent(ctx, id, 'status', sentence, { from: current.status, to: status, reason: reason ?? '' });
    audit(ctx, 'case_change', id, `status:${status}`);
  })();
  return caseDetail(ctx, id);
}

const WORK_SENTENCE = { interview: 'stepByInterview', assessment: 'stepByAssessment', action: 'stepByAction', takedown: 'stepByTakedown' } as const;

/**
 * The case's step follows its work: the first interview answer or assessment is step 1, work on an
 * action or a takedown report is that action's step. Forward only (stepFollowingWork), recorded in the
 * chronology with what moved it; called inside the transaction that records the work.
 */
export function followWork(ctx: AppContext, id: string, reached: CaseStatus, work: WorkDone): void {
  const current = requireCase(ctx, id);
  const next = stepFollowingWork(current.status, reached);
  if (!next) return;
  ctx.db
    .update(cases)
    .set({ status: next, updatedAt: nowIso(ctx) })
    .where(eq(cases.id, id))
    .run();
  const reason = timelineSentence(ctx, WORK_SENTENCE[work], {});
  appendEvent(ctx, id, 'status', timelineSentence(ctx, 'status', { status: timelineLabel(ctx, 'status', next) }), { from: current.status, to: next, reason, followsWork: work });
  audit(ctx, 'case_change', id, `status:${next}`);
}

/** Closed dossiers whose retention has passed: the start screen asks the advisor to destroy them. */
export function dueForDestruction(ctx: AppContext): { id: string; title: string; closedAt: string | null; destroyAfter: string }[] {
  return ctx.db
    .select({ id: cases.id, title: cases.title, closedAt: cases.closedAt, destroyAfter: cases.destroyAfter })
    .from(cases)
    .where(eq(cases.status, 'closed'))
    .all()
    .filter((c): c is typeof c & { destroyAfter: string } => c.destroyAfter !== null && c.destroyAfter <= today(ctx));
}

/** A closed case comes back with its whole history; the closure stays in the chronology. */
export function reopenCase(ctx: AppContext, id: string, reason: string): CaseDetail {
  const current = requireCase(ctx, id);
  if (current.status !== 'closed') throw new AppError('not_closed');
  ctx.sqlite.transaction(() => {
    ctx.db
      .update(cases)
      .set({ status: REOPEN_STATUS, closedAt: null, closureReason: null, destroyAfter: null, updatedAt: nowIso(ctx) })
      .where(eq(cases.id, id))
      .run();
    appendEvent(ctx, id, 'reopened', reason, { previousClosureReason: current.closureReason, closedAt: current.closedAt });
    audit(ctx, 'case_change', id, 'reopened');
  })();
  return caseDetail(ctx, id);
}

export function linkCases(ctx: AppContext, id: string, otherId: string, reason: string): CaseDetail {
  if (id === otherId) throw new AppError('link_self');
  const other = requireCase(ctx, otherId);
  const self = requireCase(ctx, id);
  ctx.sqlite.transaction(() => {
    ctx.db.insert(caseLinks).values({ caseId: id, linkedCaseId: otherId, reason }).onConflictDoNothing().run();
    appendEvent(ctx, id, 'linked', `${other.title}: ${reason}`, { caseId: otherId });
    appendEvent(ctx, otherId, 'linked', `${self.title}: ${reason}`, { caseId: id });
    audit(ctx, 'case_change', id, `link:${otherId}`);
  })();
  return caseDetail(ctx, id);
}

/** Destruction after the retention period: the case and everything in it, beyond recovery. */
export function destroyCase(ctx: AppContext, id: string, confirmTitle: string): void {
  const current = requireCase(ctx, id);
  if (confirmTitle.trim() !== current.title) throw new AppError('confirm_title_mismatch');
  ctx.sqlite.transaction(() => {
    // Kept so the case still counts in the anonymised annual overview: kind and year, no content.
    const facts = JSON.stringify(destroyedCaseFacts(ctx, id));
    ctx.sqlite.prepare('DELETE FROM case_search WHERE rowid = ?').run(current.seq);
    ctx.db.delete(cases).where(eq(cases.id, id)).run();
    audit(ctx, 'case_destroy', id, facts);
  })();
}

export function savePerson(ctx: AppContext, input: PersonChange): CaseDetail {
  requireCase(ctx, input.caseId);
  const values = { ...input.person };
  ctx.sqlite.transaction(() => {
    if (input.personId) {
      const found = ctx.db
        .select()
        .from(persons)
        .where(and(eq(persons.id, input.personId), eq(persons.caseId, input.caseId)))
        .get();
      if (!found) throw new AppError('not_found');
      ctx.db.update(persons).set(values).where(eq(persons.id, input.personId)).run();
    } else {
      ctx.db
        .insert(persons)
        .values({ id: randomUUID(), caseId: input.caseId, ...values })
        .run();
    }
    appendEvent(ctx, input.caseId, 'person', timelineSentence(ctx, 'person', { role: timelineLabel(ctx, 'role', values.role), label: values.label || '—' }), {
      role: values.role,
      ageBand: values.ageBand,
    });
    touch(ctx, input.caseId);
  })();
  return caseDetail(ctx, input.caseId);
}

export function recordConsent(ctx: AppContext, input: ConsentDecision): CaseDetail {
  requireCase(ctx, input.caseId);
  if (input.victimPersonId) {
    const victim = ctx.db
      .select()
      .from(persons)
      .where(and(eq(persons.id, input.victimPersonId), eq(persons.caseId, input.caseId)))
      .get();
    if (!victim || victim.role !== 'victim') throw new AppError('not_found');
  }
  ctx.sqlite.transaction(() => {
    ctx.db
      .insert(consents)
      .values({
        id: randomUUID(),
        caseId: input.caseId,
        subject: input.subject,
        givenBy: input.givenBy,
        decision: input.decision,
        method: input.method,
        decidedAt: input.decidedAt,
        note: input.note,
        victimPersonId: input.victimPersonId ?? null,
      })
      .run();
    const sentence = timelineSentence(ctx, 'consent', {
      subject: timelineLabel(ctx, 'consentSubject', input.subject),
      decision: timelineLabel(ctx, 'decision', input.decision),
      giver: timelineLabel(ctx, 'giver', input.givenBy),
    });
    appendEvent(ctx, input.caseId, 'consent', input.note ? `${sentence} (${input.note})` : sentence, { ...input });
    syncRecordKind(ctx, input.caseId);
  })();
  return caseDetail(ctx, input.caseId);
}

export function withdrawConsent(ctx: AppContext, caseId: string, consentId: string, note: string): CaseDetail {
  const row = ctx.db
    .select()
    .from(consents)
    .where(and(eq(consents.id, consentId), eq(consents.caseId, caseId)))
    .get();
  if (!row) throw new AppError('not_found');
  if (row.withdrawnAt) throw new AppError('already_withdrawn');
  ctx.sqlite.transaction(() => {
    ctx.db
      .update(consents)
      .set({ withdrawnAt: nowIso(ctx), withdrawalNote: note })
      .where(eq(consents.id, consentId))
      .run();
    const sentence = timelineSentence(ctx, 'consentWithdrawn', { subject: timelineLabel(ctx, 'consentSubject', row.subject), giver: timelineLabel(ctx, 'giver', row.givenBy) });
    appendEvent(ctx, caseId, 'consent_withdrawn', note ? `${sentence} (${note})` : sentence, { consentId, note });
    syncRecordKind(ctx, caseId);
  })();
  return caseDetail(ctx, caseId);
}

/** Without consent for a dossier the case stays the advisor's own working note (School & Veiligheid). */
function syncRecordKind(ctx: AppContext, caseId: string): void {
  const status = consentStatuses(ctx, caseId).find((s) => s.subject === 'dossier')!;
  ctx.db
    .update(cases)
    .set({ recordKind: status.satisfied ? 'dossier' : 'working_note', updatedAt: nowIso(ctx) })
    .where(eq(cases.id, caseId))
    .run();
}

export function requireCase(ctx: AppContext, id: string): CaseRow {
  const row = ctx.db.select().from(cases).where(eq(cases.id, id)).get();
  if (!row) throw new AppError('case_not_found');
  return row;
}

export function touch(ctx: AppContext, caseId: string): void {
  ctx.db
    .update(cases)
    .set({ updatedAt: nowIso(ctx) })
    .where(eq(cases.id, caseId))
    .run();
}

export function caseDetail(ctx: AppContext, id: string): CaseDetail {
  const row = requireCase(ctx, id);
  const summary = listCases(ctx, { ids: [id] })[0]!;
  const latest = ctx.db.select().from(assessments).where(eq(assessments.caseId, id)).orderBy(desc(assessments.id)).get();
  const personRows = ctx.db.select().from(persons).where(eq(persons.caseId, id)).all();
  const links = ctx.db
    .select({ caseId: caseLinks.caseId, linkedCaseId: caseLinks.linkedCaseId, reason: caseLinks.reason })
    .from(caseLinks)
    .where(or(eq(caseLinks.caseId, id), eq(caseLinks.linkedCaseId, id)))
    .all()
    .map((link) => {
      const otherId = link.caseId === id ? link.linkedCaseId : link.caseId;
      return { caseId: otherId, title: requireCase(ctx, otherId).title, reason: link.reason };
    });
  return {
    ...summary,
    summary: row.summary,
    incidentDate: row.incidentDate,
    closedAt: row.closedAt,
    closureReason: row.closureReason,
    destroyAfter: row.destroyAfter,
    persons: personRows.map(({ caseId: _c, createdAt: _a, ...p }) => p),
    consents: ctx.db
      .select()
      .from(consents)
      .where(eq(consents.caseId, id))
      .all()
      .map(({ caseId: _c, createdAt: _a, givenByPersonId: _p, ...c }) => c),
    consentStatus: consentStatuses(ctx, id),
    links,
    guardrails: guardrailsFor({
      incidentTypes: parseIncidentTypes(row.incidentTypes),
      persons: personRows,
      assessmentResult: latest ? (JSON.parse(latest.result) as unknown) : null,
      advisorKind: readSettings(ctx).advisorKind,
    }),
  };
}

interface ListFilter {
  query?: string;
  status?: CaseStatus | 'open' | 'all';
  ids?: string[];
}

/** One query for the whole list, so 10,000 cases arrive in a few milliseconds. */
export function listCases(ctx: AppContext, filter: ListFilter): CaseSummary[] {
  const where: string[] = [];
  const params: Record<string, string> = { today: today(ctx) };
  if (filter.ids) {
    where.push(`c.id IN (${filter.ids.map((_, i) => `@id${i}`).join(',')})`);
    filter.ids.forEach((id, i) => (params[`id${i}`] = id));
  }
  if (filter.status === 'open') where.push("c.status <> 'closed'");
  else if (filter.status && filter.status !== 'all') {
    where.push('c.status = @status');
    params.status = filter.status;
  }
  const match = filter.query ? ftsQuery(filter.query) : null;
  if (match) {
    where.push('case_search MATCH @match');
    params.match = match;
  }
  const rows = ctx.sqlite
    .prepare(
      `SELECT c.id, c.title, c.school_level AS schoolLevel, c.status, c.record_kind AS recordKind,
              c.incident_types AS incidentTypes, c.platforms, c.opened_at AS openedAt, c.updated_at AS updatedAt,
              COALESCE(a.override_level, a.level) AS level, COALESCE(a.acute, 0) AS acute,
              COALESCE(act.open, 0) AS openActions, COALESCE(act.overdue, 0) AS overdueActions, act.next_due AS nextDue
       FROM ${match ? 'case_search JOIN cases c ON c.seq = case_search.rowid' : 'cases c'}
       LEFT JOIN (SELECT case_id, level, override_level, acute, max(id) FROM assessments GROUP BY case_id) a ON a.case_id = c.id
       LEFT JOIN (SELECT case_id, count(*) AS open, sum(due_date IS NOT NULL AND due_date < @today) AS overdue, min(due_date) AS next_due
                  FROM actions WHERE status IN (${openActionStatuses.map((status) => `'${status}'`).join(', ')}) GROUP BY case_id) act ON act.case_id = c.id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.updated_at DESC`,
    )
    .all(params) as (Omit<CaseSummary, 'incidentTypes' | 'platforms' | 'acute' | 'handedOver'> & { incidentTypes: string; platforms: string; acute: number })[];
  const pending = pendingHandovers(ctx);
  return rows.map((r) => ({ ...r, incidentTypes: parseIncidentTypes(r.incidentTypes), platforms: parseList(r.platforms), acute: r.acute === 1, handedOver: handedOverOf(pending, r.id) }));
}

function handedOverOf(pending: Map<string, PendingHandover>, caseId: string): CaseSummary['handedOver'] {
  const handover = pending.get(caseId);
  return handover ? { to: handover.to, at: handover.at } : null;
}

/** Each word as a quoted prefix term, so input like `AND(` or quotes can never break the query. */
export function ftsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  return words.length ? words.map((w) => `"${w}"*`).join(' AND ') : null;
}

/** The search row holds the case's searchable text; private notes are deliberately left out. */
export function reindexCase(ctx: AppContext, id: string): void {
  const row = requireCase(ctx, id);
  const dossierNotes = ctx.db
    .select({ body: notes.body })
    .from(notes)
    .where(and(eq(notes.caseId, id), eq(notes.kind, 'dossier')))
    .all()
    .map((n) => n.body);
  const body = [row.title, row.summary, ...parseList(row.incidentTypes), ...parseList(row.platforms), ...dossierNotes].join('\n');
  ctx.sqlite.prepare('INSERT OR REPLACE INTO case_search (rowid, body) VALUES (?, ?)').run(row.seq, body);
}
