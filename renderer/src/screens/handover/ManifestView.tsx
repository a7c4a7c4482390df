// The manifest: per case, exactly what goes into (or came with) a handover file, category by
// category, with the lines the advisor needs to recognise what it is.
import { Accordion, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HandoverManifest } from '@core/contract';

export function ManifestView({ manifest }: { manifest: HandoverManifest }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="handover-manifest">
      <Text size="sm" fw={600} c={manifest.includesPrivateNotes ? 'orange.9' : undefined}>
        {manifest.includesPrivateNotes ? t('handover.manifest.privateIncluded') : t('handover.manifest.privateLeftOut')}
      </Text>
      <Accordion multiple variant="separated" defaultValue={manifest.cases.map((c) => c.caseId)}>
        {manifest.cases.map((c) => (
          <Accordion.Item key={c.caseId} value={c.caseId} data-testid="handover-manifest-case">
            <Accordion.Control>
              <Group gap="xs">
                <Text fw={600}>{c.title}</Text>
                <Badge variant="light">{t(`caseStatus.${c.status as 'intake'}`, c.status)}</Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                {c.items.map((item) => (
                  <Stack key={item.category} gap={2} data-testid={`handover-manifest-${item.category}`}>
                    <Text size="sm" fw={600}>
                      {t(`handover.category.${item.category as 'persons'}`, item.category)}: {item.count}
                    </Text>
                    {item.lines.length > 0 && (
                      <List size="sm" spacing={0}>
                        {item.lines.slice(0, 20).map((line, i) => (
                          <List.Item key={i}>{line}</List.Item>
                        ))}
                        {item.lines.length > 20 && <List.Item>{t('handover.manifest.more', { count: item.lines.length - 20 })}</List.Item>}
                      </List>
                    )}
                  </Stack>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
