// Choosing a passphrase (first run, recovery, change): the passphrase, its strength as you type
// and the repeat. Strength comes from main's own policy, so the hints match what it will accept.
import { Progress, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../api/client';
import { PassphraseInput } from './PassphraseInput';

const KNOWN_PROBLEMS = ['too_short', 'too_guessable', 'common_pattern'] as const;
type KnownProblem = (typeof KNOWN_PROBLEMS)[number];
const isKnownProblem = (problem: string): problem is KnownProblem => (KNOWN_PROBLEMS as readonly string[]).includes(problem);

const SCORE_COLORS = ['red', 'red', 'orange', 'teal', 'green'] as const;

interface Props {
  passphrase: string;
  onPassphraseChange(value: string): void;
  repeat: string;
  onRepeatChange(value: string): void;
  /** Shown at the repeat field when the two differ (checked on submit by the form). */
  repeatError?: string;
  /** Main's message about the passphrase itself, e.g. too weak. */
  passphraseError?: string;
  label?: string;
}

export function NewPassphraseFields({ passphrase, onPassphraseChange, repeat, onRepeatChange, repeatError, passphraseError, label }: Props) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(passphrase, 300);
  // Kept with the passphrase it was computed for, so an answer for an older one is never shown.
  const [strength, setStrength] = useState<{ for: string; result: CallOutput<'vaultPassphraseStrength'> } | null>(null);

  useEffect(() => {
    if (!debounced) return;
    let current = true;
    call('vaultPassphraseStrength', { passphrase: debounced }).then(
      (result) => current && setStrength({ for: debounced, result }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [debounced]);

  const shown = passphrase && strength?.for === debounced ? strength.result : null;
  const score = Math.max(0, Math.min(4, shown?.score ?? 0)) as 0 | 1 | 2 | 3 | 4;
  return (
    <Stack gap="sm">
      <PassphraseInput
        label={label ?? t('passphrase.new')}
        description={t('passphrase.advice')}
        value={passphrase}
        onChange={(event) => onPassphraseChange(event.currentTarget.value)}
        error={passphraseError}
        autoComplete="new-password"
        withAsterisk
      />
      <Stack gap={4} aria-live="polite" data-testid="passphrase-strength">
        <Progress value={shown ? (score + 1) * 20 : 0} color={SCORE_COLORS[score]} aria-label={t('passphrase.strengthLabel')} size="sm" />
        {shown && (
          <>
            <Text size="sm" fw={500}>
              {t(`passphrase.score.${score}`)}
            </Text>
            {shown.problems.filter(isKnownProblem).map((problem) => (
              <Text key={problem} size="sm" c="dimmed">
                {t(`passphrase.problem.${problem}`)}
              </Text>
            ))}
          </>
        )}
      </Stack>
      <PassphraseInput label={t('passphrase.repeat')} value={repeat} onChange={(event) => onRepeatChange(event.currentTarget.value)} error={repeatError} autoComplete="new-password" withAsterisk />
    </Stack>
  );
}
