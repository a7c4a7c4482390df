import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';

/** The printed recovery key opens the vault and a new passphrase replaces the forgotten one. */
export function RecoveryForm({ onUnlocked, onBack }: { onUnlocked(): void; onBack(): void }) {
  const { t } = useTranslation();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatError, setRepeatError] = useState<string>();
  const submit = useSubmit();

  const recover = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase !== repeat) {
      setRepeatError(t('passphrase.mismatch'));
      return;
    }
    setRepeatError(undefined);
    const result = await submit.run(() => call('vaultRecover', { recoveryKey, newPassphrase: passphrase }));
    if (result) onUnlocked();
  };

  return (
    <form noValidate onSubmit={recover}>
      <Stack gap="md">
        <Text c="dimmed">{t('recovery.intro')}</Text>
        <TextInput
          label={t('recovery.key')}
          description={t('recovery.keyHelp')}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
          value={recoveryKey}
          onChange={(event) => setRecoveryKey(event.currentTarget.value)}
          error={submit.fieldErrors.recoveryKey}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', textTransform: 'uppercase' } }}
        />
        <NewPassphraseFields
          passphrase={passphrase}
          onPassphraseChange={setPassphrase}
          repeat={repeat}
          onRepeatChange={setRepeat}
          repeatError={repeatError}
          passphraseError={submit.fieldErrors.newPassphrase}
        />
        <ErrorAlert error={submit.error} />
        <Button type="submit" loading={submit.busy} fullWidth>
          {t('recovery.submit')}
        </Button>
        <Button variant="subtle" onClick={onBack}>
          {t('recovery.back')}
        </Button>
      </Stack>
    </form>
  );
}
