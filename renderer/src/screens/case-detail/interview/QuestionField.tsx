// One interview question: the input that fits its type, its save state, and — when the answer was
// corrected — what it said before.
import { Anchor, Badge, Checkbox, Collapse, Group, List, NumberInput, Paper, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@renderer/i18n/format';
import { correctionOf, describeAnswer } from './answer-history';
import type { AnswerRecord, AnswerValue, InterviewQuestion } from './interview-types';
import type { SaveStatus } from './use-answer-autosave';
import { GlossaryText } from '@renderer/components/GlossaryText';

// The schema's limits (electron/core/interview/answer-validation.ts), so the field stops where main would refuse.
const TEXT_MAX = 500;
const LONGTEXT_MAX = 10_000;

/** Up to three short options fit side by side; longer ones read better as a list. */
const fitsOnOneLine = (question: InterviewQuestion) => (question.options?.length ?? 0) <= 3 && (question.options ?? []).every((o) => o.label.length <= 24);

interface Props {
  question: InterviewQuestion;
  value: AnswerValue | undefined;
  status: SaveStatus | undefined;
  history: readonly AnswerRecord[];
  onChange(value: AnswerValue, typing: boolean): void;
  onLeave(): void;
}

export function QuestionField({ question, value, status, history, onChange, onLeave }: Props) {
  const { t } = useTranslation();
  const error = status?.kind === 'failed' ? status.message : undefined;
  const description = (
    <>
      {question.help}
      {question.ownWords && (
        <Text component="span" display="block" size="sm" c="petrol.8" mt={question.help ? 4 : 0}>
          {t('interview.ownWords')}
        </Text>
      )}
    </>
  );
  const label = (
    <Group gap={8} component="span" wrap="nowrap" align="flex-start">
      <span>
        <GlossaryText text={question.label} />
      </span>
      {question.ownWords && (
        <Badge component="span" size="sm" variant="light" radius="sm" style={{ flexShrink: 0 }}>
          {t('interview.ownWordsBadge')}
        </Badge>
      )}
    </Group>
  );
  const common = { label, description: question.help || question.ownWords ? description : undefined, error, size: 'sm' as const };

  let input: ReactNode;
  switch (question.type) {
    case 'single': {
      const options = question.options ?? [];
      const inline = fitsOnOneLine(question);
      input = (
        <Radio.Group {...common} value={typeof value === 'string' && value !== '' ? value : null} onChange={(next) => onChange(next, false)}>
          {inline ? (
            <Group gap="lg" mt={8}>
              {options.map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Group>
          ) : (
            <Stack gap={10} mt={8}>
              {options.map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Stack>
          )}
        </Radio.Group>
      );
      break;
    }
    case 'multi': {
      const chosen = Array.isArray(value) ? value : [];
      const pick = (next: string[]) => {
        // An option such as "nobody" or "none of these" cannot stand beside others: ticking it
        // clears the rest, ticking another clears it.
        const added = next.find((v) => !chosen.includes(v));
        const exclusive = new Set((question.options ?? []).filter((o) => o.exclusive).map((o) => o.value));
        if (added && exclusive.has(added)) return onChange([added], false);
        onChange(
          next.filter((v) => !exclusive.has(v)),
          false,
        );
      };
      input = (
        <Checkbox.Group {...common} value={chosen} onChange={pick}>
          <Stack gap={10} mt={8}>
            {(question.options ?? []).map((option) => (
              <Checkbox key={option.value} value={option.value} label={<GlossaryText text={option.label} />} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
      break;
    }
    case 'boolean':
      input = (
        <Radio.Group {...common} value={value === true ? 'yes' : value === false ? 'no' : null} onChange={(next) => onChange(next === 'yes', false)}>
          <Group gap="lg" mt={8}>
            <Radio value="yes" label={t('interview.yes')} />
            <Radio value="no" label={t('interview.no')} />
          </Group>
        </Radio.Group>
      );
      break;
    case 'text':
      input = <TextInput {...common} value={typeof value === 'string' ? value : ''} maxLength={TEXT_MAX} onChange={(event) => onChange(event.currentTarget.value, true)} onBlur={onLeave} />;
      break;
    case 'longtext':
      input = (
        <Textarea
          {...common}
          value={typeof value === 'string' ? value : ''}
          maxLength={LONGTEXT_MAX}
          autosize
          minRows={question.ownWords ? 4 : 3}
          maxRows={16}
          onChange={(event) => onChange(event.currentTarget.value, true)}
          onBlur={onLeave}
        />
      );
      break;
    case 'number':
      input = (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          min={question.min}
          max={question.max}
          maw={200}
          onChange={(next) => onChange(typeof next === 'number' ? next : null, true)}
          onBlur={onLeave}
        />
      );
      break;
  }

  const clearable = (question.type === 'single' || question.type === 'boolean') && value !== undefined && value !== null && value !== '';
  return (
    <Paper withBorder p="md" radius="md" data-testid={`question-${question.id}`}>
      <Stack gap="xs">
        {input}
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <CorrectionNote question={question} history={history} />
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0, marginLeft: 'auto' }}>
            {clearable && (
              <Anchor component="button" type="button" size="xs" c="dimmed" onClick={() => onChange(null, false)}>
                {t('interview.clear')}
              </Anchor>
            )}
            <SaveState status={status} />
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

function SaveState({ status }: { status: SaveStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  const color = status.kind === 'failed' ? 'red.8' : status.kind === 'saved' ? 'teal.8' : 'dimmed';
  return (
    <Text size="xs" c={color} aria-live="polite" data-testid="save-state">
      {status.kind === 'saved' ? `✓ ${t('interview.status.saved')}` : t(`interview.status.${status.kind}`)}
    </Text>
  );
}

function CorrectionNote({ question, history }: { question: InterviewQuestion; history: readonly AnswerRecord[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const correction = correctionOf(question, history);
  if (!correction) return <span />;
  const words = { yes: t('interview.yes'), no: t('interview.no'), empty: t('interview.emptyValue') };
  const [last, ...older] = correction.earlier;
  if (!last) return <span />;
  return (
    <Stack gap={2} data-testid="answer-correction" miw={0}>
      <Text size="xs" c="orange.9">
        {t('interview.corrected', { at: formatDateTime(correction.correctedAt), value: describeAnswer(question, last.value, words) })}
      </Text>
      {older.length > 0 && (
        <>
          <Anchor component="button" type="button" size="xs" onClick={() => setOpen((o) => !o)} aria-expanded={open} style={{ alignSelf: 'flex-start' }}>
            {open ? t('interview.hideEarlier') : t('interview.showEarlier', { count: correction.earlier.length })}
          </Anchor>
          <Collapse expanded={open}>
            <List size="xs" c="dimmed" aria-label={t('interview.earlierLabel')}>
              {correction.earlier.map((record) => (
                <List.Item key={record.id}>
                  {formatDateTime(record.answeredAt)}: {describeAnswer(question, record.value, words)}
                </List.Item>
              ))}
            </List>
          </Collapse>
        </>
      )}
    </Stack>
  );
}
