// The case's step and what to do next: move on, go back, close with a reason (which sets the date the
// dossier comes up for destruction), reopen with a reason, and link related cases.
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';
import { caseStatusChoices, type CaseStatus } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { useSubmit } from '@renderer/api/use-submit';
import type { Navigate } from '@renderer/app/routes';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { focusResult } from '@renderer/components/focus-first-problem';
import { atMost } from '@renderer/components/forms/rules';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { Section } from '@renderer/components/Section';
import { formatDate } from '@renderer/i18n/format';
import { TEXT_LIMITS } from '@shared';
import { CloseCaseModal } from './CloseCaseModal';
import { LinkCaseModal } from './LinkCaseModal';
import { LinkedCases } from './LinkedCases';
import { ReopenCaseModal } from './ReopenCaseModal';
import { statusHeading } from './status-heading';

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
  const next = openSteps[openSteps.indexOf(detail.status) + 1];
  const move = useSubmit();
  const done = (updated: CaseDetail) => {
    onDetailChange(updated);
    setDialog(null);
  };
  const moveTo = async (status: CaseStatus) => {
    const updated = await move.run(() => call('casesSetStatus', { id: detail.id, status }));
    if (updated) onDetailChange(updated);
  };

  return (
    <Section title={t('workflow.status.title')} description={t(`workflow.status.stepHelp.${detail.status}`)}>
      <Stack gap="md" data-testid="case-status-panel">
        {closed && <ClosedSummary detail={detail} />}
        <Group gap="sm">
          {closed && (
            <Button onClick={() => setDialog('reopen')} data-testid="case-reopen">
              {t('workflow.status.reopen')}
            </Button>
          )}
          {!closed && next && (
            <Button onClick={() => void moveTo(next)} loading={move.busy} data-testid="case-next-step">
              {t('workflow.status.next', { step: t(`caseStatus.${next}`) })}
            </Button>
          )}
          {!closed && (
            <Button variant={next ? 'default' : 'filled'} onClick={() => setDialog('close')} data-testid="case-close">
              {t('workflow.status.close')}
            </Button>
          )}
          <Button variant="default" onClick={() => setDialog('link')}>
            {t('workflow.links.link')}
          </Button>
        </Group>
        {!closed && <OtherStepForm detail={detail} onMoved={onDetailChange} />}
        <ErrorAlert error={move.error} />
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

/** Work is rarely linear: any open step can be chosen, with an optional note for the chronology. */
function OtherStepForm({ detail, onMoved }: { detail: CaseDetail; onMoved(detail: CaseDetail): void }) {
  const { t } = useTranslation();
  const others = openSteps.filter((status) => status !== detail.status);
  const contract = useContractForm({
    initialValues: { status: others[0] ?? 'intake', note: '' },
    validate: { note: atMost(TEXT_LIMITS.statusReason, t('common.tooLong', { max: TEXT_LIMITS.statusReason })) },
    fields: { reason: 'note' },
  });
  const { form } = contract;
  // The list changes with the case's step: a choice that is now the current step falls back to the first other.
  const target = others.includes(form.values.status) ? form.values.status : (others[0] ?? 'intake');

  return (
    <form
      noValidate
      onSubmit={contract.onSubmit(
        ({ note }) => call('casesSetStatus', { id: detail.id, status: target, reason: note.trim() || undefined }),
        (updated) => {
          onMoved(updated);
          form.setFieldValue('note', '');
          focusResult(statusHeading);
        },
      )}
    >
      <Stack gap="xs">
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('workflow.status.otherStep')}
            data={others.map((status) => ({ value: status, label: t(`caseStatus.${status}`) }))}
            {...form.getInputProps('status')}
            value={target}
            w={220}
          />
          <TextInput label={t('workflow.status.note')} {...form.getInputProps('note')} maxLength={TEXT_LIMITS.statusReason} style={{ flex: 1, minWidth: 220 }} />
          <Button type="submit" variant="default" loading={contract.busy}>
            {t('workflow.status.moveTo')}
          </Button>
        </Group>
        <ErrorAlert error={contract.error} />
      </Stack>
    </form>
  );
}
