// One pack open: the page on the left, and beside it what stands in the way of exporting, the
// choice to name the victim (only where that may), the export itself and the earlier exports.
import { Alert, Button, Divider, Group, List, Paper, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, PackView } from '@core/contract';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { useSubmit } from '@renderer/api/use-submit';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatDateTime } from '@renderer/i18n/format';
import classes from './communication.module.css';
import { currentEdits, editsWith, editsWithout, packTarget } from './pack-edits';
import { PackDocument } from './PackDocument';
import { PasswordModal } from './PasswordModal';

interface Props {
  caseId: string;
  view: PackView;
  onViewChange(view: PackView): void;
  onExported(): void;
  onBack(): void;
}

export function PackWorkspace({ caseId, view, onViewChange, onExported, onBack }: Props) {
  const { t } = useTranslation();
  const [editingId, setEditingId] = useState<string | null>(null);
  const save = useSubmit();
  // Where the PDF breaks its pages, laid out again whenever the text changes.
  const layout = useCallData(() => call('packsLayout', { caseId, ...packTarget(view) }), [caseId, view]);
  const settings = useCallData(() => (view.page.hasLogo ? call('settingsGet', {}) : Promise.resolve(null)), [view.page.hasLogo]);
  const logo = settings.data?.school.logo ? `data:${settings.data.school.logo.mime};base64,${settings.data.school.logo.base64}` : null;
  // The composed text of each paragraph as last seen unedited, so an edit back to it can be dropped.
  const originals = useRef(new Map<string, string>());
  useEffect(() => {
    for (const paragraph of view.composed.paragraphs) if (!paragraph.edited) originals.current.set(paragraph.id, paragraph.text);
  }, [view]);

  const persist = async (edits: Record<string, string>, namingVictim: boolean): Promise<boolean> => {
    const next = await save.run(() => call('packsSave', { caseId, ...packTarget(view), edits, namingVictim }));
    if (next) onViewChange(next);
    return next !== undefined;
  };

  return (
    <Stack gap="md">
      <Button variant="subtle" size="compact-sm" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
        ← {t('packs.preview.back')}
      </Button>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" c="dimmed" maw={720}>
            {t('packs.preview.help')}
          </Text>
          {view.victim && (
            <Text size="sm" fw={600} maw={720} data-testid="pack-family-of">
              {t('packs.list.familyOfOne', { victim: view.victim.label || t('packs.list.victimWithoutLabel') })}
            </Text>
          )}
          <PackDocument
            view={view}
            layout={layout.data}
            logo={logo}
            editingId={editingId}
            busy={save.busy}
            saveError={save.error}
            onEdit={(id) => {
              save.clearError();
              setEditingId(id);
            }}
            onSave={(id, text) => persist(editsWith(view, id, text, originals.current.get(id)), view.namingVictim)}
            onRestore={(id) => persist(editsWithout(view, id), view.namingVictim)}
          />
        </Stack>
        <div className={classes.panel}>
          <SidePanel
            caseId={caseId}
            view={view}
            editing={editingId !== null}
            saving={save.busy}
            saveError={editingId === null ? save.error : null}
            onNamingChange={(naming) => void persist(currentEdits(view), naming)}
            onExported={onExported}
          />
        </div>
      </Group>
    </Stack>
  );
}

interface PanelProps {
  caseId: string;
  view: PackView;
  editing: boolean;
  saving: boolean;
  saveError: unknown;
  onNamingChange(naming: boolean): void;
  onExported(): void;
}

function SidePanel({ caseId, view, editing, saving, saveError, onNamingChange, onExported }: PanelProps) {
  const { t } = useTranslation();
  const exporter = useSubmit();
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<CallOutput<'packsExport'> | null>(null);
  const needsPassword = view.type === 'case_summary';
  const blockedBy = !view.check.allowed ? t('packs.export.blocked') : editing ? t('packs.preview.finishEditing') : null;

  const runExport = async (password?: string) => {
    setResult(null);
    const outcome = await exporter.run(() => call('packsExport', { caseId, ...packTarget(view), password }));
    if (!outcome) return;
    setAsking(false);
    setResult(outcome);
    if (outcome.saved) onExported();
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        {/* Announced when it changes: a saved paragraph can add or clear a problem. */}
        <Stack gap="xs" aria-live="polite">
          <Text fw={600}>{t('packs.status.title')}</Text>
          {view.check.allowed ? (
            <Alert color="green" variant="light" data-testid="pack-ready">
              {t('packs.status.ready')}
            </Alert>
          ) : (
            <Alert color="orange" variant="light" title={t('packs.status.problemsTitle')} data-testid="pack-problems">
              <List size="sm" spacing={6}>
                {view.check.problems.map((problem, index) => (
                  <List.Item key={index}>{problem}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <ErrorAlert error={saveError} />
        </Stack>
        <Divider />
        <Stack gap="xs">
          <Text fw={600}>{t('packs.naming.title')}</Text>
          {view.namingPossible ? (
            <Switch
              label={t('packs.naming.switch')}
              description={view.type === 'parents_victim' ? t('packs.naming.helpParentsVictim') : t('packs.naming.helpCaseSummary')}
              checked={view.namingVictim}
              disabled={saving || editing}
              onChange={(event) => onNamingChange(event.currentTarget.checked)}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('packs.naming.never')}
            </Text>
          )}
        </Stack>
        <Divider />
        <Stack gap="xs">
          <Text fw={600}>{t('packs.export.title')}</Text>
          <Button
            onClick={() => (needsPassword ? setAsking(true) : void runExport())}
            disabled={blockedBy !== null}
            loading={exporter.busy && !asking}
            aria-describedby={blockedBy ? 'pack-export-blocked' : undefined}
          >
            {t('packs.export.button')}
          </Button>
          {blockedBy && (
            <Text size="sm" c="dimmed" id="pack-export-blocked" data-testid="pack-export-blocked">
              {blockedBy}
            </Text>
          )}
          {result?.saved && (
            <Alert color="green" variant="light" role="status" data-testid="pack-export-saved">
              {t('packs.export.saved', { file: result.fileName })}
            </Alert>
          )}
          {result && !result.saved && (
            <Text size="sm" c="dimmed" role="status">
              {t('packs.export.cancelled')}
            </Text>
          )}
          {!asking && <ErrorAlert error={exporter.error} />}
        </Stack>
        <Divider />
        <Stack gap={6}>
          <Text fw={600}>{t('packs.export.historyTitle')}</Text>
          {view.exports.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('packs.export.noHistory')}
            </Text>
          ) : (
            <List size="sm" spacing={4} data-testid="pack-export-history">
              {view.exports.map((item) => (
                <List.Item key={`${item.exportedAt}-${item.fileName}`}>
                  {formatDateTime(item.exportedAt)} · <span style={{ wordBreak: 'break-word' }}>{item.fileName}</span>
                  {item.passwordProtected && ` (${t('packs.list.withPassword')})`}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Stack>
      {asking && (
        <PasswordModal
          busy={exporter.busy}
          error={exporter.error}
          onClose={() => {
            exporter.clearError();
            setAsking(false);
          }}
          onSubmit={(password) => void runExport(password)}
        />
      )}
    </Paper>
  );
}
