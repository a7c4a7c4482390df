// Restoring a backup while the vault is locked: the way back when the database is missing or
// damaged (and for anyone who wants an older state). The advisor picks a backup, proves it is
// theirs with the passphrase or the recovery key (the latter with a new passphrase), and main
// restores it, keeping the current file aside. The result says which state is now open.
import { Alert, Anchor, Button, Group, Loader, Radio, Stack, Text } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { useSubmit } from '../../api/use-submit';
import { VerifiedBadge } from '../../components/BackupFacts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusFirstProblem, focusMessage } from '../../components/focus-first-problem';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
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

function RestoreForm({ backups, onRestored }: { backups: Backup[]; onRestored(backup: Backup): void }) {
  const { t } = useTranslation();
  // The newest checked backup is the usual choice; nothing is chosen for the advisor when there is none.
  const [name, setName] = useState<string | null>(() => backups.find((b) => b.verified)?.name ?? null);
  const [proof, setProof] = useState<Proof>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [pickError, setPickError] = useState<string>();
  const [repeatError, setRepeatError] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  const submit = useSubmit();

  const restore = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = backups.find((b) => b.name === name);
    setPickError(chosen ? undefined : t('restore.pickFirst'));
    const mismatch = proof === 'recoveryKey' && newPassphrase !== repeat;
    setRepeatError(mismatch ? t('passphrase.mismatch') : undefined);
    if (!chosen || mismatch) {
      submit.clearError();
      // No backup chosen: the list itself is what needs attention, so its first card gets focus.
      if (chosen) focusFirstProblem(form.current);
      else requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[data-testid="restore-backup"]')?.focus());
      return;
    }
    const input = proof === 'passphrase' ? { name: chosen.name, passphrase } : { name: chosen.name, recoveryKey, newPassphrase };
    const done = await submit.run(() => call('backupsRestore', input));
    if (done) {
      onRestored(chosen);
      return;
    }
    setPassphrase('');
    focusFirstProblem(form.current);
  };

  return (
    <form noValidate onSubmit={restore} ref={form}>
      <Stack gap="md">
        <Radio.Group
          label={t('restore.choose')}
          value={name}
          onChange={(value) => {
            setName(value);
            setPickError(undefined);
          }}
          error={pickError}
          withAsterisk
        >
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
        <Radio.Group label={t('restore.with')} value={proof} onChange={(value) => setProof(value as Proof)}>
          <Group gap="lg" mt="xs">
            <Radio value="passphrase" label={t('restore.withPassphrase')} />
            <Radio value="recoveryKey" label={t('restore.withRecoveryKey')} />
          </Group>
        </Radio.Group>
        {proof === 'passphrase' ? (
          <PassphraseInput
            label={t('unlock.passphrase')}
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            error={submit.fieldErrors.passphrase}
            autoComplete="current-password"
            withAsterisk
          />
        ) : (
          <>
            <RecoveryKeyInput value={recoveryKey} onChange={(event) => setRecoveryKey(event.currentTarget.value)} error={submit.fieldErrors.recoveryKey} withAsterisk />
            <Text size="sm" c="dimmed">
              {t('restore.recoveryHelp')}
            </Text>
            <NewPassphraseFields
              passphrase={{ value: newPassphrase, onChange: (event) => setNewPassphrase(event.currentTarget.value), error: submit.fieldErrors.newPassphrase }}
              repeat={{ value: repeat, onChange: (event) => setRepeat(event.currentTarget.value), error: repeatError }}
            />
          </>
        )}
        <ErrorAlert error={submit.error} />
        <Button type="submit" loading={submit.busy} fullWidth>
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
