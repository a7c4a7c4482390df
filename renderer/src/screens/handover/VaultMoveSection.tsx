// In Settings: the whole vault as one file for a new computer (a fresh verified backup and the key
// file). The file opens only with the passphrase or the recovery key, like the vault itself.
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { SaveButtons } from '../../components/SaveButtons';
import { Section } from '../../components/Section';

export function VaultMoveSection() {
  const { t } = useTranslation();
  return (
    <Section title={t('handover.move.exportTitle')} description={t('handover.move.exportHelp')}>
      <SaveButtons buttons={[{ label: t('handover.move.export'), save: () => call('vaultMoveExport', {}) }]} savedText={(file) => t('handover.move.saved', { file })} />
    </Section>
  );
}
