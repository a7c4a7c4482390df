// The vault: one encrypted database file and its key file in a folder of the person's profile.
// States: no vault yet → locked → unlocked. While locked nothing but the key file is read, and the
// data key exists only inside this object while unlocked.
//
// Nothing is lost on the way: unlocking never creates a database (only first-run setup does), a
// key file without a usable database is a named state with a way back (restore a backup), one
// vault operation runs at a time, a lock file keeps a second app out of the folder, and the whole
// file is checked right after it opens.
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseOpenError, openEncryptedDatabase, type OpenDatabase } from '@db/open-database';
import { migrateDatabase, needsMigration, NewerDatabaseError } from '@db/migrate';
import { AttemptCounter } from './attempts';
import { BackupStore, DEFAULT_ROTATION, type Rotation } from './backups';
import { keyReadsPages, PAGE_BYTES } from './database-pages';
import { FolderLock } from './folder-lock';
import { KeyFileError, readKeyFile, writeKeyFile, type KeyFile } from './key-file';
import { calibrateScrypt, deriveHkdf, deriveScrypt, newHkdfParams, unwrapKey, wrapKey } from './key-slots';
import { passphraseStrength } from './passphrase-policy';
import { generateRecoveryKey, normalizeRecoveryKey, recoveryKeyBytes } from './recovery-key';
import { diskFailure, guardDisk, VaultError, type VaultErrorCode } from './vault-error';

export const DATABASE_FILE = 'vertrouwd.db';
export const KEY_FILE = 'vertrouwd.key';
/** Where a database (or key file) that was replaced is kept: renamed, never deleted. */
export const SET_ASIDE_FOLDER = 'set-aside';
/** SQLCipher 4's page size: an encrypted file is always a whole number of pages. */
/**
 * Destroyed cases whose older backups are still to be removed, kept in the database itself: when
 * the fresh backup after a destruction cannot be made (a full or read-only disk), the next backup
 * that succeeds removes them, so no backup brings a destroyed case back.
 */
const PURGE_KEY = 'backup_purge';

export interface VaultOptions {
  folder: string;
  migrationsFolder: string;
  /** Target unlock time for scrypt calibration; never lowers N below the floor. */
  kdfTargetMs?: number;
  /** How many daily backups to keep (the weekly and monthly ones come on top). */
  keepBackups?: number;
  rotation?: Partial<Rotation>;
  now?: () => Date;
}

export type VaultState = 'no_vault' | 'locked' | 'unlocked';

/** What opens the vault: the passphrase, or the recovery key (optionally setting a new passphrase). */
export type Credential = { passphrase: string } | { recoveryKey: string; newPassphrase?: string };

export interface UnlockTiming {
  kdfMs: number;
  totalMs: number;
}

interface Candidate {
  file: string;
  keyFile: KeyFile;
}

export class Vault {
  private open: OpenDatabase | null = null;
  private dataKey: Buffer | null = null;
  /** Connections whose close waits for an operation that holds them (an export's save dialog). */
  private pendingClose: OpenDatabase[] = [];
  private holds = 0;
  /** Bumped by every lock, so an unlock that was still deriving its key when a lock came stays locked. */
  private epoch = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private integrity: Promise<void> = Promise.resolve();
  private integrityError: VaultError | null = null;
  /** The last reason the database could not be used, for the unlock screen. */
  private knownProblem: VaultErrorCode | null = null;
  private readonly attempts: AttemptCounter;
  private readonly folderLock: FolderLock;
  readonly backups: BackupStore;
  readonly databaseFile: string;
  readonly keyFile: string;
  lastUnlock: UnlockTiming | null = null;
  /** How long the last full check after opening took. */
  lastIntegrityMs: number | null = null;
  /** Why the last automatic backup failed, if it did. */
  lastBackupError: VaultError | null = null;

  constructor(readonly options: VaultOptions) {
    this.databaseFile = path.join(options.folder, DATABASE_FILE);
    this.keyFile = path.join(options.folder, KEY_FILE);
    const rotation = { ...DEFAULT_ROTATION, ...(options.keepBackups ? { daily: options.keepBackups } : {}), ...options.rotation };
    this.backups = new BackupStore(path.join(options.folder, 'backups'), rotation, this.now);
    this.attempts = new AttemptCounter(options.folder, this.now);
    this.folderLock = new FolderLock(options.folder, this.now);
  }

  private now = (): Date => this.options.now?.() ?? new Date();

  state(): VaultState {
    if (this.open) return 'unlocked';
    return existsSync(this.databaseFile) || existsSync(this.keyFile) ? 'locked' : 'no_vault';
  }

  /**
   * Why the locked vault cannot simply be unlocked, when that can be told without the passphrase
   * (database missing, empty or cut short; key file missing) or was found by the last attempt.
   */
  problem(): VaultErrorCode | null {
    if (this.open || this.state() === 'no_vault') return null;
    if (this.integrityError) return this.integrityError.code;
    const file = this.databaseProblem();
    if (file) return file;
    if (!existsSync(this.keyFile)) return 'key_file_missing';
    return this.knownProblem;
  }

  /** The open database; throws 'locked' when there is none, so no caller can act on a locked vault. */
  connection(): OpenDatabase {
    if (!this.open) throw new VaultError('locked');
    this.folderLock.refresh();
    return this.open;
  }

  /** Resolves once the check after opening has passed; throws database_damaged when it failed. */
  async ready(): Promise<void> {
    await this.integrity;
    if (this.integrityError) throw this.integrityError;
  }

  /**
   * Runs an operation that needs the open database across an await (a save dialog): a lock in
   * between takes effect at once for everything else, but this connection closes only when the
   * operation is done, so what it writes is not lost.
   */
  async hold<T>(operation: () => Promise<T>): Promise<T> {
    this.holds += 1;
    try {
      return await operation();
    } finally {
      this.holds -= 1;
      if (this.holds === 0) {
        for (const open of this.pendingClose.splice(0)) closeConnection(open);
        if (!this.open) this.folderLock.release();
      }
    }
  }

  /** First run: make the data key, wrap it twice, create and migrate the database. */
  create(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.serial(async () => {
      if (this.state() !== 'no_vault') throw new VaultError('vault_exists');
      const strength = passphraseStrength(passphrase);
      if (!strength.acceptable) throw new VaultError('weak_passphrase', { problems: strength.problems.join(',') });
      guardDisk(() => mkdirSync(this.options.folder, { recursive: true, mode: 0o700 }));
      this.folderLock.acquire();
      try {
        const dataKey = randomBytes(32);
        const recoveryKey = generateRecoveryKey();
        const { params, key } = await calibrateScrypt(passphrase, this.options.kdfTargetMs ?? 500);
        // Another app may have made a vault in this folder while the key was being derived.
        if (this.state() !== 'no_vault') throw new VaultError('vault_exists');
        const recoveryParams = newHkdfParams();
        const at = this.now().toISOString();
        const keyFile: KeyFile = {
          format: 'vertrouwd-key-file',
          version: 1,
          createdAt: at,
          vaultId: randomUUID(),
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
        let opened: OpenDatabase;
        try {
          opened = openEncryptedDatabase(this.databaseFile, dataKey);
        } catch (error) {
          // Undo the key file so setup can simply be tried again.
          for (const file of [this.keyFile, this.spareKeyFile, this.databaseFile]) rmSync(file, { force: true });
          throw this.explainOpenFailure(error);
        }
        this.attach(opened, dataKey, keyFile, { check: false });
        this.automaticBackup();
        return { recoveryKey };
      } catch (error) {
        if (!this.open) this.folderLock.release();
        throw error;
      }
    });
  }

  unlock(passphrase: string): Promise<void> {
    const epoch = this.epoch;
    return this.serial(async () => {
      if (this.open) return;
      const started = performance.now();
      await this.opening(async () => {
        const found = await this.findKey({ passphrase }, this.candidates(this.candidate()), (key) => this.tryOpenDatabase(key));
        this.adopt(found.candidate);
        this.attach(found.opened, found.dataKey, found.candidate.keyFile);
        // Timing for the benchmark: the KDF against everything else in the same unlock.
        this.lastUnlock = { kdfMs: found.kdfMs, totalMs: performance.now() - started };
      }, epoch);
    });
  }

  /** Recovery: the recovery key opens the vault and a new passphrase replaces the forgotten one. */
  recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    const epoch = this.epoch;
    return this.serial(async () => {
      const strength = passphraseStrength(newPassphrase);
      if (!strength.acceptable) throw new VaultError('weak_passphrase', { problems: strength.problems.join(',') });
      if (!normalizeRecoveryKey(recoveryKey)) throw new VaultError('malformed_recovery_key');
      const alreadyOpen = this.open !== null;
      await this.opening(
        async () => {
          const found = await this.findKey({ recoveryKey }, this.candidates(this.readKeysForRecovery()), (key) => this.tryOpenDatabase(key));
          this.adopt(found.candidate);
          await this.rewrapPassphrase(found.candidate.keyFile, found.dataKey, newPassphrase);
          if (alreadyOpen) closeConnection(found.opened);
          else this.attach(found.opened, found.dataKey, found.candidate.keyFile);
        },
        epoch,
        alreadyOpen,
      );
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.serial(async () => {
      this.connection();
      const strength = passphraseStrength(next);
      if (!strength.acceptable) throw new VaultError('weak_passphrase', { problems: strength.problems.join(',') });
      const keyFile = this.readKeys();
      const slot = keyFile.slots[0];
      const dataKey = unwrapKey(slot.wrapped, await deriveScrypt(current, slot.kdf), 'passphrase');
      if (!dataKey) throw new VaultError('wrong_passphrase', {});
      await this.rewrapPassphrase(keyFile, dataKey, next);
    });
  }

  /**
   * A new recovery key, for when the old one is lost or was never written down. Asks for the
   * passphrase so an unattended unlocked screen is not enough; the old recovery key stops working.
   */
  newRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.serial(async () => {
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
    });
  }

  /** Close the database and forget the key. Safe to call when already locked. */
  lock(): void {
    this.epoch += 1;
    const open = this.open;
    this.open = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
    if (open) {
      if (this.holds > 0) this.pendingClose.push(open);
      else closeConnection(open);
    }
    if (this.holds === 0) this.folderLock.release();
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

  backupNow(reason: string, alsoKeep?: string): string {
    return this.backupAndPurge(reason, alsoKeep).backup;
  }

  /** A backup, then the removal of older backups still holding a destroyed case (if any wait). */
  private backupAndPurge(reason: string, alsoKeep?: string): { backup: string; removed: string[]; unchecked: string[] } {
    const { sqlite } = this.connection();
    const key = this.requireKey();
    const backup = guardDisk(() => this.backups.create(sqlite, key, reason, alsoKeep));
    const pending = this.pendingPurge();
    if (pending.length === 0) return { backup, removed: [], unchecked: [] };
    // The backup about to be put back is the advisor's explicit choice: it is not removed under them.
    const result = guardDisk(() => this.backups.removeHolding(pending, key, [backup, ...(alsoKeep ? [alsoKeep] : [])]));
    guardDisk(() => sqlite.prepare('DELETE FROM settings WHERE key = ?').run(PURGE_KEY));
    return { backup, ...result };
  }

  /**
   * Notes that the older backups holding these destroyed cases must go. Called in the same
   * transaction as the destruction, so a destroyed case is never without this note.
   */
  rememberDestroyed(caseIds: string[]): void {
    const { sqlite } = this.connection();
    const pending = [...new Set([...this.pendingPurge(), ...caseIds])];
    sqlite.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(PURGE_KEY, JSON.stringify(pending));
  }

  private pendingPurge(): string[] {
    try {
      // Before the first migration (the backup made ahead of it) there may be no settings table yet.
      const row = this.connection().sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(PURGE_KEY) as { value: string } | undefined;
      const ids: unknown = row ? JSON.parse(row.value) : [];
      return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
    } catch {
      return [];
    }
  }

  /** Replaces the live (unlocked) database by a verified backup, keeping a backup of the current state first. */
  restoreBackup(name: string): void {
    const key = this.requireKey();
    const keyFile = this.readKeys();
    this.backups.verify(name, key);
    this.backupNow('voor-herstel', name);
    this.lock();
    this.folderLock.acquire();
    try {
      this.backups.restoreInto(name, this.databaseFile);
      this.attach(this.openExisting(key), key, keyFile);
    } catch (error) {
      if (!this.open) this.folderLock.release();
      throw error;
    }
  }

  /**
   * Restore from the unlock screen: the passphrase or recovery key proves the backup is ours,
   * the current database (missing, damaged or simply replaced) is set aside, never deleted, and
   * the vault opens on the restored copy. When unlocked it is the same as restoreBackup.
   */
  restore(name: string, credential?: Credential): Promise<void> {
    const epoch = this.epoch;
    return this.serial(async () => {
      if (this.open) return this.restoreBackup(name);
      if (!credential) throw new VaultError('backup_needs_key');
      if ('recoveryKey' in credential) {
        if (!normalizeRecoveryKey(credential.recoveryKey)) throw new VaultError('malformed_recovery_key');
        if (credential.newPassphrase !== undefined) {
          const strength = passphraseStrength(credential.newPassphrase);
          if (!strength.acceptable) throw new VaultError('weak_passphrase', { problems: strength.problems.join(',') });
        }
      }
      await this.opening(
        async () => {
          const live = 'passphrase' in credential ? this.candidate() : this.readKeysForRecovery();
          const found = await this.findKey(
            credential,
            this.candidates(live),
            (key) => (this.backups.opensWith(name, key) ? name : null),
            () => new VaultError('backup_damaged', { name }),
          );
          this.backups.verify(name, found.dataKey);
          this.setAsideDatabase();
          this.backups.restoreInto(name, this.databaseFile);
          this.adopt(found.candidate);
          if ('recoveryKey' in credential && credential.newPassphrase !== undefined) await this.rewrapPassphrase(found.candidate.keyFile, found.dataKey, credential.newPassphrase);
          this.attach(this.openExisting(found.dataKey), found.dataKey, found.candidate.keyFile);
        },
        epoch,
        false,
        { skipDatabaseCheck: true },
      );
    });
  }

  /**
   * After cases are destroyed: fold the WAL, make a fresh verified backup without them, and remove
   * every older backup that still holds one, so no backup can bring it back. When the backup cannot
   * be made, the destruction stands and the reason is returned: the removal waits for the next
   * backup that succeeds (see PURGE_KEY).
   */
  afterDestruction(caseIds: string[]): { backup: string | null; removed: string[]; unchecked: string[]; problem: VaultError | null } {
    const { sqlite } = this.connection();
    this.rememberDestroyed(caseIds);
    try {
      guardDisk(() => sqlite.pragma('wal_checkpoint(TRUNCATE)'));
      return { ...this.backupAndPurge('na-vernietiging'), problem: null };
    } catch (error) {
      const problem = error instanceof VaultError ? error : diskFailure(error);
      if (!problem) throw error;
      return { backup: null, removed: [], unchecked: [], problem };
    }
  }

  /** Marks the open database as damaged (a read found it) and locks, so the unlock screen offers a restore. */
  reportDamage(): void {
    this.knownProblem = 'database_damaged';
    this.lock();
  }

  /** Files in the vault folder, for tests and the settings screen. */
  files(): string[] {
    return existsSync(this.options.folder) ? readdirSync(this.options.folder) : [];
  }

  // ---------- opening ----------

  /** One vault operation at a time: create, unlock, recover, restore and the key changes queue here. */
  private serial<T>(operation: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The common frame of every way in: the back-off, the folder lock, the database file's state,
   * and cancelling when a lock came after the request (while queued or deriving the key).
   */
  private async opening(open: () => Promise<void>, epoch: number, alreadyOpen = false, opts: { skipDatabaseCheck?: boolean } = {}): Promise<void> {
    if (this.state() === 'no_vault') throw new VaultError('no_vault');
    const wait = this.attempts.remainingMs();
    if (wait > 0) throw new VaultError('too_many_attempts', { retryAfterMs: wait });
    if (!alreadyOpen) this.folderLock.acquire();
    try {
      if (!opts.skipDatabaseCheck) {
        const problem = this.databaseProblem();
        if (problem) throw new VaultError(problem, {});
      }
      await open();
      if (this.epoch !== epoch && !alreadyOpen) {
        this.lock();
        throw new VaultError('locked');
      }
      this.attempts.reset();
      this.knownProblem = null;
    } catch (error) {
      if (!this.open) this.folderLock.release();
      if (error instanceof VaultError && (error.code.startsWith('database_') || error.code === 'key_file_foreign')) this.knownProblem = error.code;
      throw error;
    }
  }

  /** Missing, empty or cut short: told apart before any key is tried. */
  private databaseProblem(): 'database_missing' | 'database_empty' | 'database_truncated' | null {
    let size: number;
    try {
      size = statSync(this.databaseFile).size;
    } catch {
      return 'database_missing';
    }
    if (size === 0) return 'database_empty';
    if (size % PAGE_BYTES !== 0) return 'database_truncated';
    return null;
  }

  /** The live key file first, then the spare when it differs (the live one may be another vault's). */
  private candidates(live: Candidate): Candidate[] {
    const list = [live];
    try {
      const spare = readKeyFile(this.spareKeyFile);
      if (live.file !== this.spareKeyFile && JSON.stringify(spare.slots) !== JSON.stringify(live.keyFile.slots)) list.push({ file: this.spareKeyFile, keyFile: spare });
    } catch {
      // No usable spare: the live key file is all there is.
    }
    return list;
  }

  /**
   * Unwraps the data key from each candidate key file and keeps the first that opens the target
   * (the database, or a backup). A key file that unwraps but opens nothing belongs to another vault.
   */
  private async findKey<T>(
    credential: Credential,
    candidates: Candidate[],
    opens: (key: Buffer) => T | null,
    noneOpened: (keys: Buffer[]) => VaultError = (keys) => this.foreignOrDamaged(candidates, keys),
  ): Promise<{ candidate: Candidate; dataKey: Buffer; opened: T; kdfMs: number }> {
    const unwrapped: Buffer[] = [];
    let kdfMs = 0;
    for (const candidate of candidates) {
      const started = performance.now();
      const dataKey = await unwrapWith(candidate.keyFile, credential);
      kdfMs += performance.now() - started;
      if (!dataKey) continue;
      unwrapped.push(dataKey);
      const opened = opens(dataKey);
      if (opened !== null) return { candidate, dataKey, opened, kdfMs };
    }
    if (unwrapped.length === 0) {
      const details = this.attempts.registerFailure();
      throw new VaultError('passphrase' in credential ? 'wrong_passphrase' : 'wrong_recovery_key', details);
    }
    throw noneOpened(unwrapped);
  }

  /**
   * The key is right for a key file, yet it does not open the database: a key file from another
   * vault, unless the key reads the database's other pages or opens one of our backups (then the
   * database itself is damaged, and its first page with it).
   */
  private foreignOrDamaged(candidates: Candidate[], keys: Buffer[]): VaultError {
    if (keys.some((key) => keyReadsPages(this.databaseFile, key))) return new VaultError('database_damaged');
    const ids = new Set(candidates.map((c) => c.keyFile.vaultId).filter(Boolean));
    const opensABackup = keys.some((key) => this.backups.list().some((b) => this.backups.opensWith(b.name, key)));
    return new VaultError(ids.size > 1 || !opensABackup ? 'key_file_foreign' : 'database_damaged');
  }

  /** Opens the live database with this key; null when the key is not this database's. */
  private tryOpenDatabase(key: Buffer): OpenDatabase | null {
    try {
      return openEncryptedDatabase(this.databaseFile, key, { mustExist: true });
    } catch (error) {
      if (error instanceof DatabaseOpenError && error.reason === 'not_a_database') return null;
      throw this.explainOpenFailure(error);
    }
  }

  private openExisting(key: Buffer): OpenDatabase {
    try {
      return openEncryptedDatabase(this.databaseFile, key, { mustExist: true });
    } catch (error) {
      throw this.explainOpenFailure(error);
    }
  }

  /** When the key that worked came from the spare, the live key file is set aside and replaced by it. */
  private adopt(candidate: Candidate): void {
    if (candidate.file === this.keyFile) return;
    if (existsSync(this.keyFile)) this.setAside(this.keyFile, 'key');
    this.writeKeys(candidate.keyFile);
  }

  /** Makes the opened database the vault's: migrate, vault id, then the full check and daily backup. */
  private attach(opened: OpenDatabase, dataKey: Buffer, keyFile: KeyFile, opts: { check?: boolean } = {}): void {
    this.open = opened;
    this.dataKey = Buffer.from(dataKey);
    this.integrityError = null;
    try {
      if (needsMigration(opened.sqlite, this.options.migrationsFolder) && this.hasTables()) this.backupNow('voor-migratie');
      guardDisk(() => migrateDatabase(opened.db, opened.sqlite, this.options.migrationsFolder));
      this.syncVaultId(keyFile);
    } catch (error) {
      this.lock();
      if (error instanceof NewerDatabaseError) throw new VaultError('database_newer', { databaseVersion: error.databaseVersion, appVersion: error.appVersion });
      if (error instanceof VaultError) throw error;
      throw this.explainOpenFailure(new DatabaseOpenError('damaged', error));
    }
    if (opts.check === false) return;
    this.integrity = this.checkInBackground(opened);
  }

  /**
   * The full page check costs ~0.2 s on 10,000 cases, too long to hold the unlock for: it runs
   * right after, and every call that uses the database waits for it (see ready()). Damage found
   * locks the vault and is reported as damage, with the restore path.
   */
  private async checkInBackground(opened: OpenDatabase): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.open !== opened) return;
    const started = performance.now();
    const ok = this.verifyIntegrity();
    this.lastIntegrityMs = performance.now() - started;
    if (!ok) {
      this.integrityError = new VaultError('database_damaged');
      this.knownProblem = 'database_damaged';
      this.lock();
      return;
    }
    try {
      this.backups.verifyOlder(this.requireKey(), path.join(this.options.folder, SET_ASIDE_FOLDER));
    } catch {
      // Checked again after the next unlock; until then such a backup is listed as not verified.
    }
    this.automaticBackup();
  }

  /** A failing automatic backup does not stop the work; the reason is kept for the settings screen. */
  private automaticBackup(): void {
    try {
      this.dailyBackup();
      this.lastBackupError = null;
    } catch (error) {
      this.lastBackupError = error instanceof VaultError ? error : (diskFailure(error) ?? new VaultError('disk_io', {}, error));
    }
  }

  /** Daily automatic backup: made after opening when the newest backup is older than a day. */
  private dailyBackup(): void {
    const newest = this.backups.list().find((b) => b.verified);
    if (!newest || this.now().getTime() - Date.parse(newest.createdAt) > 24 * 3600_000) this.backupNow('dagelijks');
  }

  /** The key file and the database carry the same vault id; older vaults get one now. */
  private syncVaultId(keyFile: KeyFile): void {
    const { sqlite } = this.open!;
    const row = sqlite.prepare("SELECT value FROM settings WHERE key = 'vault'").get() as { value: string } | undefined;
    let stored: string | null = null;
    try {
      stored = row ? ((JSON.parse(row.value) as { id?: string }).id ?? null) : null;
    } catch {
      stored = null;
    }
    if (stored && keyFile.vaultId && stored !== keyFile.vaultId) throw new VaultError('key_file_foreign');
    const id = stored ?? keyFile.vaultId ?? randomUUID();
    if (!stored) sqlite.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('vault', ?)").run(JSON.stringify({ id }));
    if (!keyFile.vaultId) this.writeKeys({ ...keyFile, vaultId: id });
  }

  private hasTables(): boolean {
    return (this.open!.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
  }

  /** The data key came out of an authenticated unwrap, so an open failure means the file, not the key. */
  private explainOpenFailure(error: unknown): VaultError {
    if (error instanceof VaultError) return error;
    if (error instanceof DatabaseOpenError) {
      if (error.reason === 'read_only') return new VaultError('disk_read_only', {}, error);
      if (error.reason === 'disk_full') return new VaultError('disk_full', {}, error);
    }
    return new VaultError('database_damaged', {}, error);
  }

  /** The current database and its WAL, moved into set-aside/ before a restore replaces them. */
  private setAsideDatabase(): void {
    if (existsSync(this.databaseFile)) {
      const kept = this.setAside(this.databaseFile, 'db');
      if (existsSync(`${this.databaseFile}-wal`)) guardDisk(() => renameSync(`${this.databaseFile}-wal`, `${kept}-wal`));
    }
    rmSync(`${this.databaseFile}-shm`, { force: true });
  }

  private setAside(file: string, ext: 'db' | 'key'): string {
    const folder = path.join(this.options.folder, SET_ASIDE_FOLDER);
    const target = path.join(folder, `vertrouwd-${this.now().toISOString().replace(/[-:.]/g, '')}.${ext}`);
    guardDisk(() => {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      renameSync(file, target);
    });
    return target;
  }

  private requireKey(): Buffer {
    if (!this.dataKey) throw new VaultError('locked');
    return Buffer.from(this.dataKey);
  }

  // ---------- key files ----------

  /** A missing or damaged key file is exactly when recovery is needed: fall back to the spare. */
  private readKeysForRecovery(): Candidate {
    try {
      return this.candidate();
    } catch (error) {
      if (error instanceof VaultError && (error.code === 'key_file_missing' || error.code === 'key_file_damaged') && existsSync(this.spareKeyFile)) return this.candidate(this.spareKeyFile);
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

  private candidate(file = this.keyFile): Candidate {
    return { file, keyFile: this.readKeys(file) };
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
    guardDisk(() => {
      writeKeyFile(this.keyFile, keyFile);
      mkdirSync(this.backups.folder, { recursive: true, mode: 0o700 });
      writeKeyFile(this.spareKeyFile, keyFile);
    });
  }

  private get spareKeyFile(): string {
    return path.join(this.backups.folder, KEY_FILE);
  }
}

async function unwrapWith(keyFile: KeyFile, credential: Credential): Promise<Buffer | null> {
  if ('passphrase' in credential) {
    const slot = keyFile.slots[0];
    return unwrapKey(slot.wrapped, await deriveScrypt(credential.passphrase, slot.kdf), 'passphrase');
  }
  const slot = keyFile.slots[1];
  return unwrapKey(slot.wrapped, deriveHkdf(recoveryKeyBytes(normalizeRecoveryKey(credential.recoveryKey)!), slot.kdf), 'recovery');
}

function closeConnection(open: OpenDatabase): void {
  try {
    // Fold the WAL back so nothing lingers beside the file longer than needed.
    open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A failed checkpoint loses nothing: the WAL stays encrypted and is replayed at next open.
  }
  open.sqlite.close();
}
