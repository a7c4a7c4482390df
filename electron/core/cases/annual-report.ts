// The anonymised annual overview a vertrouwenspersoon reports to the school board: how many cases,
// of what kind, how serious, how they ended — counts only, never a name or a title. Destroyed
// dossiers still count: at destruction the audit trail keeps their kind and year, nothing else.
import { and, eq, like } from 'drizzle-orm';
import { assessments, auditLog, cases } from '@db/schema';
import type { AppContext } from '../app-context';
import { preventionAnnual, type PreventionAnnual } from '../prevention';

export interface AnnualReport {
  year: number;
  opened: number;
  closed: number;
  stillOpen: number;
  destroyed: number;
  byIncidentType: Record<string, number>;
  bySchoolLevel: Record<string, number>;
  byLevel: Record<string, number>;
  /** Cases opened per month of the year ("01" … "12"): the finest date the overview ever gives. */
  byMonth: Record<string, number>;
  acute: number;
  /** Lessons per class and readiness next to the incident counts. */
  prevention: PreventionAnnual;
}

/** What the audit trail keeps of a destroyed case: enough to count it, nothing to identify it. */
export interface DestroyedCaseFacts {
  openedYear: number;
  /** "01" … "12"; absent in facts kept before the overview counted by month. */
  openedMonth?: string;
  closedYear: number | null;
  schoolLevel: string;
  incidentTypes: string[];
  level: string | null;
  acute: boolean;
}

const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

export function destroyedCaseFacts(ctx: AppContext, caseId: string): DestroyedCaseFacts {
  const row = ctx.db.select().from(cases).where(eq(cases.id, caseId)).get()!;
  const latest = latestLevels(ctx).get(caseId);
  return {
    openedYear: new Date(row.openedAt).getUTCFullYear(),
    openedMonth: openedMonth(row.openedAt),
    closedYear: row.closedAt ? new Date(row.closedAt).getUTCFullYear() : null,
    schoolLevel: row.schoolLevel,
    incidentTypes: JSON.parse(row.incidentTypes) as string[],
    level: latest?.level ?? null,
    acute: latest?.acute ?? false,
  };
}

const openedMonth = (iso: string) => String(new Date(iso).getUTCMonth() + 1).padStart(2, '0');

function latestLevels(ctx: AppContext): Map<string, { level: string; acute: boolean }> {
  const levels = new Map<string, { level: string; acute: boolean }>();
  // Rows come in id order, so the last one per case is its current assessment (override included).
  for (const row of ctx.db.select().from(assessments).orderBy(assessments.id).all()) levels.set(row.caseId, { level: row.overrideLevel ?? row.level, acute: row.acute });
  return levels;
}

/** Cases opened in the year, plus the closings in it; destroyed dossiers through their audit facts. */
export function annualReport(ctx: AppContext, year: number): AnnualReport {
  const report: AnnualReport = {
    year,
    opened: 0,
    closed: 0,
    stillOpen: 0,
    destroyed: 0,
    byIncidentType: {},
    bySchoolLevel: {},
    byLevel: {},
    byMonth: {},
    acute: 0,
    prevention: preventionAnnual(ctx, year),
  };
  const levels = latestLevels(ctx);
  const count = (facts: DestroyedCaseFacts) => {
    if (facts.closedYear === year) report.closed += 1;
    if (facts.openedYear !== year) return;
    report.opened += 1;
    if (facts.closedYear === null) report.stillOpen += 1;
    for (const type of facts.incidentTypes) bump(report.byIncidentType, type);
    bump(report.bySchoolLevel, facts.schoolLevel);
    bump(report.byLevel, facts.level ?? 'none');
    if (facts.openedMonth) bump(report.byMonth, facts.openedMonth);
    if (facts.acute) report.acute += 1;
  };
  for (const row of ctx.db.select().from(cases).all()) {
    const level = levels.get(row.id);
    count({
      openedYear: new Date(row.openedAt).getUTCFullYear(),
      openedMonth: openedMonth(row.openedAt),
      closedYear: row.closedAt ? new Date(row.closedAt).getUTCFullYear() : null,
      schoolLevel: row.schoolLevel,
      incidentTypes: JSON.parse(row.incidentTypes) as string[],
      level: level?.level ?? null,
      acute: level?.acute ?? false,
    });
  }
  for (const entry of ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'case_destroy'), like(auditLog.detail, '{%')))
    .all()) {
    const facts = JSON.parse(entry.detail) as DestroyedCaseFacts;
    if (facts.openedYear === year) report.destroyed += 1;
    count(facts);
  }
  return report;
}
