// What the assessment recommends, per step of the guidance note and most urgent first, each with
// why and where that comes from. The advisor picks which go into the action plan; those already in
// it stay ticked and cannot be added twice.
import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction } from '@core/contract';
import { call } from '@renderer/api/client';
import { useSubmit } from '@renderer/api/use-submit';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { steps, urgencies, type Recommendation } from './assessment-types';

const URGENCY_COLORS: Record<Recommendation['urgency'], string> = { now: 'red', today: 'orange', this_week: 'yellow', later: 'gray' };

interface Props {
  caseId: string;
  recommendations: Recommendation[];
  planned: CaseAction[] | undefined;
  onPlanned(actions: CaseAction[]): void;
}

export function RecommendedActions({ caseId, recommendations, planned, onPlanned }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const submit = useSubmit();
  const inPlan = new Set((planned ?? []).map((a) => a.actionKey).filter((key): key is string => key !== null));

  if (recommendations.length === 0) return <Text c="dimmed">{t('interview.assessment.actionsEmpty')}</Text>;

  const toggle = (key: string, on: boolean) => {
    setDone(false);
    setChosen((previous) => (on ? [...previous, key] : previous.filter((k) => k !== key)));
  };
  const plan = async () => {
    const actionKeys = chosen.filter((key) => !inPlan.has(key));
    if (actionKeys.length === 0) return;
    const list = await submit.run(() => call('actionsFromAssessment', { caseId, actionKeys }));
    if (list) {
      onPlanned(list);
      setChosen([]);
      setDone(true);
    }
  };
  const byUrgency = (a: Recommendation, b: Recommendation) => urgencies.indexOf(a.urgency) - urgencies.indexOf(b.urgency);
  const toPlan = chosen.filter((key) => !inPlan.has(key)).length;

  return (
    <Stack gap="lg">
      {steps.map((step) => {
        const group = recommendations.filter((r) => r.step === step).sort(byUrgency);
        if (group.length === 0) return null;
        return (
          <Stack key={step} gap="sm" data-testid={`recommendations-${step}`}>
            <Title order={3} size="h5">
              {t(`actions.steps.${step}`)}
            </Title>
            {group.map((recommendation) => {
              const already = inPlan.has(recommendation.actionKey);
              return (
                <Paper key={recommendation.actionKey} withBorder p="md" radius="md" bg={already ? 'gray.0' : undefined}>
                  <Checkbox
                    data-testid={`recommendation-${recommendation.actionKey}`}
                    checked={already || chosen.includes(recommendation.actionKey)}
                    disabled={already}
                    onChange={(event) => toggle(recommendation.actionKey, event.currentTarget.checked)}
                    label={
                      <Group gap="xs" component="span">
                        <Text span fw={600} c={already ? 'dark.4' : undefined}>
                          {recommendation.title}
                        </Text>
                        <Badge component="span" color={URGENCY_COLORS[recommendation.urgency]} variant="light" radius="sm" size="sm">
                          {t(`interview.assessment.urgency.${recommendation.urgency}`)}
                        </Badge>
                        {already && (
                          <Badge component="span" color="petrol" variant="outline" radius="sm" size="sm">
                            ✓ {t('interview.assessment.inPlan')}
                          </Badge>
                        )}
                      </Group>
                    }
                    description={
                      <Stack gap={4} component="span" mt={4}>
                        <Text span size="sm" c="dark.6" display="block">
                          {recommendation.rationale}
                        </Text>
                        <Text span size="xs" c="dimmed" display="block">
                          {t('interview.assessment.source', { source: recommendation.source })}
                        </Text>
                      </Stack>
                    }
                    styles={{ label: { cursor: already ? 'default' : 'pointer' } }}
                  />
                </Paper>
              );
            })}
          </Stack>
        );
      })}
      <ErrorAlert error={submit.error} />
      {/* The list is long: the button stays in view at the bottom of the window while it scrolls by. */}
      <Group justify="flex-end" gap="md" py="sm" style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 1 }}>
        {done && (
          <Text size="sm" c="teal.8" role="status">
            {t('interview.assessment.planned')}
          </Text>
        )}
        <Button data-testid="assessment-plan-actions" onClick={() => void plan()} disabled={toPlan === 0} loading={submit.busy}>
          {t('interview.assessment.plan')}
          {toPlan > 0 ? ` (${toPlan})` : ''}
        </Button>
      </Group>
    </Stack>
  );
}
