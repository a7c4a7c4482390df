import { Button, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { required } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { NewPassphraseFields, passphrasePairRules, type PassphrasePair } from '../../components/NewPassphraseFields';
import { RecoveryKeyInput } from '../../components/RecoveryKeyInput';

interface Recovery extends PassphrasePair {
  recoveryKey: string;
}

/** The printed recovery key opens the vault and a new passphrase replaces the forgotten one. */
export function RecoveryForm({ onUnlocked, onFailure, onBack }: { onUnlocked(): void; onFailure(error: unknown): void; onBack(): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<Recovery>({
    initialValues: { recoveryKey: '', passphrase: '', repeat: '' },
    validate: { recoveryKey: required(t('recovery.keyRequired')), ...passphrasePairRules(t) },
    fields: { newPassphrase: 'passphrase' },
    codes: { wrong_recovery_key: 'recoveryKey', malformed_recovery_key: 'recoveryKey', weak_passphrase: 'passphrase' },
  });
  const { form } = contract;
  useEffect(() => onFailure(contract.error), [contract.error, onFailure]);

  return (
    <form noValidate onSubmit={contract.onSubmit(({ recoveryKey, passphrase }) => call('vaultRecover', { recoveryKey, newPassphrase: passphrase }), onUnlocked)}>
      <Stack gap="md">
        <Text c="dimmed">{t('recovery.intro')}</Text>
        <RecoveryKeyInput {...form.getInputProps('recoveryKey')} withAsterisk autoFocus />
        <NewPassphraseFields passphrase={form.getInputProps('passphrase')} repeat={form.getInputProps('repeat')} />
        <ErrorAlert error={contract.error} />
        <Button type="submit" loading={contract.busy} fullWidth>
          {t('recovery.submit')}
        </Button>
        <Button variant="subtle" onClick={onBack}>
          {t('recovery.back')}
        </Button>
      </Stack>
    </form>
  );
}
