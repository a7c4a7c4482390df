// Being prepared: the school's readiness, the yearly lesson per class, the documents a school adopts,
// and the glossary. School-level work: nothing on these tabs belongs to a case.
import { Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { preventionTabs, type Navigate, type PreventionTab } from '../../app/routes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DocumentsTab } from './DocumentsTab';
import { GlossaryTab } from './GlossaryTab';
import { LessonsTab } from './LessonsTab';
import { ReadinessTab } from './ReadinessTab';

export function PreventionScreen({ tab, navigate }: { tab: PreventionTab; navigate: Navigate }) {
  const { t } = useTranslation();
  const overview = useCallData(() => call('preventionOverview', {}), []);

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1}>{t('prevention.title')}</Title>
          <Text c="dimmed">{t('prevention.subtitle')}</Text>
        </Stack>
        {overview.data && (
          <Badge variant="light" size="lg" radius="sm">
            {t('prevention.schoolYear', { label: overview.data.schoolYear.label })}
          </Badge>
        )}
      </Group>
      <ErrorAlert error={overview.error} />
      <Tabs value={tab} onChange={(value) => value && navigate({ screen: 'prevention', tab: value as PreventionTab })} keepMounted={false}>
        <Tabs.List mb="md">
          {preventionTabs.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`prevention.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="readiness">{overview.data && <ReadinessTab overview={overview.data} onChange={overview.setData} />}</Tabs.Panel>
        <Tabs.Panel value="lessons">{overview.data && <LessonsTab overview={overview.data} onChange={overview.setData} />}</Tabs.Panel>
        <Tabs.Panel value="documents">
          <DocumentsTab />
        </Tabs.Panel>
        <Tabs.Panel value="glossary">
          <GlossaryTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
