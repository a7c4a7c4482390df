// The case's checklists (resources/checklists): the meldcode's afwegingskader and the checklist for
// sexual images of a minor. Always available; opened and marked when the case's guardrails call
// for them. The conclusion "report to Veilig Thuis" is main's, from the saved answers.
import { Accordion, Alert, Badge, Button, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, CaseDetail, Checklist } from '@core/contract';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { Section } from '@renderer/components/Section';
import { formatDate, formatDateTime } from '@renderer/i18n/format';

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
  const indicated: Record<ChecklistKey, boolean> = { afwegingskader: detail.guardrails.meldcode, stappenplan_sexting: detail.guardrails.sexualImageryOfMinor, first_hour: false };
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

function ChecklistForm({ caseId, checklist }: { caseId: string; checklist: ChecklistDefinition }) {
  const { t } = useTranslation();
  const saved = useCallData(() => call('checklistGet', { caseId, checklistKey: checklist.key }), [caseId, checklist.key]);
  const [answers, setAnswers] = useState<Answers>({});
  const [dirty, setDirty] = useState(false);
  const submit = useSubmit('checklist');

  useEffect(() => {
    if (saved.data && !dirty) setAnswers(saved.data.answers);
    // Only a fresh load replaces what is on screen; typing must never be overwritten.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [saved.data]);

  const setAnswer = (key: string, patch: Partial<Answers[string]>) => {
    setDirty(true);
    setAnswers((previous) => ({ ...previous, [key]: { answer: previous[key]?.answer ?? 'unknown', note: previous[key]?.note ?? '', ...patch } }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const state = await submit.run(() => call('checklistSave', { caseId, checklist: { checklistKey: checklist.key, answers } }));
    if (state) {
      saved.setData(state);
      setAnswers(state.answers);
      setDirty(false);
    }
  };

  return (
    <form noValidate onSubmit={save}>
      <Stack gap="md">
        <Text size="sm">{checklist.intro}</Text>
        {saved.data?.reportAdvised && (
          <Alert color="red.9" variant="filled" title={t('workflow.checklists.reportAdvisedTitle')} data-testid="report-advised">
            {t('workflow.checklists.reportAdvised')}
          </Alert>
        )}
        {checklist.questions.map((question, index) => {
          const current = answers[question.key];
          const pointsToReport = question.reportWhen !== null && current?.answer === question.reportWhen;
          return (
            <Paper key={question.key} withBorder p="md" radius="md" data-testid={`checklist-question-${question.key}`}>
              <Group align="flex-start" gap="lg" wrap="nowrap">
                <Stack gap={6} style={{ flex: 3, minWidth: 0 }}>
                  <Radio.Group
                    label={`${index + 1}. ${question.text}`}
                    value={current?.answer ?? null}
                    onChange={(value) => setAnswer(question.key, { answer: value as Answer })}
                    styles={{ label: { fontWeight: 600, marginBottom: 8 } }}
                  >
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
                  value={current?.note ?? ''}
                  onChange={(event) => setAnswer(question.key, { note: event.currentTarget.value })}
                  autosize
                  minRows={2}
                  size="sm"
                  style={{ flex: 2, minWidth: 0 }}
                />
              </Group>
            </Paper>
          );
        })}
        <ErrorAlert error={saved.error ?? submit.error} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {dirty ? t('workflow.checklists.unsaved') : saved.data?.updatedAt ? t('workflow.checklists.savedOn', { date: formatDateTime(saved.data.updatedAt) }) : t('workflow.checklists.notSaved')}
          </Text>
          <Button type="submit" loading={submit.busy}>
            {t('workflow.checklists.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
