// The legal guardrails a case carries, shown above every tab and never dismissable: they are
// the rules most easily broken under pressure (domain.md §4).
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';

export function GuardrailBanners({ guardrails }: { guardrails: CaseDetail['guardrails'] }) {
  const { t } = useTranslation();
  if (!guardrails.sexualImageryOfMinor && !guardrails.staffSuspect && !guardrails.meldcode) return null;
  return (
    <Stack gap="xs">
      {guardrails.sexualImageryOfMinor && (
        <Alert color="red" variant="light" title={t('guardrails.sexualTitle')} data-testid="guardrail-sexual-imagery" styles={banner('red')}>
          {t('guardrails.sexualBody')}
        </Alert>
      )}
      {guardrails.staffSuspect && (
        <Alert color="red" variant="light" title={t('guardrails.staffTitle')} data-testid="guardrail-staff-suspect" styles={banner('red')}>
          {t('guardrails.staffBody')}
        </Alert>
      )}
      {guardrails.meldcode && (
        <Alert color="orange" variant="light" title={t('guardrails.meldcodeTitle')} data-testid="guardrail-meldcode" styles={banner('orange')}>
          {t('guardrails.meldcodeBody')}
        </Alert>
      )}
    </Stack>
  );
}

/** Calm but unmistakable: a light fill, a strong edge, and body text in full black for contrast. */
const banner = (color: 'red' | 'orange') => ({
  root: { borderLeft: `5px solid var(--mantine-color-${color}-8)` },
  title: { color: `var(--mantine-color-${color}-9)`, fontSize: 'var(--mantine-font-size-md)' },
  message: { color: 'var(--mantine-color-black)', fontSize: 'var(--mantine-font-size-sm)' },
});
