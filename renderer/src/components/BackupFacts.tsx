// What the advisor needs to choose a backup, said the same way in Settings and on the unlock
// screen: when, why, how large, and whether it was opened and checked after it was written.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={verified ? 'green' : 'orange'} radius="sm" tt="none">
      {verified ? t('restore.verified') : t('restore.notVerified')}
    </Badge>
  );
}
