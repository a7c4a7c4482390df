// The fields of a new action, shared by the plain "add an action" form and the catalog picker: the
// same checks, the same limits and main's field errors at the same fields.
import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormRulesRecord } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '@core/contract';
import { actionStepChoices } from '@renderer/api/choices';
import { DateField } from '@renderer/components/DateField';
import { atMost, firstOf, required } from '@renderer/components/forms/rules';
import type { ContractForm } from '@renderer/components/forms/use-contract-form';
import { TEXT_LIMITS } from '@shared';

export type ActionDraft = CallInput<'actionsAdd'>['action'];

const tooLong = (t: TFunction, max: number) => atMost(max, t('common.tooLong', { max }));

/** A title is required; the texts stop where the contract does. */
export const actionDraftRules = (t: TFunction): FormRulesRecord<ActionDraft> => ({
  title: firstOf(required(t('actions.titleRequired')), tooLong(t, TEXT_LIMITS.actionTitle)),
  owner: tooLong(t, TEXT_LIMITS.actionOwner),
  rationale: tooLong(t, TEXT_LIMITS.actionRationale),
});

/** Title, (step,) owner, due date and why. The catalog sets the step itself, so it hides that field. */
export function ActionFields({ contract, withStep = false }: { contract: ContractForm<ActionDraft>; withStep?: boolean }) {
  const { t } = useTranslation();
  const { form } = contract;
  return (
    <Stack gap="md">
      <TextInput label={t('actions.titleField')} {...form.getInputProps('title')} maxLength={TEXT_LIMITS.actionTitle} withAsterisk />
      <SimpleGrid cols={{ base: 1, sm: withStep ? 3 : 2 }}>
        {withStep && <NativeSelect label={t('actions.step')} data={actionStepChoices.map((step) => ({ value: step, label: t(`actions.steps.${step}`) }))} {...form.getInputProps('step')} />}
        <TextInput label={t('actions.owner')} {...form.getInputProps('owner')} maxLength={TEXT_LIMITS.actionOwner} />
        <DateField label={t('actions.dueDate')} {...contract.dateInputProps('dueDate')} />
      </SimpleGrid>
      <Textarea label={t('actions.rationale')} description={t('actions.rationaleHelp')} {...form.getInputProps('rationale')} maxLength={TEXT_LIMITS.actionRationale} autosize minRows={2} />
    </Stack>
  );
}
