// The case's checklists (resources/checklists): the meldcode's afwegingskader and the checklist for
// sexual images of a minor. Always available; opened and marked when the case's guardrails call
// for them. The conclusion "report to Veilig Thuis" is main's, from the saved answers.
import { Accordion, Alert, Badge, Button, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, CaseDetail, Checklist } from '@core/contract';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { focusResult } from '@renderer/components/focus-first-problem';
import { atMost } from '@renderer/components/forms/rules';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { Section } from '@renderer/components/Section';
import { formatDate, formatDateTime } from '@renderer/i18n/format';
import { TEXT_LIMITS as L } from '@shared';

type Content = CallOutput<'checklistContent'>;
type ChecklistDefinition = Content['checklists'][number];
type ChecklistKey = Checklist['checklistKey'];
type Answers = Checklist['answers'];
type Answer = Answers[string]['answer'];

const answerChoices: Answer[] = ['yes', 'no', 'unknown'];
/** Shown on its own, at the top of an acute case and on the start screen (FirstHourChecklist). */
const FIRST_HOUR: ChecklistKey = 'first_hour';

export function ChecklistsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const content = useCallData(() => call('checklistContent', {}), []);
  const indicated: Record<ChecklistKey, boolean> = { afwegingskader: detail.guardrails.meldcode, stappenplan_sexting: detail.guardrails.stappenplanIndicated, first_hour: false };
  const [open, setOpen] = useState<string[]>(() => (Object.keys(indicated) as ChecklistKey[]).filter((key) => indicated[key]));

  return (
    <Section title={t('workflow.checklists.title')} description={t('workflow.checklists.help')}>
      <ErrorAlert error={content.error} />
      {content.data && (
        <>
          <Accordion multiple value={open} onChange={setOpen} variant="separated" radius="md">
            {content.data.checklists
              .filter((checklist) => checklist.key !== FIRST_HOUR)
              .map((checklist) => (
                <Accordion.Item
                  key={checklist.key}
                  value={checklist.key}
                  data-testid={`checklist-${checklist.key}`}
                  style={indicated[checklist.key] ? { borderLeft: '4px solid var(--mantine-color-orange-7)' } : undefined}
                >
                  <Accordion.Control>
                    <Group gap="sm">
                      <Text fw={600}>{checklist.title}</Text>
                      {indicated[checklist.key] && (
                        <Badge color="orange" variant="light" radius="sm">
                          {t('workflow.checklists.indicated')}
                        </Badge>
                      )}
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <ChecklistForm caseId={detail.id} checklist={checklist} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
          </Accordion>
          <Text size="xs" c="dimmed">
            {t('workflow.checklists.reviewed', { date: formatDate(content.data.lastReviewed) })} {content.data.note}
          </Text>
        </>
      )}
    </Section>
  );
}

/** Every question of the checklist, answered or not: the form's fields, and where a refusal is placed. */
type Draft = Record<string, { answer: Answer | null; note: string }>;

const draftOf = (checklist: ChecklistDefinition, answers: Answers): Draft =>
  Object.fromEntries(checklist.questions.map((question) => [question.key, { answer: answers[question.key]?.answer ?? null, note: answers[question.key]?.note ?? '' }]));

/** What is sent: only questions with an answer or a note; a note alone counts as "not known yet". */
const answersOf = (draft: Draft): Answers =>
  Object.fromEntries(
    Object.entries(draft)
      .filter(([, { answer, note }]) => answer !== null || note.trim() !== '')
      .map(([key, { answer, note }]) => [key, { answer: answer ?? 'unknown', note }]),
  );

function ChecklistForm({ caseId, checklist }: { caseId: string; checklist: ChecklistDefinition }) {
  const { t } = useTranslation();
  const saved = useCallData(() => call('checklistGet', { caseId, checklistKey: checklist.key }), [caseId, checklist.key]);
  const contract = useContractForm<{ answers: Draft }>({
    initialValues: { answers: draftOf(checklist, {}) },
    validate: { answers: Object.fromEntries(checklist.questions.map((question) => [question.key, { note: atMost(L.checklistNote, t('common.tooLong', { max: L.checklistNote })) }])) },
    within: 'checklist',
  });
  const { form } = contract;
  const dirty = form.isDirty();
  const savedLine = useId();
  // What main holds becomes the form's starting point: after loading, and after each save.
  const show = (answers: Answers) => {
    const values = { answers: draftOf(checklist, answers) };
    form.setValues(values);
    form.resetDirty(values);
  };

  useEffect(() => {
    if (saved.data && !form.isDirty()) show(saved.data.answers);
    // Only a fresh load replaces what is on screen; typing must never be overwritten.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [saved.data]);

  return (
    <form
      noValidate
      onSubmit={contract.onSubmit(
        ({ answers }) => call('checklistSave', { caseId, checklist: { checklistKey: checklist.key, answers: answersOf(answers) } }),
        (state) => {
          saved.setData(state);
          show(state.answers);
          // Read out what the save says: that a report is called for, else when it was saved.
          focusResult(() =>
            state.reportAdvised ? document.querySelector<HTMLElement>(`[data-testid="checklist-${checklist.key}"] [data-testid="report-advised"]`) : document.getElementById(savedLine),
          );
        },
      )}
    >
      <Stack gap="md">
        <Text size="sm">{checklist.intro}</Text>
        {saved.data?.reportAdvised && (
          <Alert color="red.9" variant="filled" title={t('workflow.checklists.reportAdvisedTitle')} data-testid="report-advised">
            {t('workflow.checklists.reportAdvised')}
          </Alert>
        )}
        {checklist.questions.map((question, index) => {
          const pointsToReport = question.reportWhen !== null && form.values.answers[question.key]?.answer === question.reportWhen;
          return (
            <Paper key={question.key} withBorder p="md" radius="md" data-testid={`checklist-question-${question.key}`}>
              <Group align="flex-start" gap="lg" wrap="nowrap">
                <Stack gap={6} style={{ flex: 3, minWidth: 0 }}>
                  <Radio.Group label={`${index + 1}. ${question.text}`} {...form.getInputProps(`answers.${question.key}.answer`)} styles={{ label: { fontWeight: 600, marginBottom: 8 } }}>
                    <Group gap="lg">
                      {answerChoices.map((choice) => (
                        <Radio key={choice} value={choice} label={t(`workflow.checklists.answers.${choice}`)} />
                      ))}
                    </Group>
                  </Radio.Group>
                  <Text size="sm" c={pointsToReport ? 'red.8' : 'dimmed'} fw={pointsToReport ? 600 : undefined}>
                    {question.hint}
                  </Text>
                </Stack>
                <Textarea
                  label={t('workflow.checklists.note')}
                  {...form.getInputProps(`answers.${question.key}.note`)}
                  maxLength={L.checklistNote}
                  autosize
                  minRows={2}
                  size="sm"
                  style={{ flex: 2, minWidth: 0 }}
                />
              </Group>
            </Paper>
          );
        })}
        <ErrorAlert error={saved.error ?? contract.error} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed" id={savedLine}>
            {dirty ? t('workflow.checklists.unsaved') : saved.data?.updatedAt ? t('workflow.checklists.savedOn', { date: formatDateTime(saved.data.updatedAt) }) : t('workflow.checklists.notSaved')}
          </Text>
          <Button type="submit" loading={contract.busy}>
            {t('workflow.checklists.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
