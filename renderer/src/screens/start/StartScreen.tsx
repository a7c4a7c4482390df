// After unlocking: what needs doing soon across all cases, the newest cases, and a new case.
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import type { Navigate } from '../../app/routes';
import { StatusBadge } from '../../components/CaseBadges';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { DestructionDue } from '../case-detail/workflow/DestructionDue';
import { PreventionDue } from './PreventionDue';
import classes from './start.module.css';

const NEWEST_COUNT = 6;

export function StartScreen({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const due = useCallData(() => call('actionsDue', {}), []);
  const open = useCallData(() => call('casesList', { status: 'open' }), []);
  const newest = open.data ? [...open.data].sort((a, b) => b.openedAt.localeCompare(a.openedAt)).slice(0, NEWEST_COUNT) : [];

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1}>{t('start.title')}</Title>
          <Text c="dimmed">{t('start.subtitle')}</Text>
        </Stack>
        <Button onClick={() => navigate({ screen: 'new-case' })}>{t('start.newCase')}</Button>
      </Group>
      <DestructionDue />
      <PreventionDue navigate={navigate} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('start.dueTitle')}
            </Title>
            <ErrorAlert error={due.error} />
            {due.data?.length === 0 && <Text c="dimmed">{t('start.dueEmpty')}</Text>}
            {due.data?.map((action) => (
              <UnstyledButton
                key={action.id}
                className={classes.item}
                onClick={() => navigate({ screen: 'case', caseId: action.caseId, tab: 'actions' })}
              >
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Stack gap={0} miw={0}>
                    <Text fw={500} truncate>
                      {action.title}
                    </Text>
                    <Text size="sm" c="dimmed" truncate>
                      {action.caseTitle}
                    </Text>
                  </Stack>
                  <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
                    {action.overdue && (
                      <Badge color="red" variant="light" radius="sm">
                        {t('actions.overdue')}
                      </Badge>
                    )}
                    <Text size="sm" c={action.overdue ? 'red.8' : 'dimmed'}>
                      {formatDate(action.dueDate)}
                    </Text>
                  </Stack>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('start.newestTitle')}
              </Title>
              <Button variant="subtle" size="compact-sm" onClick={() => navigate({ screen: 'cases' })}>
                {t('start.allCases')}
              </Button>
            </Group>
            <ErrorAlert error={open.error} />
            {open.data?.length === 0 && <Text c="dimmed">{t('start.noCases')}</Text>}
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
