// Restoring a backup while the vault is locked: the way back when the database is missing or
// damaged (and for anyone who wants an older state). The advisor picks a backup, proves it is
// theirs with the passphrase or the recovery key (the latter with a new passphrase), and main
// restores it, keeping the current file aside. The result says which state is now open.
import { Alert, Anchor, Button, Group, Loader, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { VerifiedBadge } from '../../components/BackupFacts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusMessage } from '../../components/focus-first-problem';
import { required } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { NewPassphraseFields, passphraseOrRecoveryKeyPlacement, passphraseOrRecoveryKeyRules, type PassphraseOrRecoveryKey } from '../../components/NewPassphraseFields';
import { PassphraseInput } from '../../components/PassphraseInput';
import { RecoveryKeyInput } from '../../components/RecoveryKeyInput';
import { labelOrValue } from '../../i18n';
import { formatDateTime, formatMegabytes } from '../../i18n/format';

type Backup = CallOutput<'backupsList'>[number];
type Proof = 'passphrase' | 'recoveryKey';

interface Props {
  /** What was wrong with the files before the restore, if anything: a missing database leaves nothing to keep aside. */
  problem: string | null;
  /** The vault is open on the restored copy (the result is shown until the advisor continues). */
  onRestored(): void;
  onUnlocked(): void;
  onBack(): void;
}

export function RestorePanel({ problem, onRestored, onUnlocked, onBack }: Props) {
  const { t } = useTranslation();
  const backups = useCallData(() => call('backupsList', {}), []);
  const [restored, setRestored] = useState<{ backup: Backup; hadFile: boolean } | null>(null);

  if (restored) return <RestoreDone backup={restored.backup} hadFile={restored.hadFile} onContinue={onUnlocked} />;
  return (
    <Stack gap="md" data-testid="restore-panel">
      <Text c="dimmed">{t('restore.intro')}</Text>
      <ErrorAlert error={backups.error} />
      {backups.loading && (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('restore.loading')}</Text>
        </Group>
      )}
      {backups.data?.length === 0 && (
        <Alert color="orange" variant="light">
          {t('restore.none')}
        </Alert>
      )}
      {backups.data && backups.data.length > 0 && (
        <RestoreForm
          backups={backups.data}
          onRestored={(backup) => {
            setRestored({ backup, hadFile: problem !== 'database_missing' });
            onRestored();
          }}
        />
      )}
      <Anchor component="button" type="button" size="sm" onClick={onBack} style={{ alignSelf: 'center' }}>
        {t('restore.back')}
      </Anchor>
    </Stack>
  );
}

interface Restore extends PassphraseOrRecoveryKey {
  name: string | null;
  proof: Proof;
}

function RestoreForm({ backups, onRestored }: { backups: Backup[]; onRestored(backup: Backup): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<Restore>({
    // The newest checked backup is the usual choice; nothing is chosen for the advisor when there is none.
    initialValues: { name: backups.find((b) => b.verified)?.name ?? null, proof: 'passphrase', current: '', recoveryKey: '', passphrase: '', repeat: '' },
    validate: { name: required(t('restore.pickFirst')), ...passphraseOrRecoveryKeyRules<Restore>(t, (values) => values.proof === 'recoveryKey') },
    ...passphraseOrRecoveryKeyPlacement,
  });
  const { form } = contract;
  const { proof } = form.values;

  const restore = async ({ name, current, recoveryKey, passphrase }: Restore) => {
    const input = proof === 'passphrase' ? { name: name ?? '', passphrase: current } : { name: name ?? '', recoveryKey, newPassphrase: passphrase };
    try {
      return await call('backupsRestore', input);
    } catch (failure) {
      // A passphrase does not stay in memory longer than needed.
      form.setFieldValue('current', '');
      throw failure;
    }
  };

  return (
    <form
      noValidate
      onSubmit={contract.onSubmit(restore, (_, { name }) => {
        const chosen = backups.find((b) => b.name === name);
        if (chosen) onRestored(chosen);
      })}
    >
      <Stack gap="md">
        <Radio.Group label={t('restore.choose')} {...form.getInputProps('name')} withAsterisk>
          <Stack gap="xs" mt="xs">
            {backups.map((backup) => (
              <Radio.Card key={backup.name} value={backup.name} radius="md" p="sm" data-testid="restore-backup">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <Stack gap={2} style={{ flex: 1 }}>
                    <Group justify="space-between" gap="xs">
                      <Text fw={600}>{formatDateTime(backup.createdAt)}</Text>
                      <VerifiedBadge verified={backup.verified} />
                    </Group>
                    <Text size="sm" c="dimmed">
                      {[
                        labelOrValue('backupReason', backup.reason),
                        formatMegabytes(backup.bytes),
                        backup.cases === null ? t('restore.casesUnknown') : t('restore.cases', { count: backup.cases }),
                      ].join(' · ')}
                    </Text>
                  </Stack>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group label={t('restore.with')} {...form.getInputProps('proof')}>
          <Group gap="lg" mt="xs">
            <Radio value="passphrase" label={t('restore.withPassphrase')} />
            <Radio value="recoveryKey" label={t('restore.withRecoveryKey')} />
          </Group>
        </Radio.Group>
        {proof === 'passphrase' ? (
          <PassphraseInput label={t('unlock.passphrase')} {...form.getInputProps('current')} autoComplete="current-password" withAsterisk />
        ) : (
          <>
            <RecoveryKeyInput {...form.getInputProps('recoveryKey')} withAsterisk />
            <Text size="sm" c="dimmed">
              {t('restore.recoveryHelp')}
            </Text>
            <NewPassphraseFields passphrase={form.getInputProps('passphrase')} repeat={form.getInputProps('repeat')} />
          </>
        )}
        <ErrorAlert error={contract.error} />
        <Button type="submit" loading={contract.busy} fullWidth>
          {t('restore.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The vault is open on the restored copy: say which state it is, then continue into the app. */
function RestoreDone({ backup, hadFile, onContinue }: { backup: Backup; hadFile: boolean; onContinue(): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert ref={focusMessage} color="green" variant="light" title={t('restore.doneTitle')} role="status" data-testid="restore-done">
        {t(hadFile ? 'restore.doneBody' : 'restore.doneBodyNothingKept', { date: formatDateTime(backup.createdAt) })}
      </Alert>
      <Button onClick={onContinue} fullWidth>
        {t('restore.continue')}
      </Button>
    </Stack>
  );
}
