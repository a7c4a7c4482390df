// On a case that went out in a handover and whose receipt has not come back: the case stays here,
// read-only (main refuses every change to it), until the successor's confirmation code is entered
// under Overdracht or the handover is withdrawn there.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@core/contract';
import { formatDateTime } from '@renderer/i18n/format';

export function HandedOverNotice({ handedOver }: { handedOver: CaseSummary['handedOver'] }) {
  const { t } = useTranslation();
  if (!handedOver) return null;
  return (
    <Alert color="petrol" variant="light" data-testid="handed-over-notice" title={t('handover.notice.title', { successor: handedOver.to || '—', at: formatDateTime(handedOver.at) })}>
      {t('handover.notice.body')}
    </Alert>
  );
}
