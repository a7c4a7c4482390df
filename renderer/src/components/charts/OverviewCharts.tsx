// The four charts of an annual overview — by kind, severity, school level and month — for one
// school's own counts and for the board's sums over several schools alike.
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { incidentTypes, schoolLevels, severityLevels } from '@shared';
import { labelOrValue } from '../../i18n';
import { BarChart, type ChartRow } from './BarChart';

export type ChartCell = Omit<ChartRow, 'key' | 'label'>;
export interface OverviewCounts {
  byIncidentType: Record<string, ChartCell>;
  byLevel: Record<string, ChartCell>;
  bySchoolLevel: Record<string, ChartCell>;
  byMonth: Record<string, ChartCell>;
}

const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

function rows(cells: Record<string, ChartCell>, order: readonly string[], label: (key: string) => string): ChartRow[] {
  const keys = [...order.filter((k) => k in cells), ...Object.keys(cells).filter((k) => !order.includes(k))];
  return keys.map((key) => ({ key, label: label(key), ...cells[key]! }));
}

/** Plain counts as chart cells. */
export const exactCells = (counts: Record<string, number>): Record<string, ChartCell> =>
  Object.fromEntries(
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([key, value]) => [key, { value }]),
  );

export function OverviewCharts({ counts, year }: { counts: OverviewCounts; year: number }) {
  const { t, i18n } = useTranslation();
  const monthName = (m: string) => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, Number(m) - 1, 1)));
  const empty = t('report.none');
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <BarChart id="incidentType" title={t('report.byIncidentType')} emptyText={empty} rows={rows(counts.byIncidentType, incidentTypes, (k) => labelOrValue('incidentType', k))} />
      <BarChart id="level" title={t('report.byLevel')} emptyText={empty} rows={rows(counts.byLevel, [...severityLevels, 'none'], (k) => labelOrValue('severity', k))} />
      <BarChart id="schoolLevel" title={t('report.bySchoolLevel')} emptyText={empty} rows={rows(counts.bySchoolLevel, schoolLevels, (k) => t(`report.schoolLevel.${k as 'po'}`, k))} />
      <BarChart id="month" title={t('board.byMonth')} emptyText={empty} rows={rows(counts.byMonth, months, monthName)} />
    </SimpleGrid>
  );
}
