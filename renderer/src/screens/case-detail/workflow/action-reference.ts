// What the action plan shows beside an action: the catalog's description and what to prepare, the
// organisation to call, and the school's own contact for it. Loaded once per Acties tab.
import type { CallOutput, CaseDetail, Contact } from '@core/contract';
import { call } from '@renderer/api/client';
import { useCallData } from '@renderer/api/use-call-data';
import type { Organisation } from '../../contacts/organisation-types';

export type CatalogAction = CallOutput<'actionCatalog'>['actions'][number];

export interface ActionReference {
  catalog: CatalogAction[];
  catalogReviewed: string;
  organisations: Organisation[];
  contacts: Contact[];
}

export function useActionReference() {
  return useCallData<ActionReference>(async () => {
    const [catalog, organisations, contacts] = await Promise.all([call('actionCatalog', {}), call('organisationsList', {}), call('contactsList', {})]);
    return { catalog: catalog.actions, catalogReviewed: catalog.lastReviewed, organisations: organisations.organisations, contacts };
  }, []);
}

/** The school's own contact that goes with an action: the fixed police contact for the police, and so on. */
export function schoolContactsFor(reference: ActionReference, actionKey: string | null, organisationKey: string | null): Contact[] {
  const roles = new Set<Contact['role']>();
  if (organisationKey === 'politie') roles.add('police_contact');
  if (actionKey === 'inform_school_board') roles.add('school_board');
  if (actionKey === 'psychological_help' || actionKey === 'guidance_talk' || actionKey === 'aftercare_followup') roles.add('care_coordinator');
  return reference.contacts.filter((contact) => roles.has(contact.role));
}

/**
 * The catalog actions this case may be offered. A suspected staff member rules out mediation-style
 * steps (meldplicht: the board and the police, not a restorative talk); Take It Down and the like
 * are for a victim under 18 only.
 */
export function offeredActions(catalog: CatalogAction[], detail: CaseDetail): { offered: CatalogAction[]; withheld: CatalogAction[] } {
  const victim = detail.persons.find((person) => person.role === 'victim');
  const adultVictim = victim !== undefined && (victim.kind === 'staff' || victim.ageBand === '18_plus');
  const withheld = catalog.filter((action) => action.mediationStyle && detail.guardrails.staffSuspect);
  const offered = catalog.filter((action) => !withheld.includes(action) && !(action.forMinorsOnly && adultVictim));
  return { offered, withheld };
}
