import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CallFailure } from '../api/client';

/** Shows what went wrong in the person's language: main's message, or a calm general one. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {error instanceof CallFailure ? error.message : t('common.unexpectedError')}
    </Alert>
  );
}
