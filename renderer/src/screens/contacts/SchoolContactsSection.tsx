// The school's own contacts: the fixed police contact, the school board, the external
// vertrouwenspersoon, the care coordinator. Kept in the vault, editable here.
import { Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, Contact } from '@core/contract';
import { call } from '../../api/client';
import { useCallData } from '../../api/use-call-data';
import { useSubmit } from '../../api/use-submit';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { addedItem, focusResultAt } from '../../components/focus-first-problem';
import { atMost, emailOrEmpty, firstOf, required } from '../../components/forms/rules';
import { useContractForm } from '../../components/forms/use-contract-form';
import { Section } from '../../components/Section';
import { FormActions } from '../../components/FormActions';
import { TEXT_LIMITS as L } from '@shared';

type ContactRole = Contact['role'];
type ContactDraft = CallInput<'contactsSave'>['contact'];

// Typed as a record so a role added to the contract fails the build until it is offered here.
const roleOrder: Record<ContactRole, number> = { police_contact: 0, school_board: 1, external_advisor: 2, care_coordinator: 3, other: 4 };
const contactRoleChoices = (Object.keys(roleOrder) as ContactRole[]).sort((a, b) => roleOrder[a] - roleOrder[b]);
/** The roles every school should have filled in before a case needs them. */
const expectedRoles: ContactRole[] = ['police_contact', 'school_board', 'external_advisor', 'care_coordinator'];

const emptyContact: ContactDraft = { role: 'police_contact', name: '', organisation: '', phone: '', email: '', note: '' };

export function SchoolContactsSection() {
  const { t } = useTranslation();
  const contacts = useCallData(() => call('contactsList', {}), []);
  const [editing, setEditing] = useState<{ id?: string; contact: ContactDraft } | null>(null);
  const [removing, setRemoving] = useState<Contact | null>(null);
  const missing = contacts.data ? expectedRoles.filter((role) => !contacts.data!.some((c) => c.role === role)) : [];

  return (
    <Section
      title={t('workflow.contacts.schoolTitle')}
      description={t('workflow.contacts.schoolHelp')}
      actions={
        <Button onClick={() => setEditing({ contact: emptyContact })} data-testid="contact-add">
          {t('workflow.contacts.add')}
        </Button>
      }
    >
      <ErrorAlert error={contacts.error} />
      {missing.length > 0 && (
        <Text size="sm" c="orange.9" data-testid="contacts-missing">
          {t('workflow.contacts.missing', { roles: missing.map((role) => t(`workflow.contacts.roles.${role}`)).join(', ') })}
        </Text>
      )}
      {contacts.data?.length === 0 ? (
        <Text c="dimmed">{t('workflow.contacts.empty')}</Text>
      ) : (
        <Table verticalSpacing="sm" data-testid="school-contacts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('workflow.contacts.role')}</Table.Th>
              <Table.Th>{t('workflow.contacts.name')}</Table.Th>
              <Table.Th>{t('workflow.contacts.phone')}</Table.Th>
              <Table.Th>{t('workflow.contacts.email')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contacts.data?.map(({ id, ...contact }) => (
              <Table.Tr key={id} data-contact-id={id}>
                <Table.Td>{t(`workflow.contacts.roles.${contact.role}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {contact.name}
                  </Text>
                  {contact.organisation && (
                    <Text size="xs" c="dimmed">
                      {contact.organisation}
                    </Text>
                  )}
                  {contact.note && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {contact.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{contact.phone || '—'}</Table.Td>
                <Table.Td>{contact.email || '—'}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Button variant="subtle" size="compact-sm" onClick={() => setEditing({ id, contact })}>
                    {t('common.edit')}
                  </Button>
                  <Button variant="subtle" color="red" size="compact-sm" onClick={() => setRemoving({ id, ...contact })}>
                    {t('workflow.contacts.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <ContactModal
          id={editing.id}
          initial={editing.contact}
          onClose={() => setEditing(null)}
          onSaved={(list) => {
            const saved = editing.id ?? addedItem(contacts.data, list)?.id;
            contacts.setData(list);
            setEditing(null);
            // The dialog is gone: the saved contact's row takes the focus, so it is read out.
            if (saved) focusResultAt(`[data-contact-id="${saved}"]`);
          }}
        />
      )}
      {removing && (
        <RemoveContactModal
          contact={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(list) => {
            contacts.setData(list);
            setRemoving(null);
          }}
        />
      )}
    </Section>
  );
}

function ContactModal({ id, initial, onClose, onSaved }: { id?: string; initial: ContactDraft; onClose(): void; onSaved(list: Contact[]): void }) {
  const { t } = useTranslation();
  const tooLong = (max: number) => atMost(max, t('common.tooLong', { max }));
  const contract = useContractForm<ContactDraft>({
    initialValues: initial,
    validate: {
      name: firstOf(required(t('workflow.contacts.nameRequired')), tooLong(L.contactName)),
      organisation: tooLong(L.contactOrganisation),
      phone: tooLong(L.contactPhone),
      email: emailOrEmpty(t('workflow.contacts.emailInvalid')),
      note: tooLong(L.contactNote),
    },
    within: 'contact',
  });
  const { form } = contract;

  return (
    <AppModal opened onClose={onClose} title={id ? t('workflow.contacts.editTitle') : t('workflow.contacts.addTitle')} size="lg">
      <form noValidate onSubmit={contract.onSubmit(({ email, ...contact }) => call('contactsSave', { id, contact: { ...contact, email: email.trim() } }), onSaved)}>
        <Stack gap="md">
          <SimpleGrid cols={2}>
            <NativeSelect label={t('workflow.contacts.role')} data={contactRoleChoices.map((role) => ({ value: role, label: t(`workflow.contacts.roles.${role}`) }))} {...form.getInputProps('role')} />
            <TextInput label={t('workflow.contacts.name')} {...form.getInputProps('name')} maxLength={L.contactName} withAsterisk data-autofocus />
          </SimpleGrid>
          <TextInput label={t('workflow.contacts.organisation')} description={t('workflow.contacts.organisationHelp')} {...form.getInputProps('organisation')} maxLength={L.contactOrganisation} />
          <SimpleGrid cols={2}>
            <TextInput label={t('workflow.contacts.phone')} {...form.getInputProps('phone')} maxLength={L.contactPhone} />
            <TextInput label={t('workflow.contacts.email')} type="email" {...form.getInputProps('email')} />
          </SimpleGrid>
          <Textarea label={t('workflow.contacts.note')} description={t('workflow.contacts.noteHelp')} {...form.getInputProps('note')} maxLength={L.contactNote} autosize minRows={2} />
          <FormActions error={contract.error} busy={contract.busy} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}

function RemoveContactModal({ contact, onClose, onRemoved }: { contact: Contact; onClose(): void; onRemoved(list: Contact[]): void }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const remove = async () => {
    const list = await submit.run(() => call('contactsRemove', { id: contact.id }));
    if (list) onRemoved(list);
  };
  return (
    <AppModal opened onClose={onClose} title={t('workflow.contacts.removeTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('workflow.contacts.removeConfirm', { name: contact.name })}</Text>
        <ErrorAlert error={submit.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void remove()} loading={submit.busy}>
            {t('workflow.contacts.remove')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
