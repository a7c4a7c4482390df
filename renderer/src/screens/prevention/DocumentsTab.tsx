// The documents a school can adopt: pick a variant (po, vo, mbo), open a document, adapt its
// paragraphs, and export it as a PDF with the school's letterhead.
import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreventionDocument } from '@core/prevention/prevention-schema';
import { schoolLevels, TEXT_LIMITS as L, type PreventionDocumentType, type SchoolLevel } from '@shared';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusResult } from '../../components/focus-first-problem';
import { atMost } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
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
  const { paragraphs, originals } = document;
  const contract = useContractForm<{ texts: Record<string, string> }>({
    initialValues: { texts: Object.fromEntries(paragraphs.map((p) => [p.id, p.text])) },
    validate: { texts: Object.fromEntries(paragraphs.map((p) => [p.id, atMost(L.documentParagraph, t('common.tooLong', { max: L.documentParagraph }))])) },
    // Main names a refused paragraph by its id, under `edits` or in the refusal's details.
    within: 'edits',
    fields: Object.fromEntries(paragraphs.map((p) => [p.id, `texts.${p.id}`])),
    namedFields: ['prevention_names_person'],
  });
  const { form } = contract;
  const texts = form.values.texts;
  const [notice, setNotice] = useState<string | null>(null);
  const exporting = useSubmit();
  const noticeId = useId();
  const dirty = paragraphs.some((p) => texts[p.id] !== p.text);
  const showNotice = (text: string) => {
    setNotice(text);
    focusResult(() => window.document.getElementById(noticeId));
  };

  const send = ({ texts: now }: { texts: Record<string, string> }) => {
    setNotice(null);
    const edits = Object.fromEntries(Object.entries(now).filter(([id, text]) => text !== originals[id]));
    return call('preventionDocumentSave', { type: document.type, level: document.level, edits });
  };
  const exportPdf = async () => {
    const result = await exporting.run(() => call('preventionDocumentExport', { type: document.type, level: document.level }));
    if (result?.saved && result.fileName) showNotice(t('prevention.documents.exported', { fileName: result.fileName }));
  };
  // Both buttons submit: the export saves unsaved changes first, so what is exported is what is shown.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const toPdf = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('data-action') === 'export';
    if (toPdf && !dirty) {
      event.preventDefault();
      return void exportPdf();
    }
    contract.onSubmit(send, (saved: PreventionDocument) => {
      onSaved(saved);
      if (toPdf) void exportPdf();
      else showNotice(t('prevention.documents.saved'));
    })(event);
  };

  return (
    <form noValidate onSubmit={submit}>
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
        {paragraphs.map((paragraph) => (
          <Stack key={paragraph.id} gap={4}>
            <Textarea label={paragraph.heading} {...form.getInputProps(`texts.${paragraph.id}`)} maxLength={L.documentParagraph} autosize minRows={2} />
            {texts[paragraph.id] !== originals[paragraph.id] && (
              <Button variant="subtle" size="compact-xs" style={{ alignSelf: 'flex-start' }} onClick={() => form.setFieldValue(`texts.${paragraph.id}`, originals[paragraph.id] ?? '')}>
                {t('prevention.documents.reset')}
              </Button>
            )}
          </Stack>
        ))}
        <ErrorAlert error={contract.error ?? exporting.error} />
        {notice && !contract.error && !exporting.error && (
          <Alert color="green" variant="light" role="status" id={noticeId}>
            {notice}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" variant="default" disabled={!dirty} loading={contract.busy}>
            {t('prevention.documents.save')}
          </Button>
          <Button type="submit" data-action="export" loading={contract.busy || exporting.busy}>
            {t('prevention.documents.export')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
