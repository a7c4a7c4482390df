// Query keys are the call and its input: ['actionsList', { caseId }]. Two screens that show the
// same call for the same case share one cache entry, and invalidating by call name or by case
// reaches exactly the entries it should.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { CallInput, CallName } from '@core/contract';
import { contentCalls } from './query-client';

export const callKey = <K extends CallName>(name: K, input: CallInput<K>): QueryKey => [name, input];

export const isContentKey = (key: QueryKey): boolean => contentCalls.has(key[0] as CallName);

/**
 * After a change: everything may show it (lists, counts, the chronology), so every query but the
 * language's content is marked stale and the ones on screen load again. Cheap here: main is a
 * local process, and only mounted queries refetch.
 */
export function invalidateAfterChange(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => !isContentKey(query.queryKey) });
}
