// After unlocking: the advisor's day. Acute cases first with their first hour, then what is overdue
// or due today grouped by case (done in one click), takedown follow-ups, and the newest cases.
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@core/contract';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import type { Navigate } from '../../app/routes';
import { SeverityBadge, StatusBadge } from '../../components/CaseBadges';
import { formatDate } from '../../i18n/format';
import { DestructionDue } from '../case-detail/workflow/DestructionDue';
import { FirstHourChecklist } from '../case-detail/workflow/FirstHourChecklist';
import { DayActions } from './DayActions';
import { startSections } from './start-sections';
import { TakedownFollowUps } from './TakedownFollowUps';
import classes from './start.module.css';

const NEWEST_COUNT = 6;

export function StartScreen({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const day = useCallData(async () => {
    const [due, open, followUps] = await Promise.all([call('actionsDue', {}), call('casesList', { status: 'open' }), call('takedownFollowUps', {})]);
    // Paired with 'start:rendered' below: `npm run bench` measures the render of the day.
    performance.mark('start:data');
    return { due, open, followUps };
  }, []);
  const open = day.data?.open;
  const acute = (open ?? []).filter((item) => item.acute);
  const acuteIds = new Set(acute.map((item) => item.id));
  const newest = open ? [...open].sort((a, b) => b.openedAt.localeCompare(a.openedAt)).slice(0, NEWEST_COUNT) : [];

  useLayoutEffect(() => {
    if (day.data) performance.mark('start:rendered');
  }, [day.data]);

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1}>{t('start.title')}</Title>
          <Text c="dimmed">{t('casework.start.subtitle')}</Text>
        </Stack>
        <Button onClick={() => navigate({ screen: 'new-case' })}>{t('start.newCase')}</Button>
      </Group>
      {acute.map((item) => (
        <AcuteCase key={item.id} item={item} navigate={navigate} />
      ))}
      <DestructionDue />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          <DayActions actions={day.data?.due} acuteIds={acuteIds} error={day.error} onChanged={() => void day.reload()} navigate={navigate} />
          <TakedownFollowUps followUps={day.data?.followUps} navigate={navigate} />
          {startSections.map((Section, index) => (
            <Section key={index} navigate={navigate} />
          ))}
        </Stack>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="newest-title">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4" id="newest-title">
                {t('start.newestTitle')}
              </Title>
              <Button variant="subtle" size="compact-sm" onClick={() => navigate({ screen: 'cases' })}>
                {t('start.allCases')}
              </Button>
            </Group>
            {open?.length === 0 && <Text c="dimmed">{t('start.noCases')}</Text>}
            {newest.map((item) => (
              <UnstyledButton key={item.id} className={classes.item} onClick={() => navigate({ screen: 'case', caseId: item.id, tab: 'overview' })}>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Stack gap={0} miw={0}>
                    <Text fw={500} truncate>
                      {item.title}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('start.openedOn', { date: formatDate(item.openedAt) })}
                    </Text>
                  </Stack>
                  <StatusBadge status={item.status} />
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

/** An acute case at the top of the day: what it is, and the first hour until that is done. */
function AcuteCase({ item, navigate }: { item: CaseSummary; navigate: Navigate }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" className={classes.acute} component="section" aria-label={t('casework.start.acuteCase', { title: item.title })} data-testid="acute-case">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" miw={0}>
            <SeverityBadge level={item.level} acute />
            <Title order={2} size="h4" lineClamp={1}>
              {item.title}
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {item.overdueActions > 0 && (
              <Badge color="red" variant="light" radius="sm">
                {t('casework.start.overdueCount', { count: item.overdueActions })}
              </Badge>
            )}
            <Button size="compact-sm" onClick={() => navigate({ screen: 'case', caseId: item.id, tab: 'overview' })}>
              {t('casework.start.openCase')}
            </Button>
          </Group>
        </Group>
        <FirstHourChecklist caseId={item.id} compact />
      </Stack>
    </Paper>
  );
}
