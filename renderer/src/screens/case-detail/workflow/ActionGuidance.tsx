// With a standard action: what it involves, what to have at hand (never the images), and who to
// call — the national organisation and the school's own contact.
import { Button, Collapse, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction } from '@core/contract';
import { OrganisationReach } from '../../contacts/OrganisationCard';
import { schoolContactsFor, type ActionReference, type CatalogAction } from './action-reference';

export function ActionGuidanceDetails({ action, reference, withDescription = true }: { action: CatalogAction; reference: ActionReference; withDescription?: boolean }) {
  const { t } = useTranslation();
  const organisation = reference.organisations.find((o) => o.key === action.organisationKey);
  const own = schoolContactsFor(reference, action.key, action.organisationKey ?? null);
  return (
    <Stack gap="sm" data-testid="action-guidance">
      {withDescription && <Text size="sm">{action.description}</Text>}
      {action.prepare && action.prepare.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('workflow.actions.prepare')}
          </Text>
          <List size="sm" spacing={2}>
            {action.prepare.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      {(organisation || own.length > 0) && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('workflow.actions.whoToCall')}
          </Text>
          {own.map((contact) => (
            <Text size="sm" key={contact.id}>
              {t(`workflow.contacts.roles.${contact.role}`)}:{' '}
              <Text span fw={600} size="sm">
                {contact.name}
              </Text>
              {contact.phone && ` · ${contact.phone}`}
              {contact.email && ` · ${contact.email}`}
            </Text>
          ))}
          {organisation && <OrganisationReach organisation={organisation} withName />}
        </Stack>
      )}
    </Stack>
  );
}

/** Folded under an action in the plan, so the list stays short to read. */
export function ActionGuidance({ action, reference }: { action: CaseAction; reference: ActionReference | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const entry = reference?.catalog.find((item) => item.key === action.actionKey);
  if (!reference || !entry) return null;
  return (
    <Stack gap={4}>
      <Button variant="subtle" size="compact-sm" onClick={() => setOpen((value) => !value)} aria-expanded={open} style={{ alignSelf: 'flex-start' }} px={0}>
        {open ? t('workflow.actions.hideGuidance') : t('workflow.actions.showGuidance')}
      </Button>
      <Collapse expanded={open}>
        <Paper p="sm" radius="sm" bg="gray.0">
          <ActionGuidanceDetails action={entry} reference={reference} />
        </Paper>
      </Collapse>
    </Stack>
  );
}
