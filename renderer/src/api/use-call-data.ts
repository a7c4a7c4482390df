// What a screen loads, written as a loader: useCallData(() => call('notesList', { caseId }), [caseId]).
// The loader is looked at once per render without reaching main (see recordCall): when it is a
// single call, the query is keyed by that call and its input like useCall's, so it shares the
// cache and is invalidated with it. Any other loader gets a key of its own from its deps.
// New code can say the same more directly with useCall('notesList', { caseId }).
import { useId, type DependencyList } from 'react';
import type { QueryKey } from '@tanstack/react-query';
import { recordCall } from './client';
import { callKey } from './query-keys';
import { useKeyedQuery, type CallData } from './use-call';

export function useCallData<T>(load: () => Promise<T>, deps: DependencyList): CallData<T> {
  const site = useId();
  const single = recordCall(load);
  const key: QueryKey = single ? callKey(single.name, single.input as never) : ['load', site, ...deps];
  return useKeyedQuery(key, load);
}
