// The explainable assessment of scope and impact (step 1 of the guidance note): made from the
// interview by the rules in core/assessment, with every reason, duty and recommendation shown, and
// a warning when the interview changed after it was made.
import { Alert, Button, Collapse, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { Section } from '@renderer/components/Section';
import { formatDateTime } from '@renderer/i18n/format';
import { latestAnswerAt } from '../interview/answer-history';
import { AssessmentSummary } from './AssessmentSummary';
import { FlagAlerts } from './FlagAlerts';
import { OverrideForm } from './OverrideForm';
import { ReasonList } from './ReasonList';
import { RecommendedActions } from './RecommendedActions';

export function AssessmentTab({ caseId, onCaseChanged }: { caseId: string; onCaseChanged(): void }) {
  const { t } = useTranslation();
  const stored = useCallData(() => call('assessmentGet', { caseId }), [caseId]);
  const interview = useCallData(() => call('interviewState', { caseId }), [caseId]);
  const planned = useCallData(() => call('actionsList', { caseId }), [caseId]);
  const run = useSubmit();
  const [overriding, setOverriding] = useState(false);

  if (stored.data === undefined) return stored.error ? <ErrorAlert error={stored.error} /> : <Loader aria-label={t('app.loading')} />;
  const current = stored.data;

  const make = async () => {
    const next = await run.run(() => call('assessmentRun', { caseId }));
    if (next) {
      stored.setData(next);
      onCaseChanged();
    }
  };

  const lastAnswer = interview.data ? latestAnswerAt(interview.data.history) : null;
  const outdated = current !== null && lastAnswer !== null && Date.parse(lastAnswer) > Date.parse(current.computedAt);
  const runButton = (
    <Button onClick={() => void make()} loading={run.busy} variant={current && !outdated ? 'default' : 'filled'} data-testid="assessment-run">
      {current ? t('interview.assessment.rerun') : t('interview.assessment.run')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <Section title={t('interview.assessment.title')} description={t('interview.assessment.intro')} actions={runButton}>
        <ErrorAlert error={run.error ?? interview.error} />
        {current === null ? (
          <Stack gap={4}>
            <Text fw={600}>{t('interview.assessment.none')}</Text>
            {interview.data && (
              <Text size="sm" c="dimmed">
                {t('interview.assessment.noneHelp', { answered: interview.data.progress.answered, total: interview.data.progress.total })}
              </Text>
            )}
          </Stack>
        ) : (
          <>
            <AssessmentSummary stored={current} />
            <div>
              <Button variant="subtle" size="compact-sm" onClick={() => setOverriding((o) => !o)} aria-expanded={overriding} data-testid="assessment-override-toggle">
                {t('interview.assessment.overrideTitle')}
              </Button>
              <Collapse expanded={overriding}>
                <Paper withBorder p="md" mt="xs" radius="md" bg="gray.0">
                  <Stack gap="sm">
                    <Text size="sm" c="dimmed">
                      {t('interview.assessment.overrideHelp')}
                    </Text>
                    <OverrideForm
                      key={current.computedAt}
                      caseId={caseId}
                      stored={current}
                      onSaved={(next) => {
                        stored.setData(next);
                        setOverriding(false);
                        onCaseChanged();
                      }}
                    />
                  </Stack>
                </Paper>
              </Collapse>
            </div>
            {outdated && (
              <Alert color="yellow" variant="light" title={t('interview.assessment.outdatedTitle')} data-testid="assessment-outdated">
                <Stack gap="xs">
                  <Text size="sm">{t('interview.assessment.outdated', { at: formatDateTime(lastAnswer) })}</Text>
                  {current.assessment.override && (
                    <Text size="sm" c="dimmed">
                      {t('interview.assessment.rerunDropsOverride')}
                    </Text>
                  )}
                  <Group>
                    <Button size="xs" onClick={() => void make()} loading={run.busy}>
                      {t('interview.assessment.rerun')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            )}
          </>
        )}
      </Section>
      {current && (
        <>
          {current.assessment.flags.length > 0 && (
            <Section title={t('interview.assessment.flagsTitle')} description={t('interview.assessment.flagsHelp')}>
              <FlagAlerts flags={current.assessment.flags} />
            </Section>
          )}
          <Section title={t('interview.assessment.reasonsTitle')} description={t('interview.assessment.reasonsHelp')}>
            <ReasonList reasons={current.assessment.reasons} />
          </Section>
          <Section title={t('interview.assessment.actionsTitle')} description={t('interview.assessment.actionsHelp')}>
            <ErrorAlert error={planned.error} />
            <RecommendedActions
              caseId={caseId}
              recommendations={current.assessment.actions}
              planned={planned.data}
              onPlanned={(list) => {
                planned.setData(list);
                onCaseChanged();
              }}
            />
          </Section>
        </>
      )}
    </Stack>
  );
}
