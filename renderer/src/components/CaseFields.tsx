// The fields of a case, shared by the new-case form and editing a case: one form shape, one set of
// checks (caseFieldRules), main's field errors placed at the same fields.
import { Checkbox, Radio, SimpleGrid, Stack, TagsInput, Textarea, TextInput, Group } from '@mantine/core';
import type { FormRulesRecord } from '@mantine/form';
import type { TFunction } from 'i18next';
import { DateField } from './DateField';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '@core/contract';
import { TEXT_LIMITS } from '@shared';
import { incidentTypeChoices, platformSuggestions, schoolLevelChoices } from '../api/choices';
import { atMost, firstOf, required } from './forms/rules';
import type { ContractForm } from './forms/use-contract-form';

export type CaseFieldValues = CallInput<'casesCreate'>;

/** The title is required; the texts stop where the contract does. */
export const caseFieldRules = (t: TFunction): FormRulesRecord<CaseFieldValues> => ({
  title: firstOf(required(t('caseFields.titleRequired')), atMost(TEXT_LIMITS.caseTitle, t('common.tooLong', { max: TEXT_LIMITS.caseTitle }))),
  summary: atMost(TEXT_LIMITS.caseSummary, t('common.tooLong', { max: TEXT_LIMITS.caseSummary })),
});

interface Props {
  contract: ContractForm<CaseFieldValues>;
  autoFocus?: boolean;
}

export function CaseFields({ contract, autoFocus }: Props) {
  const { t } = useTranslation();
  const { form } = contract;
  return (
    <Stack gap="lg">
      <TextInput label={t('caseFields.title')} description={t('caseFields.titleHelp')} {...form.getInputProps('title')} maxLength={TEXT_LIMITS.caseTitle} withAsterisk autoFocus={autoFocus} />
      <Radio.Group label={t('caseFields.schoolLevel')} {...form.getInputProps('schoolLevel')}>
        <Group gap="lg" mt={6}>
          {schoolLevelChoices.map((level) => (
            <Radio key={level} value={level} label={t(`schoolLevel.${level}Long`)} />
          ))}
        </Group>
      </Radio.Group>
      <Checkbox.Group label={t('caseFields.incidentTypes')} description={t('caseFields.incidentTypesHelp')} {...form.getInputProps('incidentTypes')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={6}>
          {incidentTypeChoices.map((type) => (
            <Checkbox key={type} value={type} label={t(`incidentType.${type}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <PlatformsField value={form.values.platforms} onChange={(platforms) => form.setFieldValue('platforms', platforms)} error={form.errors.platforms as string | undefined} />
      <Textarea label={t('caseFields.summary')} description={t('caseFields.summaryHelp')} {...form.getInputProps('summary')} autosize minRows={4} maxRows={12} maxLength={TEXT_LIMITS.caseSummary} />
      <DateField label={t('caseFields.incidentDate')} description={t('caseFields.incidentDateHelp')} {...contract.dateInputProps('incidentDate')} w={220} />
    </Stack>
  );
}

/** The case's platforms: suggestions, or any other typed in. Also used above the interview. */
export function PlatformsField({ value, onChange, error }: { value: string[]; onChange(platforms: string[]): void; error?: string }) {
  const { t } = useTranslation();
  return <TagsInput label={t('caseFields.platforms')} description={t('caseFields.platformsHelp')} data={platformSuggestions} value={value} onChange={onChange} error={error} maxTags={20} clearable />;
}
