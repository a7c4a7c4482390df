// Adding a standard action from the catalog (resources/actions): its description, what to prepare
// and whom to call are shown before it goes into the plan with an owner and a due date. Steps the
// case's guardrails rule out are not offered, and the picker says which and why.
import { Alert, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction, CaseDetail } from '@core/contract';
import { actionStepChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { Section } from '@renderer/components/Section';
import { formatDate } from '@renderer/i18n/format';
import { ActionFields, actionDraftRules, type ActionDraft } from './ActionFields';
import { ActionGuidanceDetails } from './ActionGuidance';
import { offeredActions, type ActionReference, type CatalogAction } from './action-reference';
import { FormActions } from '@renderer/components/FormActions';

const draftFor = (entry: CatalogAction): ActionDraft => ({
  actionKey: entry.key,
  title: entry.title,
  step: entry.step,
  owner: '',
  dueDate: null,
  rationale: '',
  organisationKey: entry.organisationKey ?? null,
});

interface Props {
  detail: CaseDetail;
  reference: ActionReference;
  planned: CaseAction[];
  onAdded(list: CaseAction[]): void;
}

export function CatalogActionPicker({ detail, reference, planned, onAdded }: Props) {
  const { t } = useTranslation();
  const { offered, withheld } = offeredActions(reference.catalog, detail);
  const [chosen, setChosen] = useState<CatalogAction | null>(null);
  const inPlan = new Set(planned.filter((action) => action.status !== 'cancelled').map((action) => action.actionKey));
  const choose = (key: string) => setChosen(offered.find((action) => action.key === key) ?? null);

  return (
    <Section title={t('workflow.actions.catalogTitle')} description={t('workflow.actions.catalogHelp')}>
      {withheld.length > 0 && (
        <Alert color="red" variant="light" title={t('workflow.actions.withheldTitle')} data-testid="catalog-withheld">
          {t('workflow.actions.withheld', { actions: withheld.map((action) => action.title).join(', ') })}
        </Alert>
      )}
      <NativeSelect label={t('workflow.actions.catalogSelect')} value={chosen?.key ?? ''} onChange={(event) => choose(event.currentTarget.value)} data-testid="catalog-select">
        <option value="">{t('workflow.actions.catalogPlaceholder')}</option>
        {actionStepChoices.map((step) => (
          <optgroup key={step} label={t(`actions.steps.${step}`)}>
            {offered
              .filter((action) => action.step === step)
              .map((action) => (
                <option key={action.key} value={action.key}>
                  {inPlan.has(action.key) ? t('workflow.actions.alreadyPlanned', { title: action.title }) : action.title}
                </option>
              ))}
          </optgroup>
        ))}
      </NativeSelect>
      {chosen && (
        <CatalogActionForm
          // A fresh form per chosen action: its title and step, nothing left from the one before.
          key={chosen.key}
          caseId={detail.id}
          entry={chosen}
          reference={reference}
          onCancel={() => choose('')}
          onAdded={(list) => {
            setChosen(null);
            onAdded(list);
          }}
        />
      )}
      {!chosen && (
        <Text size="xs" c="dimmed">
          {t('workflow.actions.catalogReviewed', { date: formatDate(reference.catalogReviewed) })}
        </Text>
      )}
    </Section>
  );
}

function CatalogActionForm({ caseId, entry, reference, onCancel, onAdded }: { caseId: string; entry: CatalogAction; reference: ActionReference; onCancel(): void; onAdded(list: CaseAction[]): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<ActionDraft>({ initialValues: draftFor(entry), validate: actionDraftRules(t), within: 'action' });
  return (
    <form noValidate onSubmit={contract.onSubmit((action) => call('actionsAdd', { caseId, action }), onAdded)}>
      <Stack gap="md">
        <Paper withBorder p="md" radius="md" bg="gray.0">
          <ActionGuidanceDetails action={entry} reference={reference} />
        </Paper>
        <ActionFields contract={contract} />
        <FormActions error={contract.error} busy={contract.busy} onCancel={onCancel} saveLabel={t('workflow.actions.addToPlan')} />
      </Stack>
    </form>
  );
}
