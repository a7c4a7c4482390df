// The action plan: who does what by when, its status and what came of it.
import { Badge, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction, CaseDetail } from '@core/contract';
import { actionStatusChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { focusResultAt } from '@renderer/components/focus-first-problem';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { SaveButtons } from '@renderer/components/SaveButtons';
import { Section } from '@renderer/components/Section';
import { formatDate } from '@renderer/i18n/format';
import { ActionFields, actionDraftRules, type ActionDraft } from '../workflow/ActionFields';
import { ActionGuidance } from '../workflow/ActionGuidance';
import { ActionUpdateModal } from '../workflow/ActionUpdateModal';
import { CatalogActionPicker } from '../workflow/CatalogActionPicker';
import { useActionReference } from '../workflow/action-reference';

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
  /** A new action in the plan: shown, and focused, so the person hears it is there. */
  const added = (list: CaseAction[]) => {
    const before = new Set(actions.data?.map((action) => action.id));
    applied(list);
    const fresh = list.find((action) => !before.has(action.id));
    if (fresh) focusResultAt(`[data-action-id="${fresh.id}"]`);
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
          <Paper key={action.id} withBorder p="md" radius="md" bg={action.overdue ? 'red.0' : undefined} data-testid="action-item" data-action-id={action.id}>
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
      {reference.data && actions.data && <CatalogActionPicker detail={detail} reference={reference.data} planned={actions.data} onAdded={added} />}
      <AddActionForm caseId={caseId} onAdded={added} />
      {updating && (
        <ActionUpdateModal
          caseId={caseId}
          action={updating.action}
          justDone={updating.justDone}
          onClose={() => setUpdating(null)}
          onSaved={(list) => {
            applied(list);
            setUpdating(null);
            focusResultAt(`[data-action-id="${updating.action.id}"]`);
          }}
        />
      )}
    </Stack>
  );
}

function AddActionForm({ caseId, onAdded }: { caseId: string; onAdded(list: CaseAction[]): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<ActionDraft>({ initialValues: emptyAction, validate: actionDraftRules(t), within: 'action' });

  return (
    <Section title={t('actions.addTitle')}>
      <form
        noValidate
        onSubmit={contract.onSubmit(
          (action) => call('actionsAdd', { caseId, action }),
          (list) => {
            contract.form.reset();
            onAdded(list);
          },
        )}
      >
        <Stack gap="md">
          <ActionFields contract={contract} withStep />
          <ErrorAlert error={contract.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={contract.busy}>
              {t('actions.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
