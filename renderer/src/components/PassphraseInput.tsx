import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's password field with the show/hide button labelled in the person's language, and in the
 * Tab order (Mantine leaves it out): whoever types by keyboard also checks what they typed.
 */
export function PassphraseInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput visibilityToggleFocusable visibilityToggleButtonProps={{ 'aria-label': t('passphrase.toggleVisibility') }} {...props} />;
}
