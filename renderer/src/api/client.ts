// The renderer's typed client over window.vertrouwd. Every call returns the value or throws a
// CallFailure carrying the Dutch (or English) message and field issues from main.
import type { CallError, CallInput, CallName, CallOutput, VertrouwdApi } from '../../../electron/core/contract';

declare global {
  interface Window {
    vertrouwd: VertrouwdApi;
  }
}

export class CallFailure extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
    this.name = 'CallFailure';
  }
  get code(): string {
    return this.error.code;
  }
}

export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const fn = window.vertrouwd[name] as (input: CallInput<K>) => ReturnType<VertrouwdApi[K]>;
  const result = await fn(input);
  if (!result.ok) throw new CallFailure(result.error);
  return result.value as CallOutput<K>;
}
