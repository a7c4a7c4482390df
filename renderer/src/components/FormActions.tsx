import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface FormActionsProps {
  error: unknown;
  busy: boolean;
  onCancel: () => void;
  saveLabel?: string;
  cancelLabel?: string;
  /** A step that removes or withdraws something: the submit button is red. */
  destructive?: boolean;
  size?: 'xs';
}

/** The foot of every form: what went wrong, if anything, then Cancel and the submit button. */
export function FormActions({ error, busy, onCancel, saveLabel, cancelLabel, destructive, size }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button variant="default" size={size} onClick={onCancel}>
          {cancelLabel ?? t('common.cancel')}
        </Button>
        <Button type="submit" size={size} color={destructive ? 'red' : undefined} loading={busy}>
          {saveLabel ?? t('common.save')}
        </Button>
      </Group>
    </>
  );
}
