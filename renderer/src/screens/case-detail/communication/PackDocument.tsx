// The pack as a page: letterhead, date, recipient, title, paragraphs, signature or contact box and
// page breaks, as the PDF will hold them — the paragraphs read by the same paragraph model the PDF
// uses (electron/shared/paragraph-model.ts). A paragraph opens for editing on a click or with
// Enter; an edited paragraph is marked and can go back to the original. Identifying details the
// disclosure check found are marked in the text, each with its reason and a fix in place.
import { Badge, Button, Group, Image, Stack, Text, Textarea, Title } from '@mantine/core';
import { Fragment, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, PackView } from '@core/contract';
import { applyFinding, paragraphBlocks, type TextPiece } from '@shared';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import classes from './communication.module.css';
import { normaliseText } from './pack-edits';

type Paragraph = PackView['composed']['paragraphs'][number];
type Finding = PackView['check']['findings'][number];
type Layout = CallOutput<'packsLayout'>;

interface Props {
  view: PackView;
  layout: Layout | undefined;
  /** The school's logo as a data URL, when the letterhead has one. */
  logo: string | null;
  editingId: string | null;
  busy: boolean;
  saveError: unknown;
  onEdit(id: string | null): void;
  /** Resolves to true once main has the new text. */
  onSave(id: string, text: string): Promise<boolean>;
  onRestore(id: string): Promise<boolean>;
}

export function PackDocument({ view, layout, logo, editingId, busy, saveError, onEdit, onSave, onRestore }: Props) {
  const { t } = useTranslation();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const { page } = view;
  // Opening a pack moves focus to its title, so a keyboard or screen-reader user lands on the page.
  // The workspace is keyed by pack, so this runs once per pack opened.
  useEffect(() => titleRef.current?.focus(), []);

  const breaksIn = (paragraphId: string) => (layout?.breaks ?? []).filter((b) => b.paragraphId === paragraphId);
  const lastPage = layout?.breaks.at(-1)?.page ?? 1;
  const closingBreak = layout && layout.closingPage > lastPage ? layout.closingPage : null;

  return (
    <article className={classes.sheet} aria-label={t('packs.preview.label', { title: view.composed.title })} data-testid="pack-preview">
      <header className={classes.letterhead} data-testid="pack-letterhead">
        <div className={classes.logo}>{logo && <Image src={logo} alt="" fit="contain" h={44} w="auto" maw={140} />}</div>
        <div className={classes.school}>
          {page.confidentialLabel && <div className={classes.confidential}>{page.confidentialLabel.toUpperCase()}</div>}
          <Text fw={700}>{page.schoolName}</Text>
          {page.address && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {page.address}
            </Text>
          )}
        </div>
      </header>
      {page.layout === 'letter' ? (
        <dl className={classes.letterMeta}>
          <dt>{page.dateLabel}:</dt>
          <dd>{page.date}</dd>
          {page.recipient && (
            <>
              <dt>{page.recipientLabel}:</dt>
              <dd data-testid="pack-recipient">{page.recipient}</dd>
            </>
          )}
          <dt>{page.subjectLabel}:</dt>
          <dd>
            <Title order={2} size="sm" ref={titleRef} tabIndex={-1} className={classes.sheetTitle}>
              {view.composed.title}
            </Title>
          </dd>
        </dl>
      ) : (
        <div className={classes.documentHead}>
          <Title order={2} size="h3" ref={titleRef} tabIndex={-1} className={classes.sheetTitle}>
            {view.composed.title}
          </Title>
          <Text size="sm" c="dimmed">
            {page.schoolName} · {page.date}
          </Text>
        </div>
      )}
      <Stack gap={2}>
        {view.composed.paragraphs.map((paragraph) => (
          <EditableParagraph
            key={paragraph.id}
            paragraph={paragraph}
            findings={view.check.findings.filter((f) => f.paragraphId === paragraph.id)}
            pageBreaks={breaksIn(paragraph.id)}
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
      {closingBreak && <PageBreak page={closingBreak} />}
      {page.layout === 'letter' ? (
        <div className={classes.signature} data-testid="pack-signature">
          <p>{page.closing}</p>
          {page.signature.map((line, index) => (
            <div key={index} className={index === 0 ? classes.signatureName : undefined}>
              {line}
            </div>
          ))}
        </div>
      ) : (
        <div className={classes.contactBox} data-testid="pack-contact">
          <Text fw={700} size="sm" c="petrol.8">
            {page.contactLabel}
          </Text>
          <Text size="sm">{page.contactLine}</Text>
        </div>
      )}
    </article>
  );
}

function PageBreak({ page }: { page: number }) {
  const { t } = useTranslation();
  return (
    <div className={classes.pageBreak} role="separator" aria-label={t('packs.preview.pageBreak', { page })} data-testid="pack-page-break">
      <span>{t('packs.preview.pageBreak', { page })}</span>
    </div>
  );
}

/** A piece of text with the findings in it marked. */
function Marked({ piece, findings }: { piece: TextPiece; findings: Finding[] }) {
  const { t } = useTranslation();
  const end = piece.start + piece.text.length;
  const inside = findings.filter((f) => f.start < end && f.end > piece.start).sort((a, b) => a.start - b.start);
  if (inside.length === 0) return <>{piece.text}</>;
  const parts: ReactNode[] = [];
  let at = piece.start;
  for (const finding of inside) {
    const from = Math.max(finding.start, at);
    const to = Math.min(finding.end, end);
    if (from > at) parts.push(piece.text.slice(at - piece.start, from - piece.start));
    if (to > from) {
      parts.push(
        <mark key={from} className={classes.finding} title={t(`packs.check.reason.${finding.reason}`)} data-testid="pack-finding" data-reason={finding.reason}>
          {piece.text.slice(from - piece.start, to - piece.start)}
        </mark>,
      );
    }
    at = Math.max(at, to);
  }
  if (at < end) parts.push(piece.text.slice(at - piece.start));
  return <>{parts}</>;
}

interface ParagraphProps extends Omit<Props, 'view' | 'editingId' | 'layout' | 'logo'> {
  paragraph: Paragraph;
  findings: Finding[];
  pageBreaks: Layout['breaks'];
  editing: boolean;
  locked: boolean;
}

function EditableParagraph({ paragraph, findings, pageBreaks, editing, locked, busy, saveError, onEdit, onSave, onRestore }: ParagraphProps) {
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

  const breakBefore = (index: number) => pageBreaks.find((b) => b.block === index);
  const fix = (finding: Finding) => onSave(paragraph.id, applyFinding(paragraph.text, finding));

  return (
    <div
      className={classes.paragraph}
      data-edited={paragraph.edited ? '' : undefined}
      data-flagged={findings.length > 0 ? '' : undefined}
      onClick={open}
      data-testid="pack-paragraph"
      data-paragraph-id={paragraph.id}
    >
      {breakBefore(0) && <PageBreak page={breakBefore(0)!.page} />}
      {heading}
      {paragraphBlocks(paragraph.text).map((block, index) => (
        <Fragment key={index}>
          {index > 0 && breakBefore(index) && <PageBreak page={breakBefore(index)!.page} />}
          {block.kind === 'list' ? (
            <ul className={classes.list}>
              {block.items.map((item, itemIndex) => (
                <li key={itemIndex}>
                  <Marked piece={item} findings={findings} />
                </li>
              ))}
            </ul>
          ) : block.kind === 'pairs' ? (
            <dl className={classes.pairs}>
              {block.pairs.map(({ key, value }, pairIndex) => (
                <Fragment key={pairIndex}>
                  <dt>{key}:</dt>
                  <dd>
                    <Marked piece={value} findings={findings} />
                  </dd>
                </Fragment>
              ))}
            </dl>
          ) : (
            <p className={classes.text}>
              {block.lines.map((line, lineIndex) => (
                <span key={lineIndex}>
                  {lineIndex > 0 && <br />}
                  <Marked piece={line} findings={findings} />
                </span>
              ))}
            </p>
          )}
        </Fragment>
      ))}
      {findings.length > 0 && (
        <ul className={classes.findingList} aria-label={t('packs.check.listLabel', { name })} data-testid="pack-finding-list">
          {findings.map((finding) => (
            <li key={`${finding.start}-${finding.end}`}>
              <span>
                <strong>‘{finding.text}’</strong> — {t(`packs.check.reason.${finding.reason}`)}
              </span>
              <Button
                size="compact-xs"
                variant="light"
                color="orange"
                disabled={busy || locked}
                onClick={() => void fix(finding)}
                aria-label={finding.replacement ? t('packs.check.replaceLabel', { text: finding.text, replacement: finding.replacement }) : t('packs.check.removeLabel', { text: finding.text })}
              >
                {finding.replacement ? t('packs.check.replace', { replacement: finding.replacement }) : t('packs.check.remove')}
              </Button>
            </li>
          ))}
        </ul>
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
