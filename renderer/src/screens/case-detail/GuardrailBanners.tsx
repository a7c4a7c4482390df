// The legal guardrails a case carries, shown above every tab and never dismissable: they are
// the rules most easily broken under pressure (domain.md §4).
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/core/contract';

export function GuardrailBanners({ guardrails }: { guardrails: CaseDetail['guardrails'] }) {
  const { t } = useTranslation();
  if (!guardrails.sexualImageryOfMinor && !guardrails.staffSuspect && !guardrails.meldcode) return null;
  return (
    <Stack gap="xs">
      {guardrails.sexualImageryOfMinor && (
        <Alert color="red" variant="filled" title={t('guardrails.sexualTitle')} data-testid="guardrail-sexual-imagery">
          {t('guardrails.sexualBody')}
        </Alert>
      )}
      {guardrails.staffSuspect && (
        <Alert color="red" variant="light" title={t('guardrails.staffTitle')} data-testid="guardrail-staff-suspect" styles={{ root: { borderLeft: '4px solid var(--mantine-color-red-7)' } }}>
          {t('guardrails.staffBody')}
        </Alert>
      )}
      {guardrails.meldcode && (
        <Alert color="orange" variant="light" title={t('guardrails.meldcodeTitle')} data-testid="guardrail-meldcode" styles={{ root: { borderLeft: '4px solid var(--mantine-color-orange-7)' } }}>
          {t('guardrails.meldcodeBody')}
        </Alert>
      )}
    </Stack>
  );
}
