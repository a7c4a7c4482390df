// Updating an action in the plan: status, owner, due date and what came of it. Opened on its own
// when an action is marked done, so the outcome is written down while it is fresh.
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateField } from '@renderer/components/DateField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, CaseAction } from '@core/contract';
import { actionStatusChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { useSubmit } from '@renderer/api/use-submit';
import { AppModal } from '@renderer/components/AppModal';
import { ErrorAlert } from '@renderer/components/ErrorAlert';

type Patch = CallInput<'actionsUpdate'>['patch'];

interface Props {
  caseId: string;
  action: CaseAction;
  /** true right after the action was marked done: ask for the outcome first. */
  justDone?: boolean;
  onClose(): void;
  onSaved(list: CaseAction[]): void;
}

export function ActionUpdateModal({ caseId, action, justDone = false, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(action.status);
  const [owner, setOwner] = useState(action.owner);
  const [dueDate, setDueDate] = useState(action.dueDate ?? '');
  const [outcome, setOutcome] = useState(action.outcome);
  const submit = useSubmit('patch');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    // Only what changed, so the chronology records exactly that.
    const patch: Patch = {};
    if (status !== action.status) patch.status = status;
    if (owner !== action.owner) patch.owner = owner;
    if ((dueDate || null) !== action.dueDate) patch.dueDate = dueDate || null;
    if (outcome !== action.outcome) patch.outcome = outcome;
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    const list = await submit.run(() => call('actionsUpdate', { caseId, actionId: action.id, patch }));
    if (list) onSaved(list);
  };

  const outcomeField = (
    <Textarea
      label={t('actions.outcome')}
      description={t('workflow.actions.outcomeHelp')}
      value={outcome}
      onChange={(event) => setOutcome(event.currentTarget.value)}
      error={submit.fieldErrors.outcome}
      autosize
      minRows={3}
      data-autofocus={justDone || undefined}
    />
  );

  return (
    <AppModal opened onClose={onClose} title={t('workflow.actions.updateTitle', { title: action.title })} size="lg">
      <form noValidate onSubmit={save} data-testid="action-update">
        <Stack gap="md">
          {justDone && (
            <Alert color="green" variant="light">
              {t('workflow.actions.justDone')}
            </Alert>
          )}
          {justDone && outcomeField}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('workflow.actions.status')}
              data={actionStatusChoices.map((value) => ({ value, label: t(`actions.statuses.${value}`) }))}
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value as CaseAction['status'])}
              data-autofocus={!justDone || undefined}
            />
            <TextInput label={t('actions.owner')} value={owner} onChange={(event) => setOwner(event.currentTarget.value)} error={submit.fieldErrors.owner} />
            <DateField label={t('actions.dueDate')} value={dueDate || null} onChange={(next) => setDueDate(next ?? '')} error={submit.fieldErrors.dueDate} />
          </SimpleGrid>
          {!justDone && outcomeField}
          <ErrorAlert error={submit.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {justDone ? t('workflow.actions.later') : t('common.cancel')}
            </Button>
            <Button type="submit" loading={submit.busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
