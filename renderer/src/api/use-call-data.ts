// What a screen loads: the data, the failure if any, and a reload. A newer request wins over an
// older one still in flight, so a slow answer (a search typed earlier) never overwrites a newer one.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

export function useCallData<T>(load: () => Promise<T>, deps: DependencyList) {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: null, loading: true });
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const data = await loadRef.current();
      if (mine === generation.current) setState({ data, error: null, loading: false });
    } catch (error) {
      if (mine === generation.current) setState((previous) => ({ data: previous.data, error, loading: false }));
    }
    // The caller's deps decide when to load again; `load` itself is read through a ref.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Calls that change something return the fresh list; show it without loading again. */
  const setData = useCallback((data: T) => {
    generation.current++;
    setState({ data, error: null, loading: false });
  }, []);

  return { ...state, reload, setData };
}
