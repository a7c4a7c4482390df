// The contract writes its field messages in Dutch, in place, and resources/validation/en.json holds
// their English. A message added without its translation would reach an English user in Dutch, and a
// translation left behind after its rule changed is dead weight: both fail here. The messages are
// read from the contract's own schemas, as zod would report them, not from its source text.
/* oxlint-disable no-underscore-dangle -- a check's message is reachable only through zod's `_zod` definitions */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import en from '@resources/validation/en.json';
import { contract } from './contract';
import { validationText } from './main-i18n';

type Def = { type: string; error?: (issue: unknown) => unknown; checks?: { _zod: { def: { error?: (issue: unknown) => unknown } } }[] } & Record<string, unknown>;

/** Every custom message a schema can give, found by walking its definition. */
function customMessages(root: z.ZodType): Set<string> {
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const say = (error: ((issue: unknown) => unknown) | undefined) => {
    if (!error) return;
    let message: unknown;
    try {
      message = error({ code: 'custom', input: undefined, path: [] });
    } catch {
      return;
    }
    if (typeof message === 'string') found.add(message);
    else if (message && typeof message === 'object' && typeof (message as { message?: unknown }).message === 'string') found.add((message as { message: string }).message);
  };
  const walk = (schema: unknown) => {
    if (!schema || typeof schema !== 'object' || seen.has(schema) || !('_zod' in schema)) return;
    seen.add(schema);
    const def = (schema as { _zod: { def: Def } })._zod.def;
    say(def.error);
    for (const check of def.checks ?? []) say(check._zod.def.error);
    const children: unknown[] = [];
    if (def.shape && typeof def.shape === 'object') children.push(...Object.values(def.shape as object));
    for (const key of ['catchall', 'element', 'innerType', 'keyType', 'valueType', 'left', 'right', 'in', 'out', 'rest']) children.push(def[key]);
    for (const key of ['options', 'items']) if (Array.isArray(def[key])) children.push(...(def[key] as unknown[]));
    if (def.type === 'lazy' && typeof def.getter === 'function') children.push((def.getter as () => unknown)());
    children.forEach(walk);
  };
  walk(root);
  return found;
}

const messages = new Set(Object.values(contract).flatMap((call) => [...customMessages(call.input as z.ZodType)]));

describe('the contract’s field messages in English', () => {
  it('finds the messages the contract gives', () => {
    // The walk itself must work, or the two checks below would pass on nothing.
    expect(messages).toContain('Geef de zaak een werktitel of pseudoniem.');
    expect(messages.size).toBeGreaterThan(20);
  });

  it('has an English text for every Dutch field message', () => {
    const untranslated = [...messages].filter((message) => validationText('en', message) === message);
    expect(untranslated).toEqual([]);
  });

  it('keeps no translation of a message the contract no longer gives', () => {
    const stale = Object.keys(en).filter((message) => !messages.has(message));
    expect(stale).toEqual([]);
  });
});
