// First run: who you are and a passphrase; then the recovery key, shown once, to keep on paper;
// then proof that it was written down (two groups typed back) before the app opens.
import { Alert, Button, Container, Group, List, Paper, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { RecoveryKeyDisplay } from './RecoveryKeyDisplay';

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
      </Stack>
    </Container>
  );
}

function DetailsStep({ onCreated }: { onCreated(result: CallOutput<'vaultCreate'>): void }) {
  const { t } = useTranslation();
  const [profileName, setProfileName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatError, setRepeatError] = useState<string>();
  const submit = useSubmit();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase !== repeat) {
      setRepeatError(t('passphrase.mismatch'));
      return;
    }
    setRepeatError(undefined);
    const result = await submit.run(() => call('vaultCreate', { profileName, passphrase }));
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
          autoComplete="name"
          withAsterisk
          autoFocus
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

function KeyStep({ recoveryKey, onNext }: { recoveryKey: string; onNext(): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="petrol" variant="light" title={t('recoveryKey.onceTitle')}>
        {t('recoveryKey.once')}
      </Alert>
      <RecoveryKeyDisplay recoveryKey={recoveryKey} />
      <Stack gap={4}>
        <Text fw={600}>{t('recoveryKey.whatForTitle')}</Text>
        <List spacing={4}>
          <List.Item>{t('recoveryKey.whatFor')}</List.Item>
          <List.Item>{t('recoveryKey.keepOnPaper')}</List.Item>
          <List.Item>{t('recoveryKey.notDigital')}</List.Item>
        </List>
      </Stack>
      <Group justify="space-between">
        <Button variant="default" onClick={() => window.print()}>
          {t('recoveryKey.print')}
        </Button>
        <Button onClick={onNext}>{t('recoveryKey.written')}</Button>
      </Group>
    </Stack>
  );
}

function ConfirmStep({ groups, onBack, onConfirmed }: { groups: [number, number]; onBack(): void; onConfirmed(): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(['', '']);
  const submit = useSubmit();

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const typed = groups.map((group, index) => ({ group, value: (values[index] ?? '').replace(/[\s-]/g, '') }));
    const result = await submit.run(() => call('vaultConfirmRecoveryKey', { groups: typed }));
    if (result) onConfirmed();
  };

  return (
    <form noValidate onSubmit={confirm}>
      <Stack gap="md">
        <Text>{t('recoveryKey.confirmIntro', { first: groups[0], second: groups[1] })}</Text>
        <Group grow align="flex-start">
          {groups.map((group, index) => (
            <TextInput
              key={group}
              label={t('recoveryKey.group', { number: group })}
              value={values[index]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setValues((previous) => previous.map((old, i) => (i === index ? value : old)));
              }}
              maxLength={8}
              autoComplete="off"
              spellCheck={false}
              autoFocus={index === 0}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 22, letterSpacing: '0.12em', textTransform: 'uppercase' } }}
            />
          ))}
        </Group>
        <ErrorAlert error={submit.error} />
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            {t('recoveryKey.showAgain')}
          </Button>
          <Button type="submit" loading={submit.busy}>
            {t('recoveryKey.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
