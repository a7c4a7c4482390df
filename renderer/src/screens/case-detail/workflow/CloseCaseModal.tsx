// Closing a case: a reason is required (main refuses without one), and the person sees beforehand
// the date from which the dossier comes up for destruction, set by the retention period in Settings.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { ReasonDialog } from '@renderer/components/forms/ReasonDialog';
import { formatDate } from '@renderer/i18n/format';
import { addMonthsToDate, TEXT_LIMITS } from '@shared';

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
  const months = settings.data?.retentionMonths;
  return (
    <ReasonDialog
      title={t('workflow.close.title')}
      intro={t('workflow.close.intro')}
      label={t('workflow.close.reason')}
      description={t('workflow.close.reasonHelp')}
      requiredMessage={t('workflow.close.reasonRequired')}
      maxLength={TEXT_LIMITS.statusReason}
      confirmLabel={t('workflow.close.confirm')}
      // Main answers a missing reason with a case-level error; it belongs at the field.
      reasonCodes={['closing_needs_reason']}
      send={(reason) => call('casesSetStatus', { id: caseId, status: 'closed', reason })}
      onDone={onClosed}
      result={() => document.querySelector<HTMLElement>('[data-testid="case-closed-summary"]')}
      onClose={onClose}
    >
      {months !== undefined && (
        <Alert color="petrol" variant="light" title={t('workflow.close.retentionTitle')} data-testid="close-destroy-after">
          {t('workflow.close.retention', { date: formatDate(monthsFromToday(months)), count: months })}
        </Alert>
      )}
    </ReasonDialog>
  );
}
