// The renderer's typed client over window.vertrouwd. Every call returns the value or throws a
// CallFailure carrying the Dutch (or English) message and field issues from main.
import type { CallError, CallInput, CallName, CallOutput, VertrouwdApi } from '@core/contract';

export class CallFailure extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
    this.name = 'CallFailure';
  }
  get code(): string {
    return this.error.code;
  }
  /**
   * The first message per field, keyed by the field's name below `within` (the input's nested
   * object, e.g. "patch" or "person"): "incidentTypes.0" → "incidentTypes".
   */
  fieldErrors(within = ''): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const issue of this.error.issues ?? []) {
      if (within && !issue.path.startsWith(`${within}.`)) continue;
      const field = issue.path.slice(within ? within.length + 1 : 0).split('.')[0] ?? '';
      byField[field] ??= issue.message;
    }
    return byField;
  }
}

const lockListeners = new Set<() => void>();

/**
 * Main answers 'locked' when the vault closed underneath us (auto-lock, screen lock) between two
 * status polls; the app then leaves the screen at once instead of showing an error on it.
 */
export function onVaultLocked(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

/** While a loader is being looked at (recordCall), calls are written down instead of made. */
let recording: { calls: { name: CallName; input: unknown }[]; answer: Promise<never> } | null = null;

/**
 * Which single call a loader makes, found by running it with calls recorded rather than sent.
 * Null when it makes none, several, or does more with the answer than return it.
 */
export function recordCall(load: () => unknown): { name: CallName; input: unknown } | null {
  // A promise that never settles: the loader's own continuation never runs.
  const answer = new Promise<never>(() => undefined);
  recording = { calls: [], answer };
  try {
    const returned = load();
    const { calls } = recording;
    return calls.length === 1 && returned === answer ? calls[0]! : null;
  } catch {
    return null;
  } finally {
    recording = null;
  }
}

export function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  if (recording) {
    recording.calls.push({ name, input });
    return recording.answer;
  }
  return send(name, input);
}

async function send<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const fn = window.vertrouwd[name] as unknown as (input: CallInput<K>) => ReturnType<VertrouwdApi[K]>;
  const result = await fn(input);
  if (!result.ok) {
    if (result.error.code === 'locked') for (const listener of lockListeners) listener();
    throw new CallFailure(result.error);
  }
  return result.value as CallOutput<K>;
}
