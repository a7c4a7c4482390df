// The fields of a case, shared by the new-case form and editing a case, with main's field errors.
import { Checkbox, Radio, SimpleGrid, Stack, TagsInput, Textarea, TextInput, Group } from '@mantine/core';
import { DateField } from './DateField';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '@core/contract';
import { incidentTypeChoices, platformSuggestions, schoolLevelChoices, type SchoolLevel } from '../api/choices';

export type CaseFieldValues = CallInput<'casesCreate'>;

interface Props {
  values: CaseFieldValues;
  onChange(patch: Partial<CaseFieldValues>): void;
  errors: Record<string, string>;
  autoFocus?: boolean;
}

export function CaseFields({ values, onChange, errors, autoFocus }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <TextInput
        label={t('caseFields.title')}
        description={t('caseFields.titleHelp')}
        value={values.title}
        onChange={(event) => onChange({ title: event.currentTarget.value })}
        error={errors.title}
        maxLength={120}
        withAsterisk
        autoFocus={autoFocus}
      />
      <Radio.Group label={t('caseFields.schoolLevel')} value={values.schoolLevel} onChange={(value) => onChange({ schoolLevel: value as SchoolLevel })} error={errors.schoolLevel}>
        <Group gap="lg" mt={6}>
          {schoolLevelChoices.map((level) => (
            <Radio key={level} value={level} label={t(`schoolLevel.${level}Long`)} />
          ))}
        </Group>
      </Radio.Group>
      <Checkbox.Group
        label={t('caseFields.incidentTypes')}
        description={t('caseFields.incidentTypesHelp')}
        value={values.incidentTypes}
        onChange={(incidentTypes) => onChange({ incidentTypes })}
        error={errors.incidentTypes}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={6}>
          {incidentTypeChoices.map((type) => (
            <Checkbox key={type} value={type} label={t(`incidentType.${type}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <PlatformsField value={values.platforms} onChange={(platforms) => onChange({ platforms })} error={errors.platforms} />
      <Textarea
        label={t('caseFields.summary')}
        description={t('caseFields.summaryHelp')}
        value={values.summary}
        onChange={(event) => onChange({ summary: event.currentTarget.value })}
        error={errors.summary}
        autosize
        minRows={4}
        maxRows={12}
        maxLength={4000}
      />
      <DateField
        label={t('caseFields.incidentDate')}
        description={t('caseFields.incidentDateHelp')}
        value={values.incidentDate ?? null}
        onChange={(incidentDate) => onChange({ incidentDate })}
        error={errors.incidentDate}
        w={220}
      />
    </Stack>
  );
}

/** The case's platforms: suggestions, or any other typed in. Also used above the interview. */
export function PlatformsField({ value, onChange, error }: { value: string[]; onChange(platforms: string[]): void; error?: string }) {
  const { t } = useTranslation();
  return <TagsInput label={t('caseFields.platforms')} description={t('caseFields.platformsHelp')} data={platformSuggestions} value={value} onChange={onChange} error={error} maxTags={20} clearable />;
}
