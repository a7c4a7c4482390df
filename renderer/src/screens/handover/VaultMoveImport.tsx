// First run on a new computer: instead of a new vault, the move file made on the old one, opened
// with the passphrase or with the recovery key (and then a new passphrase).
import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { required } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { NewPassphraseFields, passphraseOrRecoveryKeyPlacement, passphraseOrRecoveryKeyRules, type PassphraseOrRecoveryKey } from '../../components/NewPassphraseFields';
import { PassphraseInput } from '../../components/PassphraseInput';
import { fileAsBase64 } from './chosen-file';
import { FilePicker } from './FilePicker';

type Mode = 'passphrase' | 'recovery';

interface Move extends PassphraseOrRecoveryKey {
  mode: Mode;
  file: File | null;
}

export function VaultMoveImport({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // `current` is the passphrase of the vault on the old computer.
  const contract = useContractForm<Move>({
    initialValues: { mode: 'passphrase', file: null, current: '', recoveryKey: '', passphrase: '', repeat: '' },
    validate: { file: required(t('handover.move.fileRequired')), ...passphraseOrRecoveryKeyRules<Move>(t, (values) => values.mode === 'recovery') },
    ...passphraseOrRecoveryKeyPlacement,
  });
  const { form } = contract;
  const { mode } = form.values;

  const move = async ({ file, current, recoveryKey, passphrase }: Move) => {
    // The rules made sure a file was chosen before this runs.
    const data = await fileAsBase64(file!);
    return call('vaultMoveImport', mode === 'passphrase' ? { file: data, passphrase: current } : { file: data, recoveryKey, newPassphrase: passphrase });
  };

  return (
    <Paper withBorder p="xl" radius="md" component="section">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {t('handover.move.importTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('handover.move.importHelp')}
          </Text>
        </Stack>
        {!open ? (
          <Group>
            <Button variant="light" onClick={() => setOpen(true)}>
              {t('handover.move.importStart')}
            </Button>
          </Group>
        ) : (
          <form noValidate onSubmit={contract.onSubmit(move, onDone)}>
            <Stack gap="md">
              <FilePicker accept=".vertrouwd-verhuizing" label={t('handover.move.chooseFile')} {...form.getInputProps('file')} />
              <SegmentedControl
                {...form.getInputProps('mode')}
                data={[
                  { value: 'passphrase', label: t('handover.move.withPassphrase') },
                  { value: 'recovery', label: t('handover.move.withRecoveryKey') },
                ]}
              />
              {mode === 'passphrase' ? (
                <PassphraseInput label={t('handover.move.passphrase')} {...form.getInputProps('current')} autoComplete="current-password" withAsterisk />
              ) : (
                <>
                  <TextInput label={t('handover.move.recoveryKey')} {...form.getInputProps('recoveryKey')} autoComplete="off" spellCheck={false} withAsterisk />
                  <NewPassphraseFields passphrase={form.getInputProps('passphrase')} repeat={form.getInputProps('repeat')} />
                </>
              )}
              <ErrorAlert error={contract.error} />
              <Group justify="flex-end">
                <Button type="submit" loading={contract.busy}>
                  {t('handover.move.import')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
