// Loading one call into a screen: TanStack Query under the screen's own shape ({ data, error,
// loading, reload, setData }), keyed by the call and its input.
import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CallInput, CallName, CallOutput } from '@core/contract';
import { call } from './client';
import { callKey, isContentKey } from './query-keys';

export interface CallData<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Load again now (after a change this screen made outside useSubmit). */
  reload: () => Promise<void>;
  /** A change answered with the fresh value: show it without loading again. */
  setData: (data: T) => void;
}

export function useCall<K extends CallName>(name: K, input: CallInput<K>, options: { enabled?: boolean } = {}): CallData<CallOutput<K>> {
  return useKeyedQuery(callKey(name, input), () => call(name, input), options.enabled ?? true);
}

/** The shared part: a query under `key`, shaped as the screens expect it. */
export function useKeyedQuery<T>(key: QueryKey, load: () => Promise<T>, enabled = true): CallData<T> {
  const client = useQueryClient();
  const query = useQuery({ queryKey: key, queryFn: load, enabled, staleTime: isContentKey(key) ? Infinity : 0 });
  const { refetch } = query;
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  const keyHash = JSON.stringify(key);
  const setData = useCallback((data: T) => void client.setQueryData(JSON.parse(keyHash) as QueryKey, data), [client, keyHash]);
  return { data: query.data, error: query.error, loading: query.isFetching, reload, setData };
}
