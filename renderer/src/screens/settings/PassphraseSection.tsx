import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusResultAt } from '../../components/focus-first-problem';
import { required } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { NewPassphraseFields, passphrasePairRules, type PassphrasePair } from '../../components/NewPassphraseFields';
import { PassphraseInput } from '../../components/PassphraseInput';
import { Section } from '../../components/Section';

interface Change extends PassphrasePair {
  current: string;
}
const empty: Change = { current: '', passphrase: '', repeat: '' };

/** A new passphrase re-wraps the key; the data and the recovery key stay as they are. */
export function PassphraseSection() {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  const contract = useContractForm<Change>({
    initialValues: empty,
    validate: { current: required(t('passphrase.currentRequired')), ...passphrasePairRules(t) },
    fields: { next: 'passphrase' },
    codes: { wrong_passphrase: 'current', weak_passphrase: 'passphrase' },
  });
  const { form } = contract;

  const change = async ({ current, passphrase }: Change) => {
    setChanged(false);
    try {
      return await call('vaultChangePassphrase', { current, next: passphrase });
    } finally {
      // Passphrases do not stay in memory longer than needed, whatever the outcome.
      form.setFieldValue('current', '');
    }
  };

  return (
    <Section title={t('settings.passphraseTitle')} description={t('settings.passphraseHelp')}>
      <form
        noValidate
        onSubmit={contract.onSubmit(change, () => {
          form.setValues(empty);
          setChanged(true);
          focusResultAt('[data-testid="passphrase-changed"]');
        })}
      >
        <Stack gap="md" maw={480}>
          <PassphraseInput label={t('settings.currentPassphrase')} {...form.getInputProps('current')} autoComplete="current-password" withAsterisk />
          <NewPassphraseFields passphrase={form.getInputProps('passphrase')} repeat={form.getInputProps('repeat')} />
          <ErrorAlert error={contract.error} />
          <Group justify="flex-end" gap="sm">
            {changed && (
              <Text size="sm" c="green.8" role="status" data-testid="passphrase-changed">
                {t('settings.passphraseChanged')}
              </Text>
            )}
            <Button type="submit" loading={contract.busy}>
              {t('settings.changePassphrase')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
