// The school's classes and the yearly lesson in each: add a class, plan its lesson, record it with the
// rules the class wrote. The record never holds pupils' names; main refuses names of persons in cases.
import { Alert, Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson, PreventionClass, ReadinessOverview } from '@core/prevention/prevention-schema';
import { schoolLevels, TEXT_LIMITS as L, type SchoolLevel } from '@shared';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusResultAt } from '../../components/focus-first-problem';
import { FormActions } from '../../components/FormActions';
import { atMost, firstOf, required } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { Section } from '../../components/Section';
import { formatDate } from '../../i18n/format';

interface Props {
  overview: ReadinessOverview;
  onChange(next: ReadinessOverview): void;
}

type LessonDraft = { cls: PreventionClass; lesson: Lesson | null; recording: boolean };

export function LessonsTab({ overview, onChange }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LessonDraft | null>(null);
  // Archiving and restoring a class, from its card.
  const classes = useSubmit();
  // The lesson guide in the class's own variant (po, vo or mbo), as the school adapted it.
  const guide = useSubmit();
  const [guideSaved, setGuideSaved] = useState<string | null>(null);
  const exportGuide = async (schoolLevel: SchoolLevel) => {
    const result = await guide.run(() => call('preventionDocumentExport', { type: 'lesson_guide', level: schoolLevel }));
    setGuideSaved(result?.saved ? result.fileName : null);
  };
  const setActive = async (cls: PreventionClass, active: boolean) => {
    const next = await classes.run(() => call('preventionClassSave', { id: cls.id, name: cls.name, schoolLevel: cls.schoolLevel, active }));
    if (next) onChange(next);
  };

  return (
    <Section title={t('prevention.lessons.sectionTitle')} description={t('prevention.lessons.sectionHelp')}>
      <AddClassForm level={overview.classes.at(-1)?.schoolLevel ?? 'vo'} onAdded={onChange} />
      <ErrorAlert error={classes.error ?? guide.error} />
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
            <Paper key={cls.id} withBorder p="md" radius="md" data-testid={`class-${cls.name}`} data-class-id={cls.id} opacity={cls.active ? 1 : 0.6}>
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
            // The dialog is gone: the class's card, with the lesson as saved, takes the focus.
            focusResultAt(classSelector(draft.cls.id));
          }}
        />
      )}
    </Section>
  );
}

const classSelector = (id: string) => `[data-class-id="${id}"]`;

/** A new class: the name is required and no person's name from a case; the card takes the focus once added. */
function AddClassForm({ level, onAdded }: { level: SchoolLevel; onAdded(next: ReadinessOverview): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<{ name: string; schoolLevel: SchoolLevel }>({
    initialValues: { name: '', schoolLevel: level },
    validate: { name: firstOf(required(t('prevention.lessons.classNameRequired')), atMost(L.className, t('common.tooLong', { max: L.className }))) },
    namedFields: ['prevention_names_person'],
  });
  const { form } = contract;

  return (
    <form
      noValidate
      onSubmit={contract.onSubmit(
        (values) => call('preventionClassSave', values),
        (next, { name }) => {
          onAdded(next);
          form.setFieldValue('name', '');
          const added = next.classes.find((cls) => cls.name === name.trim());
          if (added) focusResultAt(classSelector(added.id));
        },
      )}
      data-testid="add-class"
    >
      <Stack gap="xs">
        <Group align="flex-end">
          <TextInput label={t('prevention.lessons.className')} description={t('prevention.lessons.classNameHelp')} {...form.getInputProps('name')} maxLength={L.className} withAsterisk />
          <NativeSelect label={t('prevention.lessons.schoolLevel')} data={schoolLevels.map((value) => ({ value, label: t(`report.schoolLevel.${value}`) }))} {...form.getInputProps('schoolLevel')} />
          <Button type="submit" loading={contract.busy}>
            {t('prevention.lessons.addClass')}
          </Button>
        </Group>
        <ErrorAlert error={contract.error} />
      </Stack>
    </form>
  );
}

interface LessonValues {
  plannedDate: string | null;
  heldDate: string | null;
  ledBy: string;
  rules: string;
  note: string;
}

function LessonForm({ draft, today, onClose, onSaved }: { draft: LessonDraft; today: string; onClose(): void; onSaved(next: ReadinessOverview): void }) {
  const { t } = useTranslation();
  const { lesson } = draft;
  const tooLong = (max: number) => atMost(max, t('common.tooLong', { max }));
  const contract = useContractForm<LessonValues>({
    initialValues: {
      plannedDate: lesson?.plannedDate ?? null,
      heldDate: lesson?.heldDate ?? (draft.recording ? today : null),
      ledBy: lesson?.ledBy ?? '',
      rules: lesson?.rules ?? '',
      note: lesson?.note ?? '',
    },
    validate: { ledBy: tooLong(L.lessonLedBy), rules: tooLong(L.lessonRules), note: tooLong(L.lessonNote) },
    // A name from a case is refused at the field it was written in (who led it, the rules, the note).
    namedFields: ['prevention_names_person'],
  });
  const { form } = contract;

  return (
    <AppModal opened onClose={onClose} title={t('prevention.lessons.formTitle', { name: draft.cls.name })} size="lg">
      <form noValidate onSubmit={contract.onSubmit((values) => call('preventionLessonSave', { id: lesson?.id, classId: draft.cls.id, ...values }), onSaved)} data-testid="lesson-form">
        <Stack gap="md">
          <Group grow align="flex-start">
            <DateField label={t('prevention.lessons.plannedDate')} {...contract.dateInputProps('plannedDate')} data-autofocus={!draft.recording || undefined} />
            {draft.recording && <DateField label={t('prevention.lessons.heldDate')} description={t('prevention.lessons.heldDateHelp')} {...contract.dateInputProps('heldDate')} />}
          </Group>
          <TextInput label={t('prevention.lessons.ledBy')} {...form.getInputProps('ledBy')} maxLength={L.lessonLedBy} data-autofocus={draft.recording || undefined} />
          {draft.recording && (
            <Textarea label={t('prevention.lessons.rules')} description={t('prevention.lessons.rulesHelp')} {...form.getInputProps('rules')} maxLength={L.lessonRules} autosize minRows={5} />
          )}
          <Textarea label={t('prevention.lessons.note')} {...form.getInputProps('note')} maxLength={L.lessonNote} autosize minRows={2} />
          <FormActions error={contract.error} busy={contract.busy} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
