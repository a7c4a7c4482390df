// The printed recovery key typed back: monospace and upper case as on paper, no spelling check or
// autofill, the same field wherever the key opens the vault (recovery, restoring a backup).
import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function RecoveryKeyInput(props: Omit<TextInputProps, 'label' | 'description'>) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('recovery.key')}
      description={t('recovery.keyHelp')}
      placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
      autoComplete="off"
      spellCheck={false}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', textTransform: 'uppercase' } }}
      {...props}
    />
  );
}
