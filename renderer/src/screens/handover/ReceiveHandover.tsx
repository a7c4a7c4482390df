// The successor's side: the file and the handover code in, the cases into this vault, and the short
// confirmation code out, to read to the predecessor so their copies can be destroyed.
import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusResultAt } from '../../components/focus-first-problem';
import { required } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { Section } from '../../components/Section';
import { fileAsBase64 } from './chosen-file';
import { FilePicker } from './FilePicker';
import { ManifestView } from './ManifestView';

export function ReceiveHandover({ onReceived }: { onReceived(): void }) {
  const { t } = useTranslation();
  const [received, setReceived] = useState<CallOutput<'handoverImport'> | null>(null);
  const contract = useContractForm<{ file: File | null; code: string }>({
    initialValues: { file: null, code: '' },
    validate: { file: required(t('handover.receive.fileRequired')), code: required(t('handover.receive.codeRequired')) },
    // A code that does not open this file is about the code: shown there, so it is fixed there.
    codes: { handover_wrong_code: 'code', handover_code_malformed: 'code' },
  });
  const { form } = contract;
  // The rules made sure a file was chosen before this runs.
  const send = async ({ file, code }: { file: File | null; code: string }) => call('handoverImport', { file: await fileAsBase64(file!), code });

  if (received)
    return (
      <Section title={t('handover.receive.title')}>
        <Alert color="green" variant="light" role="status" data-testid="handover-received" title={t('handover.receive.doneTitle', { advisor: received.from.advisor })}>
          <Stack gap="xs">
            <Text>{t('handover.receive.receipt')}</Text>
            <Text ff="monospace" fz={28} fw={700} data-testid="handover-receipt-code" style={{ letterSpacing: '0.12em' }}>
              {received.receiptCode}
            </Text>
          </Stack>
        </Alert>
        <List>
          {received.cases.map((c) => (
            <List.Item key={c.id}>{c.title}</List.Item>
          ))}
        </List>
        <ManifestView manifest={received.manifest} />
        <Group>
          <Button variant="default" onClick={() => setReceived(null)}>
            {t('handover.receive.another')}
          </Button>
        </Group>
      </Section>
    );

  return (
    <Section title={t('handover.receive.title')} description={t('handover.receive.help')}>
      <form
        noValidate
        onSubmit={contract.onSubmit(send, (result) => {
          setReceived(result);
          form.reset();
          onReceived();
          focusResultAt('[data-testid="handover-received"]');
        })}
      >
        <Stack gap="md">
          <FilePicker accept=".vertrouwd-overdracht" label={t('handover.receive.chooseFile')} {...form.getInputProps('file')} />
          <TextInput
            label={t('handover.receive.code')}
            description={t('handover.receive.codeHelp')}
            {...form.getInputProps('code')}
            withAsterisk
            autoComplete="off"
            spellCheck={false}
            maw={560}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', textTransform: 'uppercase' } }}
          />
          <ErrorAlert error={contract.error} />
          <Group>
            <Button type="submit" loading={contract.busy}>
              {t('handover.receive.import')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
