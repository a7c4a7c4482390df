import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** The foot of every form: what went wrong, if anything, then Cancel and the submit button. */
export function FormActions({ error, busy, onCancel, saveLabel, size }: { error: unknown; busy: boolean; onCancel: () => void; saveLabel?: string; size?: 'xs' }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button variant="default" size={size} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" size={size} loading={busy}>
          {saveLabel ?? t('common.save')}
        </Button>
      </Group>
    </>
  );
}
