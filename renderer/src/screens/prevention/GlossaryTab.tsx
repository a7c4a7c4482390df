// The terms of the guidance note (and sextortion, deepfake, trusted flagger) in plain words.
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { formatDate } from '../../i18n/format';
import { useGlossary } from '../../components/GlossaryText';

export function GlossaryTab() {
  const { t } = useTranslation();
  const glossary = useGlossary();
  return (
    <Section title={t('prevention.glossary.sectionTitle')} description={t('prevention.glossary.sectionHelp')}>
      {glossary && (
        <Stack gap="xs">
          <Table verticalSpacing="sm" data-testid="glossary">
            <Table.Tbody>
              {glossary.terms.map((term) => (
                <Table.Tr key={term.key} id={`term-${term.key}`}>
                  <Table.Td w={220} fw={600} valign="top">
                    {term.term}
                  </Table.Td>
                  <Table.Td>{term.definition}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t('prevention.glossary.reviewed', { date: formatDate(glossary.lastReviewed) })}
          </Text>
        </Stack>
      )}
    </Section>
  );
}
