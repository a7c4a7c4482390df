import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card: the building block of the case tabs and settings. */
interface Props {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  /** Names the section for tests and for focus after a form inside it has done its work. */
  testId?: string;
}

export function Section({ title, description, actions, children, testId }: Props) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" data-testid={testId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={2} size="h4">
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          {actions && <div style={{ flexShrink: 0 }}>{actions}</div>}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
