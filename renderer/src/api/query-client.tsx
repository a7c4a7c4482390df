// Calls and their cache, with TanStack Query. One QueryClient per unlocked session (App mounts the
// session's tree afresh after every lock), so no cached case data outlives the vault being open.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { CallName } from '@core/contract';
import { i18n } from '../i18n';

/** Texts that change only with the language: kept until the locale changes (settingsUpdate). */
export const contentCalls: ReadonlySet<CallName> = new Set<CallName>(['interviewContent', 'checklistContent', 'actionCatalog', 'organisationsList']);

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Main is on the same machine: no retries (a refusal is an answer) and no refetch on focus.
      // A screen that mounts shows what is cached at once and loads it again (staleTime 0), as
      // changes may come from calls outside useSubmit (the interview's autosave).
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

export function SessionQueries({ children }: { children: ReactNode }) {
  const [client] = useState(newQueryClient);
  useEffect(() => () => client.clear(), [client]);
  // Content comes in the person's language: a new language loads everything again.
  useEffect(() => {
    const reloadAll = () => void client.invalidateQueries();
    i18n.on('languageChanged', reloadAll);
    return () => i18n.off('languageChanged', reloadAll);
  }, [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
