// On the annual overview: the year's numbers as a file for the school board, in CSV or JSON. What
// the file holds is said in the text above the buttons, so nobody has to open it to know.
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { SaveButtons } from '../../components/SaveButtons';
import { Section } from '../../components/Section';

export function BoardExportSection({ year }: { year: number }) {
  const { t } = useTranslation();
  return (
    <Section title={t('board.export.title')} description={t('board.export.help')}>
      <SaveButtons
        buttons={(['pdf', 'csv', 'json'] as const).map((format) => ({ label: t(`board.export.${format}`), save: () => call('boardExport', { year, format }) }))}
        savedText={(file) => t('board.export.saved', { file })}
      />
    </Section>
  );
}
