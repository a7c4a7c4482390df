// What the case already holds, at the top of the interview: the interview does not ask these again.
// They stay editable here, through the same calls the overview uses (casesUpdate, personsSave), so
// a fact corrected during the talk is corrected for the whole case.
import { Button, Checkbox, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Person } from '@core/contract';
import { call } from '@renderer/api/client';
import { ageBandChoices, incidentTypeChoices, schoolLevelChoices, type IncidentType, type SchoolLevel } from '@renderer/api/choices';
import { useSubmit } from '@renderer/api/use-submit';
import { PlatformsField } from '@renderer/components/CaseFields';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { GlossaryText } from '@renderer/components/GlossaryText';

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

export function CaseFactsPanel({ detail, victimId, onSaved, children }: Props) {
  const { t } = useTranslation();
  const victim = detail.persons.find((p) => p.id === victimId) ?? null;
  const current: Draft = {
    schoolLevel: detail.schoolLevel,
    incidentTypes: detail.incidentTypes,
    platforms: detail.platforms,
    ageBand: victim?.ageBand ?? 'unknown',
    classGroup: victim?.classGroup ?? '',
  };
  const [draft, setDraft] = useState<Draft | null>(null);
  const submitCase = useSubmit('patch');
  const submitPerson = useSubmit('person');
  const set = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const none = (
    <Text span c="dimmed">
      {t('interview.facts.none')}
    </Text>
  );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    let latest: CaseDetail | undefined = detail;
    const caseChanged = draft.schoolLevel !== current.schoolLevel || draft.incidentTypes.join() !== current.incidentTypes.join() || draft.platforms.join() !== current.platforms.join();
    if (caseChanged) {
      latest = await submitCase.run(() => call('casesUpdate', { id: detail.id, patch: { schoolLevel: draft.schoolLevel, incidentTypes: draft.incidentTypes, platforms: draft.platforms } }));
      if (!latest) return;
    }
    const classGroup = draft.classGroup.trim() || null;
    if (draft.ageBand !== current.ageBand || (classGroup ?? '') !== current.classGroup) {
      const person = victim
        ? { role: victim.role, kind: victim.kind, label: victim.label, ageBand: draft.ageBand, classGroup, contact: victim.contact, relatedPersonId: victim.relatedPersonId }
        : { role: 'victim' as const, kind: 'pupil' as const, label: '', ageBand: draft.ageBand, classGroup, contact: null, relatedPersonId: null };
      latest = await submitPerson.run(() => call('personsSave', { caseId: detail.id, personId: victim?.id, person }));
      if (!latest) return;
    }
    setDraft(null);
    onSaved(latest);
  };

  if (draft) {
    return (
      <Paper withBorder p="md" radius="md" data-testid="interview-facts">
        <form noValidate onSubmit={save}>
          <Stack gap="sm">
            {children}
            <Text fw={600}>{t('interview.facts.title')}</Text>
            <Radio.Group label={t('caseFields.schoolLevel')} value={draft.schoolLevel} onChange={(v) => set({ schoolLevel: v as SchoolLevel })} error={submitCase.fieldErrors.schoolLevel}>
              <Group gap="lg" mt={4}>
                {schoolLevelChoices.map((level) => (
                  <Radio key={level} value={level} label={t(`schoolLevel.${level}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Checkbox.Group
              label={t('caseFields.incidentTypes')}
              value={draft.incidentTypes}
              onChange={(v) => set({ incidentTypes: v as IncidentType[] })}
              error={submitCase.fieldErrors.incidentTypes}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={4}>
                {incidentTypeChoices.map((type) => (
                  <Checkbox key={type} value={type} label={<GlossaryText text={t(`incidentType.${type}`)} />} size="sm" />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <PlatformsField value={draft.platforms} onChange={(platforms) => set({ platforms })} error={submitCase.fieldErrors.platforms} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('interview.facts.ageBand')}
                data={ageBandChoices.map((band) => ({ value: band, label: t(`persons.ageBands.${band}`) }))}
                value={draft.ageBand}
                onChange={(e) => set({ ageBand: e.currentTarget.value as Person['ageBand'] })}
                error={submitPerson.fieldErrors.ageBand}
              />
              <TextInput
                label={t('interview.facts.classGroup')}
                value={draft.classGroup}
                maxLength={40}
                onChange={(e) => set({ classGroup: e.currentTarget.value })}
                error={submitPerson.fieldErrors.classGroup}
              />
            </SimpleGrid>
            {submitCase.error || submitPerson.error ? <ErrorAlert error={submitCase.error ?? submitPerson.error} /> : null}
            <Group gap="xs">
              <Button type="submit" loading={submitCase.busy || submitPerson.busy}>
                {t('interview.facts.save')}
              </Button>
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('interview.facts.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
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
          <Button size="compact-sm" variant="light" onClick={() => setDraft(current)} style={{ flexShrink: 0 }}>
            {t('interview.facts.edit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
