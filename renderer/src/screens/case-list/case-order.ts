// Sorting the case list in the renderer: the list is loaded once per search, and re-sorting
// 10,000 summaries here takes milliseconds, without another round trip to the database.
import type { CaseSummary } from '@core/contract';
import { caseStatuses, rankIn, severityLevels } from '@shared';
import type { CaseSort } from '../../app/routes';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Acute first, then the assessment's levels from heavy to light, then cases not assessed yet. */
function severityRank(summary: CaseSummary): number {
  if (summary.acute) return severityLevels.length;
  return rankIn(severityLevels, summary.level);
}

const statusRank = (summary: CaseSummary) => rankIn(caseStatuses, summary.status);
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
