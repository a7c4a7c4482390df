// What the case already holds, at the top of the interview: the interview does not ask these again.
// They stay editable here, through the same calls the overview uses (casesUpdate, personsSave), so
// a fact corrected during the talk is corrected for the whole case.
import { Button, Checkbox, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Person } from '@core/contract';
import { call } from '@renderer/api/client';
import { ageBandChoices, incidentTypeChoices, schoolLevelChoices, type IncidentType, type SchoolLevel } from '@renderer/api/choices';
import { PlatformsField } from '@renderer/components/CaseFields';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { focusResultAt } from '@renderer/components/focus-first-problem';
import { atMost } from '@renderer/components/forms/rules';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { GlossaryText } from '@renderer/components/GlossaryText';
import { TEXT_LIMITS } from '@shared';

interface Props {
  detail: CaseDetail;
  /** The victim the interview is about; null while the case has none (saving creates one). */
  victimId: string | null;
  onSaved(detail: CaseDetail): void;
  /** Shown at the top of the block: the victim picker, when the case has several. */
  children?: ReactNode;
}

interface Draft {
  schoolLevel: SchoolLevel;
  incidentTypes: IncidentType[];
  platforms: string[];
  ageBand: Person['ageBand'];
  classGroup: string;
}

/**
 * Where focus goes once the facts are saved: the block, now showing them again. The form has the same
 * test id while it closes; only the view is a <section>, so focus never lands on the closing form.
 */
const factsSelector = 'section[data-testid="interview-facts"]';

export function CaseFactsPanel({ detail, victimId, onSaved, children }: Props) {
  const { t } = useTranslation();
  const victim = detail.persons.find((p) => p.id === victimId) ?? null;
  const [editing, setEditing] = useState(false);
  const none = (
    <Text span c="dimmed">
      {t('interview.facts.none')}
    </Text>
  );

  if (editing) {
    return (
      <FactsForm
        detail={detail}
        victim={victim}
        onCancel={() => setEditing(false)}
        onSaved={(latest) => {
          setEditing(false);
          onSaved(latest);
          focusResultAt(factsSelector);
        }}
      >
        {children}
      </FactsForm>
    );
  }

  // One compact block: at 1024×700 the questions must start high on the screen.
  const fact = (key: string, label: string, value: ReactNode) => (
    <Text size="sm" data-testid={`fact-${key}`}>
      <Text span size="sm" c="dimmed">
        {label}:
      </Text>{' '}
      {value}
    </Text>
  );
  return (
    <Paper withBorder p="sm" radius="md" data-testid="interview-facts" component="section" aria-labelledby="interview-facts-title">
      <Stack gap={6}>
        {children}
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={4} miw={0}>
            <Text size="sm">
              <Text span fw={600} id="interview-facts-title">
                {t('interview.facts.title')}
              </Text>{' '}
              <Text span size="xs" c="dimmed">
                {t('interview.facts.help')}
              </Text>
            </Text>
            <Group gap="lg" style={{ rowGap: 2 }}>
              {fact('schoolLevel', t('caseFields.schoolLevel'), t(`schoolLevel.${detail.schoolLevel}`))}
              {fact('incidentTypes', t('interview.facts.incidentTypes'), detail.incidentTypes.length > 0 ? detail.incidentTypes.map((type) => t(`incidentType.${type}`)).join(', ') : none)}
              {fact('platforms', t('caseFields.platforms'), detail.platforms.length > 0 ? detail.platforms.join(', ') : none)}
              {fact('ageBand', t('interview.facts.ageBand'), victim && victim.ageBand !== 'unknown' ? t(`persons.ageBands.${victim.ageBand}`) : none)}
              {fact('classGroup', t('interview.facts.classGroup'), victim?.classGroup || none)}
            </Group>
          </Stack>
          <Button size="compact-sm" variant="light" onClick={() => setEditing(true)} style={{ flexShrink: 0 }}>
            {t('interview.facts.edit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function FactsForm({ detail, victim, onCancel, onSaved, children }: { detail: CaseDetail; victim: Person | null; onCancel(): void; onSaved(detail: CaseDetail): void; children?: ReactNode }) {
  const { t } = useTranslation();
  const current: Draft = {
    schoolLevel: detail.schoolLevel,
    incidentTypes: detail.incidentTypes,
    platforms: detail.platforms,
    ageBand: victim?.ageBand ?? 'unknown',
    classGroup: victim?.classGroup ?? '',
  };
  const contract = useContractForm<Draft>({
    initialValues: current,
    validate: { classGroup: atMost(TEXT_LIMITS.personClassGroup, t('common.tooLong', { max: TEXT_LIMITS.personClassGroup })) },
    // Two calls feed this one form: the case's facts and the victim's; each refusal goes to its field.
    fields: {
      'patch.schoolLevel': 'schoolLevel',
      'patch.incidentTypes': 'incidentTypes',
      'patch.platforms': 'platforms',
      'person.ageBand': 'ageBand',
      'person.classGroup': 'classGroup',
    },
  });
  const { form } = contract;

  // Only what changed is sent, so an unchanged case or victim gets no entry in the chronology.
  const save = async (draft: Draft): Promise<CaseDetail> => {
    let latest = detail;
    const caseChanged = draft.schoolLevel !== current.schoolLevel || draft.incidentTypes.join() !== current.incidentTypes.join() || draft.platforms.join() !== current.platforms.join();
    if (caseChanged) latest = await call('casesUpdate', { id: detail.id, patch: { schoolLevel: draft.schoolLevel, incidentTypes: draft.incidentTypes, platforms: draft.platforms } });
    const classGroup = draft.classGroup.trim() || null;
    if (draft.ageBand !== current.ageBand || (classGroup ?? '') !== current.classGroup) {
      const person = victim
        ? { role: victim.role, kind: victim.kind, label: victim.label, ageBand: draft.ageBand, classGroup, contact: victim.contact, relatedPersonId: victim.relatedPersonId }
        : { role: 'victim' as const, kind: 'pupil' as const, label: '', ageBand: draft.ageBand, classGroup, contact: null, relatedPersonId: null };
      latest = await call('personsSave', { caseId: detail.id, personId: victim?.id, person });
    }
    return latest;
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="interview-facts">
      <form noValidate onSubmit={contract.onSubmit(save, onSaved)}>
        <Stack gap="sm">
          {children}
          <Text fw={600}>{t('interview.facts.title')}</Text>
          <Radio.Group label={t('caseFields.schoolLevel')} {...form.getInputProps('schoolLevel')}>
            <Group gap="lg" mt={4}>
              {schoolLevelChoices.map((level) => (
                <Radio key={level} value={level} label={t(`schoolLevel.${level}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Checkbox.Group label={t('caseFields.incidentTypes')} {...form.getInputProps('incidentTypes')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={4}>
              {incidentTypeChoices.map((type) => (
                <Checkbox key={type} value={type} label={<GlossaryText text={t(`incidentType.${type}`)} />} size="sm" />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <PlatformsField value={form.values.platforms} onChange={(platforms) => form.setFieldValue('platforms', platforms)} error={form.errors.platforms as string | undefined} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('interview.facts.ageBand')} data={ageBandChoices.map((band) => ({ value: band, label: t(`persons.ageBands.${band}`) }))} {...form.getInputProps('ageBand')} />
            <TextInput label={t('interview.facts.classGroup')} {...form.getInputProps('classGroup')} maxLength={TEXT_LIMITS.personClassGroup} />
          </SimpleGrid>
          <ErrorAlert error={contract.error} />
          <Group gap="xs">
            <Button type="submit" loading={contract.busy}>
              {t('interview.facts.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('interview.facts.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
