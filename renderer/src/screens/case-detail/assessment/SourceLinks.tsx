// "What this rests on": the sources of a reason or a recommendation, each a link to its entry on
// the sources page.
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type OpenSource = (key: string) => void;

export function SourceLinks({ sources, onOpen, testId }: { sources: { key: string; label: string }[]; onOpen: OpenSource; testId?: string }) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" data-testid={testId}>
      <Text span size="xs" c="dimmed">
        {t('sources.restsOn')}
      </Text>
      {sources.map((source, i) => (
        <Anchor
          key={source.key}
          component="button"
          type="button"
          size="xs"
          data-testid={`source-link-${source.key}`}
          onClick={(event) => {
            event.preventDefault();
            event.stopPropagation();
            onOpen(source.key);
          }}
        >
          {source.label}
          {i < sources.length - 1 ? ';' : ''}
        </Anchor>
      ))}
    </Group>
  );
}
