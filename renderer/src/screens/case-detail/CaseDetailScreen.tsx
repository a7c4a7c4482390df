// One case as a frame: its header and guardrails stay in view, the tabs hold the work.
import { Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import type { CaseTab, Navigate } from '../../app/routes';
import { RecordKindBadge, SeverityBadge, StatusBadge } from '../../components/CaseBadges';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatShortDate } from '../../i18n/format';
import { AssessmentTab } from './assessment/AssessmentTab';
import { CommunicationTab } from './communication/CommunicationTab';
import { CaseTabList } from './CaseTabs';
import { HandedOverNotice } from '@renderer/screens/handover/HandedOverNotice';
import { GuardrailBanners } from './GuardrailBanners';
import { InterviewTab } from './interview/InterviewTab';
import { ActionsTab } from './tabs/ActionsTab';
import { ConsentTab } from './tabs/ConsentTab';
import { NotesTab } from './tabs/NotesTab';
import { OverviewTab } from './tabs/OverviewTab';
import { TimelineTab } from './tabs/TimelineTab';
import { TakedownTab } from './takedown/TakedownTab';
import { CaseStepper } from './workflow/CaseStepper';

interface Props {
  caseId: string;
  tab: CaseTab;
  navigate: Navigate;
  /** Told of every tab change, so the app can return to this tab after a lock. */
  onTabChange?(tab: CaseTab): void;
}

export function CaseDetailScreen({ caseId, tab, navigate, onTabChange }: Props) {
  const { t } = useTranslation();
  const detail = useCallData(() => call('casesGet', { id: caseId }), [caseId]);
  const [activeTab, setTab] = useState<CaseTab>(tab);
  const setActiveTab = (next: CaseTab) => {
    setTab(next);
    onTabChange?.(next);
  };

  const back = (
    <Button variant="subtle" size="compact-sm" onClick={() => navigate({ screen: 'cases' })} style={{ alignSelf: 'flex-start' }}>
      ← {t('caseDetail.backToList')}
    </Button>
  );
  if (!detail.data) {
    return (
      <Stack gap="md">
        {back}
        {detail.error ? <ErrorAlert error={detail.error} /> : <Loader aria-label={t('app.loading')} />}
      </Stack>
    );
  }
  const current = detail.data;

  return (
    <Stack gap="xs" maw={1200}>
      <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
        <Group gap="sm" wrap="nowrap" miw={0} align="center">
          <Button variant="subtle" size="compact-sm" onClick={() => navigate({ screen: 'cases' })} style={{ flexShrink: 0 }}>
            ← {t('caseDetail.backToList')}
          </Button>
          <Title order={1} size="h3" data-testid="case-title" lineClamp={1}>
            {current.title}
          </Title>
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            <StatusBadge status={current.status} />
            <RecordKindBadge kind={current.recordKind} />
            {(current.level || current.acute) && <SeverityBadge level={current.level} acute={current.acute} />}
          </Group>
        </Group>
        <Text size="xs" c="dimmed" style={{ flexShrink: 0, textAlign: 'right' }}>
          {t('caseDetail.openedOn', { date: formatShortDate(current.openedAt) })}
          <br />
          {t('caseDetail.updatedOn', { date: formatShortDate(current.updatedAt) })}
        </Text>
      </Group>
      <CaseStepper status={current.status} />
      <HandedOverNotice handedOver={current.handedOver} />
      <GuardrailBanners guardrails={current.guardrails} />
      <Tabs value={activeTab} onChange={(value) => value && setActiveTab(value as CaseTab)} keepMounted={false} variant="outline">
        <CaseTabList active={activeTab} onSelect={setActiveTab} />
        <Stack pt="md">
          <Tabs.Panel value="overview">
            <OverviewTab detail={current} onDetailChange={detail.setData} navigate={navigate} />
          </Tabs.Panel>
          <Tabs.Panel value="interview">
            <InterviewTab caseId={caseId} detail={current} onDetailChange={detail.setData} onCaseChanged={detail.reload} onOpenAssessment={() => setActiveTab('assessment')} />
          </Tabs.Panel>
          <Tabs.Panel value="assessment">
            <AssessmentTab caseId={caseId} onCaseChanged={detail.reload} onOpenSource={(key) => navigate({ screen: 'sources', focus: key })} />
          </Tabs.Panel>
          <Tabs.Panel value="actions">
            <ActionsTab caseId={caseId} detail={current} onChanged={detail.reload} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <TimelineTab caseId={caseId} />
          </Tabs.Panel>
          <Tabs.Panel value="notes">
            <NotesTab caseId={caseId} />
          </Tabs.Panel>
          <Tabs.Panel value="evidence">
            <TakedownTab caseId={caseId} onCaseChanged={detail.reload} />
          </Tabs.Panel>
          <Tabs.Panel value="consent">
            <ConsentTab detail={current} onDetailChange={detail.setData} />
          </Tabs.Panel>
          <Tabs.Panel value="communication">
            <CommunicationTab caseId={caseId} />
          </Tabs.Panel>
        </Stack>
      </Tabs>
    </Stack>
  );
}
