// The board's view: the annual numbers of several schools, read from the files each school exported,
// checked against the schema and summed, with the same charts as a school's own annual overview.
// Nothing here is stored; the files stay where the board keeps them.
import { Alert, Button, FileButton, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardOverview } from '@core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { OverviewCharts, type ChartCell } from '../../components/charts/OverviewCharts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';

type Sum = { known: number; suppressed: number };
const totals = ['opened', 'closed', 'stillOpen', 'acute', 'destroyed'] as const;
const preventionRows = ['lessonsHeld', 'activeClasses', 'classesWithoutLesson'] as const;
const readinessRows = ['done', 'in_progress', 'not_started'] as const;

/** A sum with its suppressed cells said plainly: "12 + 2 × <5". */
export function formatSum({ known, suppressed }: Sum): string {
  if (suppressed === 0) return String(known);
  const small = suppressed === 1 ? '<5' : `${suppressed} × <5`;
  return known === 0 ? small : `${known} + ${small}`;
}

const cells = (sums: Record<string, Sum>): Record<string, ChartCell> =>
  Object.fromEntries(Object.entries(sums).map(([key, sum]) => [key, { value: sum.known, uncertain: sum.suppressed * 4, display: formatSum(sum) }]));

export function BoardScreen() {
  const { t } = useTranslation();
  const [files, setFiles] = useState<{ name: string; text: string }[]>([]);
  const [overview, setOverview] = useState<BoardOverview | null>(null);
  const submit = useSubmit();

  /** All files are judged together each time: a duplicate depends on which came first. */
  const add = async (chosen: File[]) => {
    const read = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() })));
    const next = [...files, ...read];
    setFiles(next);
    const result = await submit.run(() => call('boardCombine', { files: next }));
    if (result) setOverview(result);
  };
  const clear = () => {
    setFiles([]);
    setOverview(null);
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={2}>
        <Title order={1}>{t('board.title')}</Title>
        <Text c="dimmed">{t('board.subtitle')}</Text>
      </Stack>
      <Group>
        <FileButton onChange={(chosen) => void add(chosen)} accept=".json,.csv,application/json,text/csv" multiple>
          {(props) => <Button {...props}>{t('board.add')}</Button>}
        </FileButton>
        {files.length > 0 && (
          <Button variant="default" onClick={clear}>
            {t('board.clear')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={submit.error} />
      {overview && overview.refused.length > 0 && (
        <Alert color="orange" variant="light" title={t('board.refusedTitle')} role="alert" data-testid="board-refused">
          <List size="sm">
            {overview.refused.map((r, i) => (
              <List.Item key={`${r.file}-${i}`}>
                <strong>{r.file}</strong>: {t(`board.refused.${r.problem as 'board_file_invalid'}`)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {overview && overview.schools.length > 0 && (
        <>
          <Section title={t('board.schools', { year: overview.year })}>
            <Table>
              <Table.Tbody>
                {overview.schools.map((s) => (
                  <Table.Tr key={s.name} data-testid="board-school">
                    <Table.Td>{s.name}</Table.Td>
                    <Table.Td c="dimmed">{s.file}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
          <Section title={t('report.totals')} description={t('board.suppressedHelp')}>
            <Table>
              <Table.Tbody>
                {totals.map((key) => (
                  <Table.Tr key={key}>
                    <Table.Td>{t(`report.total.${key}`)}</Table.Td>
                    <Table.Td ta="right" fw={600} data-testid={`board-total-${key}`}>
                      {formatSum(overview.sums.totals[key] ?? { known: 0, suppressed: 0 })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
          <Section title={t('prevention.annual.title')} description={t('board.preventionHelp')}>
            <Table data-testid="board-prevention">
              <Table.Tbody>
                {preventionRows.map((key) => (
                  <Table.Tr key={key}>
                    <Table.Td>{t(`prevention.annual.${key}`)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {formatSum(overview.sums.prevention[key] ?? { known: 0, suppressed: 0 })}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {readinessRows.map((key) => (
                  <Table.Tr key={key}>
                    <Table.Td>{t('board.readinessPoints', { status: t(`prevention.status.${key}`) })}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {formatSum(overview.sums.readiness[key] ?? { known: 0, suppressed: 0 })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
          <Section title={t('board.charts')}>
            <OverviewCharts
              year={overview.year ?? overview.schools[0]!.year}
              counts={{
                byIncidentType: cells(overview.sums.byIncidentType),
                byLevel: cells(overview.sums.byLevel),
                bySchoolLevel: cells(overview.sums.bySchoolLevel),
                byMonth: cells(overview.sums.byMonth),
              }}
            />
          </Section>
        </>
      )}
      {files.length === 0 && <Text c="dimmed">{t('board.empty')}</Text>}
    </Stack>
  );
}
