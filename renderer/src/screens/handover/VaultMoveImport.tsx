// First run on a new computer: instead of a new vault, the move file made on the old one, opened
// with the passphrase or with the recovery key (and then a new passphrase).
import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { PassphraseInput } from '../../components/PassphraseInput';
import { fileAsBase64 } from './chosen-file';
import { FilePicker } from './FilePicker';

export function VaultMoveImport({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatError, setRepeatError] = useState<string>();
  const submit = useSubmit();

  const move = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    if (mode === 'recovery' && newPassphrase !== repeat) {
      setRepeatError(t('passphrase.mismatch'));
      return;
    }
    setRepeatError(undefined);
    const data = await fileAsBase64(file);
    const result = await submit.run(() => call('vaultMoveImport', mode === 'passphrase' ? { file: data, passphrase } : { file: data, recoveryKey, newPassphrase }));
    if (result) onDone();
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
          <form noValidate onSubmit={(e) => void move(e)}>
            <Stack gap="md">
              <FilePicker accept=".vertrouwd-verhuizing" label={t('handover.move.chooseFile')} file={file} onChange={setFile} />
              <SegmentedControl
                value={mode}
                onChange={(value) => setMode(value as 'passphrase' | 'recovery')}
                data={[
                  { value: 'passphrase', label: t('handover.move.withPassphrase') },
                  { value: 'recovery', label: t('handover.move.withRecoveryKey') },
                ]}
              />
              {mode === 'passphrase' ? (
                <PassphraseInput label={t('handover.move.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} autoComplete="current-password" />
              ) : (
                <>
                  <TextInput label={t('handover.move.recoveryKey')} value={recoveryKey} onChange={(e) => setRecoveryKey(e.currentTarget.value)} autoComplete="off" spellCheck={false} />
                  <NewPassphraseFields
                    passphrase={{ value: newPassphrase, onChange: (event) => setNewPassphrase(event.currentTarget.value), error: submit.fieldErrors.newPassphrase }}
                    repeat={{ value: repeat, onChange: (event) => setRepeat(event.currentTarget.value), error: repeatError }}
                  />
                </>
              )}
              <ErrorAlert error={submit.error} />
              <Group justify="flex-end">
                <Button type="submit" disabled={!file} loading={submit.busy}>
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
