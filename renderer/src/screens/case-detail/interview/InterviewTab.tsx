// The guided interview with the victim (or a parent): one part at a time, every answer saved as it
// is given, conduct tips beside the questions. What the case already holds is shown above it, not
// asked; with several victims the parts about a victim are held per victim. Which questions show is decided by main (skip logic
// in core/interview); this screen shows exactly the state main returns.
import { Anchor, Button, Collapse, Grid, Group, Loader, Paper, Progress, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@core/contract';
import { safetyAlertFactor, safetyAlertKeys, safetyAlerts, type SafetyFacts } from '@shared';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatDate } from '@renderer/i18n/format';
import { CaseFactsPanel } from './CaseFactsPanel';
import { ConductTips } from './ConductTips';
import type { InterviewContent, InterviewState } from './interview-types';
import { QuestionField } from './QuestionField';
import { SafetyAlert } from './SafetyAlert';
import { SectionNav } from './SectionNav';
import { useAnswerAutosave } from './use-answer-autosave';

/** Below the app's 60px header, with a little air. */
const STICKY_TOP = 76;

interface TabProps {
  caseId: string;
  detail: CaseDetail;
  onDetailChange(detail: CaseDetail): void;
  onCaseChanged(): void;
  onOpenAssessment(): void;
}

export function InterviewTab({ caseId, detail, onDetailChange, onCaseChanged, onOpenAssessment }: TabProps) {
  const { t } = useTranslation();
  /** Which victim the per-victim parts are about; undefined: the first. */
  const [victimId, setVictimId] = useState<string | undefined>(undefined);
  const content = useCallData(() => call('interviewContent', {}), []);
  const state = useCallData(() => call('interviewState', { caseId, victimId }), [caseId, victimId]);
  if (!content.data || !state.data) {
    const error = content.error ?? state.error;
    return error ? <ErrorAlert error={error} /> : <Loader aria-label={t('app.loading')} />;
  }
  return (
    <Interview
      // Picking another victim starts the screen afresh: their answers, their progress, their place.
      // Keyed on the pick, not on main's answer, so recording the first victim does not restart it.
      key={victimId ?? 'first'}
      caseId={caseId}
      victimId={victimId}
      content={content.data}
      initial={state.data}
      detail={detail}
      onDetailChange={onDetailChange}
      onCaseChanged={onCaseChanged}
      onOpenAssessment={onOpenAssessment}
      onSelectVictim={setVictimId}
    />
  );
}

/** The part where the interview should go on: the first shown question without an answer. */
function resumeSection(content: InterviewContent, state: InterviewState): number {
  const next = state.progress.nextQuestionId;
  const index = next ? content.sections.findIndex((s) => s.questions.some((q) => q.id === next)) : -1;
  return Math.max(index, 0);
}

interface InterviewProps extends Omit<TabProps, 'caseId'> {
  caseId: string;
  content: InterviewContent;
  initial: InterviewState;
  /** The victim picked; undefined: the case's first. */
  victimId: string | undefined;
  onSelectVictim(victimId: string): void;
}

const SAFETY_FACTORS = new Set<string>(Object.values(safetyAlertFactor));

function Interview({ caseId, content, initial, detail, victimId, onDetailChange, onCaseChanged, onOpenAssessment, onSelectVictim }: InterviewProps) {
  const { t } = useTranslation();
  const { state, statuses, valueOf, change, flush, reset } = useAnswerAutosave(caseId, victimId, initial, onCaseChanged);
  const [current, setCurrent] = useState(() => resumeSection(content, initial));
  const [aboutOpen, setAboutOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const shown = new Set(state.visibleQuestionIds);
  const applies = (index: number) => (state.progress.sections.find((p) => p.id === content.sections[index]?.id)?.shown ?? 0) > 0;
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

  // The alert reads the answer as it is given, before main has confirmed the save, by the same
  // rule main and the assessment use: a choice of "twijfel" shows what to do at once.
  const safetyFacts: SafetyFacts = {};
  for (const q of content.sections.flatMap((s) => s.questions)) {
    if (q.factor && SAFETY_FACTORS.has(q.factor) && shown.has(q.id)) safetyFacts[q.factor as keyof SafetyFacts] = valueOf(q.id);
  }
  const alerts = safetyAlerts(safetyFacts);
  const alertsAt = (factor: string | undefined) => safetyAlertKeys.filter((key) => alerts.includes(key) && safetyAlertFactor[key] === factor);

  const victims = state.victims;
  const victimName = (index: number) => victims[index]?.label || t('interview.victimUnnamed', { index: index + 1 });

  const factsSaved = async (saved: CaseDetail) => {
    onDetailChange(saved);
    // The case's facts steer the skip logic: take main's new view of the interview.
    reset(await call('interviewState', { caseId, victimId }));
  };

  const toAssessment = () => {
    flush();
    onOpenAssessment();
  };

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

      <CaseFactsPanel detail={detail} victimId={state.victimId} onSaved={(saved) => void factsSaved(saved)}>
        {victims.length > 1 && (
          <Group gap="sm" wrap="wrap" style={{ rowGap: 4 }}>
            <Text size="sm" fw={600} id="interview-victim-label">
              {t('interview.victimPicker')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby="interview-victim-label"
              data-testid="interview-victim"
              value={state.victimId ?? ''}
              onChange={(value) => {
                flush();
                onSelectVictim(value);
              }}
              data={victims.map((v, index) => ({ value: v.personId, label: victimName(index) }))}
            />
            <Text size="xs" c="dimmed">
              {t('interview.victimPickerHelp')}
            </Text>
          </Group>
        )}
      </CaseFactsPanel>

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
              {section.perVictim && victims.length > 1 && (
                <Text size="sm" c="petrol.8" data-testid="interview-per-victim">
                  {t('interview.perVictim', {
                    name: victimName(
                      Math.max(
                        0,
                        victims.findIndex((v) => v.personId === state.victimId),
                      ),
                    ),
                  })}
                </Text>
              )}
            </Stack>
            {questions.length === 0 && <Text c="dimmed">{t('interview.sectionNotApplicable')}</Text>}
            {questions.map((question) => (
              <Fragment key={question.id}>
                <QuestionField
                  question={question}
                  value={valueOf(question.id)}
                  status={statuses[question.id]}
                  history={state.history}
                  onChange={(value, typing) => change(question.id, value, typing)}
                  onLeave={() => flush(question.id)}
                />
                {alertsAt(question.factor).map((key) => (
                  <SafetyAlert key={key} alertKey={key} content={content} />
                ))}
              </Fragment>
            ))}
            <Group justify="space-between" mt="xs">
              {previous !== null ? (
                <Button variant="default" onClick={() => open(previous)}>
                  ← {t('interview.previousSection')}
                </Button>
              ) : (
                <span />
              )}
              {next !== null ? (
                <Button onClick={() => open(next)}>{t('interview.nextSection')} →</Button>
              ) : (
                <Button onClick={toAssessment} data-testid="interview-to-assessment">
                  {t('interview.toAssessment')} →
                </Button>
              )}
            </Group>
            {next === null && (
              <Text size="sm" c="dimmed" ta="right">
                {t('interview.lastSection')}
              </Text>
            )}
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
