// Handovers made and received in this vault. A sent one waits for the successor's confirmation
// code; entering it destroys the sender's copies by the normal destruction path.
import { Alert, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, HandoverRecord } from '@core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { focusMessage } from '../../components/focus-first-problem';
import { required } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { formatDateTime } from '../../i18n/format';

type ReceiptOutcome = CallOutput<'handoverConfirmReceipt'>;

/**
 * What the receipt destroyed here, and what went with it: the older backups that still held the
 * dossiers, or why no fresh backup could be made yet (they then go with the next one that succeeds).
 */
function ReceiptResult({ outcome }: { outcome: ReceiptOutcome }) {
  const { t } = useTranslation();
  const problem = outcome.backupProblem ?? null;
  const removed = outcome.backupsRemoved ?? 0;
  const unchecked = outcome.backupsUnchecked ?? 0;
  return (
    <Stack gap="xs" data-testid="handover-receipt-result">
      <Alert ref={focusMessage} color={problem ? 'orange' : 'green'} variant="light" role="status">
        <Stack gap={4}>
          <Text size="sm">{t('handover.list.receiptDone', { count: outcome.destroyed })}</Text>
          {problem ? (
            <>
              <Text size="sm">{problem}</Text>
              <Text size="sm">{t('handover.list.receiptBackupWaiting')}</Text>
            </>
          ) : (
            <Text size="sm">{removed > 0 ? t('handover.list.receiptBackups', { count: removed }) : t('handover.list.receiptNoBackups')}</Text>
          )}
        </Stack>
      </Alert>
      {unchecked > 0 && (
        <Alert color="orange" variant="light">
          {t('handover.list.receiptUnchecked', { count: unchecked })}
        </Alert>
      )}
    </Stack>
  );
}

function ConfirmReceipt({ record, onDone }: { record: HandoverRecord; onDone(outcome: ReceiptOutcome): void }) {
  const { t } = useTranslation();
  const contract = useContractForm({
    initialValues: { receiptCode: '' },
    validate: { receiptCode: required(t('handover.list.receiptCodeRequired')) },
    // A code that does not match is about the code: marked there, to be checked with the successor.
    codes: { handover_receipt_wrong: 'receiptCode' },
  });
  // The result above the list takes the focus itself once it is drawn (ReceiptResult).
  return (
    <form noValidate onSubmit={contract.onSubmit(({ receiptCode }) => call('handoverConfirmReceipt', { handoverId: record.id, receiptCode }), onDone)}>
      <Stack gap="xs">
        <Text size="sm">{t('handover.list.confirmHelp', { count: record.cases.length })}</Text>
        <Group align="flex-end">
          <TextInput
            label={t('handover.list.receiptCode')}
            {...contract.form.getInputProps('receiptCode')}
            withAsterisk
            autoComplete="off"
            w={220}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', textTransform: 'uppercase' } }}
          />
          <Button type="submit" color="red" loading={contract.busy}>
            {t('handover.list.confirm')}
          </Button>
        </Group>
        <ErrorAlert error={contract.error} />
      </Stack>
    </form>
  );
}

/** Takes a pending handover back, after saying what that means for the copy the successor may hold. */
function WithdrawHandover({ record, onDone }: { record: HandoverRecord; onDone(): void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const submit = useSubmit();
  const withdraw = async () => {
    const result = await submit.run(() => call('handoverWithdraw', { handoverId: record.id }));
    if (result) {
      setAsking(false);
      onDone();
    }
  };
  return (
    <>
      <Group>
        <Button variant="default" size="xs" onClick={() => setAsking(true)}>
          {t('handover.list.withdraw')}
        </Button>
      </Group>
      <AppModal opened={asking} onClose={() => setAsking(false)} title={t('handover.list.withdrawTitle')} centered>
        <Stack>
          <Text size="sm">{t('handover.list.withdrawBody', { count: record.cases.length })}</Text>
          <ErrorAlert error={submit.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('handover.list.cancel')}
            </Button>
            <Button color="red" loading={submit.busy} onClick={() => void withdraw()} data-autofocus>
              {t('handover.list.withdrawConfirm')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}

export function HandoverList({ records, onChanged }: { records: HandoverRecord[]; onChanged(): void }) {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<ReceiptOutcome | null>(null);
  const received = (outcome: ReceiptOutcome) => {
    setReceipt(outcome);
    onChanged();
  };
  if (records.length === 0) return null;
  return (
    <Section title={t('handover.list.title')}>
      {receipt && <ReceiptResult outcome={receipt} />}
      <Table verticalSpacing="sm">
        <Table.Tbody>
          {records.map((r) => (
            <Table.Tr key={r.id} data-testid={`handover-record-${r.direction}`}>
              <Table.Td valign="top" w={200}>
                <Stack gap={4}>
                  <Badge variant="light" color={r.direction === 'sent' ? 'petrol' : 'green'}>
                    {t(`handover.list.${r.direction}`)}
                  </Badge>
                  <Text size="sm">{formatDateTime(r.at)}</Text>
                  <Text size="sm" c="dimmed">
                    {r.counterpart || '—'}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap="xs">
                  <Text size="sm">{r.cases.map((c) => c.title ?? t('handover.list.destroyed')).join(', ')}</Text>
                  {r.direction === 'received' && (
                    <Text size="sm">
                      {t('handover.list.yourReceipt')} <strong data-testid="handover-list-receipt">{r.receiptCode}</strong>
                    </Text>
                  )}
                  {r.direction === 'sent' && r.receiptConfirmedAt && <Text size="sm">{t('handover.list.confirmedAt', { at: formatDateTime(r.receiptConfirmedAt) })}</Text>}
                  {r.direction === 'sent' && !r.codeConfirmed && !r.receiptConfirmedAt && (
                    <Text size="sm" c="orange.9">
                      {t('handover.list.codeNotConfirmed')}
                    </Text>
                  )}
                  {r.direction === 'sent' && !r.receiptConfirmedAt && <ConfirmReceipt record={r} onDone={received} />}
                  {r.direction === 'sent' && !r.receiptConfirmedAt && <WithdrawHandover record={r} onDone={onChanged} />}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
