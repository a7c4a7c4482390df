import { Button, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { RecoveryKeyInput } from '../../components/RecoveryKeyInput';

/** The printed recovery key opens the vault and a new passphrase replaces the forgotten one. */
export function RecoveryForm({ onUnlocked, onFailure, onBack }: { onUnlocked(): void; onFailure(error: unknown): void; onBack(): void }) {
  const { t } = useTranslation();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatError, setRepeatError] = useState<string>();
  const submit = useSubmit();
  useEffect(() => onFailure(submit.error), [submit.error, onFailure]);

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
        <RecoveryKeyInput value={recoveryKey} onChange={(event) => setRecoveryKey(event.currentTarget.value)} error={submit.fieldErrors.recoveryKey} autoFocus />
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
