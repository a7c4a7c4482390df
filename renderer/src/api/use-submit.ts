// One action in flight (saving a form, changing a status): busy while it runs, and its failure
// kept with the field errors main reported, so the form can show them at the fields. A change
// that succeeded marks the cached calls stale, so every screen showing them loads them again:
// no screen has to tell its parent to reload.
import { QueryClientContext } from '@tanstack/react-query';
import { useCallback, useContext, useState } from 'react';
import { CallFailure } from './client';
import { invalidateAfterChange } from './query-keys';

/** `within` names the nested input object whose fields the form shows (see CallFailure.fieldErrors). */
export function useSubmit(within = '') {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const client = useContext(QueryClientContext);

  /** Runs the action; resolves to its value, or to undefined when it failed (the error is kept). */
  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        const value = await action();
        if (client) void invalidateAfterChange(client);
        return value;
      } catch (failure) {
        setError(failure);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [client],
  );

  const fieldErrors = error instanceof CallFailure ? error.fieldErrors(within) : {};
  return { busy, error, fieldErrors, run, clearError: useCallback(() => setError(null), []) };
}
