// The first hour of an acute case, as three ticks: the police now, the chat kept, the pupil safe
// today (resources/checklists, "first_hour"). Each tick is saved at once and lands in the
// chronology; on the start screen and at the top of the case it stays until all three are done.
import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Checklist } from '@core/contract';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { ErrorAlert } from '@renderer/components/ErrorAlert';

export function FirstHourChecklist({ caseId, compact = false }: { caseId: string; compact?: boolean }) {
  const { t } = useTranslation();
  const content = useCallData(() => call('checklistContent', {}), []);
  const saved = useCallData(() => call('checklistGet', { caseId, checklistKey: 'first_hour' }), [caseId]);
  const submit = useSubmit();
  const definition = content.data?.checklists.find((c) => c.key === 'first_hour');
  if (!definition || !saved.data) return <ErrorAlert error={content.error ?? saved.error} />;
  const answers = saved.data.answers;

  const tick = async (key: string, done: boolean) => {
    const next: Checklist['answers'] = { ...answers, [key]: { answer: done ? 'yes' : 'unknown', note: answers[key]?.note ?? '' } };
    const state = await submit.run(() => call('checklistSave', { caseId, checklist: { checklistKey: 'first_hour', answers: next } }));
    if (state) saved.setData(state);
  };

  return (
    <Stack gap={6} data-testid="first-hour">
      <Group gap="xs">
        <Text fw={600} size="sm">
          {definition.title}
        </Text>
        <Text size="xs" c="dimmed">
          {t('casework.firstHour.progress', { done: definition.questions.filter((q) => answers[q.key]?.answer === 'yes').length, total: definition.questions.length })}
        </Text>
      </Group>
      {definition.questions.map((question) => (
        <Checkbox
          key={question.key}
          size="sm"
          checked={answers[question.key]?.answer === 'yes'}
          disabled={submit.busy}
          onChange={(event) => void tick(question.key, event.currentTarget.checked)}
          label={question.text}
          description={compact ? undefined : question.hint}
        />
      ))}
      <ErrorAlert error={submit.error} />
    </Stack>
  );
}
