// Everything the main process does, assembled in one place and free of Electron, so the app and
// the end-to-end harness run the very same core: vault, handlers, auto-lock.
import { audit } from './cases/audit-trail';
import { createHandlers, type Platform } from './handlers';
import { readSettings } from './settings/settings-store';
import { AutoLock } from './vault/auto-lock';
import { Vault } from './vault/vault';

export interface CoreOptions {
  /** The folder holding the database, key file and backups. */
  dataFolder: string;
  migrationsFolder: string;
  platform: Platform;
  allowedExternalOrigins: () => ReadonlySet<string>;
  /** Seconds since the person last did anything (system-wide in the app). */
  idleSeconds: () => number;
  onLocked: (reason: string) => void;
  now?: () => Date;
  kdfTargetMs?: number;
}

export function createCore(options: CoreOptions) {
  const vault = new Vault({
    folder: options.dataFolder,
    migrationsFolder: options.migrationsFolder,
    kdfTargetMs: options.kdfTargetMs,
    now: options.now,
  });
  const { handlers, dispatch, context } = createHandlers({
    vault,
    platform: options.platform,
    allowedExternalOrigins: options.allowedExternalOrigins,
    now: options.now,
  });
  const autoLock = new AutoLock({
    vault,
    idleSeconds: options.idleSeconds,
    minutes: () => (vault.state() === 'unlocked' ? readSettings({ db: vault.connection().db }).autoLockMinutes : 5),
    // A lock the person did not ask for (idle, screen lock, suspend) is recorded with its reason.
    beforeLock: (reason) => audit(context(), 'lock', null, reason),
    onLocked: options.onLocked,
  });
  return { vault, handlers, dispatch, autoLock };
}

export type Core = ReturnType<typeof createCore>;
