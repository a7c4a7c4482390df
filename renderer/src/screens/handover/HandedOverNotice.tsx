// On a case that was handed over and whose receipt has not come back: the case stays here, marked,
// until the successor's confirmation code is entered under Overdracht.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { formatDateTime } from '@renderer/i18n/format';

export function HandedOverNotice({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const records = useCallData(() => call('handoverList', {}), []);
  const pending = records.data?.find((r) => r.direction === 'sent' && r.receiptConfirmedAt === null && r.cases.some((c) => c.id === caseId));
  if (!pending) return null;
  return (
    <Alert color="petrol" variant="light" data-testid="handed-over-notice" title={t('handover.notice.title', { successor: pending.counterpart || '—', at: formatDateTime(pending.at) })}>
      {t('handover.notice.body')}
    </Alert>
  );
}
