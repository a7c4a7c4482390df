// The documents a school can adopt: pick a variant (po, vo, mbo), open a document, adapt its
// paragraphs, and export it as a PDF with the school's letterhead.
import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreventionDocument } from '@core/prevention/prevention-schema';
import { schoolLevels, type PreventionDocumentType, type SchoolLevel } from '@shared';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { formatDate, formatDateTime } from '../../i18n/format';

export function DocumentsTab() {
  const { t } = useTranslation();
  const settings = useCallData(() => call('settingsGet', {}), []);
  const [chosenLevel, setLevel] = useState<SchoolLevel | null>(null);
  const level = chosenLevel ?? settings.data?.school.level ?? 'vo';
  const documents = useCallData(() => call('preventionDocumentsList', { level }), [level]);
  const [open, setOpen] = useState<PreventionDocumentType | null>(null);
  const current = documents.data?.find((d) => d.type === open);

  return (
    <Section
      title={t('prevention.documents.sectionTitle')}
      description={t('prevention.documents.sectionHelp')}
      actions={
        <NativeSelect
          aria-label={t('prevention.documents.level')}
          data={schoolLevels.map((value) => ({ value, label: t(`report.schoolLevel.${value}`) }))}
          value={level}
          onChange={(event) => setLevel(event.currentTarget.value as SchoolLevel)}
        />
      }
    >
      <ErrorAlert error={documents.error} />
      {current ? (
        <DocumentEditor
          key={`${current.type}-${current.level}`}
          document={current}
          onBack={() => setOpen(null)}
          onSaved={(saved) => documents.setData((documents.data ?? []).map((d) => (d.type === saved.type ? saved : d)))}
        />
      ) : (
        <Stack gap="xs">
          {documents.data?.map((doc) => (
            <UnstyledButton key={doc.type} onClick={() => setOpen(doc.type)} data-testid={`document-${doc.type}`}>
              <Paper withBorder p="sm" radius="md">
                <Group justify="space-between">
                  <Stack gap={0}>
                    <Text fw={600}>{t(`prevention.documents.types.${doc.type}`)}</Text>
                    <Text size="sm" c="dimmed">
                      {doc.title}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    {doc.paragraphs.some((p) => p.edited) && (
                      <Badge variant="light" radius="sm">
                        {t('prevention.documents.edited')}
                      </Badge>
                    )}
                    {doc.lastExportedAt && (
                      <Text size="xs" c="dimmed">
                        {t('prevention.documents.lastExported', { date: formatDateTime(doc.lastExportedAt) })}
                      </Text>
                    )}
                  </Group>
                </Group>
              </Paper>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function DocumentEditor({ document, onBack, onSaved }: { document: PreventionDocument; onBack(): void; onSaved(doc: PreventionDocument): void }) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Record<string, string>>(Object.fromEntries(document.paragraphs.map((p) => [p.id, p.text])));
  const [notice, setNotice] = useState<string | null>(null);
  const submit = useSubmit();
  const dirty = document.paragraphs.some((p) => texts[p.id] !== p.text);

  const save = async (): Promise<boolean> => {
    const edits = Object.fromEntries(Object.entries(texts).filter(([id, text]) => text !== document.originals[id]));
    const saved = await submit.run(() => call('preventionDocumentSave', { type: document.type, level: document.level, edits }));
    if (saved) {
      onSaved(saved);
      setNotice(t('prevention.documents.saved'));
    }
    return Boolean(saved);
  };
  const exportPdf = async () => {
    if (dirty && !(await save())) return;
    const result = await submit.run(() => call('preventionDocumentExport', { type: document.type, level: document.level }));
    if (result?.saved && result.fileName) setNotice(t('prevention.documents.exported', { fileName: result.fileName }));
  };

  return (
    <Stack gap="md" data-testid="document-editor">
      <Group justify="space-between">
        <Button variant="subtle" size="compact-sm" onClick={onBack}>
          ← {t('prevention.documents.back')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('prevention.documents.reviewed', { date: formatDate(document.lastReviewed) })}
        </Text>
      </Group>
      <Title order={3} size="h4">
        {document.title}
      </Title>
      {document.paragraphs.map((paragraph) => (
        <Stack key={paragraph.id} gap={4}>
          <Textarea
            label={paragraph.heading}
            value={texts[paragraph.id] ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setTexts((previous) => ({ ...previous, [paragraph.id]: value }));
            }}
            autosize
            minRows={2}
          />
          {texts[paragraph.id] !== document.originals[paragraph.id] && (
            <Button
              variant="subtle"
              size="compact-xs"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setTexts((previous) => ({ ...previous, [paragraph.id]: document.originals[paragraph.id] ?? '' }))}
            >
              {t('prevention.documents.reset')}
            </Button>
          )}
        </Stack>
      ))}
      <ErrorAlert error={submit.error} />
      {notice && !submit.error && (
        <Alert color="green" variant="light" role="status">
          {notice}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void save()} disabled={!dirty} loading={submit.busy}>
          {t('prevention.documents.save')}
        </Button>
        <Button onClick={() => void exportPdf()} loading={submit.busy}>
          {t('prevention.documents.export')}
        </Button>
      </Group>
    </Stack>
  );
}
