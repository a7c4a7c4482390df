// The anonymised annual overview for the school board: counts only, so it can be shared as it is.
// Destroyed dossiers still count, which is what makes destroying them after closing safe to do.
import { NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { exactCells, OverviewCharts } from '../../components/charts/OverviewCharts';
import { labelOrValue } from '../../i18n';
import { BoardExportSection } from '../board/BoardExportSection';
import { AnnualPrevention } from '../prevention/AnnualPrevention';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 6 }, (_, i) => thisYear - i);

function CountTable({ title, counts, label }: { title: string; counts: Record<string, number>; label: (key: string) => string }) {
  const { t } = useTranslation();
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return (
    <Section title={title}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('report.none')}
        </Text>
      ) : (
        <Table striped>
          <Table.Tbody>
            {rows.map(([key, count]) => (
              <Table.Tr key={key}>
                <Table.Td>{label(key)}</Table.Td>
                <Table.Td ta="right" data-testid={`report-count-${key}`}>
                  {count}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

export function AnnualReportScreen() {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear);
  const report = useCallData(() => call('annualReport', { year }), [year]);
  const totals = report.data
    ? ([
        ['opened', report.data.opened],
        ['closed', report.data.closed],
        ['stillOpen', report.data.stillOpen],
        ['acute', report.data.acute],
        ['destroyed', report.data.destroyed],
      ] as const)
    : [];

  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap={2}>
        <Title order={1}>{t('report.title')}</Title>
        <Text c="dimmed">{t('report.subtitle')}</Text>
      </Stack>
      <NativeSelect label={t('report.year')} w={200} data={years.map((y) => String(y))} value={String(year)} onChange={(event) => setYear(Number(event.currentTarget.value))} />
      <ErrorAlert error={report.error} />
      {report.data && (
        <>
          <Section title={t('report.totals')} description={t('report.totalsHelp')}>
            <Table>
              <Table.Tbody>
                {totals.map(([key, value]) => (
                  <Table.Tr key={key}>
                    <Table.Td>{t(`report.total.${key}`)}</Table.Td>
                    <Table.Td ta="right" fw={600} data-testid={`report-total-${key}`}>
                      {value}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <CountTable title={t('report.byIncidentType')} counts={report.data.byIncidentType} label={(key) => labelOrValue('incidentType', key)} />
            <CountTable title={t('report.bySchoolLevel')} counts={report.data.bySchoolLevel} label={(key) => t(`report.schoolLevel.${key as 'po'}`, key)} />
            <CountTable title={t('report.byLevel')} counts={report.data.byLevel} label={(key) => labelOrValue('severity', key)} />
          </SimpleGrid>
          <Section title={t('board.charts')}>
            <OverviewCharts
              counts={{
                byIncidentType: exactCells(report.data.byIncidentType),
                byLevel: exactCells(report.data.byLevel),
                bySchoolLevel: exactCells(report.data.bySchoolLevel),
                byMonth: exactCells(report.data.byMonth),
              }}
              year={year}
            />
          </Section>
          <BoardExportSection year={year} />
          <AnnualPrevention prevention={report.data.prevention} />
        </>
      )}
    </Stack>
  );
}
