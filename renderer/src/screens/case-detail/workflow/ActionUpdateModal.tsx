// Updating an action in the plan: status, owner, due date and what came of it. Opened on its own
// when an action is marked done, so the outcome is written down while it is fresh.
import { Alert, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateField } from '@renderer/components/DateField';
import { useTranslation } from 'react-i18next';
import type { CallInput, CaseAction } from '@core/contract';
import { actionStatusChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { AppModal } from '@renderer/components/AppModal';
import { FormActions } from '@renderer/components/FormActions';
import { atMost } from '@renderer/components/forms/rules';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { TEXT_LIMITS } from '@shared';

type Patch = CallInput<'actionsUpdate'>['patch'];

interface Update {
  status: CaseAction['status'];
  owner: string;
  dueDate: string | null;
  outcome: string;
}

/** Only what changed, so the chronology records exactly that. */
export function changedFields(action: CaseAction, update: Update): Patch {
  const patch: Patch = {};
  if (update.status !== action.status) patch.status = update.status;
  if (update.owner !== action.owner) patch.owner = update.owner;
  if (update.dueDate !== action.dueDate) patch.dueDate = update.dueDate;
  if (update.outcome !== action.outcome) patch.outcome = update.outcome;
  return patch;
}

interface Props {
  caseId: string;
  action: CaseAction;
  /** true right after the action was marked done: ask for the outcome first. */
  justDone?: boolean;
  onClose(): void;
  /** The plan after saving; the caller moves focus to the action. */
  onSaved(list: CaseAction[]): void;
}

export function ActionUpdateModal({ caseId, action, justDone = false, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const contract = useContractForm<Update>({
    initialValues: { status: action.status, owner: action.owner, dueDate: action.dueDate, outcome: action.outcome },
    validate: {
      owner: atMost(TEXT_LIMITS.actionOwner, t('common.tooLong', { max: TEXT_LIMITS.actionOwner })),
      outcome: atMost(TEXT_LIMITS.actionOutcome, t('common.tooLong', { max: TEXT_LIMITS.actionOutcome })),
    },
    within: 'patch',
  });
  const { form } = contract;

  const save = async (update: Update) => {
    const patch = changedFields(action, update);
    // Nothing changed: nothing to record, the plan stays as it is.
    if (Object.keys(patch).length === 0) return null;
    return call('actionsUpdate', { caseId, actionId: action.id, patch });
  };

  const outcomeField = (
    <Textarea
      label={t('actions.outcome')}
      description={t('workflow.actions.outcomeHelp')}
      {...form.getInputProps('outcome')}
      maxLength={TEXT_LIMITS.actionOutcome}
      autosize
      minRows={3}
      data-autofocus={justDone || undefined}
    />
  );

  return (
    <AppModal opened onClose={onClose} title={t('workflow.actions.updateTitle', { title: action.title })} size="lg">
      <form noValidate onSubmit={contract.onSubmit(save, (list) => (list ? onSaved(list) : onClose()))} data-testid="action-update">
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
              {...form.getInputProps('status')}
              data-autofocus={!justDone || undefined}
            />
            <TextInput label={t('actions.owner')} {...form.getInputProps('owner')} maxLength={TEXT_LIMITS.actionOwner} />
            <DateField label={t('actions.dueDate')} {...contract.dateInputProps('dueDate')} />
          </SimpleGrid>
          {!justDone && outcomeField}
          <FormActions error={contract.error} busy={contract.busy} onCancel={onClose} cancelLabel={justDone ? t('workflow.actions.later') : undefined} />
        </Stack>
      </form>
    </AppModal>
  );
}
