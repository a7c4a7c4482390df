// Each readiness point with its status, who looks after it, when it was last reviewed and a note.
import { Badge, Button, Group, NativeSelect, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessOverview, ReadinessPoint } from '@core/prevention/prevention-schema';
import { readinessStatuses, TEXT_LIMITS as L, type ReadinessStatus } from '@shared';
import { call } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { focusResultAt } from '../../components/focus-first-problem';
import { FormActions } from '../../components/FormActions';
import { atMost } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { Section } from '../../components/Section';
import { formatDate } from '../../i18n/format';

const STATUS_COLOUR: Record<ReadinessStatus, string> = { not_started: 'gray', in_progress: 'yellow', done: 'green' };

export function ReadinessStatusBadge({ status }: { status: ReadinessStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOUR[status]} variant="light" radius="sm">
      {t(`prevention.status.${status}`)}
    </Badge>
  );
}

interface Props {
  overview: ReadinessOverview;
  onChange(next: ReadinessOverview): void;
}

export function ReadinessTab({ overview, onChange }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<ReadinessPoint | null>(null);
  return (
    <Section title={t('prevention.points.sectionTitle')} description={t('prevention.points.sectionHelp')}>
      <Table verticalSpacing="sm" data-testid="readiness-points">
        <Table.Tbody>
          {overview.points.map((point) => (
            <Table.Tr key={point.key} data-testid={`point-${point.key}`}>
              <Table.Td>
                <Text fw={600}>{point.title}</Text>
                <Text size="sm" c="dimmed">
                  {point.description}
                </Text>
                {point.key === 'police_contact' && point.contact && (
                  <Text size="sm" mt={4}>
                    {[point.contact.name, point.contact.organisation, point.contact.phone].filter(Boolean).join(' · ')}
                  </Text>
                )}
                {point.note && (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {point.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td w={140}>
                <Stack gap={4} align="flex-start">
                  <ReadinessStatusBadge status={point.status} />
                  {point.reviewOverdue && (
                    <Badge color="red" variant="light" radius="sm">
                      {t('prevention.points.reviewOverdue')}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td w={170}>
                <Text size="sm">{point.owner || '—'}</Text>
                <Text size="xs" c="dimmed">
                  {t('prevention.points.lastReviewed')}: {point.lastReviewed ? formatDate(point.lastReviewed) : t('prevention.points.never')}
                </Text>
              </Table.Td>
              <Table.Td w={110} ta="right">
                <Button variant="default" size="xs" onClick={() => setEditing(point)} aria-label={t('prevention.points.editTitle', { title: point.title })}>
                  {t('prevention.points.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <PointForm
          point={editing}
          overview={overview}
          onClose={() => setEditing(null)}
          onSaved={(next) => {
            onChange(next);
            setEditing(null);
            // The dialog is gone: the point's row, with what was saved, takes the focus.
            focusResultAt(`[data-testid="point-${editing.key}"]`);
          }}
        />
      )}
    </Section>
  );
}

interface PointValues {
  status: ReadinessStatus;
  owner: string;
  lastReviewed: string | null;
  note: string;
  contactId: string;
}

function PointForm({ point, overview, onClose, onSaved }: { point: ReadinessPoint; overview: ReadinessOverview; onClose(): void; onSaved(next: ReadinessOverview): void }) {
  const { t } = useTranslation();
  const tooLong = (max: number) => atMost(max, t('common.tooLong', { max }));
  const contract = useContractForm<PointValues>({
    initialValues: { status: point.status, owner: point.owner, lastReviewed: point.lastReviewed, note: point.note, contactId: point.contact?.id ?? '' },
    validate: { owner: tooLong(L.readinessOwner), note: tooLong(L.readinessNote) },
    namedFields: ['prevention_names_person'],
  });
  const { form } = contract;
  const send = ({ contactId, ...values }: PointValues) => call('preventionPointSave', { key: point.key, ...values, contactId: point.key === 'police_contact' ? contactId || null : null });

  return (
    <AppModal opened onClose={onClose} title={t('prevention.points.editTitle', { title: point.title })} size="lg">
      <form noValidate onSubmit={contract.onSubmit(send, onSaved)} data-testid="point-form">
        <Stack gap="md">
          {point.derived ? (
            <Text size="sm" c="dimmed">
              {t('prevention.points.derived')}
            </Text>
          ) : (
            <NativeSelect
              label={t('workflow.actions.status')}
              data={readinessStatuses.map((value) => ({ value, label: t(`prevention.status.${value}`) }))}
              {...form.getInputProps('status')}
              data-autofocus
            />
          )}
          {point.key === 'police_contact' &&
            (overview.policeContacts.length === 0 ? (
              <Text size="sm" c="orange.8">
                {t('prevention.points.policeMissing')}
              </Text>
            ) : (
              <NativeSelect
                label={t('prevention.points.police')}
                description={t('prevention.points.policeHelp')}
                data={[{ value: '', label: t('prevention.points.policeNone') }, ...overview.policeContacts.map((c) => ({ value: c.id, label: [c.name, c.organisation].filter(Boolean).join(', ') }))]}
                {...form.getInputProps('contactId')}
              />
            ))}
          <Group grow align="flex-start">
            <TextInput label={t('prevention.points.owner')} description={t('prevention.points.ownerHelp')} {...form.getInputProps('owner')} maxLength={L.readinessOwner} />
            <DateField label={t('prevention.points.lastReviewed')} description={t('prevention.points.reviewedHelp')} {...contract.dateInputProps('lastReviewed')} />
          </Group>
          <Textarea label={t('prevention.points.note')} {...form.getInputProps('note')} maxLength={L.readinessNote} autosize minRows={3} />
          <FormActions error={contract.error} busy={contract.busy} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
