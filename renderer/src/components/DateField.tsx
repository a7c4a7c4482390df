// A date (or date and time) typed the way the UI's language writes it — dd-mm-jjjj, 24-hour — so
// the system's locale never turns it into mm/dd/yyyy with AM/PM. Half typed is an error shown at
// the field, and the form hears of it so it cannot save as if the field were empty.
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datePlaceholder, dateTimePlaceholder, parseTypedDate, typedDate } from '../i18n/format';

interface Props extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  /** 2026-11-23, or 2026-11-23T14:05 with `withTime`; null when empty. */
  value: string | null;
  /** A stored value, or `invalid` when what is typed is not (yet) a date. */
  onChange(value: string | null, invalid: boolean): void;
  withTime?: boolean;
  error?: string;
}

export function DateField({ value, onChange, withTime = false, error, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(typedDate(value));
  const [touched, setTouched] = useState(false);
  // A value set from outside (a reset after saving) replaces what was typed.
  useEffect(() => {
    const parsed = parseTypedDate(text, withTime);
    if (!('value' in parsed) || parsed.value !== value) setText(typedDate(value));
    // Only an outside change of the value should reset the text.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const parsed = parseTypedDate(text, withTime);
  const own = 'problem' in parsed && touched ? t(`casework.date.${parsed.problem}`, { format: withTime ? dateTimePlaceholder() : datePlaceholder() }) : undefined;
  return (
    <TextInput
      {...rest}
      value={text}
      placeholder={withTime ? dateTimePlaceholder() : datePlaceholder()}
      inputMode="numeric"
      autoComplete="off"
      error={own ?? error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const result = parseTypedDate(next, withTime);
        if ('value' in result) {
          setTouched(false);
          onChange(result.value, false);
        } else onChange(value, true);
      }}
      onBlur={(event) => {
        // Leaving for a button (Save, Cancel): the message would push that button away between the
        // press and the release, and the click would be lost. The form checks the date on submit.
        if (!(event.relatedTarget instanceof HTMLButtonElement)) setTouched(true);
        onBlur?.(event);
      }}
    />
  );
}
