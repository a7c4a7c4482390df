// A national help organisation as data from resources/organisations: what they do, when to call,
// how to reach them, and when the details were last checked.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { Organisation } from './organisation-types';
import { WebsiteLink } from './WebsiteLink';

export function OrganisationCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" data-testid={`organisation-${organisation.key}`}>
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5">
            {organisation.name}
          </Title>
          {organisation.verify && (
            <Badge color="yellow" variant="light" radius="sm" style={{ flexShrink: 0 }}>
              {t('workflow.organisations.verifyBadge')}
            </Badge>
          )}
        </Group>
        <Text size="sm">{organisation.whatTheyDo}</Text>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('workflow.organisations.whenToCall')}
          </Text>
          <Text size="sm">{organisation.whenToCall}</Text>
        </Stack>
        <OrganisationReach organisation={organisation} />
        <Text size="xs" c="dimmed">
          {t('workflow.organisations.reviewed', { date: formatDate(organisation.lastReviewed) })}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Phone, emergency number and websites: also shown with a standard action in the plan. */
export function OrganisationReach({ organisation, withName = false }: { organisation: Organisation; withName?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {withName && (
        <Text size="sm" fw={600}>
          {organisation.name}
        </Text>
      )}
      {organisation.phone && (
        <Text size="sm">
          {t('workflow.organisations.phone')}:{' '}
          <Text span fw={600} size="sm">
            {organisation.phone}
          </Text>
        </Text>
      )}
      {organisation.emergencyPhone && (
        <Text size="sm">
          {t('workflow.organisations.emergencyPhone')}:{' '}
          <Text span fw={600} size="sm">
            {organisation.emergencyPhone}
          </Text>
        </Text>
      )}
      <Group gap={6} align="baseline">
        <Text size="sm">{t('workflow.organisations.website')}:</Text>
        {[organisation.website, ...(organisation.otherWebsites ?? [])].map((url) => (
          <WebsiteLink key={url} url={url} />
        ))}
      </Group>
    </Stack>
  );
}
