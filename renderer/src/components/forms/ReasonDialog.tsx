// A step that needs a few words of why (closing, reopening, removing a person, withdrawing consent):
// one dialog for all of them, so each checks, refuses and moves focus the same way. What differs is
// the text, whether the reason is required, and what is shown beside it (the retention date).
import { Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared';
import { AppModal } from '../AppModal';
import { focusResult } from '../focus-first-problem';
import { FormActions } from '../FormActions';
import { atMost, firstOf, required } from './rules';
import { useContractForm } from './use-contract-form';

interface Props<T> {
  title: string;
  intro: ReactNode;
  label: string;
  description?: string;
  /** Set when the reason is required: the message shown before anything is sent. */
  requiredMessage?: string;
  /** The contract's limit for this reason (TEXT_LIMITS). */
  maxLength: number;
  confirmLabel: string;
  cancelLabel?: string;
  destructive?: boolean;
  /** The reason's name in the contract's input, when it is not `reason` (e.g. `note`). */
  field?: string;
  /** Refusals from main that are about the reason (e.g. closing_needs_reason). */
  reasonCodes?: readonly ErrorCode[];
  /** Shown under the reason, e.g. the date the dossier comes up for destruction. */
  children?: ReactNode;
  send(reason: string): Promise<T>;
  onDone(value: T): void;
  /** Where focus goes once the dialog has closed: what the step changed. */
  result?: () => HTMLElement | null | undefined;
  /** The cancel button; the dialog's close button always calls onClose. */
  onCancel?(): void;
  onClose(): void;
}

export function ReasonDialog<T>({
  title,
  intro,
  label,
  description,
  requiredMessage,
  maxLength,
  confirmLabel,
  cancelLabel,
  destructive,
  field = 'reason',
  reasonCodes = [],
  children,
  send,
  onDone,
  result,
  onCancel,
  onClose,
}: Props<T>) {
  const { t } = useTranslation();
  const tooLong = atMost(maxLength, t('common.tooLong', { max: maxLength }));
  const contract = useContractForm({
    initialValues: { reason: '' },
    validate: { reason: requiredMessage ? firstOf(required(requiredMessage), tooLong) : tooLong },
    fields: { [field]: 'reason' },
    codes: Object.fromEntries(reasonCodes.map((code) => [code, 'reason'])),
  });

  return (
    // The dialog is unmounted when done, so Mantine returns no focus: `result` says where it goes.
    <AppModal opened onClose={onClose} title={title} size="lg">
      <form
        noValidate
        onSubmit={contract.onSubmit(
          ({ reason }) => send(reason.trim()),
          (value) => {
            onDone(value);
            if (result) focusResult(result);
          },
        )}
      >
        <Stack gap="md">
          {typeof intro === 'string' ? <Text size="sm">{intro}</Text> : intro}
          <Textarea
            label={label}
            description={description}
            {...contract.form.getInputProps('reason')}
            maxLength={maxLength}
            withAsterisk={Boolean(requiredMessage)}
            autosize
            minRows={2}
            data-autofocus
          />
          {children}
          <FormActions error={contract.error} busy={contract.busy} onCancel={onCancel ?? onClose} saveLabel={confirmLabel} cancelLabel={cancelLabel} destructive={destructive} />
        </Stack>
      </form>
    </AppModal>
  );
}
