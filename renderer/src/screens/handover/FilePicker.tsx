// Choosing one file to read in (a handover file, a move file), with the chosen name beside the button.
import { Button, FileButton, Group, Input, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** `value`, `onChange` and `error` as a form's getInputProps gives them, so a form can spread them in. */
interface Props {
  accept: string;
  label: string;
  value?: File | null;
  onChange(file: File | null): void;
  /** Shown under the button, as under any field; the form's focus goes to the button. */
  error?: ReactNode;
}

export function FilePicker({ accept, label, value: file = null, onChange, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    // A field wrapper around the button, so a missing file is marked where every field error is.
    <Input.Wrapper id={id} error={error}>
      <Group>
        <FileButton onChange={onChange} accept={accept}>
          {(props) => (
            <Button variant="light" {...props} aria-describedby={error ? `${id}-error` : undefined}>
              {label}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c={file ? undefined : 'dimmed'}>
          {file ? file.name : t('handover.receive.noFile')}
        </Text>
      </Group>
    </Input.Wrapper>
  );
}
