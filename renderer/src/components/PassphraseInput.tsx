import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's password field with the show/hide button labelled in the person's language and in the
 * Tab order (Mantine leaves it out: whoever types by keyboard also checks what they typed). Unlike
 * TextInput, Mantine's PasswordInput leaves its inner input without aria-invalid and without a
 * link to its error and description: set here, so a screen reader hears the error with the field
 * and a form can find the field in error to focus it.
 */
export function PassphraseInput({ error, description, ...props }: PasswordInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <PasswordInput
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('passphrase.toggleVisibility') }}
      description={description}
      descriptionProps={{ id: `${id}-description` }}
      error={error}
      errorProps={{ id: `${id}-error` }}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
      {...props}
    />
  );
}
