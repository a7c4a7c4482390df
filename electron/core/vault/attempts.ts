// The wrong-passphrase back-off, kept in a small file beside the key file so that restarting the
// app does not reset it. It holds two numbers and nothing about cases. Deleting or editing it can
// only remove the delay: every attempt still costs a full scrypt derivation.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './key-file';

export const ATTEMPTS_FILE = 'vertrouwd.attempts';
/** Failed unlocks before delays start, and the longest delay. */
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 60_000;

const attemptsSchema = z.object({ failures: z.number().int().min(0), blockedUntil: z.number() });
type Attempts = z.infer<typeof attemptsSchema>;

export class AttemptCounter {
  private readonly file: string;

  constructor(
    folder: string,
    private readonly now: () => Date,
  ) {
    this.file = path.join(folder, ATTEMPTS_FILE);
  }

  private read(): Attempts {
    try {
      const parsed = attemptsSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      // A delay further away than the longest one was not written by us: ignore it, never lock out.
      if (parsed.success && parsed.data.blockedUntil - this.now().getTime() <= MAX_DELAY_MS) return parsed.data;
      return parsed.success ? { failures: parsed.data.failures, blockedUntil: 0 } : { failures: 0, blockedUntil: 0 };
    } catch {
      return { failures: 0, blockedUntil: 0 };
    }
  }

  /** How long the next attempt must still wait (0 when it may go ahead). */
  remainingMs(): number {
    return Math.max(0, this.read().blockedUntil - this.now().getTime());
  }

  registerFailure(): { failures: number; retryAfterMs: number } {
    const failures = this.read().failures + 1;
    const delay = failures >= FREE_ATTEMPTS ? Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS)) : 0;
    const blockedUntil = delay > 0 ? this.now().getTime() + delay : 0;
    try {
      writeFileAtomic(this.file, JSON.stringify({ failures, blockedUntil }));
    } catch {
      // A disk that cannot take the counter still gets the scrypt cost of every attempt.
    }
    return { failures, retryAfterMs: delay };
  }

  reset(): void {
    try {
      rmSync(this.file, { force: true });
    } catch {
      // Nothing to reset on a read-only disk.
    }
  }
}
