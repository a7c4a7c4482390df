// A new recovery key when the old one is lost or was never confirmed. The passphrase is asked
// first, so an unlocked screen left alone is not enough to replace it.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { focusResultAt } from '../../components/focus-first-problem';
import { FormActions } from '../../components/FormActions';
import { required } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { PassphraseInput } from '../../components/PassphraseInput';
import { Section } from '../../components/Section';
import { ConfirmStep, KeyStep } from '../first-run/RecoveryKeySteps';

export function RecoveryKeySection({ confirmed, onConfirmed }: { confirmed: boolean; onConfirmed(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Section title={t('recoveryKey.settingsTitle')} description={t('recoveryKey.settingsHelp')}>
      <Stack gap="sm" align="flex-start">
        {!confirmed && (
          <Alert color="yellow" variant="light" data-testid="recovery-not-confirmed">
            {t('recoveryKey.notConfirmed')}
          </Alert>
        )}
        <Button variant="default" onClick={() => setOpen(true)}>
          {t('recoveryKey.makeNew')}
        </Button>
      </Stack>
      {open && (
        <NewRecoveryKeyModal
          onClose={() => setOpen(false)}
          onConfirmed={() => {
            setOpen(false);
            onConfirmed();
          }}
        />
      )}
    </Section>
  );
}

function NewRecoveryKeyModal({ onClose, onConfirmed }: { onClose(): void; onConfirmed(): void }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CallOutput<'vaultNewRecoveryKey'>>();
  const [step, setStep] = useState<'key' | 'confirm'>('key');
  const contract = useContractForm({
    initialValues: { passphrase: '' },
    validate: { passphrase: required(t('passphrase.currentRequired')) },
    codes: { wrong_passphrase: 'passphrase' },
  });
  const { form } = contract;

  const make = async ({ passphrase }: { passphrase: string }) => {
    try {
      return await call('vaultNewRecoveryKey', { passphrase });
    } finally {
      // The passphrase does not stay in memory longer than needed, whatever the outcome.
      form.setFieldValue('passphrase', '');
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('recoveryKey.makeNew')} size="xl">
      {!created && (
        <form
          noValidate
          onSubmit={contract.onSubmit(make, (result) => {
            setCreated(result);
            // The form gave way to the new key: its first words take the focus, so it is read out.
            focusResultAt('[data-testid="recovery-key-once"]');
          })}
        >
          <Stack gap="md">
            <Text>{t('recoveryKey.makeNewIntro')}</Text>
            <PassphraseInput label={t('settings.currentPassphrase')} {...form.getInputProps('passphrase')} autoComplete="current-password" withAsterisk autoFocus />
            <FormActions error={contract.error} busy={contract.busy} onCancel={onClose} saveLabel={t('recoveryKey.makeNew')} />
          </Stack>
        </form>
      )}
      {created && step === 'key' && <KeyStep recoveryKey={created.recoveryKey} onNext={() => setStep('confirm')} />}
      {created && step === 'confirm' && <ConfirmStep groups={created.confirmGroups} onBack={() => setStep('key')} onConfirmed={onConfirmed} />}
    </AppModal>
  );
}
