// Choosing a passphrase (first run, recovery, change, restore, vault move): the passphrase, its
// strength as you type and the repeat. Strength comes from main's own policy, so the hints match
// what it will accept. Every form that asks for a new passphrase uses this pair and its rules.
import { Progress, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../api/client';
import { firstOf, required, sameAs, type FieldRule } from './forms/rules';
import { PassphraseInput } from './PassphraseInput';

const KNOWN_PROBLEMS = ['too_short', 'too_guessable', 'common_pattern'] as const;
type KnownProblem = (typeof KNOWN_PROBLEMS)[number];
const isKnownProblem = (problem: string): problem is KnownProblem => (KNOWN_PROBLEMS as readonly string[]).includes(problem);

const SCORE_COLORS = ['red', 'red', 'orange', 'teal', 'green'] as const;

/** The pair's values, under these names in every form that has it. */
export interface PassphrasePair {
  passphrase: string;
  repeat: string;
}

/**
 * Both fields are required and the repeat must match; checked before anything is sent. Strength is
 * main's to judge (its refusal, weak_passphrase, is placed at the passphrase field).
 */
export const passphrasePairRules = (t: TFunction) => ({
  passphrase: required(t('passphrase.required')),
  repeat: firstOf<PassphrasePair>(required(t('passphrase.repeatRequired')), sameAs('passphrase', t('passphrase.mismatch'))),
});

/** A vault opened either with its passphrase or with the recovery key and a new passphrase. */
export interface PassphraseOrRecoveryKey extends PassphrasePair {
  /** The passphrase the vault has now. */
  current: string;
  recoveryKey: string;
}

/**
 * Restoring a backup and importing a moved vault: each way in checks only its own fields.
 * `byRecoveryKey` says which way the form is set to.
 */
export function passphraseOrRecoveryKeyRules<Values extends PassphraseOrRecoveryKey>(t: TFunction, byRecoveryKey: (values: Values) => boolean) {
  const pair = passphrasePairRules(t);
  const when =
    (recoveryKey: boolean, rule: FieldRule<Values>): FieldRule<Values> =>
    (value, values) =>
      byRecoveryKey(values) === recoveryKey ? rule(value, values) : null;
  return {
    current: when(false, required(t('passphrase.currentRequired'))),
    recoveryKey: when(true, required(t('recovery.keyRequired'))),
    passphrase: when(true, pair.passphrase),
    repeat: when(true, pair.repeat),
  };
}

/** Where main's refusals of those fields belong: its `passphrase` is the current one. */
export const passphraseOrRecoveryKeyPlacement = { fields: { passphrase: 'current', newPassphrase: 'passphrase' }, codes: { weak_passphrase: 'passphrase' } } as const;

/** What a field needs: the form's getInputProps('passphrase') gives exactly this. */
export interface PassphraseFieldProps {
  value?: string;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
  error?: ReactNode;
  onFocus?(): void;
  onBlur?(): void;
}

interface Props {
  passphrase: PassphraseFieldProps;
  repeat: PassphraseFieldProps;
  label?: string;
}

export function NewPassphraseFields({ passphrase: passphraseField, repeat, label }: Props) {
  const { t } = useTranslation();
  const passphrase = passphraseField.value ?? '';
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
      <PassphraseInput label={label ?? t('passphrase.new')} description={t('passphrase.advice')} {...passphraseField} autoComplete="new-password" withAsterisk />
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
      <PassphraseInput label={t('passphrase.repeat')} {...repeat} autoComplete="new-password" withAsterisk />
    </Stack>
  );
}
