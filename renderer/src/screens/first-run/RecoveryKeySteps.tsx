// The recovery key shown once, then two of its groups typed back: used at first run and when a new
// recovery key is made in Settings (the typing back also serves the handover code).
import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecoveryKeyDisplay } from './RecoveryKeyDisplay';

export function KeyStep({ recoveryKey, onNext }: { recoveryKey: string; onNext(): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="petrol" variant="light" title={t('recoveryKey.onceTitle')} data-testid="recovery-key-once">
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

type TypedGroups = { group: number; value: string }[];
const confirmRecoveryKey = (groups: TypedGroups) => call('vaultConfirmRecoveryKey', { groups });

export function ConfirmStep({
  groups,
  onBack,
  onConfirmed,
  confirm: check = confirmRecoveryKey,
  texts,
}: {
  groups: [number, number];
  onBack(): void;
  onConfirmed(): void;
  /** What checks the typed groups; the recovery key's by default. */
  confirm?: (groups: TypedGroups) => Promise<unknown>;
  /** The intro and button texts, where the key is not the recovery key. */
  texts?: { intro: string; showAgain: string; confirm: string };
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(['', '']);
  const submit = useSubmit();

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const typed = groups.map((group, index) => ({ group, value: (values[index] ?? '').replace(/[\s-]/g, '') }));
    const result = await submit.run(() => check(typed));
    if (result) onConfirmed();
  };

  return (
    <form noValidate onSubmit={confirm}>
      <Stack gap="md">
        <Text>{texts?.intro ?? t('recoveryKey.confirmIntro', { first: groups[0], second: groups[1] })}</Text>
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
            {texts?.showAgain ?? t('recoveryKey.showAgain')}
          </Button>
          <Button type="submit" loading={submit.busy}>
            {texts?.confirm ?? t('recoveryKey.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
