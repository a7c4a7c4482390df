// The advisor's own judgement of the level, always with a reason. Main keeps the rules' level
// beside it and records the change in the chronology.
import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { focusResultAt } from '@renderer/components/focus-first-problem';
import { atMost, firstOf, required } from '@renderer/components/forms/rules';
import { useContractForm } from '@renderer/components/forms/use-contract-form';
import { labelOrValue } from '@renderer/i18n';
import { TEXT_LIMITS } from '@shared';
import { levels, type Level, type StoredAssessment } from './assessment-types';

interface Override {
  level: Level;
  reason: string;
}

export function OverrideForm({ caseId, stored, onSaved }: { caseId: string; stored: StoredAssessment; onSaved(next: StoredAssessment): void }) {
  const { t } = useTranslation();
  const contract = useContractForm<Override>({
    initialValues: { level: stored.assessment.override?.level ?? stored.assessment.level, reason: '' },
    validate: {
      reason: firstOf(required(t('interview.assessment.overrideReasonRequired')), atMost(TEXT_LIMITS.overrideReason, t('common.tooLong', { max: TEXT_LIMITS.overrideReason }))),
    },
  });
  const { form } = contract;

  return (
    <form
      noValidate
      onSubmit={contract.onSubmit(
        ({ level, reason }) => call('assessmentOverride', { caseId, level, reason }),
        (next) => {
          form.setFieldValue('reason', '');
          onSaved(next);
          // The form folds away: the summary, with both levels, takes the focus.
          focusResultAt('[data-testid="assessment-override"]');
        },
      )}
      data-testid="assessment-override-form"
    >
      <Stack gap="md">
        <NativeSelect label={t('interview.assessment.overrideLevel')} data={levels.map((value) => ({ value, label: labelOrValue('severity', value) }))} {...form.getInputProps('level')} maw={320} />
        <Textarea
          label={t('interview.assessment.overrideReasonField')}
          description={t('interview.assessment.overrideReasonHelp')}
          {...form.getInputProps('reason')}
          maxLength={TEXT_LIMITS.overrideReason}
          withAsterisk
          autosize
          minRows={2}
        />
        <ErrorAlert error={contract.error} />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={contract.busy}>
            {t('interview.assessment.overrideSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
