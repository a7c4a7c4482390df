// What the law or the guidelines demand in this case (meldplicht, no copies of sexual images of a
// minor, the police first in extortion), each with its source. Not dismissable: these are duties.
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Flag } from './assessment-types';
import { GlossaryText } from '@renderer/components/GlossaryText';

/** Most flags call for action; two are a warning to weigh, one reassures (age-typical sexting). */
const FLAG_COLORS: Partial<Record<Flag['key'], string>> = { adult_sexual_imagery: 'orange', danger_at_home: 'orange', consensual_peer_sexting: 'blue' };

export function FlagAlerts({ flags }: { flags: Flag[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {flags.map((flag) => {
        const color = FLAG_COLORS[flag.key] ?? 'red';
        return (
          <Alert
            key={flag.key}
            color={color}
            variant="light"
            title={flag.title}
            data-testid={`assessment-flag-${flag.key}`}
            styles={{
              root: { borderLeft: `5px solid var(--mantine-color-${color}-7)` },
              title: { color: `var(--mantine-color-${color}-9)`, fontSize: 'var(--mantine-font-size-md)' },
              message: { color: 'var(--mantine-color-black)' },
            }}
          >
            <Stack gap={6}>
              <Text size="sm">
                <GlossaryText text={flag.consequence} />
              </Text>
              <Text size="xs" c="dimmed">
                {t('interview.assessment.source', { source: flag.source })}
              </Text>
            </Stack>
          </Alert>
        );
      })}
    </Stack>
  );
}
