// Buttons that each write a file through the save dialog, and the line that says where it went.
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useSubmit } from '../api/use-submit';
import { ErrorAlert } from './ErrorAlert';

export interface SaveButton {
  label: string;
  save(): Promise<{ fileName: string | null }>;
}

export function SaveButtons({ buttons, savedText }: { buttons: SaveButton[]; savedText(fileName: string): string }) {
  const submit = useSubmit();
  const [saved, setSaved] = useState<string | null>(null);
  const run = async (button: SaveButton) => {
    setSaved(null);
    const result = await submit.run(() => button.save());
    if (result?.fileName) setSaved(result.fileName);
  };
  return (
    <>
      <Group>
        {buttons.map((button) => (
          <Button key={button.label} variant="light" loading={submit.busy} onClick={() => void run(button)}>
            {button.label}
          </Button>
        ))}
      </Group>
      {saved && (
        <Text size="sm" role="status">
          {savedText(saved)}
        </Text>
      )}
      <ErrorAlert error={submit.error} />
    </>
  );
}
