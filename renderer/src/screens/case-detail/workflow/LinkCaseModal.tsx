// Linking a case to another one, for instance when images from an earlier case resurface: find the
// other case by searching, say why they belong together. The link shows on both cases.
import { Button, Group, Radio, ScrollArea, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { AppModal } from '@renderer/components/AppModal';
import { StatusBadge } from '@renderer/components/CaseBadges';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatDate } from '@renderer/i18n/format';

const MAX_RESULTS = 8;

interface Props {
  detail: CaseDetail;
  onClose(): void;
  onLinked(detail: CaseDetail): void;
}

export function LinkCaseModal({ detail, onClose, onLinked }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [notChosen, setNotChosen] = useState(false);
  const submit = useSubmit();
  const found = useCallData(() => call('casesList', { query: debounced.trim() || undefined, status: 'all' }), [debounced]);
  const linked = new Set(detail.links.map((link) => link.caseId));
  const candidates = (found.data ?? []).filter((item) => item.id !== detail.id && !linked.has(item.id)).slice(0, MAX_RESULTS);

  const link = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setNotChosen(true);
      return;
    }
    const updated = await submit.run(() => call('casesLink', { id: detail.id, otherId: chosen, reason }));
    if (updated) onLinked(updated);
  };

  return (
    <AppModal opened onClose={onClose} title={t('workflow.links.title')} size="lg">
      <form noValidate onSubmit={link}>
        <Stack gap="md">
          <Text size="sm">{t('workflow.links.intro')}</Text>
          <TextInput label={t('workflow.links.search')} placeholder={t('workflow.links.searchPlaceholder')} value={query} onChange={(event) => setQuery(event.currentTarget.value)} data-autofocus />
          <Radio.Group
            label={t('workflow.links.choose')}
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              setNotChosen(false);
            }}
            error={notChosen ? t('workflow.links.chooseFirst') : undefined}
          >
            <ScrollArea.Autosize mah={260} mt={6}>
              <Stack gap={6} data-testid="link-candidates">
                {found.data && candidates.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('workflow.links.noResults')}
                  </Text>
                )}
                {candidates.map((item) => (
                  <Radio.Card key={item.id} value={item.id} p="xs" radius="md" withBorder>
                    <Group wrap="nowrap" gap="sm">
                      <Radio.Indicator />
                      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                        <Text fw={500} truncate>
                          {item.title}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t('workflow.links.openedOn', { date: formatDate(item.openedAt) })}
                        </Text>
                      </Stack>
                      <StatusBadge status={item.status} />
                    </Group>
                  </Radio.Card>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Radio.Group>
          <Textarea
            label={t('workflow.links.reason')}
            description={t('workflow.links.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={submit.fieldErrors.reason}
            withAsterisk
            autosize
            minRows={2}
          />
          <ErrorAlert error={found.error ?? submit.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submit.busy}>
              {t('workflow.links.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
