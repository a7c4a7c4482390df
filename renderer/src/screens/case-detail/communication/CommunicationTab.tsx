// Step 3, communicate: the six packs composed from this case, each to read, edit and export.
import { Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { PackList } from './PackList';
import { packKey } from './pack-edits';
import { PackWorkspace } from './PackWorkspace';

export function CommunicationTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const packs = useCallData(() => call('packsList', { caseId }), [caseId]);
  const [open, setOpen] = useState<string | null>(null);

  if (!packs.data) {
    return packs.error ? <ErrorAlert error={packs.error} /> : <Loader aria-label={t('app.loading')} />;
  }
  const list = packs.data;
  const view = list.find((pack) => packKey(pack) === open);

  return (
    <Stack gap="md">
      <ErrorAlert error={packs.error} />
      {view ? (
        <PackWorkspace
          key={packKey(view)}
          caseId={caseId}
          view={view}
          onViewChange={(next) => packs.setData(list.map((pack) => (packKey(pack) === packKey(next) ? next : pack)))}
          onExported={() => void packs.reload()}
          onBack={() => setOpen(null)}
        />
      ) : (
        <PackList packs={list} onOpen={setOpen} />
      )}
    </Stack>
  );
}
