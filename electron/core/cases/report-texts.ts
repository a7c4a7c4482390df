// The words of the printed overviews that stay within the school or go to its board (resources/reports):
// the action plan and the annual overview.
import { z } from 'zod';
import en from '@resources/reports/en.json';
import nl from '@resources/reports/nl.json';
import { boardPrevention, boardSections, boardTotals } from '../board/board-numbers';
import { contentLoader } from '../content';
import { actionSources, actionStatuses, actionSteps, readinessStatuses, type Locale } from '@shared';

const pageTemplate = z.string().includes('{page}').includes('{pages}');
const labels = <const K extends readonly string[]>(keys: K) => z.object(Object.fromEntries(keys.map((k) => [k, z.string().min(1)])) as Record<K[number], z.ZodString>);

const reportTextsSchema = z.object({
  lastReviewed: z.iso.date(),
  note: z.string().min(1),
  actionPlan: labels(['title', 'internal', 'case', 'caseStatus', 'printed', 'openGroup', 'closedGroup', 'none', 'noneInGroup', 'overdue', 'noOwner', 'noDue', 'fileName'] as const).extend({
    columns: labels(['title', 'owner', 'due', 'status', 'outcome'] as const),
    statuses: labels(actionStatuses),
    sources: labels(actionSources),
    steps: labels(actionSteps),
    page: pageTemplate,
  }),
  annual: labels(['title', 'subtitle', 'intro', 'printed', 'noCases', 'sectionEmpty', 'suppressedBar', 'levelNone', 'fileName'] as const).extend({
    sections: labels(Object.keys(boardSections) as (keyof typeof boardSections)[]),
    totals: labels(boardTotals),
    prevention: labels(boardPrevention),
    readiness: labels(readinessStatuses),
    monthsShort: z.array(z.string().min(1)).length(12),
    page: pageTemplate,
  }),
});
export type ReportTexts = z.infer<typeof reportTextsSchema>;
export const loadReportTexts = contentLoader(reportTextsSchema, 'reports', { nl, en });

/** 02-12-2026 in Dutch, 02/12/2026 in English, whatever the machine's own locale says. */
export function printedDay(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return locale === 'en' ? `${day}/${month}/${year}` : `${day}-${month}-${year}`;
}

/** A label from a lower-case vocabulary at the start of a table cell. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
