// The school's classes and the yearly lesson in each: add a class, plan its lesson, record it with the
// rules the class wrote. The record never holds pupils' names; main refuses names of persons in cases.
import { Alert, Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson, PreventionClass, ReadinessOverview } from '@core/prevention/prevention-schema';
import { schoolLevels, type SchoolLevel } from '@shared';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Section } from '../../components/Section';
import { datePlaceholder, formatDate } from '../../i18n/format';

interface Props {
  overview: ReadinessOverview;
  onChange(next: ReadinessOverview): void;
}

type LessonDraft = { cls: PreventionClass; lesson: Lesson | null; recording: boolean };

export function LessonsTab({ overview, onChange }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LessonDraft | null>(null);
  const [name, setName] = useState('');
  const [level, setLevel] = useState<SchoolLevel>(overview.classes.at(-1)?.schoolLevel ?? 'vo');
  const addClass = useSubmit();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const next = await addClass.run(() => call('preventionClassSave', { name, schoolLevel: level }));
    if (next) {
      onChange(next);
      setName('');
    }
  };
  // The lesson guide in the class's own variant (po, vo or mbo), as the school adapted it.
  const guide = useSubmit();
  const [guideSaved, setGuideSaved] = useState<string | null>(null);
  const exportGuide = async (schoolLevel: SchoolLevel) => {
    const result = await guide.run(() => call('preventionDocumentExport', { type: 'lesson_guide', level: schoolLevel }));
    setGuideSaved(result?.saved ? result.fileName : null);
  };
  const setActive = async (cls: PreventionClass, active: boolean) => {
    const next = await addClass.run(() => call('preventionClassSave', { id: cls.id, name: cls.name, schoolLevel: cls.schoolLevel, active }));
    if (next) onChange(next);
  };

  return (
    <Section title={t('prevention.lessons.sectionTitle')} description={t('prevention.lessons.sectionHelp')}>
      <form noValidate onSubmit={add} data-testid="add-class">
        <Group align="flex-end">
          <TextInput
            label={t('prevention.lessons.className')}
            description={t('prevention.lessons.classNameHelp')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={addClass.fieldErrors.name}
          />
          <NativeSelect
            label={t('prevention.lessons.schoolLevel')}
            data={schoolLevels.map((value) => ({ value, label: t(`report.schoolLevel.${value}`) }))}
            value={level}
            onChange={(event) => setLevel(event.currentTarget.value as SchoolLevel)}
          />
          <Button type="submit" loading={addClass.busy}>
            {t('prevention.lessons.addClass')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={addClass.error ?? guide.error} />
      {guideSaved && (
        <Alert color="green" variant="light" role="status">
          {t('prevention.documents.exported', { fileName: guideSaved })}
        </Alert>
      )}
      {overview.classes.length === 0 && <Text c="dimmed">{t('prevention.lessons.noClasses')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {overview.classes.map((cls) => {
          const thisYear = cls.lessons.filter((l) => l.schoolYear === overview.schoolYear.start);
          const held = thisYear.filter((l) => l.heldDate).at(-1);
          const planned = thisYear.find((l) => !l.heldDate);
          return (
            <Paper key={cls.id} withBorder p="md" radius="md" data-testid={`class-${cls.name}`} opacity={cls.active ? 1 : 0.6}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={3} size="h5">
                    {cls.name}
                  </Title>
                  {!cls.active ? (
                    <Badge color="gray" variant="light" radius="sm">
                      {t('prevention.lessons.archived')}
                    </Badge>
                  ) : held ? (
                    <Badge color="green" variant="light" radius="sm">
                      {t('prevention.lessons.heldThisYear', { date: formatDate(held.heldDate) })}
                    </Badge>
                  ) : planned ? (
                    <Badge color="yellow" variant="light" radius="sm">
                      {t('prevention.lessons.planned', { date: formatDate(planned.plannedDate) })}
                    </Badge>
                  ) : (
                    <Badge color="red" variant="light" radius="sm">
                      {t('prevention.lessons.notYet')}
                    </Badge>
                  )}
                </Group>
                {held?.rules && (
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {t('prevention.lessons.rulesShown')}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="lesson-rules">
                      {held.rules}
                    </Text>
                  </Stack>
                )}
                {held?.ledBy && (
                  <Text size="sm" c="dimmed">
                    {t('prevention.lessons.ledBy')}: {held.ledBy}
                  </Text>
                )}
                {cls.active && (
                  <Group gap="xs">
                    {!held && !planned && (
                      <Button size="xs" variant="default" onClick={() => setDraft({ cls, lesson: null, recording: false })}>
                        {t('prevention.lessons.plan')}
                      </Button>
                    )}
                    {!held && (
                      <Button size="xs" onClick={() => setDraft({ cls, lesson: planned ?? null, recording: true })}>
                        {t('prevention.lessons.record')}
                      </Button>
                    )}
                    {held && (
                      <Button size="xs" variant="subtle" onClick={() => setDraft({ cls, lesson: held, recording: true })}>
                        {t('prevention.lessons.edit')}
                      </Button>
                    )}
                    <Button size="xs" variant="subtle" onClick={() => void exportGuide(cls.schoolLevel)} loading={guide.busy}>
                      {t('prevention.lessons.guide')}
                    </Button>
                  </Group>
                )}
                <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void setActive(cls, !cls.active)} style={{ alignSelf: 'flex-start' }}>
                  {cls.active ? t('prevention.lessons.archive') : t('prevention.lessons.restore')}
                </Button>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      {draft && (
        <LessonForm
          draft={draft}
          today={overview.today}
          onClose={() => setDraft(null)}
          onSaved={(next) => {
            onChange(next);
            setDraft(null);
          }}
        />
      )}
    </Section>
  );
}

function LessonForm({ draft, today, onClose, onSaved }: { draft: LessonDraft; today: string; onClose(): void; onSaved(next: ReadinessOverview): void }) {
  const { t } = useTranslation();
  const { lesson } = draft;
  const [plannedDate, setPlannedDate] = useState(lesson?.plannedDate ?? '');
  const [heldDate, setHeldDate] = useState(lesson?.heldDate ?? (draft.recording ? today : ''));
  /** Dates typed only halfway: an error to fix, never saved as the old date or as none. */
  const [invalid, setInvalid] = useState<{ plannedDate?: boolean; heldDate?: boolean }>({});
  const [dateErrors, setDateErrors] = useState<{ plannedDate?: string; heldDate?: string }>({});
  const dateChange = (field: 'plannedDate' | 'heldDate', set: (value: string) => void) => (next: string | null, broken: boolean) => {
    set(next ?? '');
    setInvalid((previous) => ({ ...previous, [field]: broken }));
    setDateErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const [ledBy, setLedBy] = useState(lesson?.ledBy ?? '');
  const [rules, setRules] = useState(lesson?.rules ?? '');
  const [note, setNote] = useState(lesson?.note ?? '');
  const submit = useSubmit();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const incomplete = t('casework.date.incomplete', { format: datePlaceholder() });
    if (invalid.plannedDate || invalid.heldDate) {
      setDateErrors({ plannedDate: invalid.plannedDate ? incomplete : undefined, heldDate: invalid.heldDate ? incomplete : undefined });
      return;
    }
    const next = await submit.run(() => call('preventionLessonSave', { id: lesson?.id, classId: draft.cls.id, plannedDate: plannedDate || null, heldDate: heldDate || null, ledBy, rules, note }));
    if (next) onSaved(next);
  };

  return (
    <AppModal opened onClose={onClose} title={t('prevention.lessons.formTitle', { name: draft.cls.name })} size="lg">
      <form noValidate onSubmit={save} data-testid="lesson-form">
        <Stack gap="md">
          <Group grow align="flex-start">
            <DateField
              label={t('prevention.lessons.plannedDate')}
              value={plannedDate || null}
              onChange={dateChange('plannedDate', setPlannedDate)}
              error={dateErrors.plannedDate ?? submit.fieldErrors.plannedDate}
              data-autofocus={!draft.recording || undefined}
            />
            {draft.recording && (
              <DateField
                label={t('prevention.lessons.heldDate')}
                description={t('prevention.lessons.heldDateHelp')}
                value={heldDate || null}
                onChange={dateChange('heldDate', setHeldDate)}
                error={dateErrors.heldDate ?? submit.fieldErrors.heldDate}
              />
            )}
          </Group>
          <TextInput
            label={t('prevention.lessons.ledBy')}
            value={ledBy}
            onChange={(event) => setLedBy(event.currentTarget.value)}
            error={submit.fieldErrors.ledBy}
            data-autofocus={draft.recording || undefined}
          />
          {draft.recording && (
            <Textarea
              label={t('prevention.lessons.rules')}
              description={t('prevention.lessons.rulesHelp')}
              value={rules}
              onChange={(event) => setRules(event.currentTarget.value)}
              autosize
              minRows={5}
              error={submit.fieldErrors.rules}
            />
          )}
          <Textarea label={t('prevention.lessons.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} error={submit.fieldErrors.note} />
          <FormActions error={submit.error} busy={submit.busy} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
