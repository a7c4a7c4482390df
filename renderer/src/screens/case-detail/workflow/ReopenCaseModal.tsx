// Reopening a closed case, with a reason that lands in the chronology. The case goes back to
// defining the problem and its destruction date lapses; the closure stays in the history.
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';
import { call } from '@renderer/api/client';
import { ReasonDialog } from '@renderer/components/forms/ReasonDialog';
import { TEXT_LIMITS } from '@shared';
import { statusHeading } from './status-heading';

interface Props {
  caseId: string;
  onClose(): void;
  onReopened(detail: CaseDetail): void;
}

export function ReopenCaseModal({ caseId, onClose, onReopened }: Props) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('workflow.reopen.title')}
      intro={t('workflow.reopen.intro')}
      label={t('workflow.reopen.reason')}
      description={t('workflow.reopen.reasonHelp')}
      requiredMessage={t('workflow.reopen.reasonRequired')}
      maxLength={TEXT_LIMITS.statusReason}
      confirmLabel={t('workflow.reopen.confirm')}
      send={(reason) => call('casesReopen', { id: caseId, reason })}
      onDone={onReopened}
      // The reopen button is gone with the closure: the status section, now on its new step, takes focus.
      result={statusHeading}
      onClose={onClose}
    />
  );
}
