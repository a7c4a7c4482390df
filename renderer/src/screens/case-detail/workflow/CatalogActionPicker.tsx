// Adding a standard action from the catalog (resources/actions): its description, what to prepare
// and whom to call are shown before it goes into the plan with an owner and a due date. Steps the
// case's guardrails rule out are not offered, and the picker says which and why.
import { Alert, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateField } from '@renderer/components/DateField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, CaseAction, CaseDetail } from '@core/contract';
import { actionStepChoices } from '@renderer/api/choices';
import { call } from '@renderer/api/client';
import { useSubmit } from '@renderer/api/use-submit';
import { Section } from '@renderer/components/Section';
import { formatDate } from '@renderer/i18n/format';
import { ActionGuidanceDetails } from './ActionGuidance';
import { offeredActions, type ActionReference, type CatalogAction } from './action-reference';
import { FormActions } from '@renderer/components/FormActions';

type ActionDraft = CallInput<'actionsAdd'>['action'];

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
  const [draft, setDraft] = useState<ActionDraft | null>(null);
  const submit = useSubmit('action');
  const inPlan = new Set(planned.filter((action) => action.status !== 'cancelled').map((action) => action.actionKey));
  const set = (patch: Partial<ActionDraft>) => setDraft((previous) => (previous ? { ...previous, ...patch } : previous));

  const choose = (key: string) => {
    submit.clearError();
    const entry = offered.find((action) => action.key === key) ?? null;
    setChosen(entry);
    setDraft(entry ? draftFor(entry) : null);
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const list = await submit.run(() => call('actionsAdd', { caseId: detail.id, action: draft }));
    if (list) {
      onAdded(list);
      setChosen(null);
      setDraft(null);
    }
  };

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
      {chosen && draft && (
        <form noValidate onSubmit={add}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md" bg="gray.0">
              <ActionGuidanceDetails action={chosen} reference={reference} />
            </Paper>
            <TextInput label={t('actions.titleField')} value={draft.title} onChange={(event) => set({ title: event.currentTarget.value })} error={submit.fieldErrors.title} withAsterisk />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('actions.owner')} value={draft.owner ?? ''} onChange={(event) => set({ owner: event.currentTarget.value })} error={submit.fieldErrors.owner} />
              <DateField label={t('actions.dueDate')} value={draft.dueDate ?? null} onChange={(dueDate) => set({ dueDate })} error={submit.fieldErrors.dueDate} />
            </SimpleGrid>
            <Textarea
              label={t('actions.rationale')}
              description={t('actions.rationaleHelp')}
              value={draft.rationale ?? ''}
              onChange={(event) => set({ rationale: event.currentTarget.value })}
              error={submit.fieldErrors.rationale}
              autosize
              minRows={2}
            />
            <FormActions error={submit.error} busy={submit.busy} onCancel={() => choose('')} saveLabel={t('workflow.actions.addToPlan')} />
          </Stack>
        </form>
      )}
      {!chosen && (
        <Text size="xs" c="dimmed">
          {t('workflow.actions.catalogReviewed', { date: formatDate(reference.catalogReviewed) })}
        </Text>
      )}
    </Section>
  );
}
