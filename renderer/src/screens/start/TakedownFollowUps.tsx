// Follow-ups of the takedown tracker whose day has come: is it gone, has the platform answered,
// is it back? Each opens the case's tracker.
import { Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TakedownFollowUp } from '@core/contract';
import type { Navigate } from '../../app/routes';
import { formatShortDate } from '../../i18n/format';
import classes from './start.module.css';

export function TakedownFollowUps({ followUps, navigate }: { followUps: TakedownFollowUp[] | undefined; navigate: Navigate }) {
  const { t } = useTranslation();
  if (!followUps?.length) return null;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="follow-ups-title" data-testid="takedown-follow-ups">
      <Stack gap="sm">
        <Title order={2} size="h4" id="follow-ups-title">
          {t('casework.start.followUpsTitle')}
        </Title>
        {followUps?.map((item) => (
          <UnstyledButton key={item.evidenceId} className={classes.item} onClick={() => navigate({ screen: 'case', caseId: item.caseId, tab: 'evidence' })} data-testid="follow-up">
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} miw={0}>
                <Text fw={500} size="sm" truncate>
                  {[item.platform, item.accountOrUrl].filter(Boolean).join(' · ') || item.description}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {item.caseTitle} · {t(`casework.takedown.status.${item.takedownStatus}`)}
                </Text>
              </Stack>
              <Badge color={item.overdue ? 'red' : 'blue'} variant="light" radius="sm" style={{ flexShrink: 0 }}>
                {item.overdue ? t('casework.start.overdueSince', { date: formatShortDate(item.followUpDate) }) : t('casework.start.today')}
              </Badge>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Paper>
  );
}
