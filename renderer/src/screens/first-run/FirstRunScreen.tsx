// First run: who you are and a passphrase; then the recovery key, shown once, to keep on paper;
// then proof that it was written down (two groups typed back) before the app opens.
import { SETTINGS_LIMITS, type AdvisorKind } from '@shared';
import { AdvisorKindField } from '../../components/AdvisorKindField';
import { Button, Container, Group, Paper, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { VaultMoveImport } from '../handover/VaultMoveImport';
import { ConfirmStep, KeyStep } from './RecoveryKeySteps';

type Step = 'details' | 'key' | 'confirm';
const STEPS: Step[] = ['details', 'key', 'confirm'];

export default function FirstRunScreen({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('details');
  const [created, setCreated] = useState<CallOutput<'vaultCreate'> | null>(null);

  return (
    <Container size={720} py="xl">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{t('firstRun.title')}</Title>
          <Text c="dimmed">{t('firstRun.subtitle')}</Text>
        </Stack>
        <Stepper active={STEPS.indexOf(step)} size="sm">
          <Stepper.Step label={t('firstRun.stepDetails')} />
          <Stepper.Step label={t('firstRun.stepKey')} />
          <Stepper.Step label={t('firstRun.stepConfirm')} />
        </Stepper>
        <Paper withBorder p="xl" radius="md">
          {step === 'details' && (
            <DetailsStep
              onCreated={(result) => {
                setCreated(result);
                setStep('key');
              }}
            />
          )}
          {step === 'key' && created && <KeyStep recoveryKey={created.recoveryKey} onNext={() => setStep('confirm')} />}
          {step === 'confirm' && created && <ConfirmStep groups={created.confirmGroups} onBack={() => setStep('key')} onConfirmed={onDone} />}
        </Paper>
        {step === 'details' && <VaultMoveImport onDone={onDone} />}
      </Stack>
    </Container>
  );
}

function DetailsStep({ onCreated }: { onCreated(result: CallOutput<'vaultCreate'>): void }) {
  const { t } = useTranslation();
  const [profileName, setProfileName] = useState('');
  const [schoolName, setSchoolName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatError, setRepeatError] = useState<string>();
  const [advisorKind, setAdvisorKind] = useState<AdvisorKind>('internal');
  const submit = useSubmit();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase !== repeat) {
      setRepeatError(t('passphrase.mismatch'));
      return;
    }
    setRepeatError(undefined);
    const result = await submit.run(async () => {
      const created = await call('vaultCreate', { profileName, passphrase });
      // The advisor's position and the school's name (it heads every pack; without it letters say
      // "Onze school"). The vault exists by now, so a failure here must not send the person back to
      // create it again: Settings has both.
      try {
        await call('settingsUpdate', { advisorKind });
        if (schoolName.trim()) {
          const { school } = await call('settingsGet', {});
          await call('settingsUpdate', { school: { ...school, name: schoolName.trim() } });
        }
      } catch {
        // Left for Settings.
      }
      return created;
    });
    if (result) onCreated(result);
  };

  return (
    <form noValidate onSubmit={create}>
      <Stack gap="md">
        <Text>{t('firstRun.intro')}</Text>
        <TextInput
          label={t('firstRun.name')}
          description={t('firstRun.nameHelp')}
          value={profileName}
          onChange={(event) => setProfileName(event.currentTarget.value)}
          error={submit.fieldErrors.profileName}
          maxLength={SETTINGS_LIMITS.profileName}
          autoComplete="name"
          withAsterisk
          autoFocus
        />
        <AdvisorKindField value={advisorKind} onChange={setAdvisorKind} />
        <TextInput
          label={t('firstRun.schoolName')}
          description={t('firstRun.schoolNameHelp')}
          value={schoolName}
          onChange={(event) => setSchoolName(event.currentTarget.value)}
          maxLength={SETTINGS_LIMITS.schoolName}
          autoComplete="organization"
        />
        <NewPassphraseFields
          passphrase={passphrase}
          onPassphraseChange={setPassphrase}
          repeat={repeat}
          onRepeatChange={setRepeat}
          repeatError={repeatError}
          passphraseError={submit.fieldErrors.passphrase}
        />
        <Text size="sm" c="dimmed">
          {t('firstRun.passphraseNotStored')}
        </Text>
        <ErrorAlert error={submit.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={submit.busy}>
            {t('firstRun.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
