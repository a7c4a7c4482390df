// The locked app: the passphrase, or — when it is forgotten or the key file is lost or damaged —
// the recovery key with a new passphrase. Main's messages say what went wrong and what to do.
import { Anchor, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, CallFailure } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { RecoveryForm } from './RecoveryForm';

/** Without a readable key file only the recovery key can open the vault. */
const NEEDS_RECOVERY = new Set(['key_file_missing', 'key_file_damaged']);

export function UnlockScreen({ onUnlocked }: { onUnlocked(): void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  return (
    <Center mih="100dvh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={480} maw="100%">
        <Stack gap="lg">
          <Stack gap={4}>
            <Text fw={700} c="petrol.8" size="sm" tt="uppercase" style={{ letterSpacing: '0.08em' }}>
              {t('app.name')}
            </Text>
            <Title order={1} size="h2">
              {mode === 'passphrase' ? t('unlock.title') : t('recovery.title')}
            </Title>
          </Stack>
          {mode === 'passphrase' ? <PassphraseForm onUnlocked={onUnlocked} onRecover={() => setMode('recovery')} /> : <RecoveryForm onUnlocked={onUnlocked} onBack={() => setMode('passphrase')} />}
        </Stack>
      </Paper>
    </Center>
  );
}

function PassphraseForm({ onUnlocked, onRecover }: { onUnlocked(): void; onRecover(): void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const submit = useSubmit();

  useEffect(() => {
    // The benchmark measures the first screen up to this point: the passphrase field can be used.
    performance.mark('unlock:ready');
  }, []);

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    const result = await submit.run(() => call('vaultUnlock', { passphrase }));
    if (result) onUnlocked();
    else setPassphrase('');
  };

  const needsRecovery = submit.error instanceof CallFailure && NEEDS_RECOVERY.has(submit.error.code);
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
          <Button variant="light" onClick={onRecover}>
            {t('unlock.recoverNow')}
          </Button>
        )}
        <Button type="submit" loading={submit.busy} fullWidth>
          {t('unlock.submit')}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onRecover} style={{ alignSelf: 'center' }}>
          {t('unlock.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
