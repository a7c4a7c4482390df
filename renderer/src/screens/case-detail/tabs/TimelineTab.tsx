// The chronology: append-only. A mistake is never edited away; a correction is added to the entry
// and shown with it, so the record stays court-safe (domain.md §5). To stay readable it filters by
// kind, folds each interview sitting into one line until opened, and dates an event when it
// happened as well as when it was recorded.
import { Badge, Button, Chip, Collapse, Group, NativeSelect, Paper, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '@core/contract';
import { SITTING_GAP_MS, TEXT_LIMITS, timelineCategories } from '@shared';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { focusResultAt } from '@renderer/components/focus-first-problem';
import { atMost, firstOf, required } from '@renderer/components/forms/rules';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { Section } from '@renderer/components/Section';
import { i18n, labelOrValue } from '@renderer/i18n';
import { formatDateTime, formatTime } from '@renderer/i18n/format';
import { FormActions } from '@renderer/components/FormActions';
import { ChronologyCheck } from '@renderer/screens/board/ChronologyCheck';
import { DateField } from '@renderer/components/DateField';
import classes from './timeline.module.css';

type Category = TimelineEvent['category'];
const CATEGORIES: Category[] = [...timelineCategories];

type Row = { kind: 'entry'; event: TimelineEvent } | { kind: 'sitting'; events: TimelineEvent[] };

/** Consecutive interview entries of one sitting become one foldable row. */
function rowsOf(entries: TimelineEvent[]): Row[] {
  const rows: Row[] = [];
  for (const event of entries) {
    const last = rows.at(-1);
    const interview = event.kind === 'interview_answer' || event.kind === 'interview_correction';
    if (interview && last?.kind === 'sitting' && Date.parse(event.at) - Date.parse(last.events.at(-1)!.at) <= SITTING_GAP_MS) last.events.push(event);
    else if (interview) rows.push({ kind: 'sitting', events: [event] });
    else rows.push({ kind: 'entry', event });
  }
  return rows;
}

/** Labels for the coded summaries main writes (status keys, consent decisions, person roles). */
function describe(event: TimelineEvent, t: TFunction): string {
  const [head = '', ...rest] = event.summary.split(': ');
  const tail = rest.join(': ');
  const known = (key: string) => (i18n.exists(key) ? t(key as 'app.name') : null);
  switch (event.kind) {
    case 'status': {
      const label = known(`caseStatus.${event.summary}`) ?? event.summary;
      return typeof event.data.reason === 'string' && event.data.reason ? `${label} — ${t('workflow.timeline.reason', { reason: event.data.reason })}` : label;
    }
    case 'checklist': {
      const name = known(`workflow.timeline.checklists.${head}`) ?? head;
      return event.data.reportAdvised === true ? `${name}: ${t('workflow.timeline.checklists.reportAdvised')}` : name;
    }
    case 'action_changed': {
      const parts = [event.summary];
      if (typeof event.data.status === 'string') parts.push(t('workflow.timeline.newStatus', { status: known(`actions.statuses.${event.data.status}`) ?? event.data.status }));
      if (typeof event.data.outcome === 'string' && event.data.outcome) parts.push(t('workflow.timeline.outcome', { outcome: event.data.outcome }));
      return parts.join(' — ');
    }
    case 'note_added':
      return event.summary || t('timeline.privateNoteAdded');
    case 'person':
      return `${known(`persons.roles.${head}`) ?? head}: ${tail}`;
    case 'consent': {
      const match = /^(\w+) \((\w+)\)$/.exec(tail);
      if (!match) return event.summary;
      return `${known(`consent.subjects.${head}`) ?? head}: ${known(`consent.decisions.${match[1]}`) ?? match[1]} (${known(`consent.givers.${match[2]}`) ?? match[2]})`;
    }
    case 'consent_withdrawn':
      return `${known(`consent.subjects.${head}`) ?? head}: ${known(`consent.givers.${tail}`) ?? tail}`;
    default:
      return event.summary;
  }
}

export function TimelineTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const events = useCallData(() => call('timelineList', { caseId }), [caseId]);
  const [shown, setShown] = useState<Category[]>(CATEGORIES);
  const [openSittings, setOpenSittings] = useState<Set<number>>(new Set());
  const byId = new Map((events.data ?? []).map((event) => [event.id, event]));
  const all = (events.data ?? []).filter((event) => event.correctsEventId === null);
  // An entry with a correction is shown under "corrections" too: that is where one looks for them.
  const entries = all.filter((event) => shown.includes(event.category) || (shown.includes('corrections') && event.correctedBy.length > 0));
  const rows = rowsOf(entries);
  // Everything before the latest "received in handover" entry came from the predecessor's vault.
  const receivedBefore = Math.max(0, ...(events.data ?? []).filter((event) => event.kind === 'handover_received').map((event) => event.id));
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, all.filter((event) => event.category === category).length]));
  const toggleSitting = (id: number) =>
    setOpenSittings((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Stack gap="lg">
      <AddEventForm caseId={caseId} events={events.data} onAdded={events.setData} />
      <Section title={t('timeline.title')} description={t('timeline.help')}>
        <Stack gap="xs">
          <ChronologyCheck caseId={caseId} />
          <Group gap="xs" justify="space-between">
            <Chip.Group multiple value={shown} onChange={(value) => setShown(value as Category[])}>
              <Group gap={6} role="group" aria-label={t('casework.timeline.filterLabel')}>
                {CATEGORIES.map((category) => (
                  <Chip key={category} value={category} size="sm" variant="outline">
                    {t(`casework.timeline.category.${category}`)} ({counts[category]})
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <Button variant="subtle" size="compact-sm" onClick={() => setShown(shown.length === CATEGORIES.length ? [] : CATEGORIES)}>
              {shown.length === CATEGORIES.length ? t('casework.timeline.showNone') : t('casework.timeline.showAll')}
            </Button>
          </Group>
          <ErrorAlert error={events.error} />
          {events.data && rows.length === 0 && <Text c="dimmed">{t('casework.timeline.nothingShown')}</Text>}
          {rows.map((row) =>
            row.kind === 'entry' ? (
              <TimelineEntry
                key={row.event.id}
                caseId={caseId}
                event={row.event}
                corrections={row.event.correctedBy.map((id) => byId.get(id)).filter((e) => e !== undefined)}
                onCorrected={events.setData}
                received={row.event.id < receivedBefore}
              />
            ) : (
              <SittingRow
                key={row.events[0]!.id}
                events={row.events}
                open={openSittings.has(row.events[0]!.id)}
                onToggle={() => toggleSitting(row.events[0]!.id)}
                renderEntry={(event) => (
                  <TimelineEntry
                    key={event.id}
                    caseId={caseId}
                    event={event}
                    corrections={event.correctedBy.map((id) => byId.get(id)).filter((e) => e !== undefined)}
                    onCorrected={events.setData}
                    received={event.id < receivedBefore}
                  />
                )}
              />
            ),
          )}
        </Stack>
      </Section>
    </Stack>
  );
}

/** One interview sitting as a single line (when, how many answers) that opens into its entries. */
function SittingRow({ events, open, onToggle, renderEntry }: { events: TimelineEvent[]; open: boolean; onToggle(): void; renderEntry(event: TimelineEvent): ReactNode }) {
  const { t } = useTranslation();
  const first = events[0]!;
  const last = events.at(-1)!;
  const corrections = events.filter((event) => event.kind === 'interview_correction').length;
  return (
    <Paper withBorder radius="md" data-testid="timeline-sitting">
      <UnstyledButton className={classes.sittingHeader} onClick={onToggle} aria-expanded={open}>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" aria-hidden>
            {open ? '▾' : '▸'}
          </Text>
          <Text size="sm" c="dimmed">
            {formatDateTime(first.at)}–{formatTime(last.at)}
          </Text>
          <Badge variant="light" color="gray" radius="sm">
            {t('casework.timeline.sitting')}
          </Badge>
          <Text size="sm">
            {t('casework.timeline.sittingAnswers', { count: events.length })}
            {corrections > 0 && ` · ${t('casework.timeline.sittingCorrections', { count: corrections })}`}
          </Text>
        </Group>
      </UnstyledButton>
      <Collapse expanded={open}>
        <Stack gap="xs" p="xs" pt={0}>
          {open && events.map(renderEntry)}
        </Stack>
      </Collapse>
    </Paper>
  );
}

function TimelineEntry({
  caseId,
  event,
  corrections,
  onCorrected,
  received = false,
}: {
  caseId: string;
  event: TimelineEvent;
  corrections: TimelineEvent[];
  onCorrected(list: TimelineEvent[]): void;
  /** Came with a handover from the predecessor's vault. */
  received?: boolean;
}) {
  const { t } = useTranslation();
  const [correcting, setCorrecting] = useState(false);
  const [showEarlier, setShowEarlier] = useState(false);

  return (
    <Paper withBorder px="md" py="xs" radius="md" data-testid="timeline-entry" data-event-id={event.id}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Group gap="xs" wrap="nowrap" align="flex-start" miw={0}>
            <Text size="sm" c="dimmed" style={{ flexShrink: 0 }} title={event.happenedAt ? t('casework.timeline.recordedAt', { date: formatDateTime(event.at) }) : undefined}>
              {formatDateTime(event.happenedAt ?? event.at)}
            </Text>
            <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
              {labelOrValue('timelineKind', event.kind)}
            </Badge>
            {corrections.length > 0 && (
              <Badge variant="light" color="orange" radius="sm" style={{ flexShrink: 0 }}>
                {t('timeline.corrected')}
              </Badge>
            )}
            {received && (
              <Badge variant="light" color="green" radius="sm" style={{ flexShrink: 0 }} data-testid="timeline-received">
                {t('handover.received')}
              </Badge>
            )}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {describe(event, t)}
            </Text>
          </Group>
          {!correcting && (
            <Button variant="subtle" size="compact-xs" onClick={() => setCorrecting(true)} style={{ flexShrink: 0 }}>
              {t('timeline.addCorrection')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {event.happenedAt ? `${t('casework.timeline.recordedAt', { date: formatDateTime(event.at) })} · ` : ''}
          {t('timeline.by', { actor: event.actor })}
          {event.earlier.length > 0 && (
            <>
              {' · '}
              <UnstyledButton className={classes.inlineLink} onClick={() => setShowEarlier((o) => !o)} aria-expanded={showEarlier}>
                {t('casework.timeline.earlierVersions', { count: event.earlier.length })}
              </UnstyledButton>
            </>
          )}
        </Text>
        {showEarlier && (
          <Stack gap={2} data-testid="timeline-earlier">
            {event.earlier.map((version) => (
              <Text key={version.id} size="xs" c="dimmed">
                {formatTime(version.at)}: {version.summary}
              </Text>
            ))}
          </Stack>
        )}
        {corrections.map((fix) => (
          <Paper key={fix.id} p="sm" radius="sm" bg="orange.0" style={{ borderLeft: '3px solid var(--mantine-color-orange-6)' }} data-testid="timeline-correction">
            <Text size="xs" c="dimmed">
              {t('timeline.correctionOn', { date: formatDateTime(fix.at), actor: fix.actor })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {fix.summary}
            </Text>
          </Paper>
        ))}
        {correcting && (
          <CorrectionForm
            caseId={caseId}
            eventId={event.id}
            onCancel={() => setCorrecting(false)}
            onCorrected={(list) => {
              onCorrected(list);
              setCorrecting(false);
              // The form gives way to the correction, shown with the entry: the entry takes the focus.
              focusResultAt(`[data-event-id="${event.id}"]`);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** A correction is appended to the entry, never written over it; it needs words of its own. */
function CorrectionForm({ caseId, eventId, onCancel, onCorrected }: { caseId: string; eventId: number; onCancel(): void; onCorrected(list: TimelineEvent[]): void }) {
  const { t } = useTranslation();
  const contract = useContractForm({
    initialValues: { correction: '' },
    validate: { correction: firstOf(required(t('timeline.correctionRequired')), atMost(TEXT_LIMITS.timelineText, t('common.tooLong', { max: TEXT_LIMITS.timelineText }))) },
  });
  return (
    <form noValidate onSubmit={contract.onSubmit(({ correction }) => call('timelineCorrect', { caseId, eventId, correction }), onCorrected)}>
      <Stack gap="xs">
        <Textarea
          label={t('timeline.correctionLabel')}
          description={t('timeline.correctionHelp')}
          {...contract.form.getInputProps('correction')}
          maxLength={TEXT_LIMITS.timelineText}
          withAsterisk
          autosize
          minRows={2}
          autoFocus
        />
        <FormActions error={contract.error} busy={contract.busy} onCancel={onCancel} saveLabel={t('timeline.saveCorrection')} size="xs" />
      </Stack>
    </form>
  );
}

type ManualKind = 'contact' | 'decision' | 'event';

interface NewEvent {
  kind: ManualKind;
  summary: string;
  happenedAt: string | null;
}

function AddEventForm({ caseId, events, onAdded }: { caseId: string; events: TimelineEvent[] | undefined; onAdded(list: TimelineEvent[]): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<NewEvent>({
    initialValues: { kind: 'contact', summary: '', happenedAt: null },
    validate: { summary: firstOf(required(t('timeline.summaryRequired')), atMost(TEXT_LIMITS.timelineText, t('common.tooLong', { max: TEXT_LIMITS.timelineText }))) },
  });
  const { form } = contract;

  return (
    <Section title={t('timeline.addTitle')}>
      <form
        noValidate
        onSubmit={contract.onSubmit(
          (entry) => call('timelineAdd', { caseId, ...entry }),
          (list) => {
            const before = new Set(events?.map((event) => event.id));
            onAdded(list);
            form.reset();
            // The new entry, in its place in the chronology, takes the focus.
            const added = list.find((event) => !before.has(event.id));
            if (added) focusResultAt(`[data-event-id="${added.id}"]`);
          },
        )}
      >
        <Stack gap="sm">
          <Group gap="sm" align="flex-start">
            <NativeSelect
              label={t('timeline.kind')}
              data={(['contact', 'decision', 'event'] as const).map((value) => ({ value, label: t(`timelineKind.${value}`) }))}
              {...form.getInputProps('kind')}
              w={220}
            />
            <DateField label={t('casework.timeline.happenedAt')} description={t('casework.timeline.happenedAtHelp')} {...contract.dateInputProps('happenedAt', true)} w={260} />
          </Group>
          <Textarea label={t('timeline.summary')} description={t('timeline.summaryHelp')} {...form.getInputProps('summary')} maxLength={TEXT_LIMITS.timelineText} withAsterisk autosize minRows={2} />
          <ErrorAlert error={contract.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={contract.busy}>
              {t('timeline.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
