// A new case starts as the advisor's own working note; it becomes a dossier only with consent.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import type { Navigate } from '../../app/routes';
import { CaseFields, type CaseFieldValues } from '../../components/CaseFields';
import { FormActions } from '../../components/FormActions';

export function NewCaseScreen({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CaseFieldValues>({ title: '', schoolLevel: 'vo', incidentTypes: [], platforms: [], summary: '', incidentDate: null });
  const submit = useSubmit();

  // The school's own level is the likely one; the person can still change it.
  useEffect(() => {
    call('settingsGet', {}).then(
      (settings) => setValues((previous) => ({ ...previous, schoolLevel: settings.school.level })),
      () => undefined,
    );
  }, []);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const created = await submit.run(() => call('casesCreate', values));
    if (created) navigate({ screen: 'case', caseId: created.id, tab: 'overview' });
  };

  return (
    <Stack gap="lg" maw={820}>
      <Stack gap={2}>
        <Title order={1}>{t('newCase.title')}</Title>
        <Text c="dimmed">{t('newCase.intro')}</Text>
      </Stack>
      <Paper withBorder p="xl" radius="md">
        <form noValidate onSubmit={create}>
          <Stack gap="lg">
            <CaseFields values={values} onChange={(patch) => setValues((previous) => ({ ...previous, ...patch }))} errors={submit.fieldErrors} autoFocus />
            <FormActions error={submit.error} busy={submit.busy} onCancel={() => navigate({ screen: 'cases' })} saveLabel={t('newCase.create')} />
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
