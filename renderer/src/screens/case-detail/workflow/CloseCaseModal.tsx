// Closing a case: a reason is required (main refuses without one), and the person sees beforehand
// the date from which the dossier comes up for destruction, set by the retention period in Settings.
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';
import { call, CallFailure } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { AppModal } from '@renderer/components/AppModal';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatDate } from '@renderer/i18n/format';
import { addMonthsToDate } from '@shared';

/** The same arithmetic main uses when it sets destroyAfter at closing (from today's UTC date). */
const monthsFromToday = (months: number): string => addMonthsToDate(new Date().toISOString(), months);

interface Props {
  caseId: string;
  onClose(): void;
  onClosed(detail: CaseDetail): void;
}

export function CloseCaseModal({ caseId, onClose, onClosed }: Props) {
  const { t } = useTranslation();
  const settings = useCallData(() => call('settingsGet', {}), []);
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  // Main answers a missing reason with a case-level error; show it at the field it is about.
  const reasonError = submit.fieldErrors.reason ?? (submit.error instanceof CallFailure && submit.error.code === 'closing_needs_reason' ? submit.error.message : undefined);
  const otherError = reasonError && submit.error instanceof CallFailure && submit.error.code === 'closing_needs_reason' ? null : submit.error;

  const close = async (event: FormEvent) => {
    event.preventDefault();
    const updated = await submit.run(() => call('casesSetStatus', { id: caseId, status: 'closed', reason }));
    if (updated) onClosed(updated);
  };

  const months = settings.data?.retentionMonths;
  return (
    <AppModal opened onClose={onClose} title={t('workflow.close.title')} size="lg">
      <form noValidate onSubmit={close}>
        <Stack gap="md">
          <Text size="sm">{t('workflow.close.intro')}</Text>
          <Textarea
            label={t('workflow.close.reason')}
            description={t('workflow.close.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
          />
          {months !== undefined && (
            <Alert color="petrol" variant="light" title={t('workflow.close.retentionTitle')} data-testid="close-destroy-after">
              {t('workflow.close.retention', { date: formatDate(monthsFromToday(months)), count: months })}
            </Alert>
          )}
          <ErrorAlert error={otherError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submit.busy}>
              {t('workflow.close.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
