// The chronology's verify action: recompute the hash chain and say whether it still matches, with
// the head a third party can compare against the printed case summary — or the first event that no
// longer matches.
import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainCheckResult } from '@core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { labelOrValue } from '../../i18n';
import { formatDateTime } from '../../i18n/format';

export function ChronologyCheck({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<ChainCheckResult | null>(null);
  const submit = useSubmit();
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="default" size="compact-sm" loading={submit.busy} onClick={() => void submit.run(() => call('chronologyVerify', { caseId })).then((r) => r && setCheck(r))}>
          {t('board.chain.verify')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('board.chain.help')}
        </Text>
      </Group>
      {check?.ok && (
        <Alert color="green" variant="light" role="status" data-testid="chain-ok">
          <Text size="sm">{t('board.chain.ok', { count: check.events })}</Text>
          <Code block data-testid="chain-head">
            {check.head ?? '—'}
          </Code>
        </Alert>
      )}
      {check && !check.ok && check.firstMismatch && (
        <Alert color="red" variant="light" role="alert" data-testid="chain-mismatch">
          {t('board.chain.mismatch', { position: check.firstMismatch.position, kind: labelOrValue('timelineKind', check.firstMismatch.kind), at: formatDateTime(check.firstMismatch.at) })}
        </Alert>
      )}
      <ErrorAlert error={submit.error} />
    </Stack>
  );
}
