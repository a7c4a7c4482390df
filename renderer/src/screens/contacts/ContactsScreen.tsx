// Who to call: the school's own contacts first (they are the first call in most cases), then the
// national help organisations with what they do and when to call them.
import { Alert, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { formatDate } from '../../i18n/format';
import { OrganisationCard } from './OrganisationCard';
import { SchoolContactsSection } from './SchoolContactsSection';

export function ContactsScreen() {
  const { t } = useTranslation();
  const organisations = useCallData(() => call('organisationsList', {}), []);

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={2}>
        <Title order={1}>{t('workflow.contacts.title')}</Title>
        <Text c="dimmed">{t('workflow.contacts.subtitle')}</Text>
      </Stack>
      <SchoolContactsSection />
      <Section title={t('workflow.organisations.title')} description={t('workflow.organisations.help')}>
        <ErrorAlert error={organisations.error} />
        {organisations.data && (
          <>
            <Alert color="yellow" variant="light" title={t('workflow.organisations.noteTitle', { date: formatDate(organisations.data.lastReviewed) })}>
              <Text size="sm">{organisations.data.note}</Text>
            </Alert>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {organisations.data.organisations.map((organisation) => (
                <OrganisationCard key={organisation.key} organisation={organisation} />
              ))}
            </SimpleGrid>
          </>
        )}
      </Section>
    </Stack>
  );
}
