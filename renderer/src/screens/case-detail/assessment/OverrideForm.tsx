// The advisor's own judgement of the level, always with a reason. Main keeps the rules' level
// beside it and records the change in the chronology.
import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { useSubmit } from '@renderer/api/use-submit';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { labelOrValue } from '@renderer/i18n';
import { levels, type Level, type StoredAssessment } from './assessment-types';

export function OverrideForm({ caseId, stored, onSaved }: { caseId: string; stored: StoredAssessment; onSaved(next: StoredAssessment): void }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<Level>(stored.assessment.override?.level ?? stored.assessment.level);
  const [reason, setReason] = useState('');
  const submit = useSubmit();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = await submit.run(() => call('assessmentOverride', { caseId, level, reason }));
    if (next) {
      onSaved(next);
      setReason('');
    }
  };

  const fieldError = submit.fieldErrors.reason;
  return (
    <form noValidate onSubmit={save} data-testid="assessment-override-form">
      <Stack gap="md">
        <NativeSelect
          label={t('interview.assessment.overrideLevel')}
          data={levels.map((value) => ({ value, label: labelOrValue('severity', value) }))}
          value={level}
          onChange={(event) => setLevel(event.currentTarget.value as Level)}
          maw={320}
        />
        <Textarea
          label={t('interview.assessment.overrideReasonField')}
          description={t('interview.assessment.overrideReasonHelp')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={fieldError}
          withAsterisk
          autosize
          minRows={2}
        />
        {/* The field shows main's message; the general alert only when the problem is elsewhere. */}
        {!fieldError && <ErrorAlert error={submit.error} />}
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={submit.busy}>
            {t('interview.assessment.overrideSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
