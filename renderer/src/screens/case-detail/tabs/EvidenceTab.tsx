// The evidence register records what exists and where, in words. Never the image itself: having
// a sexual image of a minor is an offence, also for a school keeping it as evidence (domain.md §4).
import { Alert, Button, Group, List, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '@core/contract';
import { evidenceHolderChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { Section } from '@renderer/components/Section';
import { formatDateTime } from '@renderer/i18n/format';

type EvidenceDraft = CallInput<'evidenceAdd'>['item'];
const emptyItem: EvidenceDraft = { description: '', platform: '', accountOrUrl: '', observedAt: null, heldBy: 'victim', note: '' };

export function EvidenceTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const items = useCallData(() => call('evidenceList', { caseId }), [caseId]);
  const [draft, setDraft] = useState<EvidenceDraft>(emptyItem);
  const submit = useSubmit('item');
  const set = (patch: Partial<EvidenceDraft>) => setDraft((previous) => ({ ...previous, ...patch }));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const list = await submit.run(() => call('evidenceAdd', { caseId, item: draft }));
    if (list) {
      items.setData(list);
      setDraft(emptyItem);
    }
  };

  return (
    <Stack gap="lg">
      <Alert color="red" variant="light" title={t('evidence.whyTitle')} data-testid="evidence-explanation">
        <Stack gap={6}>
          <Text size="sm">{t('evidence.why')}</Text>
          <List size="sm" spacing={2}>
            <List.Item>{t('evidence.record')}</List.Item>
            <List.Item>{t('evidence.leave')}</List.Item>
            <List.Item>{t('evidence.usb')}</List.Item>
          </List>
        </Stack>
      </Alert>
      <Section title={t('evidence.title')}>
        <ErrorAlert error={items.error} />
        {items.data?.length === 0 ? (
          <Text c="dimmed">{t('evidence.empty')}</Text>
        ) : (
          <Table verticalSpacing="xs" data-testid="evidence-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evidence.description')}</Table.Th>
                <Table.Th>{t('evidence.platform')}</Table.Th>
                <Table.Th>{t('evidence.accountOrUrl')}</Table.Th>
                <Table.Th>{t('evidence.observedAt')}</Table.Th>
                <Table.Th>{t('evidence.heldBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.data?.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                    {item.description}
                    {item.note && (
                      <Text size="xs" c="dimmed">
                        {item.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{item.platform || '—'}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{item.accountOrUrl || '—'}</Table.Td>
                  <Table.Td>{formatDateTime(item.observedAt)}</Table.Td>
                  <Table.Td>{t(`evidence.holders.${item.heldBy}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <Section title={t('evidence.addTitle')}>
        <form noValidate onSubmit={add}>
          <Stack gap="md">
            <Textarea
              label={t('evidence.description')}
              description={t('evidence.descriptionHelp')}
              value={draft.description}
              onChange={(event) => set({ description: event.currentTarget.value })}
              error={submit.fieldErrors.description}
              autosize
              minRows={3}
              withAsterisk
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('evidence.platform')} value={draft.platform} onChange={(event) => set({ platform: event.currentTarget.value })} error={submit.fieldErrors.platform} />
              <TextInput
                label={t('evidence.accountOrUrl')}
                description={t('evidence.accountOrUrlHelp')}
                value={draft.accountOrUrl}
                onChange={(event) => set({ accountOrUrl: event.currentTarget.value })}
                error={submit.fieldErrors.accountOrUrl}
              />
              <TextInput
                type="datetime-local"
                label={t('evidence.observedAt')}
                value={draft.observedAt ?? ''}
                onChange={(event) => set({ observedAt: event.currentTarget.value || null })}
                error={submit.fieldErrors.observedAt}
              />
              <NativeSelect
                label={t('evidence.heldBy')}
                description={t('evidence.heldByHelp')}
                data={evidenceHolderChoices.map((holder) => ({ value: holder, label: t(`evidence.holders.${holder}`) }))}
                value={draft.heldBy}
                onChange={(event) => set({ heldBy: event.currentTarget.value as EvidenceDraft['heldBy'] })}
              />
            </SimpleGrid>
            <Textarea label={t('evidence.note')} value={draft.note} onChange={(event) => set({ note: event.currentTarget.value })} error={submit.fieldErrors.note} autosize minRows={2} />
            <ErrorAlert error={submit.error} />
            <Group justify="flex-end">
              <Button type="submit" loading={submit.busy}>
                {t('evidence.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Section>
    </Stack>
  );
}
