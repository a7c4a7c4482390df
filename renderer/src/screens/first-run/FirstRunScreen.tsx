// First run: who you are and a passphrase; then the recovery key, shown once, to keep on paper;
// then proof that it was written down (two groups typed back) before the app opens.
import { SETTINGS_LIMITS, type AdvisorKind } from '@shared';
import { AdvisorKindField } from '../../components/AdvisorKindField';
import { Button, Container, Group, Paper, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusResultAt } from '../../components/focus-first-problem';
import { atMost, firstOf, required } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { NewPassphraseFields, passphrasePairRules, type PassphrasePair } from '../../components/NewPassphraseFields';
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
                // The form is gone: the key step's first words take the focus, not <body>.
                focusResultAt('[data-testid="recovery-key-once"]');
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

interface Details extends PassphrasePair {
  profileName: string;
  schoolName: string;
  advisorKind: AdvisorKind;
}

function DetailsStep({ onCreated }: { onCreated(result: CallOutput<'vaultCreate'>): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<Details>({
    initialValues: { profileName: '', schoolName: '', advisorKind: 'internal', passphrase: '', repeat: '' },
    validate: {
      profileName: firstOf(required(t('firstRun.nameRequired')), atMost(SETTINGS_LIMITS.profileName, t('common.tooLong', { max: SETTINGS_LIMITS.profileName }))),
      schoolName: atMost(SETTINGS_LIMITS.schoolName, t('common.tooLong', { max: SETTINGS_LIMITS.schoolName })),
      ...passphrasePairRules(t),
    },
    // Main judges the passphrase's strength; its refusal belongs at that field.
    codes: { weak_passphrase: 'passphrase' },
  });
  const { form } = contract;

  const create = async ({ profileName, schoolName, advisorKind, passphrase }: Details) => {
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
  };

  return (
    <form noValidate onSubmit={contract.onSubmit(create, onCreated)}>
      <Stack gap="md">
        <Text>{t('firstRun.intro')}</Text>
        <TextInput
          label={t('firstRun.name')}
          description={t('firstRun.nameHelp')}
          {...form.getInputProps('profileName')}
          maxLength={SETTINGS_LIMITS.profileName}
          autoComplete="name"
          withAsterisk
          autoFocus
        />
        <AdvisorKindField value={form.values.advisorKind} onChange={(kind) => form.setFieldValue('advisorKind', kind)} />
        <TextInput
          label={t('firstRun.schoolName')}
          description={t('firstRun.schoolNameHelp')}
          {...form.getInputProps('schoolName')}
          maxLength={SETTINGS_LIMITS.schoolName}
          autoComplete="organization"
        />
        <NewPassphraseFields passphrase={form.getInputProps('passphrase')} repeat={form.getInputProps('repeat')} />
        <Text size="sm" c="dimmed">
          {t('firstRun.passphraseNotStored')}
        </Text>
        <ErrorAlert error={contract.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={contract.busy}>
            {t('firstRun.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
