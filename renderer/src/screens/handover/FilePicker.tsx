// Choosing one file to read in (a handover file, a move file), with the chosen name beside the button.
import { Button, FileButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function FilePicker({ accept, label, file, onChange }: { accept: string; label: string; file: File | null; onChange(file: File | null): void }) {
  const { t } = useTranslation();
  return (
    <Group>
      <FileButton onChange={onChange} accept={accept}>
        {(props) => (
          <Button variant="light" {...props}>
            {label}
          </Button>
        )}
      </FileButton>
      <Text size="sm" c={file ? undefined : 'dimmed'}>
        {file ? file.name : t('handover.receive.noFile')}
      </Text>
    </Group>
  );
}
