// On the start screen: what the school's preparation has overdue — a readiness point not reviewed for
// more than a year, a class without its lesson this school year. Shows nothing when all is in order.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import type { Navigate } from '../../app/routes';
import { formatDate } from '../../i18n/format';

export function PreventionDue({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const overview = useCallData(() => call('preventionOverview', {}), []);
  const overdue = overview.data?.overdue ?? [];
  if (overdue.length === 0) return null;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="prevention-due-title" data-testid="prevention-due">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="prevention-due-title">
            {t('prevention.due.title')}
          </Title>
          <Badge variant="light" radius="sm">
            {t('prevention.schoolYear', { label: overview.data!.schoolYear.label })}
          </Badge>
        </Group>
        {overdue.map((item) => (
          <Group key={`${item.kind}-${item.pointKey}-${item.classId}`} justify="space-between" wrap="nowrap">
            <Text size="sm">{t(`prevention.due.${item.kind}`, { label: item.label })}</Text>
            {item.since && (
              <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                {formatDate(item.since)}
              </Text>
            )}
          </Group>
        ))}
        <Button
          variant="light"
          size="compact-sm"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => navigate({ screen: 'prevention', tab: overdue.every((item) => item.kind === 'lesson') ? 'lessons' : 'readiness' })}
        >
          {t('prevention.due.open')}
        </Button>
      </Stack>
    </Paper>
  );
}
