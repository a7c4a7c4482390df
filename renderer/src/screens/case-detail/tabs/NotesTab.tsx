// Two kinds of notes, never mixed up: dossier notes belong to the case file (and may be exported
// with it); private working notes are the advisor's own and never appear in any export or pack.
import { Alert, Badge, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '@core/contract';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { Section } from '@renderer/components/Section';
import { formatDateTime } from '@renderer/i18n/format';
import { FormActions } from '@renderer/components/FormActions';

type NoteKind = Note['kind'];

export function NotesTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const notes = useCallData(() => call('notesList', { caseId }), [caseId]);
  const byKind = (kind: NoteKind) => (notes.data ?? []).filter((note) => note.kind === kind);

  return (
    <Stack gap="lg">
      <AddNoteForm caseId={caseId} onAdded={notes.setData} />
      <ErrorAlert error={notes.error} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {(['dossier', 'private'] as const).map((kind) => (
          <Section key={kind} title={t(`notes.${kind}Title`)} description={t(`notes.${kind}Help`)}>
            <Stack gap="sm" data-testid={`notes-${kind}`}>
              {byKind(kind).length === 0 && <Text c="dimmed">{t('notes.empty')}</Text>}
              {byKind(kind).map((note) => (
                <NoteItem key={note.id} caseId={caseId} note={note} onSaved={notes.setData} />
              ))}
            </Stack>
          </Section>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function KindBadge({ kind }: { kind: NoteKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kind === 'private' ? 'yellow' : 'petrol'} variant={kind === 'private' ? 'light' : 'outline'} radius="sm">
      {t(`notes.${kind}Badge`)}
    </Badge>
  );
}

function NoteItem({ caseId, note, onSaved }: { caseId: string; note: Note; onSaved(list: Note[]): void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const submit = useSubmit();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (editing === null) return;
    const list = await submit.run(() => call('notesUpdate', { caseId, noteId: note.id, body: editing }));
    if (list) {
      onSaved(list);
      setEditing(null);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" bg={note.kind === 'private' ? 'yellow.0' : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <KindBadge kind={note.kind} />
            <Text size="xs" c="dimmed">
              {formatDateTime(note.updatedAt)}
            </Text>
          </Group>
          {editing === null && (
            <Button variant="subtle" size="compact-sm" onClick={() => setEditing(note.body)}>
              {t('common.edit')}
            </Button>
          )}
        </Group>
        {editing === null ? (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{note.body}</Text>
        ) : (
          <form noValidate onSubmit={save}>
            <Stack gap="xs">
              <Textarea
                label={t('notes.body')}
                description={note.kind === 'dossier' ? t('notes.dossierEditHelp') : undefined}
                value={editing}
                onChange={(event) => setEditing(event.currentTarget.value)}
                error={submit.fieldErrors.body}
                autosize
                minRows={3}
                autoFocus
              />
              <FormActions error={submit.error} busy={submit.busy} onCancel={() => setEditing(null)} size="xs" />
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function AddNoteForm({ caseId, onAdded }: { caseId: string; onAdded(list: Note[]): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<NoteKind>('private');
  const [body, setBody] = useState('');
  const submit = useSubmit();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const list = await submit.run(() => call('notesAdd', { caseId, kind, body }));
    if (list) {
      onAdded(list);
      setBody('');
    }
  };

  return (
    <Section title={t('notes.addTitle')}>
      <form noValidate onSubmit={add}>
        <Stack gap="sm">
          <Radio.Group label={t('notes.kind')} value={kind} onChange={(value) => setKind(value as NoteKind)}>
            <Group gap="lg" mt={6}>
              <Radio value="private" label={t('notes.privateOption')} />
              <Radio value="dossier" label={t('notes.dossierOption')} />
            </Group>
          </Radio.Group>
          <Alert color={kind === 'private' ? 'yellow' : 'petrol'} variant="light">
            {kind === 'private' ? t('notes.privateHelp') : t('notes.dossierHelp')}
          </Alert>
          <Textarea label={t('notes.body')} value={body} onChange={(event) => setBody(event.currentTarget.value)} error={submit.fieldErrors.body} autosize minRows={3} />
          <ErrorAlert error={submit.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={submit.busy}>
              {kind === 'private' ? t('notes.addPrivate') : t('notes.addDossier')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
