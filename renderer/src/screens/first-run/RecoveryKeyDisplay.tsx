import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './recovery-key.module.css';

/** The recovery key (or a key like it: the handover code) in eight large groups, readable from a screen and on paper. */
export function RecoveryKeyDisplay({ recoveryKey, title, note, testId = 'recovery-key' }: { recoveryKey: string; title?: string; note?: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div className={classes.print} data-testid={testId}>
      <Stack className={classes.heading} gap={4} mb="md">
        <Title order={2}>{title ?? t('recoveryKey.printTitle')}</Title>
        <Text>{note ?? t('recoveryKey.printNote')}</Text>
      </Stack>
      <SimpleGrid cols={4} spacing="sm">
        {recoveryKey.split('-').map((group, index) => (
          <Paper key={index} withBorder p="sm" radius="md">
            <Text size="xs" c="dimmed">
              {t('recoveryKey.group', { number: index + 1 })}
            </Text>
            <Text ff="monospace" fz={30} fw={600} lh={1.3} data-testid="recovery-key-group" style={{ letterSpacing: '0.12em' }}>
              {group}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </div>
  );
}
