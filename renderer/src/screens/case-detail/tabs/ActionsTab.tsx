// The action plan: who does what by when, its status and what came of it.
import { Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateField } from '@renderer/components/DateField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, CaseAction, CaseDetail } from '@core/contract';
import { actionStatusChoices, actionStepChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { SaveButtons } from '@renderer/components/SaveButtons';
import { Section } from '@renderer/components/Section';
import { formatDate } from '@renderer/i18n/format';
import { ActionGuidance } from '../workflow/ActionGuidance';
import { ActionUpdateModal } from '../workflow/ActionUpdateModal';
import { CatalogActionPicker } from '../workflow/CatalogActionPicker';
import { useActionReference } from '../workflow/action-reference';

type ActionDraft = CallInput<'actionsAdd'>['action'];
const emptyAction: ActionDraft = { actionKey: null, title: '', step: 'act', owner: '', dueDate: null, rationale: '', organisationKey: null };

export function ActionsTab({ caseId, detail, onChanged }: { caseId: string; detail: CaseDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const actions = useCallData(() => call('actionsList', { caseId }), [caseId]);
  const reference = useActionReference();
  const [updating, setUpdating] = useState<{ action: CaseAction; justDone: boolean } | null>(null);
  const update = useSubmit();

  const applied = (list: CaseAction[]) => {
    actions.setData(list);
    onChanged();
  };

  const setStatus = async (action: CaseAction, status: CaseAction['status']) => {
    const list = await update.run(() => call('actionsUpdate', { caseId, actionId: action.id, patch: { status } }));
    if (!list) return;
    applied(list);
    // Marked done: ask for the outcome while it is fresh.
    const done = list.find((item) => item.id === action.id);
    if (status === 'done' && done) setUpdating({ action: done, justDone: true });
  };

  return (
    <Stack gap="lg">
      <Section title={t('actions.title')} description={t('actions.help')}>
        <ErrorAlert error={actions.error ?? update.error ?? reference.error} />
        {actions.data?.length === 0 && <Text c="dimmed">{t('actions.empty')}</Text>}
        {actions.data?.map((action) => (
          <Paper key={action.id} withBorder p="md" radius="md" bg={action.overdue ? 'red.0' : undefined} data-testid="action-item">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4} miw={0}>
                <Group gap="xs">
                  <Text fw={600}>{action.title}</Text>
                  <Badge variant="light" color="gray" radius="sm">
                    {t(`actions.steps.${action.step}`)}
                  </Badge>
                  {action.overdue && (
                    <Badge color="red.9" variant="filled" radius="sm">
                      {t('actions.overdue')}
                    </Badge>
                  )}
                  {action.status === 'done' && (
                    <Badge color="green" variant="light" radius="sm">
                      {t('workflow.actions.doneOn', { date: formatDate(action.completedAt) })}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c={action.overdue ? 'red.8' : 'dimmed'}>
                  {t('actions.dueOn', { date: formatDate(action.dueDate) })} · {t('actions.ownerIs', { owner: action.owner || '—' })}
                </Text>
                {action.rationale && (
                  <Text size="sm" c="dimmed">
                    {action.rationale}
                  </Text>
                )}
                {action.outcome && (
                  <Text size="sm">
                    <Text span fw={600} size="sm">
                      {t('actions.outcome')}:
                    </Text>{' '}
                    {action.outcome}
                  </Text>
                )}
                <ActionGuidance action={action} reference={reference.data} />
              </Stack>
              <Stack gap="xs" align="flex-end" style={{ flexShrink: 0 }}>
                <NativeSelect
                  aria-label={t('actions.statusFor', { title: action.title })}
                  data={actionStatusChoices.map((status) => ({ value: status, label: t(`actions.statuses.${status}`) }))}
                  value={action.status}
                  onChange={(event) => void setStatus(action, event.currentTarget.value as CaseAction['status'])}
                  size="xs"
                />
                <Button variant="subtle" size="compact-sm" onClick={() => setUpdating({ action, justDone: false })}>
                  {t('workflow.actions.update')}
                </Button>
              </Stack>
            </Group>
          </Paper>
        ))}
      </Section>
      <Section title={t('actions.print.title')} description={t('actions.print.help')}>
        <SaveButtons buttons={[{ label: t('actions.print.button'), save: () => call('actionsExportPdf', { caseId }) }]} savedText={(file) => t('actions.print.saved', { file })} />
      </Section>
      {reference.data && actions.data && <CatalogActionPicker detail={detail} reference={reference.data} planned={actions.data} onAdded={applied} />}
      <AddActionForm caseId={caseId} onAdded={applied} />
      {updating && (
        <ActionUpdateModal
          caseId={caseId}
          action={updating.action}
          justDone={updating.justDone}
          onClose={() => setUpdating(null)}
          onSaved={(list) => {
            applied(list);
            setUpdating(null);
          }}
        />
      )}
    </Stack>
  );
}

function AddActionForm({ caseId, onAdded }: { caseId: string; onAdded(list: CaseAction[]): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ActionDraft>(emptyAction);
  const submit = useSubmit('action');
  const set = (patch: Partial<ActionDraft>) => setDraft((previous) => ({ ...previous, ...patch }));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const list = await submit.run(() => call('actionsAdd', { caseId, action: draft }));
    if (list) {
      onAdded(list);
      setDraft(emptyAction);
    }
  };

  return (
    <Section title={t('actions.addTitle')}>
      <form noValidate onSubmit={add}>
        <Stack gap="md">
          <TextInput label={t('actions.titleField')} value={draft.title} onChange={(event) => set({ title: event.currentTarget.value })} error={submit.fieldErrors.title} withAsterisk />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('actions.step')}
              data={actionStepChoices.map((step) => ({ value: step, label: t(`actions.steps.${step}`) }))}
              value={draft.step}
              onChange={(event) => set({ step: event.currentTarget.value as ActionDraft['step'] })}
            />
            <TextInput label={t('actions.owner')} value={draft.owner ?? ''} onChange={(event) => set({ owner: event.currentTarget.value })} error={submit.fieldErrors.owner} />
            <DateField label={t('actions.dueDate')} value={draft.dueDate ?? null} onChange={(dueDate) => set({ dueDate })} error={submit.fieldErrors.dueDate} />
          </SimpleGrid>
          <Textarea
            label={t('actions.rationale')}
            description={t('actions.rationaleHelp')}
            value={draft.rationale ?? ''}
            onChange={(event) => set({ rationale: event.currentTarget.value })}
            error={submit.fieldErrors.rationale}
            autosize
            minRows={2}
          />
          <ErrorAlert error={submit.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={submit.busy}>
              {t('actions.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
