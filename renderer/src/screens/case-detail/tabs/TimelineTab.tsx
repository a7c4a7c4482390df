// The chronology: append-only. A mistake is never edited away; a correction is added to the entry
// and shown with it, so the record stays court-safe (domain.md §5).
import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '@core/contract';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { Section } from '@renderer/components/Section';
import { i18n, labelOrValue } from '@renderer/i18n';
import { formatDateTime } from '@renderer/i18n/format';
import { FormActions } from '@renderer/components/FormActions';

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
  const corrections = new Map<number, TimelineEvent[]>();
  for (const event of events.data ?? []) {
    if (event.correctsEventId !== null) corrections.set(event.correctsEventId, [...(corrections.get(event.correctsEventId) ?? []), event]);
  }
  const entries = (events.data ?? []).filter((event) => event.correctsEventId === null);

  return (
    <Stack gap="lg">
      <AddEventForm caseId={caseId} onAdded={events.setData} />
      <Section title={t('timeline.title')} description={t('timeline.help')}>
        <ErrorAlert error={events.error} />
        {entries.map((event) => (
          <TimelineEntry key={event.id} caseId={caseId} event={event} corrections={corrections.get(event.id) ?? []} onCorrected={events.setData} />
        ))}
      </Section>
    </Stack>
  );
}

function TimelineEntry({ caseId, event, corrections, onCorrected }: { caseId: string; event: TimelineEvent; corrections: TimelineEvent[]; onCorrected(list: TimelineEvent[]): void }) {
  const { t } = useTranslation();
  const [correcting, setCorrecting] = useState(false);
  const [correction, setCorrection] = useState('');
  const submit = useSubmit();

  const save = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const list = await submit.run(() => call('timelineCorrect', { caseId, eventId: event.id, correction }));
    if (list) {
      onCorrected(list);
      setCorrecting(false);
      setCorrection('');
    }
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="timeline-entry">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {formatDateTime(event.at)}
            </Text>
            <Badge variant="light" color="gray" radius="sm">
              {labelOrValue('timelineKind', event.kind)}
            </Badge>
            {corrections.length > 0 && (
              <Badge variant="light" color="orange" radius="sm">
                {t('timeline.corrected')}
              </Badge>
            )}
          </Group>
          {!correcting && (
            <Button variant="subtle" size="compact-sm" onClick={() => setCorrecting(true)}>
              {t('timeline.addCorrection')}
            </Button>
          )}
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          {describe(event, t)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('timeline.by', { actor: event.actor })}
        </Text>
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
          <form noValidate onSubmit={save}>
            <Stack gap="xs">
              <Textarea
                label={t('timeline.correctionLabel')}
                description={t('timeline.correctionHelp')}
                value={correction}
                onChange={(changeEvent) => setCorrection(changeEvent.currentTarget.value)}
                error={submit.fieldErrors.correction}
                autosize
                minRows={2}
                autoFocus
              />
              <FormActions error={submit.error} busy={submit.busy} onCancel={() => setCorrecting(false)} saveLabel={t('timeline.saveCorrection')} size="xs" />
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function AddEventForm({ caseId, onAdded }: { caseId: string; onAdded(list: TimelineEvent[]): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'contact' | 'event'>('contact');
  const [summary, setSummary] = useState('');
  const submit = useSubmit();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const list = await submit.run(() => call('timelineAdd', { caseId, kind, summary }));
    if (list) {
      onAdded(list);
      setSummary('');
    }
  };

  return (
    <Section title={t('timeline.addTitle')}>
      <form noValidate onSubmit={add}>
        <Stack gap="sm">
          <NativeSelect
            label={t('timeline.kind')}
            data={[
              { value: 'contact', label: t('timelineKind.contact') },
              { value: 'event', label: t('timelineKind.event') },
            ]}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as 'contact' | 'event')}
            w={260}
          />
          <Textarea
            label={t('timeline.summary')}
            description={t('timeline.summaryHelp')}
            value={summary}
            onChange={(event) => setSummary(event.currentTarget.value)}
            error={submit.fieldErrors.summary}
            autosize
            minRows={2}
          />
          <ErrorAlert error={submit.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={submit.busy}>
              {t('timeline.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
