// The case summary leaves the app only encrypted. The password is asked twice, checked for length
// here as main will check it, and handed straight to the export: it is never stored.
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PDF_PASSWORD_LENGTH } from '@shared';
import { AppModal } from '@renderer/components/AppModal';
import { ErrorAlert } from '@renderer/components/ErrorAlert';

interface Props {
  busy: boolean;
  error: unknown;
  onClose(): void;
  onSubmit(password: string): void;
}

export function PasswordModal({ busy, error, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const min = MIN_PDF_PASSWORD_LENGTH;
  // Counted in characters as main counts them, so an emoji or accented letter counts once.
  const tooShort = [...password].length < min;
  const mismatch = password !== repeat;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!tooShort && !mismatch) onSubmit(password);
  };

  return (
    <AppModal opened onClose={onClose} title={t('packs.export.passwordTitle')} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <Text size="sm">{t('packs.export.passwordIntro')}</Text>
          <Alert color="orange" variant="light">
            {t('packs.export.passwordNotStored')}
          </Alert>
          <PasswordInput
            label={t('packs.export.password')}
            description={t('packs.export.passwordHelp', { min })}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={tried && tooShort ? t('packs.export.passwordTooShort', { min }) : undefined}
            autoComplete="new-password"
            visibilityToggleFocusable
            visibilityToggleButtonProps={{ 'aria-label': t('packs.export.passwordToggle') }}
            data-autofocus
          />
          <PasswordInput
            label={t('packs.export.passwordRepeat')}
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            error={tried && !tooShort && mismatch ? t('packs.export.passwordMismatch') : undefined}
            autoComplete="new-password"
            visibilityToggleFocusable
            visibilityToggleButtonProps={{ 'aria-label': t('packs.export.passwordToggle') }}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('packs.export.encrypt')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
