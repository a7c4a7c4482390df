// Reopening a closed case, with a reason that lands in the chronology. The case goes back to
// defining the problem and its destruction date lapses; the closure stays in the history.
import { Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';
import { call } from '@renderer/api/client';
import { useSubmit } from '@renderer/api/use-submit';
import { AppModal } from '@renderer/components/AppModal';
import { FormActions } from '@renderer/components/FormActions';

interface Props {
  caseId: string;
  onClose(): void;
  onReopened(detail: CaseDetail): void;
}

export function ReopenCaseModal({ caseId, onClose, onReopened }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const submit = useSubmit();

  const reopen = async (event: FormEvent) => {
    event.preventDefault();
    const updated = await submit.run(() => call('casesReopen', { id: caseId, reason }));
    if (updated) onReopened(updated);
  };

  return (
    <AppModal opened onClose={onClose} title={t('workflow.reopen.title')} size="lg">
      <form noValidate onSubmit={reopen}>
        <Stack gap="md">
          <Text size="sm">{t('workflow.reopen.intro')}</Text>
          <Textarea
            label={t('workflow.reopen.reason')}
            description={t('workflow.reopen.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={submit.fieldErrors.reason}
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
          />
          <FormActions error={submit.error} busy={submit.busy} onCancel={onClose} saveLabel={t('workflow.reopen.confirm')} />
        </Stack>
      </form>
    </AppModal>
  );
}
