// Two kinds of notes, never mixed up: dossier notes belong to the case file (and may be exported
// with it); private working notes are the advisor's own and never appear in any export or pack.
import { Alert, Badge, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '@core/contract';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { focusResultAt } from '@renderer/components/focus-first-problem';
import { atMost, firstOf, required } from '@renderer/components/forms/rules';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { Section } from '@renderer/components/Section';
import { formatDateTime } from '@renderer/i18n/format';
import { FormActions } from '@renderer/components/FormActions';
import { TEXT_LIMITS } from '@shared';

type NoteKind = Note['kind'];

export function NotesTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const notes = useCallData(() => call('notesList', { caseId }), [caseId]);
  const byKind = (kind: NoteKind) => (notes.data ?? []).filter((note) => note.kind === kind);

  return (
    <Stack gap="lg">
      <AddNoteForm caseId={caseId} notes={notes.data} onAdded={notes.setData} />
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

/** The body is required and stops where the contract does: one rule for adding and editing. */
const bodyRule = (t: TFunction) => firstOf(required(t('notes.bodyRequired')), atMost(TEXT_LIMITS.noteBody, t('common.tooLong', { max: TEXT_LIMITS.noteBody })));
const noteSelector = (id: string) => `[data-note-id="${id}"]`;

function NoteItem({ caseId, note, onSaved }: { caseId: string; note: Note; onSaved(list: Note[]): void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);

  return (
    <Paper withBorder p="md" radius="md" bg={note.kind === 'private' ? 'yellow.0' : undefined} data-note-id={note.id}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <KindBadge kind={note.kind} />
            <Text size="xs" c="dimmed">
              {formatDateTime(note.updatedAt)}
            </Text>
          </Group>
          {!editing && (
            <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
        </Group>
        {editing ? (
          <EditNoteForm
            caseId={caseId}
            note={note}
            onCancel={() => setEditing(false)}
            onSaved={(list) => {
              onSaved(list);
              setEditing(false);
              focusResultAt(noteSelector(note.id));
            }}
          />
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{note.body}</Text>
        )}
      </Stack>
    </Paper>
  );
}

function EditNoteForm({ caseId, note, onCancel, onSaved }: { caseId: string; note: Note; onCancel(): void; onSaved(list: Note[]): void }) {
  const { t } = useTranslation();
  const contract = useContractForm({ initialValues: { body: note.body }, validate: { body: bodyRule(t) } });
  return (
    <form noValidate onSubmit={contract.onSubmit(({ body }) => call('notesUpdate', { caseId, noteId: note.id, body }), onSaved)}>
      <Stack gap="xs">
        <Textarea
          label={t('notes.body')}
          description={note.kind === 'dossier' ? t('notes.dossierEditHelp') : undefined}
          {...contract.form.getInputProps('body')}
          maxLength={TEXT_LIMITS.noteBody}
          autosize
          minRows={3}
          autoFocus
        />
        <FormActions error={contract.error} busy={contract.busy} onCancel={onCancel} size="xs" />
      </Stack>
    </form>
  );
}

interface NewNote {
  kind: NoteKind;
  body: string;
}

function AddNoteForm({ caseId, notes, onAdded }: { caseId: string; notes: Note[] | undefined; onAdded(list: Note[]): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<NewNote>({ initialValues: { kind: 'private', body: '' }, validate: { body: bodyRule(t) } });
  const { form } = contract;
  const { kind } = form.values;

  return (
    <Section title={t('notes.addTitle')}>
      <form
        noValidate
        onSubmit={contract.onSubmit(
          (note) => call('notesAdd', { caseId, ...note }),
          (list) => {
            const before = new Set(notes?.map((note) => note.id));
            onAdded(list);
            form.setFieldValue('body', '');
            // The new note, in its own list, takes the focus.
            const added = list.find((note) => !before.has(note.id));
            if (added) focusResultAt(noteSelector(added.id));
          },
        )}
      >
        <Stack gap="sm">
          <Radio.Group label={t('notes.kind')} {...form.getInputProps('kind')}>
            <Group gap="lg" mt={6}>
              <Radio value="private" label={t('notes.privateOption')} />
              <Radio value="dossier" label={t('notes.dossierOption')} />
            </Group>
          </Radio.Group>
          <Alert color={kind === 'private' ? 'yellow' : 'petrol'} variant="light">
            {kind === 'private' ? t('notes.privateHelp') : t('notes.dossierHelp')}
          </Alert>
          <Textarea label={t('notes.body')} {...form.getInputProps('body')} maxLength={TEXT_LIMITS.noteBody} withAsterisk autosize minRows={3} />
          <ErrorAlert error={contract.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={contract.busy}>
              {kind === 'private' ? t('notes.addPrivate') : t('notes.addDossier')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
