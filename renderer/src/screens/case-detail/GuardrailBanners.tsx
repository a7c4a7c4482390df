// The legal guardrails a case carries, shown above every tab and never dismissed: they are the rules
// most easily broken under pressure (domain.md §4). Once read, a banner folds to a one-line chip
// with its title, still in view on every tab, and opens again on a click.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';

type Guardrail = 'sexual' | 'staff' | 'meldcode';
const COLORS: Record<Guardrail, 'red' | 'orange'> = { sexual: 'red', staff: 'red', meldcode: 'orange' };
const TEST_IDS: Record<Guardrail, string> = { sexual: 'guardrail-sexual-imagery', staff: 'guardrail-staff-suspect', meldcode: 'guardrail-meldcode' };

export function GuardrailBanners({ guardrails }: { guardrails: CaseDetail['guardrails'] }) {
  const { t } = useTranslation();
  const [folded, setFolded] = useState<Set<Guardrail>>(new Set());
  const shown = (['sexual', 'staff', 'meldcode'] as const).filter(
    (key) => (key === 'sexual' && guardrails.sexualImageryOfMinor) || (key === 'staff' && guardrails.staffSuspect) || (key === 'meldcode' && guardrails.meldcode),
  );
  if (shown.length === 0) return null;
  const toggle = (key: Guardrail) =>
    setFolded((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const chips = shown.filter((key) => folded.has(key));
  const open = shown.filter((key) => !folded.has(key));

  return (
    <Stack gap="xs">
      {chips.length > 0 && (
        <Group gap="xs">
          {chips.map((key) => (
            <Button
              key={key}
              size="compact-sm"
              variant="light"
              color={COLORS[key]}
              onClick={() => toggle(key)}
              aria-expanded={false}
              data-testid={`${TEST_IDS[key]}-chip`}
              styles={{ root: { borderLeft: `4px solid var(--mantine-color-${COLORS[key]}-8)` }, label: { color: titleColor(COLORS[key]) } }}
            >
              ⚠ {t(`guardrails.${key}Title`)}
            </Button>
          ))}
        </Group>
      )}
      {open.map((key) => (
        <Alert key={key} color={COLORS[key]} variant="light" title={t(`guardrails.${key}Title`)} data-testid={TEST_IDS[key]} styles={banner(COLORS[key])} py="xs">
          {t(`guardrails.${key}Body`)}{' '}
          <Button variant="subtle" size="compact-xs" color="dark" onClick={() => toggle(key)} aria-expanded>
            {t('casework.banner.fold')}
          </Button>
        </Alert>
      ))}
    </Stack>
  );
}

// Shade 9 (the theme darkens orange's): 4.5:1 or more on the light fill, where orange 9 was 3.6:1.
const titleColor = (color: 'red' | 'orange') => `var(--mantine-color-${color}-9)`;

/** Calm but unmistakable: a light fill, a strong edge, and text dark enough for 4.5:1 on the fill. */
const banner = (color: 'red' | 'orange') => ({
  root: { borderLeft: `5px solid var(--mantine-color-${color}-8)` },
  title: { color: titleColor(color), fontSize: 'var(--mantine-font-size-md)' },
  message: { color: 'var(--mantine-color-black)', fontSize: 'var(--mantine-font-size-sm)' },
});
