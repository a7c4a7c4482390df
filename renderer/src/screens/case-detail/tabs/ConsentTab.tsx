// Consent per purpose: who must agree given the victim's age (main decides), who still has to,
// and the decisions recorded so far — each can be withdrawn, which is recorded too.
import { Badge, Button, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@renderer/components/DateField';
import type { CallInput, CaseDetail, Consent, ConsentStatus } from '@core/contract';
import { consentGiverChoices, consentMethodChoices, consentSubjectChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { focusResultAt } from '@renderer/components/focus-first-problem';
import { ReasonDialog } from '@renderer/components/forms/ReasonDialog';
import { atMost, required } from '@renderer/components/forms/rules';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { Section } from '@renderer/components/Section';
import { formatDate } from '@renderer/i18n/format';
import { TEXT_LIMITS } from '@shared';
import { ConsentAgeRule } from '../workflow/ConsentAgeRule';

interface Props {
  detail: CaseDetail;
  onDetailChange(detail: CaseDetail): void;
}

type ConsentDraft = Omit<CallInput<'consentsRecord'>, 'caseId'>;
const today = () => new Date().toLocaleDateString('sv-SE');

export function ConsentTab({ detail, onDetailChange }: Props) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const givers = (list: string[]) => list.map((giver) => t(`consent.givers.${giver as Consent['givenBy']}`)).join(', ');

  return (
    <Stack gap="lg">
      {/* The form first: recording a decision is the work here, and at 1024×700 it must be in view. */}
      <RecordConsentForm caseId={detail.id} victims={detail.persons.filter((p) => p.role === 'victim')} onRecorded={onDetailChange} />
      <Section title={t('consent.statusTitle')} description={t('consent.statusHelp')}>
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm">
          {detail.consentStatus.map((status) => (
            <Paper key={status.subject} withBorder p="md" radius="md" data-testid={`consent-status-${status.subject}`} data-state={status.state}>
              <Stack gap={4}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{t(`consent.subjects.${status.subject}`)}</Text>
                  <StateBadge state={status.state} />
                </Group>
                <Text size="sm" c="dimmed">
                  {status.required.length === 0 ? t('consent.noneRequired') : t('consent.requiredFrom', { givers: givers(status.required) })}
                </Text>
                {status.victims.length > 1 ? (
                  status.victims.map((victim, i) => (
                    <Group key={victim.personId} gap={6} wrap="nowrap" justify="space-between">
                      <Text size="sm">{victim.label || t('consent.victimUnnamed', { n: i + 1 })}</Text>
                      <StateBadge state={victim.state} size="sm" />
                    </Group>
                  ))
                ) : (
                  <GiverLines givers={status.victims[0]?.givers ?? []} missing={status.victims.length === 0 ? status.missing : []} />
                )}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      </Section>
      <Section title={t('consent.historyTitle')}>
        {detail.consents.length === 0 ? (
          <Text c="dimmed">{t('consent.empty')}</Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consent.subject')}</Table.Th>
                <Table.Th>{t('consent.givenBy')}</Table.Th>
                <Table.Th>{t('consent.decision')}</Table.Th>
                <Table.Th>{t('consent.method')}</Table.Th>
                <Table.Th>{t('consent.decidedAt')}</Table.Th>
                <Table.Th>{t('consent.note')}</Table.Th>
                <Table.Th>{t('consent.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.consents.map((consent) => (
                <Table.Tr key={consent.id}>
                  <Table.Td>{t(`consent.subjects.${consent.subject}`)}</Table.Td>
                  <Table.Td>{t(`consent.givers.${consent.givenBy}`)}</Table.Td>
                  <Table.Td>{t(`consent.decisions.${consent.decision}`)}</Table.Td>
                  <Table.Td>{t(`consent.methods.${consent.method}`)}</Table.Td>
                  <Table.Td>{formatDate(consent.decidedAt)}</Table.Td>
                  {/* What was explained and agreed is half of what a consent means: shown with it, not only stored. */}
                  <Table.Td data-testid="consent-note">
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {consent.note.trim() || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {consent.withdrawnAt ? (
                      <Text size="sm" c="dimmed" data-testid={`consent-withdrawn-${consent.id}`}>
                        {t('consent.withdrawnOn', { date: formatDate(consent.withdrawnAt) })}
                        {consent.withdrawalNote?.trim() ? `: ${consent.withdrawalNote.trim()}` : ''}
                      </Text>
                    ) : consent.decision === 'given' ? (
                      <Button variant="subtle" color="red" size="compact-sm" onClick={() => setWithdrawing(consent)}>
                        {t('consent.withdraw')}
                      </Button>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <ConsentAgeRule detail={detail} />
      {withdrawing && (
        <WithdrawModal
          caseId={detail.id}
          consent={withdrawing}
          onClose={() => setWithdrawing(null)}
          onWithdrawn={(updated) => {
            onDetailChange(updated);
            setWithdrawing(null);
          }}
        />
      )}
    </Stack>
  );
}

const STATE_COLOR: Record<ConsentStatus['state'], string> = { given: 'green', refused: 'red', withdrawn: 'gray', undecided: 'orange' };

/** The state as the records have it: given, refused, withdrawn or not yet decided, never one for the other. */
function StateBadge({ state, size }: { state: ConsentStatus['state']; size?: 'sm' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOR[state]} variant="light" radius="sm" size={size} data-testid="consent-state">
      {t(`consent.states.${state}`)}
    </Badge>
  );
}

/** Who refused, who withdrew and who has not decided yet, each said as what it is. */
function GiverLines({ givers, missing }: { givers: ConsentStatus['victims'][number]['givers']; missing: ConsentStatus['missing'] }) {
  const { t } = useTranslation();
  const names = (list: string[]) => list.map((giver) => t(`consent.givers.${giver as Consent['givenBy']}`)).join(', ');
  const by = (state: ConsentStatus['state']) => givers.filter((g) => g.state === state).map((g) => g.giver);
  const undecided = [...by('undecided'), ...missing];
  return (
    <>
      {by('refused').length > 0 && (
        <Text size="sm" c="red.8">
          {t('consent.refusedBy', { givers: names(by('refused')) })}
        </Text>
      )}
      {by('withdrawn').length > 0 && (
        <Text size="sm" c="gray.8">
          {t('consent.withdrawnBy', { givers: names(by('withdrawn')) })}
        </Text>
      )}
      {undecided.length > 0 && (
        <Text size="sm" c="orange.9">
          {t('consent.stillMissing', { givers: names(undecided) })}
        </Text>
      )}
    </>
  );
}

function RecordConsentForm({ caseId, victims, onRecorded }: { caseId: string; victims: CaseDetail['persons']; onRecorded(detail: CaseDetail): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<ConsentDraft>({
    initialValues: { subject: 'dossier', givenBy: 'victim', decision: 'given', method: 'verbal', decidedAt: today(), note: '', victimPersonId: victims[0]?.id },
    validate: {
      decidedAt: required(t('consent.decidedAtRequired')),
      note: atMost(TEXT_LIMITS.consentNote, t('common.tooLong', { max: TEXT_LIMITS.consentNote })),
    },
  });
  const { form } = contract;

  const record = ({ victimPersonId, ...draft }: ConsentDraft) =>
    // Which victim matters only when there is more than one.
    call('consentsRecord', { caseId, ...draft, victimPersonId: victims.length > 1 ? (victimPersonId ?? victims[0]!.id) : undefined });

  return (
    <Section title={t('consent.recordTitle')}>
      <form
        noValidate
        onSubmit={contract.onSubmit(record, (updated, { subject }) => {
          onRecorded(updated);
          form.setFieldValue('note', '');
          // The subject's state, now with this decision, takes the focus.
          focusResultAt(`[data-testid="consent-status-${subject}"]`);
        })}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            {victims.length > 1 && (
              <NativeSelect
                label={t('consent.victimFor')}
                data={victims.map((victim, i) => ({ value: victim.id, label: victim.label || t('consent.victimUnnamed', { n: i + 1 }) }))}
                {...form.getInputProps('victimPersonId')}
                data-testid="consent-victim"
              />
            )}
            <NativeSelect
              label={t('consent.subject')}
              data={consentSubjectChoices.map((subject) => ({ value: subject, label: t(`consent.subjects.${subject}`) }))}
              {...form.getInputProps('subject')}
            />
            <NativeSelect label={t('consent.givenBy')} data={consentGiverChoices.map((giver) => ({ value: giver, label: t(`consent.givers.${giver}`) }))} {...form.getInputProps('givenBy')} />
            <NativeSelect label={t('consent.method')} data={consentMethodChoices.map((method) => ({ value: method, label: t(`consent.methods.${method}`) }))} {...form.getInputProps('method')} />
            <DateField label={t('consent.decidedAt')} {...contract.dateInputProps('decidedAt')} withAsterisk />
          </SimpleGrid>
          <Radio.Group label={t('consent.decision')} {...form.getInputProps('decision')}>
            <Group gap="lg" mt={6}>
              <Radio value="given" label={t('consent.decisions.given')} />
              <Radio value="refused" label={t('consent.decisions.refused')} />
            </Group>
          </Radio.Group>
          <Textarea label={t('consent.note')} description={t('consent.noteHelp')} {...form.getInputProps('note')} maxLength={TEXT_LIMITS.consentNote} autosize minRows={2} />
          <ErrorAlert error={contract.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={contract.busy}>
              {t('consent.record')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function WithdrawModal({ caseId, consent, onClose, onWithdrawn }: { caseId: string; consent: Consent; onClose(): void; onWithdrawn(detail: CaseDetail): void }) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('consent.withdrawTitle')}
      intro={t('consent.withdrawIntro', { subject: t(`consent.subjects.${consent.subject}`), giver: t(`consent.givers.${consent.givenBy}`) })}
      label={t('consent.withdrawNote')}
      maxLength={TEXT_LIMITS.consentNote}
      confirmLabel={t('consent.withdraw')}
      destructive
      field="note"
      send={(note) => call('consentsWithdraw', { caseId, consentId: consent.id, note })}
      onDone={onWithdrawn}
      // The withdraw button gives way to the date of withdrawal: that line takes the focus.
      result={() => document.querySelector<HTMLElement>(`[data-testid="consent-withdrawn-${consent.id}"]`)}
      onClose={onClose}
    />
  );
}
