// Preparing the vault directly through the core, for tests whose subject is not the first run.
import type { CallInput, CallName, CallOutput } from '@core/contract';
import type { Harness } from './harness';

export const PASSPHRASE = 'paarse-olifant-fietst-naar-Zwolle';

export async function coreCall<K extends CallName>(harness: Harness, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = await harness.core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as CallOutput<K>;
}

export function caseInput(title: string, overrides: Partial<CallInput<'casesCreate'>> = {}): CallInput<'casesCreate'> {
  return { title, schoolLevel: 'vo', incidentTypes: ['meme'], platforms: ['WhatsApp'], summary: 'Een bewerkte foto gaat rond in een klassengroep.', incidentDate: null, ...overrides };
}

/**
 * A vault with the given cases, locked, and the page reloaded onto the unlock screen. Returns the
 * recovery key and the ids of the cases.
 */
export async function lockedVault(harness: Harness, cases: CallInput<'casesCreate'>[] = []): Promise<{ recoveryKey: string; caseIds: string[] }> {
  const { recoveryKey } = await coreCall(harness, 'vaultCreate', { passphrase: PASSPHRASE, profileName: 'Mevrouw De Vries' });
  const caseIds: string[] = [];
  for (const input of cases) caseIds.push((await coreCall(harness, 'casesCreate', input)).id);
  await coreCall(harness, 'vaultLock', {});
  await harness.page.reload();
  return { recoveryKey, caseIds };
}
