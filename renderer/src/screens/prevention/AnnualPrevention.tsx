// The prevention part of the annual overview: lessons given per class in the year and the readiness
// status of each point, next to the incident counts. Class names and statuses only: no persons.
import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PreventionAnnual } from '@core/prevention/prevention-schema';
import { readinessPointKeys } from '@shared';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { Section } from '../../components/Section';
import { ReadinessStatusBadge } from './ReadinessTab';

export function AnnualPrevention({ prevention }: { prevention: PreventionAnnual }) {
  const { t } = useTranslation();
  // The points' titles are content (resources/prevention), in the advisor's language.
  const overview = useCallData(() => call('preventionOverview', {}), []);
  const pointTitles = Object.fromEntries((overview.data?.points ?? []).map((p) => [p.key, p.title]));
  const totals = [
    ['lessonsHeld', prevention.lessonsHeld],
    ['activeClasses', prevention.activeClasses],
    ['classesWithoutLesson', prevention.classesWithoutLesson],
  ] as const;
  const classes = Object.entries(prevention.lessonsHeldByClass).sort((a, b) => a[0].localeCompare(b[0], undefined, { numeric: true }));
  return (
    <Section title={t('prevention.annual.title')} description={t('prevention.annual.help')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} style={{ alignItems: 'start' }}>
        <Table>
          <Table.Tbody>
            {totals.map(([key, value]) => (
              <Table.Tr key={key}>
                <Table.Td>{t(`prevention.annual.${key}`)}</Table.Td>
                <Table.Td ta="right" fw={600} data-testid={`report-prevention-${key}`}>
                  {value}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t('prevention.annual.byClass')}
          </Text>
          {classes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('report.none')}
            </Text>
          ) : (
            <Table striped>
              <Table.Tbody>
                {classes.map(([name, count]) => (
                  <Table.Tr key={name}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td ta="right">{count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>
      </SimpleGrid>
      <div>
        <Text fw={600} size="sm" mb={4}>
          {t('prevention.annual.readiness')}
        </Text>
        <Table>
          <Table.Tbody>
            {readinessPointKeys.map((key) => (
              <Table.Tr key={key}>
                <Table.Td>
                  <Text size="sm">{pointTitles[key] ?? key}</Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {prevention.readiness[key] && <ReadinessStatusBadge status={prevention.readiness[key]} />}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Section>
  );
}
