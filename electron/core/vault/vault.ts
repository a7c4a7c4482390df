// The vault: one encrypted database file and its key file in a folder of the person's profile.
// States: no vault yet → locked → unlocked. While locked nothing but the key file is read, and the
// data key exists only inside this object while unlocked.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseOpenError, openEncryptedDatabase, type OpenDatabase } from '@db/open-database';
import { migrateDatabase, needsMigration, NewerDatabaseError } from '@db/migrate';
import { KeyFileError, readKeyFile, writeKeyFile, type KeyFile } from './key-file';
import { calibrateScrypt, deriveHkdf, deriveScrypt, newHkdfParams, unwrapKey, wrapKey } from './key-slots';
import { passphraseStrength } from './passphrase-policy';
import { generateRecoveryKey, normalizeRecoveryKey, recoveryKeyBytes } from './recovery-key';
import { VaultError } from './vault-error';
import { BackupStore } from './backups';

export const DATABASE_FILE = 'vertrouwd.db';
export const KEY_FILE = 'vertrouwd.key';

export interface VaultOptions {
  folder: string;
  migrationsFolder: string;
  /** Target unlock time for scrypt calibration; never lowers N below the floor. */
  kdfTargetMs?: number;
  /** How many automatic backups to keep. */
  keepBackups?: number;
  now?: () => Date;
}

export type VaultState = 'no_vault' | 'locked' | 'unlocked';

export interface UnlockTiming {
  kdfMs: number;
  totalMs: number;
}

/** Failed unlocks before delays start, and the longest delay. */
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 60_000;

export class Vault {
  private open: OpenDatabase | null = null;
  private dataKey: Buffer | null = null;
  private failures = 0;
  private blockedUntil = 0;
  readonly backups: BackupStore;
  readonly databaseFile: string;
  readonly keyFile: string;
  lastUnlock: UnlockTiming | null = null;

  constructor(readonly options: VaultOptions) {
    this.databaseFile = path.join(options.folder, DATABASE_FILE);
    this.keyFile = path.join(options.folder, KEY_FILE);
    this.backups = new BackupStore(path.join(options.folder, 'backups'), options.keepBackups ?? 10, this.now);
  }

  private now = (): Date => this.options.now?.() ?? new Date();

  state(): VaultState {
    if (this.open) return 'unlocked';
    return existsSync(this.databaseFile) || existsSync(this.keyFile) ? 'locked' : 'no_vault';
  }

  /** The open database; throws 'locked' when there is none, so no caller can act on a locked vault. */
  connection(): OpenDatabase {
    if (!this.open) throw new VaultError('locked');
    return this.open;
  }

  /** First run: make the data key, wrap it twice, create and migrate the database. */
  async create(passphrase: string): Promise<{ recoveryKey: string }> {
    if (this.state() !== 'no_vault') throw new VaultError('vault_exists');
    const strength = passphraseStrength(passphrase);
    if (!strength.acceptable) throw new VaultError('weak_passphrase', { problems: strength.problems.join(',') });
    mkdirSync(this.options.folder, { recursive: true, mode: 0o700 });
    const dataKey = randomBytes(32);
    const recoveryKey = generateRecoveryKey();
    const { params, key } = await calibrateScrypt(passphrase, this.options.kdfTargetMs ?? 500);
    const recoveryParams = newHkdfParams();
    const at = this.now().toISOString();
    const keyFile: KeyFile = {
      format: 'vertrouwd-key-file',
      version: 1,
      createdAt: at,
      database: { cipher: 'sqlcipher', legacy: 4 },
      slots: [
        { type: 'passphrase', kdf: params, wrapped: wrapKey(dataKey, key, 'passphrase'), changedAt: at },
        {
          type: 'recovery',
          kdf: recoveryParams,
          wrapped: wrapKey(dataKey, deriveHkdf(recoveryKeyBytes(normalizeRecoveryKey(recoveryKey)!), recoveryParams), 'recovery'),
          changedAt: at,
        },
      ],
    };
    this.writeKeys(keyFile);
    this.openWith(dataKey);
    return { recoveryKey };
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.open) return;
    this.checkDelay();
    const keyFile = this.readKeys();
    const started = performance.now();
    const slot = keyFile.slots[0];
    const dataKey = unwrapKey(slot.wrapped, await deriveScrypt(passphrase, slot.kdf), 'passphrase');
    const kdfMs = performance.now() - started;
    if (!dataKey) {
      this.registerFailure();
      throw new VaultError('wrong_passphrase', this.delayDetails());
    }
    this.failures = 0;
    this.openWith(dataKey);
    // Timing for the benchmark: the KDF against everything else in the same unlock.
    this.lastUnlock = { kdfMs, totalMs: performance.now() - started };
  }

  /** Recovery: the recovery key opens the vault and a new passphrase replaces the forgotten one. */
  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    this.checkDelay();
    const strength = passphraseStrength(newPassphrase);
    if (!strength.acceptable) throw new VaultError('weak_passphrase', { problems: strength.problems.join(',') });
    const normalized = normalizeRecoveryKey(recoveryKey);
    if (!normalized) throw new VaultError('malformed_recovery_key');
    const keyFile = this.readKeysForRecovery();
    const slot = keyFile.slots[1];
    const dataKey = unwrapKey(slot.wrapped, deriveHkdf(recoveryKeyBytes(normalized), slot.kdf), 'recovery');
    if (!dataKey) {
      this.registerFailure();
      throw new VaultError('wrong_recovery_key', this.delayDetails());
    }
    this.failures = 0;
    await this.rewrapPassphrase(keyFile, dataKey, newPassphrase);
    if (!this.open) this.openWith(dataKey);
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    this.connection();
    const strength = passphraseStrength(next);
    if (!strength.acceptable) throw new VaultError('weak_passphrase', { problems: strength.problems.join(',') });
    const keyFile = this.readKeys();
    const slot = keyFile.slots[0];
    const dataKey = unwrapKey(slot.wrapped, await deriveScrypt(current, slot.kdf), 'passphrase');
    if (!dataKey) throw new VaultError('wrong_passphrase', {});
    await this.rewrapPassphrase(keyFile, dataKey, next);
  }

  /**
   * A new recovery key, for when the old one is lost or was never written down. Asks for the
   * passphrase so an unattended unlocked screen is not enough; the old recovery key stops working.
   */
  async newRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    this.connection();
    const keyFile = this.readKeys();
    const dataKey = unwrapKey(keyFile.slots[0].wrapped, await deriveScrypt(passphrase, keyFile.slots[0].kdf), 'passphrase');
    if (!dataKey) throw new VaultError('wrong_passphrase', {});
    const recoveryKey = generateRecoveryKey();
    const params = newHkdfParams();
    this.writeKeys({
      ...keyFile,
      slots: [
        keyFile.slots[0],
        {
          type: 'recovery',
          kdf: params,
          wrapped: wrapKey(dataKey, deriveHkdf(recoveryKeyBytes(normalizeRecoveryKey(recoveryKey)!), params), 'recovery'),
          changedAt: this.now().toISOString(),
        },
      ],
    });
    return { recoveryKey };
  }

  /** Close the database and forget the key. Safe to call when already locked. */
  lock(): void {
    if (this.open) {
      try {
        // Fold the WAL back so nothing lingers beside the file longer than needed.
        this.open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A failed checkpoint loses nothing: the WAL stays encrypted and is replayed at next open.
      }
      this.open.sqlite.close();
      this.open = null;
    }
    this.dataKey?.fill(0);
    this.dataKey = null;
  }

  /** Full read of every page: a flipped byte anywhere fails the page HMAC. */
  verifyIntegrity(): boolean {
    const { sqlite } = this.connection();
    try {
      const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
      return rows.length === 1 && rows[0]?.quick_check === 'ok';
    } catch {
      return false;
    }
  }

  backupNow(reason: string): string {
    return this.guardDisk(() => this.backups.create(this.connection().sqlite, this.requireKey(), reason));
  }

  /** Replaces the live database by a verified backup, keeping a backup of the current state first. */
  restoreBackup(name: string): void {
    const key = this.requireKey();
    this.backups.verify(name, key);
    this.backupNow('voor-herstel');
    this.lock();
    this.guardDisk(() => this.backups.restoreInto(name, this.databaseFile));
    this.openWith(key);
  }

  /** Daily automatic backup: made at unlock when the newest backup is older than a day. */
  private dailyBackup(): void {
    const newest = this.backups.list()[0];
    if (!newest || this.now().getTime() - Date.parse(newest.createdAt) > 24 * 3600_000) this.backupNow('dagelijks');
  }

  private requireKey(): Buffer {
    if (!this.dataKey) throw new VaultError('locked');
    return Buffer.from(this.dataKey);
  }

  private openWith(dataKey: Buffer): void {
    let opened: OpenDatabase;
    try {
      opened = openEncryptedDatabase(this.databaseFile, dataKey);
    } catch (error) {
      throw this.explainOpenFailure(error);
    }
    this.open = opened;
    this.dataKey = Buffer.from(dataKey);
    try {
      if (needsMigration(opened.sqlite, this.options.migrationsFolder) && this.hasTables()) this.backupNow('voor-migratie');
      migrateDatabase(opened.db, opened.sqlite, this.options.migrationsFolder);
      this.dailyBackup();
    } catch (error) {
      this.lock();
      if (error instanceof NewerDatabaseError) throw new VaultError('database_newer', { databaseVersion: error.databaseVersion, appVersion: error.appVersion });
      if (error instanceof VaultError) throw error;
      throw this.explainOpenFailure(new DatabaseOpenError('damaged', error));
    }
  }

  private hasTables(): boolean {
    return (this.open!.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
  }

  /** The data key came out of an authenticated unwrap, so an open failure means the file, not the key. */
  private explainOpenFailure(error: unknown): VaultError {
    if (error instanceof DatabaseOpenError) {
      if (error.reason === 'read_only') return new VaultError('disk_read_only', {}, error);
      if (error.reason === 'disk_full') return new VaultError('disk_full', {}, error);
      return new VaultError('database_damaged', {}, error);
    }
    return new VaultError('database_damaged', {}, error);
  }

  /** A missing or damaged key file is exactly when recovery is needed: fall back to the spare. */
  private readKeysForRecovery(): KeyFile {
    try {
      return this.readKeys();
    } catch (error) {
      if (error instanceof VaultError && (error.code === 'key_file_missing' || error.code === 'key_file_damaged') && existsSync(this.spareKeyFile)) return this.readKeys(this.spareKeyFile);
      throw error;
    }
  }

  private readKeys(file = this.keyFile): KeyFile {
    try {
      return readKeyFile(file);
    } catch (error) {
      if (error instanceof KeyFileError) {
        const code = error.problem === 'missing' ? 'key_file_missing' : error.problem === 'newer' ? 'key_file_newer' : 'key_file_damaged';
        throw new VaultError(code, {}, error);
      }
      throw error;
    }
  }

  private async rewrapPassphrase(keyFile: KeyFile, dataKey: Buffer, passphrase: string): Promise<void> {
    const { params, key } = await calibrateScrypt(passphrase, this.options.kdfTargetMs ?? 500);
    const next: KeyFile = {
      ...keyFile,
      slots: [{ type: 'passphrase', kdf: params, wrapped: wrapKey(dataKey, key, 'passphrase'), changedAt: this.now().toISOString() }, keyFile.slots[1]],
    };
    this.writeKeys(next);
  }

  /**
   * The key file is also kept as a spare in the backups folder: it holds only wrapped keys, and
   * without it even the recovery key could not open the database. The recovery slot never changes,
   * so an older spare still serves recovery.
   */
  private writeKeys(keyFile: KeyFile): void {
    this.guardDisk(() => {
      writeKeyFile(this.keyFile, keyFile);
      mkdirSync(this.backups.folder, { recursive: true, mode: 0o700 });
      writeKeyFile(this.spareKeyFile, keyFile);
    });
  }

  private get spareKeyFile(): string {
    return path.join(this.backups.folder, KEY_FILE);
  }

  private registerFailure(): void {
    this.failures += 1;
    if (this.failures >= FREE_ATTEMPTS) {
      const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** (this.failures - FREE_ATTEMPTS));
      this.blockedUntil = this.now().getTime() + delay;
    }
  }

  private delayDetails(): Record<string, number> {
    return { failures: this.failures, retryAfterMs: Math.max(0, this.blockedUntil - this.now().getTime()) };
  }

  private checkDelay(): void {
    const wait = this.blockedUntil - this.now().getTime();
    if (wait > 0) throw new VaultError('too_many_attempts', { retryAfterMs: wait });
  }

  /** Turns the file system's "read-only" and "full" into messages a person can act on. */
  private guardDisk<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as { code?: string }).code ?? '';
      if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY')) throw new VaultError('disk_read_only', {}, error);
      if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL')) throw new VaultError('disk_full', {}, error);
      throw error;
    }
  }

  /** Files in the vault folder, for tests and the settings screen. */
  files(): string[] {
    return existsSync(this.options.folder) ? readdirSync(this.options.folder) : [];
  }
}
