// The cases linked to this one, each opening that case.
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';
import type { Navigate } from '@renderer/app/routes';

export function LinkedCases({ links, navigate }: { links: CaseDetail['links']; navigate: Navigate }) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <Stack gap={4} data-testid="linked-cases">
      <Text size="sm" fw={600}>
        {t('workflow.links.listTitle')}
      </Text>
      {links.map((link) => (
        <Text key={link.caseId} size="sm">
          <Anchor component="button" type="button" size="sm" fw={500} onClick={() => navigate({ screen: 'case', caseId: link.caseId, tab: 'overview' })}>
            {link.title}
          </Anchor>
          {link.reason && <Text span size="sm" c="dimmed">{` — ${link.reason}`}</Text>}
        </Text>
      ))}
    </Stack>
  );
}
