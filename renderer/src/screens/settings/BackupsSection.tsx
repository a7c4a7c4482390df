import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { useSubmit } from '../../api/use-submit';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { labelOrValue } from '../../i18n';
import { formatDateTime, formatMegabytes } from '../../i18n/format';
import { VerifiedBadge } from '../../components/BackupFacts';

type Backup = CallOutput<'backupsList'>[number];

/** Encrypted copies beside the vault; restoring replaces every case, so it asks first. */
export function BackupsSection({ onRestored }: { onRestored(): void }) {
  const { t } = useTranslation();
  const backups = useCallData(() => call('backupsList', {}), []);
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const create = useSubmit();
  const restore = useSubmit();

  const createNow = async () => {
    const made = await create.run(() => call('backupsCreate', {}));
    if (made) void backups.reload();
  };

  const restoreChosen = async () => {
    if (!restoring) return;
    const done = await restore.run(() => call('backupsRestore', { name: restoring.name }));
    if (done) onRestored();
  };

  return (
    <Section
      title={t('settings.backupsTitle')}
      description={t('settings.backupsHelp')}
      actions={
        <Button variant="default" onClick={() => void createNow()} loading={create.busy}>
          {t('settings.backupNow')}
        </Button>
      }
    >
      <ErrorAlert error={backups.error ?? create.error} />
      {backups.data?.length === 0 && <Text c="dimmed">{t('settings.noBackups')}</Text>}
      {backups.data && backups.data.length > 0 && (
        <Table verticalSpacing="xs" data-testid="backups-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.backupMade')}</Table.Th>
              <Table.Th>{t('settings.backupReason')}</Table.Th>
              <Table.Th>{t('settings.backupSize')}</Table.Th>
              <Table.Th>{t('settings.backupVerified')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.data.map((backup) => (
              <Table.Tr key={backup.name}>
                <Table.Td>{formatDateTime(backup.createdAt)}</Table.Td>
                <Table.Td>{labelOrValue('backupReason', backup.reason)}</Table.Td>
                <Table.Td>{formatMegabytes(backup.bytes)}</Table.Td>
                <Table.Td>
                  <VerifiedBadge verified={backup.verified} />
                </Table.Td>
                <Table.Td ta="right">
                  <Button variant="subtle" size="compact-sm" onClick={() => setRestoring(backup)}>
                    {t('settings.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AppModal opened={restoring !== null} onClose={() => setRestoring(null)} title={t('settings.restoreTitle')}>
        <Stack gap="md">
          <Text>{t('settings.restoreConfirm', { date: formatDateTime(restoring?.createdAt ?? null) })}</Text>
          <ErrorAlert error={restore.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRestoring(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={restore.busy} onClick={() => void restoreChosen()}>
              {t('settings.restoreConfirmButton')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Section>
  );
}
