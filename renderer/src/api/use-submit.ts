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

  /**
   * Runs the action and says how it went: its value, or the failure (also kept as `error`). A form
   * that places the failure at its fields needs it at once, not on the next render.
   */
  const attempt = useCallback(
    async <T>(action: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; failure: unknown }> => {
      setBusy(true);
      setError(null);
      try {
        const value = await action();
        if (client) void invalidateAfterChange(client);
        return { ok: true, value };
      } catch (failure) {
        setError(failure);
        return { ok: false, failure };
      } finally {
        setBusy(false);
      }
    },
    [client],
  );

  /** Runs the action; resolves to its value, or to undefined when it failed (the error is kept). */
  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      const outcome = await attempt(action);
      return outcome.ok ? outcome.value : undefined;
    },
    [attempt],
  );

  const fieldErrors = error instanceof CallFailure ? error.fieldErrors(within) : {};
  return { busy, error, fieldErrors, run, attempt, clearError: useCallback(() => setError(null), []) };
}
