// The day's actions on the start screen: overdue and due today, grouped by case with the acute
// cases first, each with its owner and status and a button that marks it done. What is due later
// this week follows in one short list.
import { Badge, Button, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '@core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import type { Navigate } from '../../app/routes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatShortDate } from '../../i18n/format';
import classes from './start.module.css';

export type DueAction = CallOutput<'actionsDue'>[number];

export interface CaseGroup {
  caseId: string;
  caseTitle: string;
  acute: boolean;
  actions: DueAction[];
}

/** Overdue and today's actions per case: acute cases first, then the case with the oldest due date. */
export function groupByCase(actions: DueAction[], acuteIds: ReadonlySet<string>): CaseGroup[] {
  const groups = new Map<string, CaseGroup>();
  for (const action of actions) {
    if (action.dueState === 'soon') continue;
    const group = groups.get(action.caseId) ?? { caseId: action.caseId, caseTitle: action.caseTitle, acute: acuteIds.has(action.caseId), actions: [] };
    group.actions.push(action);
    groups.set(action.caseId, group);
  }
  const firstDue = (group: CaseGroup) => group.actions[0]?.dueDate ?? '';
  return [...groups.values()].sort((a, b) => Number(b.acute) - Number(a.acute) || firstDue(a).localeCompare(firstDue(b)) || a.caseTitle.localeCompare(b.caseTitle));
}

interface Props {
  actions: DueAction[] | undefined;
  acuteIds: ReadonlySet<string>;
  error: unknown;
  onChanged(): void;
  navigate: Navigate;
}

export function DayActions({ actions, acuteIds, error, onChanged, navigate }: Props) {
  const { t } = useTranslation();
  const groups = groupByCase(actions ?? [], acuteIds);
  const later = (actions ?? []).filter((a) => a.dueState === 'soon');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="day-actions-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="day-actions-title">
          {t('casework.start.dueTitle')}
        </Title>
        <ErrorAlert error={error} />
        {actions && groups.length === 0 && <Text c="dimmed">{t('casework.start.dueNone')}</Text>}
        {groups.map((group) => (
          <Stack key={group.caseId} gap={4} data-testid="due-group">
            <Group gap="xs">
              <UnstyledButton className={classes.caseLink} onClick={() => navigate({ screen: 'case', caseId: group.caseId, tab: 'actions' })}>
                <Text fw={600} component="span">
                  {group.caseTitle}
                </Text>
              </UnstyledButton>
              {group.acute && (
                <Badge color="red.9" variant="filled" radius="sm" size="sm">
                  {t('severity.acute')}
                </Badge>
              )}
            </Group>
            {group.actions.map((action) => (
              <DueActionRow key={action.id} action={action} onChanged={onChanged} />
            ))}
          </Stack>
        ))}
        {later.length > 0 && (
          <Stack gap={2} data-testid="due-later">
            <Text size="sm" fw={600} mt="xs">
              {t('casework.start.laterThisWeek')}
            </Text>
            {later.map((action) => (
              <UnstyledButton key={action.id} className={classes.item} onClick={() => navigate({ screen: 'case', caseId: action.caseId, tab: 'actions' })}>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Text size="sm" truncate>
                    {action.title} ·{' '}
                    <Text span c="dimmed" inherit>
                      {action.caseTitle}
                    </Text>
                  </Text>
                  <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                    {formatShortDate(action.dueDate)}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function DueActionRow({ action, onChanged }: { action: DueAction; onChanged(): void }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const done = async () => {
    const saved = await submit.run(() => call('actionsUpdate', { caseId: action.caseId, actionId: action.id, patch: { status: 'done' } }));
    if (saved) onChanged();
  };
  return (
    <div className={classes.item} data-testid="due-action">
      <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
        <Stack gap={0} miw={0}>
          <Text fw={500} size="sm" lineClamp={2}>
            {action.title}
          </Text>
          <Text size="xs" c="dimmed">
            {[action.owner ? t('casework.start.owner', { owner: action.owner }) : t('casework.start.noOwner'), t(`actions.statuses.${action.status}`)].join(' · ')}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Badge color={action.dueState === 'overdue' ? 'red' : 'blue'} variant="light" radius="sm">
            {action.dueState === 'overdue' ? t('casework.start.overdueSince', { date: formatShortDate(action.dueDate) }) : t('casework.start.today')}
          </Badge>
          <Button size="compact-sm" variant="light" loading={submit.busy} onClick={() => void done()} aria-label={t('casework.start.doneFor', { title: action.title })}>
            {t('casework.start.done')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={submit.error} />
    </div>
  );
}
