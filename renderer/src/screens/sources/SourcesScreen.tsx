// The sources page: what each text of the advice rests on, and when it was reviewed. Every reason
// and recommendation in an assessment links here, to the source it names.
import { Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';

export function SourcesScreen({ focus }: { focus?: string }) {
  const { t } = useTranslation();
  const sources = useCallData(() => call('sourcesList', {}), []);

  useEffect(() => {
    if (!focus || !sources.data) return;
    document.getElementById(`source-${focus}`)?.scrollIntoView({ block: 'start' });
  }, [focus, sources.data]);

  if (!sources.data) return sources.error ? <ErrorAlert error={sources.error} /> : <Loader aria-label={t('app.loading')} />;
  return (
    <Stack gap="lg" data-testid="sources-screen">
      <Stack gap={4}>
        <Title order={1}>{t('sources.title')}</Title>
        <Text c="dimmed">{sources.data.note}</Text>
        <Text size="sm" c="dimmed">
          {t('sources.lastReviewed', { date: formatDate(sources.data.lastReviewed) })}
        </Text>
      </Stack>
      {sources.data.sources.map((source) => (
        <Paper
          key={source.key}
          id={`source-${source.key}`}
          data-testid={`source-${source.key}`}
          data-focused={source.key === focus ? 'true' : undefined}
          withBorder
          p="md"
          radius="md"
          style={source.key === focus ? { borderColor: 'var(--mantine-color-petrol-6)', borderWidth: 2 } : undefined}
        >
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Title order={2} size="h4">
                {source.title}
              </Title>
              <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
                {t('sources.reviewed', { date: formatDate(source.reviewed) })}
              </Badge>
            </Group>
            <Text size="sm">{source.restsOn}</Text>
            <Text size="xs" c="dimmed">
              {t('sources.reference', { reference: source.reference })}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
