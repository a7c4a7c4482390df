// The case's step and what to do next: move on, go back, close with a reason (which sets the date the
// dossier comes up for destruction), reopen with a reason, and link related cases.
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../../electron/core/contract';
import { caseStatusChoices, type CaseStatus } from '../../../api/choices';
import { call } from '../../../api/client';
import { useSubmit } from '../../../api/use-submit';
import type { Navigate } from '../../../app/routes';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Section } from '../../../components/Section';
import { formatDate } from '../../../i18n/format';
import { CloseCaseModal } from './CloseCaseModal';
import { LinkCaseModal } from './LinkCaseModal';
import { LinkedCases } from './LinkedCases';
import { ReopenCaseModal } from './ReopenCaseModal';

interface Props {
  detail: CaseDetail;
  onDetailChange(detail: CaseDetail): void;
  navigate: Navigate;
}

type Dialog = 'close' | 'reopen' | 'link' | null;

const openSteps: CaseStatus[] = caseStatusChoices.filter((status) => status !== 'closed');

export function CaseStatusPanel({ detail, onDetailChange, navigate }: Props) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const closed = detail.status === 'closed';
  const done = (updated: CaseDetail) => {
    onDetailChange(updated);
    setDialog(null);
  };

  return (
    <Section title={t('workflow.status.title')} description={t(`workflow.status.stepHelp.${detail.status}`)}>
      <Stack gap="md" data-testid="case-status-panel">
        {closed ? <ClosedSummary detail={detail} /> : <StepControls detail={detail} onDetailChange={onDetailChange} onClose={() => setDialog('close')} />}
        <Group gap="sm">
          {closed && (
            <Button onClick={() => setDialog('reopen')} data-testid="case-reopen">
              {t('workflow.status.reopen')}
            </Button>
          )}
          <Button variant="default" onClick={() => setDialog('link')}>
            {t('workflow.links.link')}
          </Button>
        </Group>
        <LinkedCases links={detail.links} navigate={navigate} />
      </Stack>
      {dialog === 'close' && <CloseCaseModal caseId={detail.id} onClose={() => setDialog(null)} onClosed={done} />}
      {dialog === 'reopen' && <ReopenCaseModal caseId={detail.id} onClose={() => setDialog(null)} onReopened={done} />}
      {dialog === 'link' && <LinkCaseModal detail={detail} onClose={() => setDialog(null)} onLinked={done} />}
    </Section>
  );
}

function ClosedSummary({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" title={t('workflow.status.closedTitle', { date: formatDate(detail.closedAt) })} data-testid="case-closed-summary">
      <Stack gap={4}>
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('workflow.status.closedReason')}:
          </Text>{' '}
          {detail.closureReason ?? '—'}
        </Text>
        <Text size="sm">{t('workflow.status.destroyAfter', { date: formatDate(detail.destroyAfter) })}</Text>
      </Stack>
    </Alert>
  );
}

function StepControls({ detail, onDetailChange, onClose }: { detail: CaseDetail; onDetailChange(detail: CaseDetail): void; onClose(): void }) {
  const { t } = useTranslation();
  const index = openSteps.indexOf(detail.status);
  const next = openSteps[index + 1];
  const others = openSteps.filter((status) => status !== detail.status);
  const [other, setOther] = useState<CaseStatus>(others[0] ?? 'intake');
  const [note, setNote] = useState('');
  const submit = useSubmit();

  const moveTo = async (status: CaseStatus, reason?: string) => {
    const updated = await submit.run(() => call('casesSetStatus', { id: detail.id, status, reason: reason?.trim() || undefined }));
    if (updated) {
      onDetailChange(updated);
      setNote('');
    }
  };

  const moveToOther = (event: FormEvent) => {
    event.preventDefault();
    void moveTo(other, note);
  };

  return (
    <Stack gap="md">
      <Group gap="sm">
        {next && (
          <Button onClick={() => void moveTo(next)} loading={submit.busy} data-testid="case-next-step">
            {t('workflow.status.next', { step: t(`caseStatus.${next}`) })}
          </Button>
        )}
        <Button variant={next ? 'default' : 'filled'} onClick={onClose} data-testid="case-close">
          {t('workflow.status.close')}
        </Button>
      </Group>
      <form noValidate onSubmit={moveToOther}>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('workflow.status.otherStep')}
            data={others.map((status) => ({ value: status, label: t(`caseStatus.${status}`) }))}
            value={other}
            onChange={(event) => setOther(event.currentTarget.value as CaseStatus)}
            w={220}
          />
          <TextInput
            label={t('workflow.status.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={submit.fieldErrors.reason}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="submit" variant="default" loading={submit.busy}>
            {t('workflow.status.moveTo')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={submit.error} />
    </Stack>
  );
}
