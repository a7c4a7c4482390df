// Linking a case to another one, for instance when images from an earlier case resurface: find the
// other case by searching, say why they belong together. The link shows on both cases.
import { Group, Radio, ScrollArea, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { AppModal } from '@renderer/components/AppModal';
import { StatusBadge } from '@renderer/components/CaseBadges';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { focusResultAt } from '@renderer/components/focus-first-problem';
import { FormActions } from '@renderer/components/FormActions';
import { atMost, firstOf, required } from '@renderer/components/forms/rules';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { formatDate } from '@renderer/i18n/format';
import { TEXT_LIMITS } from '@shared';

const MAX_RESULTS = 8;

interface Props {
  detail: CaseDetail;
  onClose(): void;
  onLinked(detail: CaseDetail): void;
}

interface Link {
  otherId: string | null;
  reason: string;
}

export function LinkCaseModal({ detail, onClose, onLinked }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const contract = useContractForm<Link>({
    initialValues: { otherId: null, reason: '' },
    validate: {
      otherId: required(t('workflow.links.chooseFirst')),
      reason: firstOf(required(t('workflow.links.reasonRequired')), atMost(TEXT_LIMITS.linkReason, t('common.tooLong', { max: TEXT_LIMITS.linkReason }))),
    },
  });
  const { form } = contract;
  const found = useCallData(() => call('casesList', { query: debounced.trim() || undefined, status: 'all' }), [debounced]);
  const linked = new Set(detail.links.map((link) => link.caseId));
  const candidates = (found.data ?? []).filter((item) => item.id !== detail.id && !linked.has(item.id)).slice(0, MAX_RESULTS);

  return (
    <AppModal opened onClose={onClose} title={t('workflow.links.title')} size="lg">
      <form
        noValidate
        onSubmit={contract.onSubmit(
          ({ otherId, reason }) => call('casesLink', { id: detail.id, otherId: otherId ?? '', reason }),
          (updated) => {
            onLinked(updated);
            // The dialog is gone: the list of linked cases, with the new one, takes the focus.
            focusResultAt('[data-testid="linked-cases"]');
          },
        )}
      >
        <Stack gap="md">
          <Text size="sm">{t('workflow.links.intro')}</Text>
          <TextInput label={t('workflow.links.search')} placeholder={t('workflow.links.searchPlaceholder')} value={query} onChange={(event) => setQuery(event.currentTarget.value)} data-autofocus />
          <Radio.Group label={t('workflow.links.choose')} {...form.getInputProps('otherId')} withAsterisk>
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
            {...form.getInputProps('reason')}
            maxLength={TEXT_LIMITS.linkReason}
            withAsterisk
            autosize
            minRows={2}
          />
          <ErrorAlert error={found.error} />
          <FormActions error={contract.error} busy={contract.busy} onCancel={onClose} saveLabel={t('workflow.links.confirm')} />
        </Stack>
      </form>
    </AppModal>
  );
}
