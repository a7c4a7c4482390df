// The guided interview with the victim (or a parent): one part at a time, every answer saved as it
// is given, conduct tips beside the questions. Which questions show is decided by main (skip logic
// in core/interview); this screen shows exactly the state main returns.
import { Anchor, Button, Collapse, Grid, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatDate } from '@renderer/i18n/format';
import { ConductTips } from './ConductTips';
import type { InterviewContent, InterviewState } from './interview-types';
import { QuestionField } from './QuestionField';
import { SectionNav } from './SectionNav';
import { useAnswerAutosave } from './use-answer-autosave';

/** Below the app's 60px header, with a little air. */
const STICKY_TOP = 76;

export function InterviewTab({ caseId, onCaseChanged }: { caseId: string; onCaseChanged(): void }) {
  const { t } = useTranslation();
  const content = useCallData(() => call('interviewContent', {}), []);
  const state = useCallData(() => call('interviewState', { caseId }), [caseId]);
  if (!content.data || !state.data) {
    const error = content.error ?? state.error;
    return error ? <ErrorAlert error={error} /> : <Loader aria-label={t('app.loading')} />;
  }
  return <Interview caseId={caseId} content={content.data} initial={state.data} onCaseChanged={onCaseChanged} />;
}

/** The part where the interview should go on: the first shown question without an answer. */
function resumeSection(content: InterviewContent, state: InterviewState): number {
  const next = state.progress.nextQuestionId;
  const index = next ? content.sections.findIndex((s) => s.questions.some((q) => q.id === next)) : -1;
  return Math.max(index, 0);
}

interface InterviewProps {
  caseId: string;
  content: InterviewContent;
  initial: InterviewState;
  onCaseChanged(): void;
}

function Interview({ caseId, content, initial, onCaseChanged }: InterviewProps) {
  const { t } = useTranslation();
  const { state, statuses, valueOf, change, flush } = useAnswerAutosave(caseId, initial, onCaseChanged);
  const [current, setCurrent] = useState(() => resumeSection(content, initial));
  const [aboutOpen, setAboutOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const shown = new Set(state.visibleQuestionIds);
  const applies = (index: number) => (state.progress.sections.find((p) => p.id === content.sections[index]?.id)?.total ?? 0) > 0;
  const step = (direction: 1 | -1) => {
    for (let i = current + direction; i >= 0 && i < content.sections.length; i += direction) if (applies(i)) return i;
    return null;
  };
  const previous = step(-1);
  const next = step(1);

  const open = (index: number) => {
    flush();
    setCurrent(index);
    // Keyboard and screen-reader users land on the new part's heading, at the top of the page.
    requestAnimationFrame(() => {
      heading.current?.focus({ preventScroll: true });
      window.scrollTo({ top: 0 });
    });
  };

  const section = content.sections[current] ?? content.sections[0]!;
  const questions = section.questions.filter((q) => shown.has(q.id));

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" radius="md">
        <Stack gap="xs">
          <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
            <Text fw={600}>{t('interview.title')}</Text>
            <Text size="sm" data-testid="interview-progress">
              {t('interview.progress', { answered: state.progress.answered, total: state.progress.total })} · {state.progress.percent}%
            </Text>
          </Group>
          <Progress value={state.progress.percent} size="md" radius="xl" aria-label={t('interview.progressLabel')} />
          <Text size="sm" c="dimmed">
            {t('interview.intro')}
          </Text>
          <Group gap="xs">
            <Text size="xs" c="dimmed" data-testid="interview-reviewed">
              {t('interview.aboutQuestions', { date: formatDate(content.lastReviewed) })}
            </Text>
            <Anchor component="button" type="button" size="xs" onClick={() => setAboutOpen((o) => !o)} aria-expanded={aboutOpen}>
              {aboutOpen ? t('interview.aboutLess') : t('interview.aboutMore')}
            </Anchor>
          </Group>
          <Collapse expanded={aboutOpen}>
            <Text size="xs" c="dimmed" maw={760} data-testid="interview-note">
              {content.note}
            </Text>
          </Collapse>
        </Stack>
      </Paper>

      <Grid gap="lg" columns={24}>
        <Grid.Col span={{ base: 24, md: 6, lg: 5 }}>
          <SectionNav sections={content.sections} progress={state.progress.sections} current={current} onSelect={open} />
        </Grid.Col>
        <Grid.Col span={{ base: 24, md: 18, lg: 12 }}>
          <Stack gap="md" component="section" aria-labelledby="interview-section-title">
            <Stack gap={4}>
              <Text size="xs" c="dimmed">
                {t('interview.sectionPosition', { index: current + 1, count: content.sections.length })}
              </Text>
              <Title order={2} size="h3" id="interview-section-title" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
                {section.title}
              </Title>
              {section.intro && <Text size="sm">{section.intro}</Text>}
            </Stack>
            {questions.length === 0 && <Text c="dimmed">{t('interview.sectionNotApplicable')}</Text>}
            {questions.map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                value={valueOf(question.id)}
                status={statuses[question.id]}
                history={state.history}
                onChange={(value, typing) => change(question.id, value, typing)}
                onLeave={() => flush(question.id)}
              />
            ))}
            <Group justify="space-between" mt="xs">
              {previous !== null ? (
                <Button variant="default" onClick={() => open(previous)}>
                  ← {t('interview.previousSection')}
                </Button>
              ) : (
                <span />
              )}
              {next !== null && <Button onClick={() => open(next)}>{t('interview.nextSection')} →</Button>}
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 24, lg: 7 }}>
          {/* The tips stay in view while the advisor works down a long part. */}
          <div style={{ position: 'sticky', top: STICKY_TOP }}>
            <ConductTips section={section} questions={questions} />
          </div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
