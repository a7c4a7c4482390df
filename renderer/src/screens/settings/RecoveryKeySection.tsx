// A new recovery key when the old one is lost or was never confirmed. The passphrase is asked
// first, so an unlocked screen left alone is not enough to replace it.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
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
  const [passphrase, setPassphrase] = useState('');
  const [created, setCreated] = useState<CallOutput<'vaultNewRecoveryKey'>>();
  const [step, setStep] = useState<'key' | 'confirm'>('key');
  const submit = useSubmit();

  const make = async (event: FormEvent) => {
    event.preventDefault();
    const result = await submit.run(() => call('vaultNewRecoveryKey', { passphrase }));
    setPassphrase('');
    if (result) setCreated(result);
  };

  return (
    <AppModal opened onClose={onClose} title={t('recoveryKey.makeNew')} size="xl">
      {!created && (
        <form noValidate onSubmit={make}>
          <Stack gap="md">
            <Text>{t('recoveryKey.makeNewIntro')}</Text>
            <PassphraseInput label={t('settings.currentPassphrase')} value={passphrase} onChange={(event) => setPassphrase(event.currentTarget.value)} autoFocus />
            <FormActions error={submit.error} busy={submit.busy} onCancel={onClose} saveLabel={t('recoveryKey.makeNew')} />
          </Stack>
        </form>
      )}
      {created && step === 'key' && <KeyStep recoveryKey={created.recoveryKey} onNext={() => setStep('confirm')} />}
      {created && step === 'confirm' && <ConfirmStep groups={created.confirmGroups} onBack={() => setStep('key')} onConfirmed={onConfirmed} />}
    </AppModal>
  );
}
