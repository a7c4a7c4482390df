// One item of the takedown tracker: where it is, its status and follow-up, every report with its
// reference number, and the history of changes. "Bijwerken" records a report, a status or a date;
// "Corrigeren" changes the item's own words — both appended by main with what was there before.
import { Anchor, Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, Evidence } from '@core/contract';
import { evidenceHolderChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { useSubmit } from '@renderer/api/use-submit';
import { DateField } from '@renderer/components/DateField';
import { FormActions } from '@renderer/components/FormActions';
import { formatDateTime, formatShortDate } from '@renderer/i18n/format';

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
  };

  return (
    <Paper withBorder p="sm" radius="md" data-testid="takedown-item">
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

function UpdateForm({ caseId, item, onSaved, onCancel }: { caseId: string; item: Evidence; onSaved(list: Evidence[]): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [update, setUpdate] = useState<Update>({ reportedTo: null, reference: '', status: null, note: '' });
  const [followUpInvalid, setFollowUpInvalid] = useState(false);
  const [followUpError, setFollowUpError] = useState<string>();
  const submit = useSubmit('update');
  const set = (patch: Partial<Update>) => {
    setUpdate((previous) => ({ ...previous, ...patch }));
    submit.clearError();
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (followUpInvalid) return setFollowUpError(t('casework.takedown.dateIncomplete'));
    const list = await submit.run(() => call('evidenceUpdate', { caseId, evidenceId: item.id, update }));
    if (list) onSaved(list);
  };

  return (
    <form noValidate onSubmit={save}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            label={t('casework.takedown.reportedToField')}
            data={[{ value: '', label: t('casework.takedown.notReported') }, ...channels.map((value) => ({ value, label: t(`casework.takedown.channel.${value}`) }))]}
            value={update.reportedTo ?? ''}
            onChange={(event) => set({ reportedTo: (event.currentTarget.value || null) as Update['reportedTo'] })}
            autoFocus
          />
          <TextInput
            label={t('casework.takedown.referenceField')}
            value={update.reference ?? ''}
            onChange={(event) => set({ reference: event.currentTarget.value })}
            error={submit.fieldErrors.reference}
          />
          <NativeSelect
            label={t('casework.takedown.statusField')}
            data={[{ value: '', label: t('casework.takedown.statusUnchanged') }, ...statuses.map((value) => ({ value, label: t(`casework.takedown.status.${value}`) }))]}
            value={update.status ?? ''}
            onChange={(event) => set({ status: (event.currentTarget.value || null) as Update['status'] })}
          />
          <DateField
            label={t('casework.takedown.followUpDate')}
            description={t('casework.takedown.followUpHelp')}
            value={update.followUpDate !== undefined ? update.followUpDate : item.followUpDate}
            onChange={(value, invalid) => {
              set({ followUpDate: value });
              setFollowUpInvalid(invalid);
              setFollowUpError(undefined);
            }}
            error={followUpError ?? submit.fieldErrors.followUpDate}
          />
          <TextInput
            label={t('casework.takedown.noteField')}
            value={update.note ?? ''}
            onChange={(event) => set({ note: event.currentTarget.value })}
            error={submit.fieldErrors.note}
            style={{ gridColumn: 'span 2' }}
          />
        </SimpleGrid>
        <FormActions error={submit.error} busy={submit.busy} onCancel={onCancel} saveLabel={t('casework.takedown.saveUpdate')} size="xs" />
      </Stack>
    </form>
  );
}

function CorrectForm({ caseId, item, onSaved, onCancel }: { caseId: string; item: Evidence; onSaved(list: Evidence[]): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({ description: item.description, platform: item.platform, accountOrUrl: item.accountOrUrl, observedAt: item.observedAt, heldBy: item.heldBy, note: item.note });
  const [observedInvalid, setObservedInvalid] = useState(false);
  const [observedError, setObservedError] = useState<string>();
  const [reason, setReason] = useState('');
  const submit = useSubmit('update.corrections');
  const set = (patch: Partial<typeof fields>) => {
    setFields((previous) => ({ ...previous, ...patch }));
    submit.clearError();
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (observedInvalid) return setObservedError(t('casework.takedown.dateIncomplete'));
    const list = await submit.run(() => call('evidenceUpdate', { caseId, evidenceId: item.id, update: { corrections: fields, note: reason } }));
    if (list) onSaved(list);
  };

  return (
    <form noValidate onSubmit={save}>
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('casework.takedown.correctHelp')}
        </Text>
        <Textarea
          label={t('evidence.description')}
          value={fields.description}
          onChange={(event) => set({ description: event.currentTarget.value })}
          error={submit.fieldErrors.description}
          autosize
          minRows={2}
          autoFocus
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('evidence.platform')} value={fields.platform} onChange={(event) => set({ platform: event.currentTarget.value })} />
          <TextInput label={t('evidence.accountOrUrl')} value={fields.accountOrUrl} onChange={(event) => set({ accountOrUrl: event.currentTarget.value })} />
          <DateField
            withTime
            label={t('evidence.observedAt')}
            value={fields.observedAt}
            onChange={(value, invalid) => {
              set({ observedAt: value });
              setObservedInvalid(invalid);
              setObservedError(undefined);
            }}
            error={observedError ?? submit.fieldErrors.observedAt}
          />
          <NativeSelect
            label={t('evidence.heldBy')}
            data={evidenceHolderChoices.map((holder) => ({ value: holder, label: t(`evidence.holders.${holder}`) }))}
            value={fields.heldBy}
            onChange={(event) => set({ heldBy: event.currentTarget.value as Evidence['heldBy'] })}
          />
          <TextInput label={t('evidence.note')} value={fields.note} onChange={(event) => set({ note: event.currentTarget.value })} />
          <TextInput label={t('casework.takedown.correctReason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
        </SimpleGrid>
        <FormActions error={submit.error} busy={submit.busy} onCancel={onCancel} saveLabel={t('casework.takedown.saveCorrection')} size="xs" />
      </Stack>
    </form>
  );
}
