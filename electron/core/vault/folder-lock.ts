// A lock file in the vault folder while the vault is open, so a second app (another window of a
// copied profile, or a second computer on a shared or synced profile folder) is told "already open
// elsewhere" instead of both writing and one losing the other's work. Electron's single-instance
// lock covers only one computer and one user; this file covers the folder itself.
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { guardDisk, VaultError } from './vault-error';

export const LOCK_FILE = 'vertrouwd.lock';
/** A lock from another computer not refreshed for this long is taken to be left behind by a crash. */
const FOREIGN_STALE_MS = 24 * 3600_000;
/** How often an open vault refreshes its lock, so a long day's work never looks left behind. */
const REFRESH_MS = 3600_000;

/** since: when the vault was opened; seen: when it last refreshed the lock (absent in older files). */
const lockSchema = z.object({ token: z.string(), pid: z.number().int(), host: z.string(), since: z.string(), seen: z.string().optional() });
type LockInfo = z.infer<typeof lockSchema>;

export class FolderLock {
  private readonly token = randomUUID();
  private held = false;
  private since = '';
  private refreshedAt = 0;
  readonly file: string;

  constructor(
    folder: string,
    private readonly now: () => Date,
  ) {
    this.file = path.join(folder, LOCK_FILE);
  }

  /** Throws vault_in_use when another live app holds the folder. Safe to call when already held. */
  acquire(): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      const holder = this.holder();
      if (holder?.token === this.token) {
        this.held = true;
        return;
      }
      if (holder && this.isLive(holder)) throw new VaultError('vault_in_use', { host: holder.host, since: holder.since });
      if (holder || this.unreadable()) rmSync(this.file, { force: true });
      try {
        guardDisk(() => {
          const fd = openSync(this.file, 'wx', 0o600);
          try {
            writeSync(fd, JSON.stringify(this.info(this.now().toISOString())));
          } finally {
            closeSync(fd);
          }
        });
        this.held = true;
        this.refreshedAt = this.now().getTime();
        return;
      } catch (error) {
        // Someone else created it between our look and our write: look again.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    const holder = this.holder();
    throw new VaultError('vault_in_use', { host: holder?.host ?? '', since: holder?.since ?? '' });
  }

  /** Throws vault_in_use when another live app holds the folder, without taking it. */
  assertFree(): void {
    const holder = this.holder();
    if (holder && holder.token !== this.token && this.isLive(holder)) throw new VaultError('vault_in_use', { host: holder.host, since: holder.since });
  }

  /**
   * Called while the vault is in use: at most once an hour the lock says it is still alive, so another
   * computer never takes a vault over that is being worked in. A failed refresh (a full disk) is left
   * to the next one: the lock itself still stands.
   */
  refresh(): void {
    const now = this.now().getTime();
    if (!this.held || now - this.refreshedAt < REFRESH_MS) return;
    this.refreshedAt = now;
    if (this.holder()?.token !== this.token) return;
    try {
      writeFileSync(this.file, JSON.stringify({ ...this.info(this.since), seen: this.now().toISOString() }), { mode: 0o600 });
    } catch {
      // Next time.
    }
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    this.since = '';
    if (this.holder()?.token === this.token) rmSync(this.file, { force: true });
  }

  private info(since: string): LockInfo {
    if (!this.since) this.since = since;
    return { token: this.token, pid: process.pid, host: os.hostname(), since: this.since };
  }

  private holder(): LockInfo | null {
    try {
      const parsed = lockSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private unreadable(): boolean {
    try {
      readFileSync(this.file);
      return true;
    } catch {
      return false;
    }
  }

  private isLive(holder: LockInfo): boolean {
    if (holder.host !== os.hostname()) return this.now().getTime() - Date.parse(holder.seen ?? holder.since) < FOREIGN_STALE_MS;
    if (holder.pid === process.pid) return true; // another vault object in this very process
    try {
      process.kill(holder.pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  }
}
