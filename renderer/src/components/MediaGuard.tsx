// Images and videos never enter the app: possessing a sexual image of a minor is itself an offence
// (art. 240b Sr), also for a school that keeps it "as evidence". A file dropped or pasted anywhere
// is refused here, once for the whole document, and the person is told what to do instead.
// Plain text paste stays allowed.
import { Button, List, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from './AppModal';

function carriesMedia(data: DataTransfer | null): boolean {
  if (!data) return false;
  // While dragging, Chromium hides the files themselves but still lists them as items and types.
  return data.files.length > 0 || data.types.includes('Files') || [...data.items].some((item) => item.kind === 'file' || /^(image|video)\//.test(item.type));
}

export function MediaGuard() {
  const { t } = useTranslation();
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    // Preventing the default on dragover is what lets the drop reach us instead of the browser
    // opening the file; the drop itself is then refused with the explanation.
    const allowDropToBeRefused = (event: DragEvent) => {
      if (carriesMedia(event.dataTransfer)) event.preventDefault();
    };
    const refuse = (event: DragEvent | ClipboardEvent) => {
      const data = event instanceof DragEvent ? event.dataTransfer : event.clipboardData;
      if (!carriesMedia(data)) return;
      event.preventDefault();
      event.stopPropagation();
      setRefused(true);
    };
    document.addEventListener('dragenter', allowDropToBeRefused, true);
    document.addEventListener('dragover', allowDropToBeRefused, true);
    document.addEventListener('drop', refuse, true);
    document.addEventListener('paste', refuse, true);
    return () => {
      document.removeEventListener('dragenter', allowDropToBeRefused, true);
      document.removeEventListener('dragover', allowDropToBeRefused, true);
      document.removeEventListener('drop', refuse, true);
      document.removeEventListener('paste', refuse, true);
    };
  }, []);

  return (
    <AppModal opened={refused} onClose={() => setRefused(false)} title={t('media.title')} centered size="lg">
      <Stack data-testid="media-refused" gap="sm">
        <Text>{t('media.nothingStored')}</Text>
        <Text>{t('media.why')}</Text>
        <Text fw={600}>{t('media.insteadTitle')}</Text>
        <List spacing="xs">
          <List.Item>{t('media.insteadDescribe')}</List.Item>
          <List.Item>{t('media.insteadLeave')}</List.Item>
          <List.Item>{t('media.insteadDelete')}</List.Item>
        </List>
        <Button onClick={() => setRefused(false)} style={{ alignSelf: 'flex-end' }}>
          {t('media.understood')}
        </Button>
      </Stack>
    </AppModal>
  );
}
