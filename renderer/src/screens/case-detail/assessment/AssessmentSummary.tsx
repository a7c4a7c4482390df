// The outcome at a glance: the level the rules found, the advisor's own level beside it when they
// changed it (never instead of it), whether the case is acute, and when it was made.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { labelOrValue } from '@renderer/i18n';
import { formatDateTime } from '@renderer/i18n/format';
import type { Level, StoredAssessment } from './assessment-types';

const LEVEL_COLORS: Record<Level, string> = { low: 'teal', moderate: 'yellow', high: 'orange', critical: 'red' };

export function LevelBadge({ level, size = 'xl' }: { level: Level; size?: 'md' | 'lg' | 'xl' }) {
  return (
    <Badge color={LEVEL_COLORS[level]} variant="light" size={size} radius="sm" style={{ border: `1px solid var(--mantine-color-${LEVEL_COLORS[level]}-4)` }}>
      {labelOrValue('severity', level)}
    </Badge>
  );
}

function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

export function AssessmentSummary({ stored }: { stored: StoredAssessment }) {
  const { t } = useTranslation();
  const { assessment } = stored;
  const override = assessment.override;
  return (
    <Stack gap="sm" data-testid="assessment-summary">
      <Group gap="xl" align="flex-start" data-testid="assessment-level">
        <Labelled label={override ? t('interview.assessment.rulesLevel') : t('interview.assessment.level')}>
          <LevelBadge level={assessment.level} size={override ? 'lg' : 'xl'} />
        </Labelled>
        {override && (
          <Labelled label={t('interview.assessment.overriddenTo')}>
            <LevelBadge level={override.level} />
          </Labelled>
        )}
        {assessment.acute && (
          <Labelled label={t('interview.assessment.acuteLabel')}>
            <Group gap="sm" wrap="nowrap">
              <Badge color="red.9" variant="filled" size="xl" radius="sm" data-testid="assessment-acute">
                {t('interview.assessment.acute')}
              </Badge>
              <Text size="sm" c="red.9" fw={500} maw={280}>
                {t('interview.assessment.acuteHelp')}
              </Text>
            </Group>
          </Labelled>
        )}
      </Group>
      {override && (
        <Text size="sm" data-testid="assessment-override">
          <Text span fw={600} size="sm">
            {t('interview.assessment.overrideReason')}:
          </Text>{' '}
          {override.reason}{' '}
          <Text span c="dimmed" size="sm">
            · {t('interview.assessment.overrideAt', { at: formatDateTime(override.at) })}
          </Text>
        </Text>
      )}
      <Text size="sm" c="dimmed" data-testid="assessment-meta">
        {t('interview.assessment.computedAt', { at: formatDateTime(stored.computedAt) })} · {t('interview.assessment.runs', { count: stored.runs })}
      </Text>
    </Stack>
  );
}
