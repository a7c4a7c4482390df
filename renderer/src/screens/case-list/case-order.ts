// Sorting the case list in the renderer: the list is loaded once per search, and re-sorting
// 10,000 summaries here takes milliseconds, without another round trip to the database.
import type { CaseSummary } from '../../../../electron/core/contract';
import { caseStatusChoices } from '../../api/choices';
import type { CaseSort } from '../../app/routes';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The assessment's levels from light to heavy (electron/core/assessment/impact-rules.ts). A level
 * added there later sorts above "no assessment yet" and below the known ones until it is listed.
 */
const SEVERITY_RANK: Record<string, number> = { low: 1, moderate: 2, high: 3, critical: 4 };

function severityRank(summary: CaseSummary): number {
  if (summary.acute) return 10;
  if (!summary.level) return -1;
  return SEVERITY_RANK[summary.level] ?? 0;
}

const statusRank = (summary: CaseSummary) => caseStatusChoices.indexOf(summary.status);
const newestFirst = (a: CaseSummary, b: CaseSummary) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

const comparators: Record<CaseSort, (a: CaseSummary, b: CaseSummary) => number> = {
  updated: newestFirst,
  title: (a, b) => collator.compare(a.title, b.title),
  status: (a, b) => statusRank(a) - statusRank(b) || newestFirst(a, b),
  severity: (a, b) => severityRank(b) - severityRank(a) || newestFirst(a, b),
};

export function sortCases(cases: CaseSummary[], sort: CaseSort): CaseSummary[] {
  return [...cases].sort(comparators[sort]);
}
