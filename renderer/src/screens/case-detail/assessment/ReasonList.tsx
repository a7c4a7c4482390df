// Why the assessment says what it says: every factor that counted, in words, with whether it made
// the case heavier or lighter.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reason } from './assessment-types';
import { GlossaryText } from '@renderer/components/GlossaryText';

const EFFECT_LOOK: Record<Reason['effect'], { color: string; sign: string }> = {
  raises: { color: 'orange', sign: '↑' },
  lowers: { color: 'teal', sign: '↓' },
  neutral: { color: 'gray', sign: '=' },
};

export function ReasonList({ reasons }: { reasons: Reason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return <Text c="dimmed">{t('interview.assessment.reasonsEmpty')}</Text>;
  return (
    <Stack gap="sm">
      {reasons.map((reason) => {
        const look = EFFECT_LOOK[reason.effect];
        return (
          <Paper key={reason.factor} withBorder p="md" radius="md" data-testid="assessment-reason" style={{ borderLeft: `4px solid var(--mantine-color-${look.color}-5)` }}>
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={600}>{reason.label}</Text>
                <Badge color={look.color} variant="light" radius="sm" style={{ flexShrink: 0 }}>
                  {look.sign} {t(`interview.assessment.effects.${reason.effect}`)}
                </Badge>
              </Group>
              <Text size="sm">
                <GlossaryText text={reason.explanation} />
              </Text>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
