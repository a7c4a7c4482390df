// The locked app: the passphrase, or — when it is forgotten or the key file is lost or damaged —
// the recovery key with a new passphrase. When the database itself is missing or damaged the
// screen says so plainly and offers the backups first; a restore is always one link away.
import { Alert, Anchor, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { databaseProblemCodes, keyFileProblemCodes } from '@shared';
import { call, CallFailure } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusMessage } from '../../components/focus-first-problem';
import { PassphraseInput } from '../../components/PassphraseInput';
import { i18n } from '../../i18n';
import { RecoveryForm } from './RecoveryForm';
import { RestorePanel } from './RestorePanel';

type Mode = 'passphrase' | 'recovery' | 'restore';

const isOneOf = (codes: readonly string[], code: string | null): boolean => code !== null && codes.includes(code);

/** Problems the unlock screen names itself; any other code found at unlock is simply an error of that attempt. */
const NAMED_PROBLEMS: readonly string[] = [...databaseProblemCodes, ...keyFileProblemCodes, 'key_file_foreign', 'database_newer'];

/** Where the screen starts: a broken database needs a backup, a missing key file the recovery key. */
function modeFor(problem: string | null): Mode {
  if (isOneOf(databaseProblemCodes, problem)) return 'restore';
  if (isOneOf(keyFileProblemCodes, problem)) return 'recovery';
  return 'passphrase';
}

/** `problem` is what the app's first status said; the screen asks again whenever it is shown. */
export function UnlockScreen({ onUnlocked, problem: initialProblem = null }: { onUnlocked(): void; problem?: string | null }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(initialProblem);
  // Null follows the problem; a choice the advisor made (a link, a button) stays.
  const [chosen, setChosen] = useState<Mode | null>(null);
  const mode = chosen ?? modeFor(problem);

  useEffect(() => {
    // After a lock that found damage (the check right after unlock), the problem is new.
    let current = true;
    call('vaultStatus', {}).then(
      (status) => current && setProblem(status.problem ?? null),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  /** A failed unlock or recovery that named the files' state: the screen turns to the way out. */
  const onFailure = useCallback((error: unknown) => {
    if (error instanceof CallFailure && NAMED_PROBLEMS.includes(error.code)) {
      setProblem(error.code);
      setChosen(null);
    }
  }, []);

  const titles: Record<Mode, string> = { passphrase: t('unlock.title'), recovery: t('recovery.title'), restore: t('restore.title') };
  return (
    <Center mih="100dvh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={mode === 'restore' ? 560 : 480} maw="100%">
        <Stack gap="lg">
          <Stack gap={4}>
            <Text fw={700} c="petrol.8" size="sm" tt="uppercase" style={{ letterSpacing: '0.08em' }}>
              {t('app.name')}
            </Text>
            <Title order={1} size="h2">
              {titles[mode]}
            </Title>
          </Stack>
          {problem && <ProblemNotice key={problem} problem={problem} />}
          {mode === 'passphrase' && <PassphraseForm onUnlocked={onUnlocked} onFailure={onFailure} onChoose={setChosen} />}
          {mode === 'recovery' && <RecoveryForm onUnlocked={onUnlocked} onFailure={onFailure} onBack={() => setChosen('passphrase')} />}
          {mode === 'restore' && (
            <RestorePanel
              problem={problem}
              onRestored={() => {
                // The files are whole again; the panel stays to show the result.
                setProblem(null);
                setChosen('restore');
              }}
              onUnlocked={onUnlocked}
              onBack={() => setChosen('passphrase')}
            />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}

/**
 * What is wrong with the vault's files, in plain words, with what to do. It takes the focus when it
 * appears (so it is read out first), unless the person is already typing in a field.
 */
function ProblemNotice({ problem }: { problem: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!(document.activeElement instanceof HTMLInputElement)) focusMessage(ref.current);
  }, []);
  const key = i18n.exists(`vaultProblem.${problem}.title`) ? (problem as 'database_damaged') : 'other';
  return (
    <Alert ref={ref} color="red" variant="light" title={t(`vaultProblem.${key}.title`)} role="alert" data-testid="vault-problem">
      {t(`vaultProblem.${key}.body`)}
    </Alert>
  );
}

function PassphraseForm({ onUnlocked, onFailure, onChoose }: { onUnlocked(): void; onFailure(error: unknown): void; onChoose(mode: Mode): void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const submit = useSubmit();

  useEffect(() => {
    // The benchmark measures the first screen up to this point: the passphrase field can be used.
    performance.mark('unlock:ready');
  }, []);

  useEffect(() => onFailure(submit.error), [submit.error, onFailure]);

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    const result = await submit.run(() => call('vaultUnlock', { passphrase }));
    if (result) onUnlocked();
    else setPassphrase('');
  };

  const needsRecovery = submit.error instanceof CallFailure && isOneOf(keyFileProblemCodes, submit.error.code);
  return (
    <form noValidate onSubmit={unlock}>
      <Stack gap="md">
        <Text c="dimmed">{t('unlock.intro')}</Text>
        <PassphraseInput
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={submit.fieldErrors.passphrase}
          autoComplete="current-password"
          autoFocus
        />
        <ErrorAlert error={submit.error} />
        {needsRecovery && (
          <Button variant="light" onClick={() => onChoose('recovery')}>
            {t('unlock.recoverNow')}
          </Button>
        )}
        <Button type="submit" loading={submit.busy} fullWidth>
          {t('unlock.submit')}
        </Button>
        <Group justify="center" gap="lg">
          <Anchor component="button" type="button" size="sm" onClick={() => onChoose('recovery')}>
            {t('unlock.forgot')}
          </Anchor>
          <Anchor component="button" type="button" size="sm" onClick={() => onChoose('restore')}>
            {t('restore.open')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
