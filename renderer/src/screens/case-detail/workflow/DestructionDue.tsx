// On the start screen: closed dossiers whose retention period has passed. Destroying one removes the
// case and everything in it beyond recovery; the person types its title to confirm (main checks it).
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call, CallFailure } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { AppModal } from '@renderer/components/AppModal';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatDate } from '@renderer/i18n/format';

type DueCase = CallOutput<'casesDueForDestruction'>[number];

export function DestructionDue() {
  const { t } = useTranslation();
  const due = useCallData(() => call('casesDueForDestruction', {}), []);
  const [destroying, setDestroying] = useState<DueCase | null>(null);
  if (!due.data?.length && !due.error) return null;

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
            <Button color="red" variant="light" onClick={() => setDestroying(item)} style={{ flexShrink: 0 }}>
              {t('workflow.destruction.destroy')}
            </Button>
          </Group>
        ))}
      </Stack>
      {destroying && (
        <DestroyModal
          item={destroying}
          onClose={() => setDestroying(null)}
          onDestroyed={() => {
            setDestroying(null);
            void due.reload();
          }}
        />
      )}
    </Paper>
  );
}

function DestroyModal({ item, onClose, onDestroyed }: { item: DueCase; onClose(): void; onDestroyed(): void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const submit = useSubmit();
  const mismatch = submit.error instanceof CallFailure && submit.error.code === 'confirm_title_mismatch' ? submit.error.message : undefined;

  const destroy = async (event: FormEvent) => {
    event.preventDefault();
    const result = await submit.run(() => call('casesDestroy', { id: item.id, confirmTitle: typed }));
    if (result) onDestroyed();
  };

  return (
    <AppModal opened onClose={onClose} title={t('workflow.destruction.confirmTitle')} size="lg">
      <form noValidate onSubmit={destroy}>
        <Stack gap="md">
          <Alert color="red" variant="light">
            {t('workflow.destruction.warning')}
          </Alert>
          <TextInput
            label={t('workflow.destruction.typeTitle', { title: item.title })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            error={mismatch ?? submit.fieldErrors.confirmTitle}
            autoComplete="off"
            data-autofocus
          />
          <ErrorAlert error={mismatch ? null : submit.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={submit.busy}>
              {t('workflow.destruction.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
