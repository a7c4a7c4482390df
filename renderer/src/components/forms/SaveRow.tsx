// The foot of a form that saves in place (the settings sections): what went wrong, the "Saved."
// line, which takes the focus once saved so it is read out, and the save button.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';
import { focusResult } from '../focus-first-problem';

/** A section's save button and its outcome. */
export function SaveRow({ busy, saved, error }: { busy: boolean; saved: Saved; error: unknown }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      <Group justify="flex-end" gap="sm">
        {saved.shown && (
          <Text id={saved.id} size="sm" c="green.8" role="status">
            {t('settings.saved')}
          </Text>
        )}
        <Button type="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

interface Saved {
  shown: boolean;
  /** The line's element id, to find it once it is drawn. */
  id: string;
  /** Before sending: an older "Saved." no longer says anything about this attempt. */
  hide(): void;
  /** After saving: the line is shown and takes the focus, so it is read out. */
  show(): void;
}

/** The "Saved." line of a settings section. */
export function useSaved(): Saved {
  const [shown, setShown] = useState(false);
  const id = useId();
  return {
    shown,
    id,
    hide: () => setShown(false),
    show: () => {
      setShown(true);
      focusResult(() => document.getElementById(id));
    },
  };
}
