// Auto-lock after idle time. The idle source is injected: in the app it is the system's idle time
// (Electron's powerMonitor, so typing anywhere counts as activity), in tests a clock the test
// moves. Screen lock and suspend lock at once through lockNow().
import type { Vault } from './vault';

export interface AutoLockOptions {
  vault: Vault;
  idleSeconds: () => number;
  minutes: () => number;
  /** Runs while the vault is still open, so the lock and its reason can be written to the audit trail. */
  beforeLock?: (reason: LockReason) => void;
  onLocked: (reason: LockReason) => void;
}

export type LockReason = 'idle' | 'screen_lock' | 'suspend' | 'shortcut';

export class AutoLock {
  constructor(private readonly options: AutoLockOptions) {}

  /** Called on a timer; locks when the vault is open and the idle time has passed the setting. */
  tick(): void {
    const { vault, idleSeconds, minutes } = this.options;
    if (vault.state() === 'unlocked' && idleSeconds() >= minutes() * 60) this.lockNow('idle');
  }

  lockNow(reason: LockReason): void {
    if (this.options.vault.state() !== 'unlocked') return;
    this.options.beforeLock?.(reason);
    this.options.vault.lock();
    this.options.onLocked(reason);
  }
}
