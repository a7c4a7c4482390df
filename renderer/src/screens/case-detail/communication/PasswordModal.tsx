// The case summary leaves the app only encrypted. The password is asked twice, checked for length
// here as main will check it, and handed straight to the export: it is never stored.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PDF_PASSWORD_LENGTH } from '@shared';
import { AppModal } from '@renderer/components/AppModal';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { focusFirstProblem } from '@renderer/components/focus-first-problem';
import { sameAs } from '@renderer/components/forms/rules';
import { PassphraseInput } from '@renderer/components/PassphraseInput';

interface Props {
  busy: boolean;
  error: unknown;
  onClose(): void;
  onSubmit(password: string): void;
}

export function PasswordModal({ busy, error, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const min = MIN_PDF_PASSWORD_LENGTH;
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', repeat: '' },
    clearInputErrorOnChange: true,
    validate: {
      // Counted in characters as main counts them, so an emoji or accented letter counts once.
      password: (value: string) => ([...value].length < min ? t('packs.export.passwordTooShort', { min }) : null),
      repeat: sameAs<{ password: string; repeat: string }>('password', t('packs.export.passwordMismatch')),
    },
  });
  const toggle = { 'aria-label': t('packs.export.passwordToggle') };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    form.onSubmit(
      (values) => onSubmit(values.password),
      () => focusFirstProblem(element),
    )(event);
  };

  return (
    <AppModal opened onClose={onClose} title={t('packs.export.passwordTitle')} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <Text size="sm">{t('packs.export.passwordIntro')}</Text>
          <Alert color="orange" variant="light">
            {t('packs.export.passwordNotStored')}
          </Alert>
          <PassphraseInput
            label={t('packs.export.password')}
            description={t('packs.export.passwordHelp', { min })}
            {...form.getInputProps('password')}
            autoComplete="new-password"
            visibilityToggleButtonProps={toggle}
            data-autofocus
          />
          <PassphraseInput label={t('packs.export.passwordRepeat')} {...form.getInputProps('repeat')} autoComplete="new-password" visibilityToggleButtonProps={toggle} />
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
