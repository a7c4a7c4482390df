// Handover to a successor, both sides in one screen: an advisor who leaves hands open dossiers over;
// the successor receives them in their own vault. The file is useless without the handover code.
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { HandoverList } from './HandoverList';
import { ReceiveHandover } from './ReceiveHandover';
import { SendHandover } from './SendHandover';

export function HandoverScreen() {
  const { t } = useTranslation();
  const records = useCallData(() => call('handoverList', {}), []);
  const reload = () => void records.reload();
  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap={2}>
        <Title order={1}>{t('handover.title')}</Title>
        <Text c="dimmed">{t('handover.subtitle')}</Text>
      </Stack>
      <HandoverList records={records.data ?? []} onChanged={reload} />
      <SendHandover onSent={reload} />
      <ReceiveHandover onReceived={reload} />
    </Stack>
  );
}
