// One item of the takedown tracker: where it is, its status and follow-up, every report with its
// reference number, and the history of changes. "Bijwerken" records a report, a status or a date;
// "Corrigeren" changes the item's own words — both appended by main with what was there before.
import { Anchor, Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, Evidence } from '@core/contract';
import { evidenceHolderChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { DateField } from '@renderer/components/DateField';
import { focusResultAt } from '@renderer/components/focus-first-problem';
import { FormActions } from '@renderer/components/FormActions';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { formatDateTime, formatShortDate } from '@renderer/i18n/format';
import { TEXT_LIMITS } from '@shared';
import { evidenceNoteRule, evidenceRules, evidenceSelector, referenceRule } from './evidence-rules';

const STATUS_COLORS: Record<Evidence['takedownStatus'], string> = { to_report: 'orange', reported: 'blue', removed: 'teal', refused: 'red', back_online: 'red' };
const channels = ['platform', 'helpwanted', 'police'] as const;
const statuses = ['to_report', 'reported', 'removed', 'refused', 'back_online'] as const;

type Update = CallInput<'evidenceUpdate'>['update'];
type Mode = 'idle' | 'update' | 'correct';

export function TakedownItem({ caseId, item, onChanged }: { caseId: string; item: Evidence; onChanged(list: Evidence[]): void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('idle');
  const [showHistory, setShowHistory] = useState(false);
  const reports = item.history.filter((update) => update.reportedTo !== null);
  const followUpDue = item.followUpDue;
  const saved = (list: Evidence[]) => {
    onChanged(list);
    setMode('idle');
    // The form is gone; the item, with what the change did, is where the keyboard continues.
    focusResultAt(evidenceSelector(item.id));
  };

  return (
    <Paper withBorder p="sm" radius="md" data-testid="takedown-item" data-evidence-id={item.id}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Stack gap={0} miw={0}>
            <Text fw={600} size="sm" style={{ wordBreak: 'break-all' }}>
              {[item.platform, item.accountOrUrl].filter(Boolean).join(' · ') || t('casework.takedown.noPlace')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.description}
            </Text>
          </Stack>
          <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
            <Badge color={STATUS_COLORS[item.takedownStatus]} variant="light" radius="sm" data-testid="takedown-status">
              {t(`casework.takedown.status.${item.takedownStatus}`)}
            </Badge>
            {item.followUpDate && (
              <Text size="xs" c={followUpDue ? 'red.8' : 'dimmed'} fw={followUpDue ? 600 : undefined}>
                {t('casework.takedown.followUpOn', { date: formatShortDate(item.followUpDate) })}
              </Text>
            )}
          </Stack>
        </Group>
        <Text size="xs" c="dimmed">
          {[item.observedAt && t('casework.takedown.seenAt', { date: formatDateTime(item.observedAt) }), t('casework.takedown.heldBy', { holder: t(`evidence.holders.${item.heldBy}`) }), item.note]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {reports.length > 0 && (
          <Stack gap={0} data-testid="takedown-reports">
            {reports.map((report) => (
              <Text key={report.id} size="sm">
                {t('casework.takedown.reportedLine', {
                  channel: t(`casework.takedown.channel.${report.reportedTo!}`),
                  date: formatShortDate(report.at),
                  reference: report.reference ? t('casework.takedown.reference', { reference: report.reference }) : '',
                })}
              </Text>
            ))}
          </Stack>
        )}
        {mode === 'idle' && (
          <Group gap="xs">
            <Button size="compact-sm" variant="light" onClick={() => setMode('update')}>
              {t('casework.takedown.update')}
            </Button>
            <Button size="compact-sm" variant="subtle" onClick={() => setMode('correct')}>
              {t('casework.takedown.correct')}
            </Button>
            {item.history.length > 0 && (
              <Anchor component="button" type="button" size="sm" onClick={() => setShowHistory((open) => !open)} aria-expanded={showHistory}>
                {showHistory ? t('casework.takedown.hideHistory') : t('casework.takedown.showHistory', { count: item.history.length })}
              </Anchor>
            )}
          </Group>
        )}
        {showHistory && <History item={item} />}
        {mode === 'update' && <UpdateForm caseId={caseId} item={item} onSaved={saved} onCancel={() => setMode('idle')} />}
        {mode === 'correct' && <CorrectForm caseId={caseId} item={item} onSaved={saved} onCancel={() => setMode('idle')} />}
      </Stack>
    </Paper>
  );
}

function History({ item }: { item: Evidence }) {
  const { t } = useTranslation();
  const fieldLabel = (field: string) => t(`casework.takedown.field.${field as 'description'}`);
  return (
    <Stack gap={2} data-testid="takedown-history" pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
      {item.history.map((update) => {
        const parts = [
          update.reportedTo && t('casework.takedown.reportedTo', { channel: t(`casework.takedown.channel.${update.reportedTo}`) }),
          update.reference && t('casework.takedown.reference', { reference: update.reference }),
          update.status && t('casework.takedown.statusTo', { status: t(`casework.takedown.status.${update.status}`) }),
          update.followUpDate && t('casework.takedown.followUpOn', { date: formatShortDate(update.followUpDate) }),
          ...Object.entries(update.corrections).map(([field, change]) => t('casework.takedown.corrected', { field: fieldLabel(field), before: change.before || '—', after: change.after || '—' })),
          update.note,
        ].filter(Boolean);
        return (
          <Text key={update.id} size="xs">
            <Text span c="dimmed" inherit>
              {formatDateTime(update.at)} · {update.actor}:
            </Text>{' '}
            {parts.join(' · ')}
          </Text>
        );
      })}
    </Stack>
  );
}

interface UpdateValues {
  reportedTo: '' | NonNullable<Update['reportedTo']>;
  reference: string;
  status: '' | NonNullable<Update['status']>;
  followUpDate: string | null;
  note: string;
}

function UpdateForm({ caseId, item, onSaved, onCancel }: { caseId: string; item: Evidence; onSaved(list: Evidence[]): void; onCancel(): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<UpdateValues>({
    initialValues: { reportedTo: '', reference: '', status: '', followUpDate: item.followUpDate, note: '' },
    validate: { reference: referenceRule(t), note: evidenceNoteRule(t) },
    within: 'update',
  });
  const { form } = contract;
  // Empty choices mean "no new report" and "status unchanged"; an untouched date is not sent, so
  // it does not land in the history as a change.
  const send = ({ reportedTo, status, followUpDate, ...rest }: UpdateValues) =>
    call('evidenceUpdate', {
      caseId,
      evidenceId: item.id,
      update: { ...rest, reportedTo: reportedTo || null, status: status || null, ...(followUpDate !== item.followUpDate && { followUpDate }) },
    });

  return (
    <form noValidate onSubmit={contract.onSubmit(send, onSaved)}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            label={t('casework.takedown.reportedToField')}
            data={[{ value: '', label: t('casework.takedown.notReported') }, ...channels.map((value) => ({ value, label: t(`casework.takedown.channel.${value}`) }))]}
            {...form.getInputProps('reportedTo')}
            autoFocus
          />
          <TextInput label={t('casework.takedown.referenceField')} {...form.getInputProps('reference')} maxLength={TEXT_LIMITS.takedownReference} />
          <NativeSelect
            label={t('casework.takedown.statusField')}
            data={[{ value: '', label: t('casework.takedown.statusUnchanged') }, ...statuses.map((value) => ({ value, label: t(`casework.takedown.status.${value}`) }))]}
            {...form.getInputProps('status')}
          />
          <DateField label={t('casework.takedown.followUpDate')} description={t('casework.takedown.followUpHelp')} {...contract.dateInputProps('followUpDate')} />
          <TextInput label={t('casework.takedown.noteField')} {...form.getInputProps('note')} maxLength={TEXT_LIMITS.evidenceNote} style={{ gridColumn: 'span 2' }} />
        </SimpleGrid>
        <FormActions error={contract.error} busy={contract.busy} onCancel={onCancel} saveLabel={t('casework.takedown.saveUpdate')} size="xs" />
      </Stack>
    </form>
  );
}

type Corrections = Pick<Evidence, 'description' | 'platform' | 'accountOrUrl' | 'observedAt' | 'heldBy' | 'note'>;

function CorrectForm({ caseId, item, onSaved, onCancel }: { caseId: string; item: Evidence; onSaved(list: Evidence[]): void; onCancel(): void }) {
  const { t } = useTranslation();
  // Shaped as the contract's update: the item's new words under `corrections`, the reason as `note`.
  const contract = useContractForm<{ corrections: Corrections; note: string }>({
    initialValues: {
      corrections: { description: item.description, platform: item.platform, accountOrUrl: item.accountOrUrl, observedAt: item.observedAt, heldBy: item.heldBy, note: item.note },
      note: '',
    },
    validate: { corrections: evidenceRules(t), note: evidenceNoteRule(t) },
    within: 'update',
  });
  const { form } = contract;

  return (
    <form noValidate onSubmit={contract.onSubmit((update) => call('evidenceUpdate', { caseId, evidenceId: item.id, update }), onSaved)}>
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('casework.takedown.correctHelp')}
        </Text>
        <Textarea label={t('evidence.description')} {...form.getInputProps('corrections.description')} maxLength={TEXT_LIMITS.evidenceDescription} withAsterisk autosize minRows={2} autoFocus />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('evidence.platform')} {...form.getInputProps('corrections.platform')} maxLength={TEXT_LIMITS.evidencePlatform} />
          <TextInput label={t('evidence.accountOrUrl')} {...form.getInputProps('corrections.accountOrUrl')} maxLength={TEXT_LIMITS.evidencePlace} />
          <DateField label={t('evidence.observedAt')} {...contract.dateInputProps('corrections.observedAt', true)} />
          <NativeSelect
            label={t('evidence.heldBy')}
            data={evidenceHolderChoices.map((holder) => ({ value: holder, label: t(`evidence.holders.${holder}`) }))}
            {...form.getInputProps('corrections.heldBy')}
          />
          <TextInput label={t('evidence.note')} {...form.getInputProps('corrections.note')} maxLength={TEXT_LIMITS.evidenceNote} />
          <TextInput label={t('casework.takedown.correctReason')} {...form.getInputProps('note')} maxLength={TEXT_LIMITS.evidenceNote} />
        </SimpleGrid>
        <FormActions error={contract.error} busy={contract.busy} onCancel={onCancel} saveLabel={t('casework.takedown.saveCorrection')} size="xs" />
      </Stack>
    </form>
  );
}
