import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A tab whose work is not built yet: it says so plainly instead of showing an empty form. */
export function PlaceholderTab({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md" data-testid="not-yet-available">
      <Text fw={600}>{t('caseDetail.placeholder.title')}</Text>
      <Text c="dimmed" mt={4}>
        {text}
      </Text>
    </Paper>
  );
}
