import { expect } from 'vitest';

/**
 * expect.poll with room for real work behind the screen (scrypt at unlock, a re-render after a
 * call): vitest's one-second default is too short on a busy two-core machine.
 */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 100 });
}
