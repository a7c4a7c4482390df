// The case at a glance: what happened, its status, the people in it; each can be edited here.
import { Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { TEXT_LIMITS } from '@shared';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Person } from '@core/contract';
import { ageBandChoices, personKindChoices, personRoleChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import type { Navigate } from '@renderer/app/routes';
import { AppModal } from '@renderer/components/AppModal';
import { CaseFields, caseFieldRules, type CaseFieldValues } from '@renderer/components/CaseFields';
import { focusResultAt } from '@renderer/components/focus-first-problem';
import { ReasonDialog } from '@renderer/components/forms/ReasonDialog';
import { atMost } from '@renderer/components/forms/rules';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { Section } from '@renderer/components/Section';
import { labelOrValue } from '@renderer/i18n';
import { formatDate } from '@renderer/i18n/format';
import { CaseStatusPanel } from '../workflow/CaseStatusPanel';
import { ChecklistsSection } from '../workflow/ChecklistsSection';
import { FormActions } from '@renderer/components/FormActions';

interface Props {
  detail: CaseDetail;
  onDetailChange(detail: CaseDetail): void;
}

export function OverviewTab({ detail, onDetailChange, navigate }: Props & { navigate: Navigate }) {
  return (
    <Stack gap="lg">
      <CaseSummarySection detail={detail} onDetailChange={onDetailChange} />
      <CaseStatusPanel detail={detail} onDetailChange={onDetailChange} navigate={navigate} />
      <PersonsSection detail={detail} onDetailChange={onDetailChange} />
      <ChecklistsSection detail={detail} />
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

function CaseSummarySection({ detail, onDetailChange }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);

  if (editing) {
    return (
      <Section title={t('overview.editTitle')}>
        <CaseEditForm
          detail={detail}
          onCancel={() => setEditing(false)}
          onSaved={(updated) => {
            onDetailChange(updated);
            setEditing(false);
            // The form gives way to the summary: its heading takes the focus.
            focusResultAt('[data-testid="case-summary"] h2');
          }}
        />
      </Section>
    );
  }

  return (
    <Section
      title={t('overview.summaryTitle')}
      testId="case-summary"
      actions={
        <Button variant="default" size="xs" onClick={() => setEditing(true)}>
          {t('common.edit')}
        </Button>
      }
    >
      <Text style={{ whiteSpace: 'pre-wrap' }} c={detail.summary ? undefined : 'dimmed'}>
        {detail.summary || t('overview.noSummary')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <Fact label={t('caseFields.incidentTypes')}>
          <Group gap={4}>
            {detail.incidentTypes.length === 0 && <Text>—</Text>}
            {detail.incidentTypes.map((type) => (
              <Badge key={type} variant="light" color="gray" radius="sm">
                {labelOrValue('incidentType', type)}
              </Badge>
            ))}
          </Group>
        </Fact>
        <Fact label={t('caseFields.platforms')}>
          <Text>{detail.platforms.join(', ') || '—'}</Text>
        </Fact>
        <Fact label={t('caseFields.schoolLevel')}>
          <Text>{t(`schoolLevel.${detail.schoolLevel}Long`)}</Text>
        </Fact>
        <Fact label={t('caseFields.incidentDate')}>
          <Text>{formatDate(detail.incidentDate)}</Text>
        </Fact>
      </SimpleGrid>
    </Section>
  );
}

/** The case's own fields, as when it was created; mounted afresh each time editing starts. */
function CaseEditForm({ detail, onCancel, onSaved }: { detail: CaseDetail; onCancel(): void; onSaved(detail: CaseDetail): void }) {
  const { t } = useTranslation();
  const { title, schoolLevel, incidentTypes, platforms, summary, incidentDate } = detail;
  const contract = useContractForm<CaseFieldValues>({
    initialValues: { title, schoolLevel, incidentTypes, platforms, summary, incidentDate },
    validate: caseFieldRules(t),
    within: 'patch',
  });
  return (
    <form noValidate onSubmit={contract.onSubmit((patch) => call('casesUpdate', { id: detail.id, patch }), onSaved)}>
      <Stack gap="lg">
        <CaseFields contract={contract} autoFocus />
        <FormActions error={contract.error} busy={contract.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

type PersonDraft = Omit<Person, 'id'>;
const emptyPerson: PersonDraft = { role: 'victim', kind: 'pupil', label: '', ageBand: 'unknown', classGroup: null, contact: null, relatedPersonId: null };

function PersonsSection({ detail, onDetailChange }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ id?: string; person: PersonDraft } | null>(null);

  return (
    <Section
      title={t('persons.title')}
      description={t('persons.help')}
      testId="case-persons"
      actions={
        <Button variant="default" size="xs" onClick={() => setEditing({ person: emptyPerson })}>
          {t('persons.add')}
        </Button>
      }
    >
      {detail.persons.length === 0 ? (
        <Text c="dimmed">{t('persons.empty')}</Text>
      ) : (
        <Table verticalSpacing="xs" striped={false} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('persons.role')}</Table.Th>
              <Table.Th>{t('persons.label')}</Table.Th>
              <Table.Th>{t('persons.kind')}</Table.Th>
              <Table.Th>{t('persons.ageBand')}</Table.Th>
              <Table.Th>{t('persons.classGroup')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.persons.map(({ id, ...person }) => (
              <Table.Tr key={id}>
                <Table.Td>{t(`persons.roles.${person.role}`)}</Table.Td>
                <Table.Td>{person.label || '—'}</Table.Td>
                <Table.Td>{t(`persons.kinds.${person.kind}`)}</Table.Td>
                <Table.Td>{t(`persons.ageBands.${person.ageBand}`)}</Table.Td>
                <Table.Td>{person.classGroup ?? '—'}</Table.Td>
                <Table.Td ta="right">
                  <Button variant="subtle" size="compact-sm" onClick={() => setEditing({ id, person })}>
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <PersonModal
          caseId={detail.id}
          personId={editing.id}
          initial={editing.person}
          onClose={() => setEditing(null)}
          onSaved={(updated) => {
            onDetailChange(updated);
            setEditing(null);
          }}
        />
      )}
    </Section>
  );
}

interface PersonModalProps {
  caseId: string;
  personId?: string;
  initial: PersonDraft;
  onClose(): void;
  onSaved(detail: CaseDetail): void;
}

/** The person as the form holds it: the optional texts as '' rather than null. */
type PersonFields = Omit<PersonDraft, 'classGroup' | 'contact'> & { classGroup: string; contact: string };

function PersonModal({ caseId, personId, initial, onClose, onSaved }: PersonModalProps) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  const tooLong = (max: number) => atMost(max, t('common.tooLong', { max }));
  const contract = useContractForm<PersonFields>({
    initialValues: { ...initial, classGroup: initial.classGroup ?? '', contact: initial.contact ?? '' },
    validate: { label: tooLong(TEXT_LIMITS.personLabel), classGroup: tooLong(TEXT_LIMITS.personClassGroup), contact: tooLong(TEXT_LIMITS.personContact) },
    within: 'person',
  });
  const { form } = contract;

  if (personId && removing) {
    return <RemovePersonModal caseId={caseId} personId={personId} person={initial} onBack={() => setRemoving(false)} onRemoved={onSaved} onClose={onClose} />;
  }

  const save = ({ classGroup, contact, ...person }: PersonFields) =>
    call('personsSave', { caseId, personId, person: { ...person, classGroup: classGroup.trim() || null, contact: contact.trim() || null } });

  return (
    <AppModal opened onClose={onClose} title={personId ? t('persons.editTitle') : t('persons.addTitle')} size="lg">
      <form
        noValidate
        onSubmit={contract.onSubmit(save, (updated) => {
          onSaved(updated);
          // The dialog is gone: the list of persons, with the change, takes the focus.
          focusResultAt('[data-testid="case-persons"] h2');
        })}
      >
        <Stack gap="md">
          <SimpleGrid cols={2}>
            <NativeSelect label={t('persons.role')} data={personRoleChoices.map((role) => ({ value: role, label: t(`persons.roles.${role}`) }))} {...form.getInputProps('role')} />
            <NativeSelect label={t('persons.kind')} data={personKindChoices.map((kind) => ({ value: kind, label: t(`persons.kinds.${kind}`) }))} {...form.getInputProps('kind')} />
          </SimpleGrid>
          <TextInput label={t('persons.label')} description={t('persons.labelHelp')} {...form.getInputProps('label')} maxLength={TEXT_LIMITS.personLabel} data-autofocus />
          <SimpleGrid cols={2}>
            <NativeSelect
              label={t('persons.ageBand')}
              description={t('persons.ageBandHelp')}
              data={ageBandChoices.map((band) => ({ value: band, label: t(`persons.ageBands.${band}`) }))}
              {...form.getInputProps('ageBand')}
            />
            <TextInput label={t('persons.classGroup')} description={t('persons.classGroupHelp')} {...form.getInputProps('classGroup')} maxLength={TEXT_LIMITS.personClassGroup} />
          </SimpleGrid>
          <Textarea label={t('persons.contact')} description={t('persons.contactHelp')} {...form.getInputProps('contact')} maxLength={TEXT_LIMITS.personContact} autosize minRows={2} />
          <FormActions error={contract.error} busy={contract.busy} onCancel={onClose} />
          {personId && (
            <Group justify="flex-start">
              <Button variant="subtle" color="red" size="compact-sm" onClick={() => setRemoving(true)} data-testid="person-remove">
                {t('persons.remove.open')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </AppModal>
  );
}

/**
 * Removing someone added by mistake or twice. The core refuses while consent, interview answers or a
 * family letter point at the person; its message says so, and the details can be corrected instead.
 */
function RemovePersonModal({
  caseId,
  personId,
  person,
  onBack,
  onRemoved,
  onClose,
}: {
  caseId: string;
  personId: string;
  person: PersonDraft;
  onBack(): void;
  onRemoved(detail: CaseDetail): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const who = `${t(`persons.roles.${person.role}`)}: ${person.label || '—'}`;
  return (
    <ReasonDialog
      title={t('persons.remove.title')}
      intro={<Text>{t('persons.remove.intro', { who })}</Text>}
      label={t('persons.remove.reason')}
      description={t('persons.remove.reasonHelp')}
      maxLength={TEXT_LIMITS.removalReason}
      confirmLabel={t('persons.remove.confirm')}
      cancelLabel={t('persons.remove.back')}
      destructive
      send={(reason) => call('personsRemove', { caseId, personId, reason: reason || undefined })}
      onDone={onRemoved}
      // The person's row is gone: the list's heading takes the focus.
      result={() => document.querySelector<HTMLElement>('[data-testid="case-persons"] h2')}
      onCancel={onBack}
      onClose={onClose}
    />
  );
}
