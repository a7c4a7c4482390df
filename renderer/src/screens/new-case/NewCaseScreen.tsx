// A new case starts as the advisor's own working note; it becomes a dossier only with consent.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { Navigate } from '../../app/routes';
import { CaseFields, caseFieldRules, type CaseFieldValues } from '../../components/CaseFields';
import { focusResultAt } from '../../components/focus-first-problem';
import { FormActions } from '../../components/FormActions';
import { useContractForm } from '../../components/forms/use-contract-form';

const emptyCase: CaseFieldValues = { title: '', schoolLevel: 'vo', incidentTypes: [], platforms: [], summary: '', incidentDate: null };

export function NewCaseScreen({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const contract = useContractForm({ initialValues: emptyCase, validate: caseFieldRules(t) });
  const { setFieldValue } = contract.form;

  // The school's own level is the likely one; the person can still change it.
  useEffect(() => {
    call('settingsGet', {}).then(
      (settings) => setFieldValue('schoolLevel', settings.school.level),
      () => undefined,
    );
    // Once, on opening: a later render must not undo the person's own choice.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Stack gap="lg" maw={820}>
      <Stack gap={2}>
        <Title order={1}>{t('newCase.title')}</Title>
        <Text c="dimmed">{t('newCase.intro')}</Text>
      </Stack>
      <Paper withBorder p="xl" radius="md">
        <form
          noValidate
          onSubmit={contract.onSubmit(
            (values) => call('casesCreate', values),
            (created) => {
              navigate({ screen: 'case', caseId: created.id, tab: 'overview' });
              // This screen closes: the new case's title takes the focus.
              focusResultAt('[data-testid="case-title"]');
            },
          )}
        >
          <Stack gap="lg">
            <CaseFields contract={contract} autoFocus />
            <FormActions error={contract.error} busy={contract.busy} onCancel={() => navigate({ screen: 'cases' })} saveLabel={t('newCase.create')} />
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
