// On the start screen: closed dossiers whose retention period has passed. Destroying one removes the
// case and everything in it beyond recovery; the person types its title to confirm (main checks it).
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call, CallFailure } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import type { CallData } from '@renderer/api/use-call';
import { useSubmit } from '@renderer/api/use-submit';
import { AppModal } from '@renderer/components/AppModal';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { FormActions } from '@renderer/components/FormActions';
import { focusFirstProblem, focusMessage } from '@renderer/components/focus-first-problem';
import { formatDate } from '@renderer/i18n/format';

type DueCase = CallOutput<'casesDueForDestruction'>[number];

type Destroyed = CallOutput<'casesDestroy'>;

export function DestructionDue() {
  const due = useCallData(() => call('casesDueForDestruction', {}), []);
  const [destroying, setDestroying] = useState<DueCase | null>(null);
  // The modal sits beside the list, not in it: destroying the last due case empties the list, yet
  // the result must still show (a modal that moved in the tree would start again at the form).
  const modal = destroying && <DestroyModal item={destroying} onClose={() => setDestroying(null)} />;
  return (
    <>
      {due.data?.length || due.error ? <DueList due={due} onDestroy={setDestroying} /> : null}
      {modal}
    </>
  );
}

function DueList({ due, onDestroy }: { due: CallData<DueCase[]>; onDestroy(item: DueCase): void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" data-testid="destruction-due" style={{ borderLeft: '4px solid var(--mantine-color-orange-7)' }}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {t('workflow.destruction.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('workflow.destruction.help')}
          </Text>
        </Stack>
        <ErrorAlert error={due.error} />
        {due.data?.map((item) => (
          <Group key={item.id} justify="space-between" wrap="nowrap" gap="sm" data-testid="destruction-due-item">
            <Stack gap={0} miw={0}>
              <Text fw={500} truncate>
                {item.title}
              </Text>
              <Text size="sm" c="dimmed">
                {t('workflow.destruction.dates', { closed: formatDate(item.closedAt), due: formatDate(item.destroyAfter) })}
              </Text>
            </Stack>
            <Button color="red" variant="light" onClick={() => onDestroy(item)} style={{ flexShrink: 0 }}>
              {t('workflow.destruction.destroy')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function DestroyModal({ item, onClose }: { item: DueCase; onClose(): void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [destroyed, setDestroyed] = useState<Destroyed | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const submit = useSubmit();
  const mismatch = submit.error instanceof CallFailure && submit.error.code === 'confirm_title_mismatch' ? submit.error.message : undefined;

  const destroy = async (event: FormEvent) => {
    event.preventDefault();
    const result = await submit.run(() => call('casesDestroy', { id: item.id, confirmTitle: typed }));
    if (result) setDestroyed(result);
    else focusFirstProblem(form.current);
  };

  if (destroyed) {
    const removed = destroyed.backupsRemoved ?? 0;
    const unchecked = destroyed.backupsUnchecked ?? 0;
    const problem = destroyed.backupProblem ?? null;
    return (
      <AppModal opened onClose={onClose} title={t('workflow.destruction.doneTitle')} size="lg">
        <Stack gap="md" data-testid="destruction-result">
          <Alert ref={focusMessage} color={problem ? 'orange' : 'green'} variant="light" role="status">
            {problem ? (
              // The case is gone from the vault; only the fresh backup and the clean-up of older ones wait.
              <Stack gap={4} data-testid="destruction-backup-problem">
                <Text size="sm">{problem}</Text>
                <Text size="sm">{t('workflow.destruction.backupsWaiting')}</Text>
              </Stack>
            ) : (
              <Stack gap={4}>
                <Text size="sm">{removed > 0 ? t('workflow.destruction.backupsRemoved', { count: removed }) : t('workflow.destruction.noBackupsRemoved')}</Text>
                <Text size="sm">{t('workflow.destruction.freshBackup')}</Text>
              </Stack>
            )}
          </Alert>
          {unchecked > 0 && (
            <Alert color="orange" variant="light" title={t('workflow.destruction.uncheckedTitle')} data-testid="destruction-unchecked">
              {t('workflow.destruction.backupsUnchecked', { count: unchecked })}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      </AppModal>
    );
  }

  return (
    <AppModal opened onClose={onClose} title={t('workflow.destruction.confirmTitle')} size="lg">
      <form noValidate onSubmit={destroy} ref={form}>
        <Stack gap="md">
          <Alert color="red" variant="light">
            <Stack gap="xs">
              <Text size="sm">{t('workflow.destruction.warning')}</Text>
              <Text size="sm">{t('workflow.destruction.backupsWarning')}</Text>
            </Stack>
          </Alert>
          <TextInput
            label={t('workflow.destruction.typeTitle', { title: item.title })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            error={mismatch ?? submit.fieldErrors.confirmTitle}
            autoComplete="off"
            data-autofocus
          />
          <FormActions error={mismatch ? null : submit.error} busy={submit.busy} onCancel={onClose} saveLabel={t('workflow.destruction.confirm')} destructive />
        </Stack>
      </form>
    </AppModal>
  );
}
