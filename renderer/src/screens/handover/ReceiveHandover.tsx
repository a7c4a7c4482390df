// The successor's side: the file and the handover code in, the cases into this vault, and the short
// confirmation code out, to read to the predecessor so their copies can be destroyed.
import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { fileAsBase64 } from './chosen-file';
import { FilePicker } from './FilePicker';
import { ManifestView } from './ManifestView';

export function ReceiveHandover({ onReceived }: { onReceived(): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [code, setCode] = useState('');
  const [received, setReceived] = useState<CallOutput<'handoverImport'> | null>(null);
  const submit = useSubmit();

  const importFile = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const data = await fileAsBase64(file);
    const result = await submit.run(() => call('handoverImport', { file: data, code }));
    if (result) {
      setReceived(result);
      setCode('');
      onReceived();
    }
  };

  if (received)
    return (
      <Section title={t('handover.receive.title')}>
        <Alert color="green" variant="light" role="status" title={t('handover.receive.doneTitle', { advisor: received.from.advisor })}>
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
      <form noValidate onSubmit={(e) => void importFile(e)}>
        <Stack gap="md">
          <FilePicker accept=".vertrouwd-overdracht" label={t('handover.receive.chooseFile')} file={file} onChange={setFile} />
          <TextInput
            label={t('handover.receive.code')}
            description={t('handover.receive.codeHelp')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            maw={560}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', textTransform: 'uppercase' } }}
          />
          <ErrorAlert error={submit.error} />
          <Group>
            <Button type="submit" disabled={!file || code.trim().length === 0} loading={submit.busy}>
              {t('handover.receive.import')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
