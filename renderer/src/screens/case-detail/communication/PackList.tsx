// The six packs at a glance: what each is for, whether it can leave the app now and, if not, why;
// and when it was exported before, under which name.
import { Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PackView } from '@core/contract';
import { Section } from '@renderer/components/Section';
import { formatDateTime } from '@renderer/i18n/format';
import { packKey } from './pack-edits';

/** Only the newest exports are listed on the card; the pack itself shows them all. */
const EXPORTS_ON_CARD = 2;

export function PackList({ packs, onOpen }: { packs: PackView[]; onOpen(key: string): void }) {
  const { t } = useTranslation();
  return (
    <Section title={t('packs.list.title')} description={t('packs.list.intro')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="pack-list">
        {packs.map((view) => (
          <PackCard key={packKey(view)} view={view} onOpen={() => onOpen(packKey(view))} />
        ))}
      </SimpleGrid>
    </Section>
  );
}

function PackCard({ view, onOpen }: { view: PackView; onOpen(): void }) {
  const { t } = useTranslation();
  const titleId = `pack-title-${packKey(view).replace(':', '-')}`;
  const edited = view.composed.paragraphs.some((paragraph) => paragraph.edited);
  const shown = view.exports.slice(0, EXPORTS_ON_CARD);

  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={titleId} data-testid={`pack-card-${view.type}`} data-victim={view.victim?.personId}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} miw={0}>
            <Title order={3} size="h5" id={titleId}>
              {view.composed.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`packs.audience.${view.type === 'parents_victim' && view.composed.audience === 'staff' ? 'colleagues_note' : view.type}`)}
            </Text>
            {view.victim && (
              <Text size="sm" fw={600} data-testid="pack-card-victim">
                {t('packs.list.forVictim', { victim: view.victim.label || t('packs.list.victimWithoutLabel') })}
              </Text>
            )}
          </Stack>
          <Badge color={view.check.allowed ? 'green' : 'orange'} variant="light" radius="sm" style={{ flexShrink: 0 }}>
            {view.check.allowed ? t('packs.list.ready') : t('packs.list.notReady')}
          </Badge>
        </Group>
        {!view.check.allowed && (
          <Paper bg="orange.0" radius="sm" p="xs" data-testid="pack-card-problems">
            <List size="sm" spacing={4}>
              {view.check.problems.map((problem, index) => (
                <List.Item key={index}>{problem}</List.Item>
              ))}
            </List>
          </Paper>
        )}
        {(edited || view.namingVictim) && (
          <Group gap={6}>
            {edited && (
              <Badge variant="outline" color="petrol" radius="sm" size="sm">
                {t('packs.list.edited')}
              </Badge>
            )}
            {view.namingVictim && (
              <Badge variant="outline" color="grape" radius="sm" size="sm">
                {t('packs.list.named')}
              </Badge>
            )}
          </Group>
        )}
        <Group justify="space-between" align="flex-end" wrap="nowrap" mt="auto" gap="sm">
          <Stack gap={0} miw={0} data-testid="pack-card-exports">
            {view.exports.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('packs.list.noExports')}
              </Text>
            ) : (
              <>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('packs.list.exportsTitle')}
                </Text>
                {shown.map((item) => (
                  <Text key={`${item.exportedAt}-${item.fileName}`} size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                    {formatDateTime(item.exportedAt)} · {item.fileName}
                    {item.passwordProtected && ` (${t('packs.list.withPassword')})`}
                  </Text>
                ))}
                {view.exports.length > shown.length && (
                  <Text size="xs" c="dimmed">
                    {t('packs.list.moreExports', { count: view.exports.length - shown.length })}
                  </Text>
                )}
              </>
            )}
          </Stack>
          <Button variant="light" size="xs" onClick={onOpen} aria-label={`${t('packs.list.open')}: ${view.composed.title}${view.victim ? ` (${view.victim.label})` : ''}`} style={{ flexShrink: 0 }}>
            {t('packs.list.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
