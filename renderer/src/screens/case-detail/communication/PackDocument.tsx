// The pack as a page: its title and paragraphs as they will stand in the PDF. A paragraph opens for
// editing on a click or with Enter; an edited paragraph is marked and can go back to the original.
import { Badge, Button, Group, Stack, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackView } from '@core/contract';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import classes from './communication.module.css';
import { normaliseText } from './pack-edits';
import { paragraphBlocks } from './paragraph-blocks';

type Paragraph = PackView['composed']['paragraphs'][number];

interface Props {
  view: PackView;
  editingId: string | null;
  busy: boolean;
  saveError: unknown;
  onEdit(id: string | null): void;
  /** Resolves to true once main has the new text. */
  onSave(id: string, text: string): Promise<boolean>;
  onRestore(id: string): Promise<boolean>;
}

export function PackDocument({ view, editingId, busy, saveError, onEdit, onSave, onRestore }: Props) {
  const { t } = useTranslation();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Opening a pack moves focus to its title, so a keyboard or screen-reader user lands on the page.
  // The workspace is keyed by pack, so this runs once per pack opened.
  useEffect(() => titleRef.current?.focus(), []);

  return (
    <article className={classes.sheet} aria-label={t('packs.preview.label', { title: view.composed.title })} data-testid="pack-preview">
      <Title order={2} size="h3" mb="md" ref={titleRef} tabIndex={-1} className={classes.sheetTitle}>
        {view.composed.title}
      </Title>
      <Stack gap={2}>
        {view.composed.paragraphs.map((paragraph) => (
          <EditableParagraph
            key={paragraph.id}
            paragraph={paragraph}
            editing={editingId === paragraph.id}
            // One paragraph at a time: opening another would silently drop the text being typed.
            locked={editingId !== null && editingId !== paragraph.id}
            busy={busy}
            saveError={editingId === paragraph.id ? saveError : null}
            onEdit={onEdit}
            onSave={onSave}
            onRestore={onRestore}
          />
        ))}
      </Stack>
    </article>
  );
}

interface ParagraphProps extends Omit<Props, 'view' | 'editingId'> {
  paragraph: Paragraph;
  editing: boolean;
  locked: boolean;
}

function EditableParagraph({ paragraph, editing, locked, busy, saveError, onEdit, onSave, onRestore }: ParagraphProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(paragraph.text);
  const [empty, setEmpty] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Paragraphs without a heading (salutation, closing) are named by their first words.
  const name = paragraph.heading ?? (paragraph.text.split(/\s+/).slice(0, 5).join(' ') || t('packs.preview.untitled'));

  useEffect(() => {
    // Back from the editor: keep the keyboard where it was.
    if (!editing && wasEditing.current) editButton.current?.focus({ preventScroll: true });
    wasEditing.current = editing;
  }, [editing]);

  const startEditing = () => {
    setDraft(paragraph.text);
    setEmpty(false);
    onEdit(paragraph.id);
  };

  const save = async () => {
    if (normaliseText(draft) === '') {
      setEmpty(true);
      return;
    }
    if (await onSave(paragraph.id, draft)) onEdit(null);
  };
  const restore = async () => {
    if ((await onRestore(paragraph.id)) && editing) onEdit(null);
  };

  const editorKeys = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEdit(null);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };
  const open = (event: MouseEvent) => {
    // Selecting text to copy it should not open the editor.
    if (locked || !window.getSelection()?.isCollapsed) return;
    if ((event.target as HTMLElement).closest('button')) return;
    startEditing();
  };

  const heading = paragraph.heading && (
    <Title order={3} size="h5" mb={4} pr={editing ? 0 : 90}>
      {paragraph.heading}
    </Title>
  );
  const editedBadge = paragraph.edited && (
    <Badge size="sm" variant="light" radius="sm">
      {t('packs.preview.editedBadge')}
    </Badge>
  );

  if (editing) {
    return (
      <div className={classes.paragraph} data-editing="" data-edited={paragraph.edited ? '' : undefined} data-testid="pack-paragraph" data-paragraph-id={paragraph.id}>
        {heading}
        <Stack gap="xs">
          <Textarea
            label={t('packs.preview.textLabel', { name })}
            description={t('packs.preview.keysHint')}
            value={draft}
            onChange={(event) => {
              setDraft(event.currentTarget.value);
              setEmpty(false);
            }}
            onKeyDown={editorKeys}
            error={empty ? t('packs.preview.emptyText') : undefined}
            autosize
            minRows={3}
            maxRows={20}
            data-autofocus
            autoFocus
          />
          <ErrorAlert error={saveError} />
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              <Button size="xs" onClick={() => void save()} loading={busy}>
                {t('packs.preview.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => onEdit(null)} disabled={busy}>
                {t('packs.preview.cancel')}
              </Button>
            </Group>
            {paragraph.edited && (
              <Button size="xs" variant="subtle" color="gray" onClick={() => void restore()} disabled={busy}>
                {t('packs.preview.restore')}
              </Button>
            )}
          </Group>
        </Stack>
      </div>
    );
  }

  return (
    <div className={classes.paragraph} data-edited={paragraph.edited ? '' : undefined} onClick={open} data-testid="pack-paragraph" data-paragraph-id={paragraph.id}>
      {heading}
      {paragraphBlocks(paragraph.text).map((block, index) =>
        block.kind === 'list' ? (
          <ul key={index} className={classes.list}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={index} className={classes.text}>
            {block.lines.map((line, lineIndex) => (
              <span key={lineIndex}>
                {lineIndex > 0 && <br />}
                {line}
              </span>
            ))}
          </p>
        ),
      )}
      {paragraph.edited && (
        <Group gap="xs" mt={2}>
          {editedBadge}
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void restore()} disabled={busy || locked}>
            {t('packs.preview.restore')}
          </Button>
        </Group>
      )}
      <Button ref={editButton} size="compact-xs" variant="light" className={classes.editButton} onClick={startEditing} disabled={locked} aria-label={t('packs.preview.editLabel', { name })}>
        {t('packs.preview.edit')}
      </Button>
    </div>
  );
}
