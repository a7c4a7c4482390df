// Encrypted backups: VACUUM INTO writes a compact copy that SQLite3MultipleCiphers encrypts under
// the same key and cipher as the live file, so a backup is as unreadable as the database itself.
// A backup cannot lie: it is written under a temporary name, flushed to disk, opened and checked
// page by page, and only then renamed to a name the list shows. A copy interrupted at any moment
// is a temporary file that is never listed and is cleared away the next time.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openEncryptedDatabase } from '@db/open-database';
import { syncFolder } from './key-file';
import { guardDisk, VaultError } from './vault-error';

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: string;
  bytes: number;
  /** Checked after writing (every page read, cases counted); false only for backups from before that check. */
  verified: boolean;
  /** Cases it held when it was made; null when not recorded. */
  cases: number | null;
}

/** How many backups to keep per period (grandfather–father–son). */
export interface Rotation {
  /** The newest few are always kept, whatever their day (a manual backup, the one before a restore). */
  recent: number;
  daily: number;
  weekly: number;
  monthly: number;
}
export const DEFAULT_ROTATION: Rotation = { recent: 3, daily: 7, weekly: 4, monthly: 6 };

// vertrouwd-<UTC stamp>-<reason>-n<cases>.db; older backups have no -n<cases> and count as unverified.
const NAME = /^vertrouwd-(\d{8}T\d{6}\d{3}Z)-([a-z-]+?)(?:-n(\d+))?\.db$/;
const PARTIAL = /\.partial$/;

export class BackupStore {
  constructor(
    readonly folder: string,
    readonly rotation: Rotation,
    private readonly now: () => Date,
  ) {}

  list(): BackupInfo[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder)
      .map((name) => ({ name, match: NAME.exec(name) }))
      .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
      .flatMap(({ name, match }) => {
        try {
          return [
            {
              name,
              createdAt: fromStamp(match[1]!),
              reason: match[2]!,
              bytes: statSync(path.join(this.folder, name)).size,
              verified: match[3] !== undefined,
              cases: match[3] === undefined ? null : Number(match[3]),
            },
          ];
        } catch {
          return []; // removed while listing
        }
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  /**
   * Writes, checks and only then names a backup, then rotates; `alsoKeep` is spared (the backup
   * about to be restored).
   */
  create(sqlite: Database.Database, key: Buffer, reason: string, alsoKeep?: string): string {
    return guardDisk(() => {
      mkdirSync(this.folder, { recursive: true, mode: 0o700 });
      this.clearPartials();
      const stamp = toStamp(this.now());
      const temp = path.join(this.folder, `.vertrouwd-${stamp}-${process.pid}.partial`);
      try {
        // SQLite says only "cannot open" for a folder it may not write in; creating the file first
        // lets the file system say why (read-only, full, no permission). VACUUM INTO takes an empty file.
        closeSync(openSync(temp, 'wx', 0o600));
        sqlite.prepare('VACUUM INTO ?').run(temp);
        fsyncFile(temp);
        const cases = this.check(temp, key, 'backup');
        const name = `vertrouwd-${stamp}-${reason.replace(/[^a-z-]/g, '')}-n${cases}.db`;
        renameSync(temp, path.join(this.folder, name));
        syncFolder(this.folder);
        const current = (sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
        this.rotate(current, alsoKeep);
        return name;
      } finally {
        rmSync(temp, { force: true });
      }
    });
  }

  /** Opens the backup read-only and reads every page; a damaged or foreign file is refused. */
  verify(name: string, key: Buffer): void {
    this.check(this.pathOf(name), key, name);
  }

  /** True when this key opens the backup (used to find which key file belongs to it). */
  opensWith(name: string, key: Buffer): boolean {
    try {
      openEncryptedDatabase(this.pathOf(name), key, { readonly: true }).sqlite.close();
      return true;
    } catch {
      return false;
    }
  }

  /** Copies a verified backup over the (closed) live database, flushed before the atomic rename. */
  restoreInto(name: string, databaseFile: string): void {
    const source = this.pathOf(name);
    guardDisk(() => {
      for (const suffix of ['-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
      const temp = `${databaseFile}.restore`;
      copyFileSync(source, temp);
      fsyncFile(temp);
      // rename is atomic: a crash leaves the old or the restored database, never a mix.
      renameSync(temp, databaseFile);
      syncFolder(path.dirname(databaseFile));
    });
  }

  /**
   * After cases are destroyed: removes every backup that still holds one of them. Returns which
   * went and which could not be opened to look (those stay: they may be another vault's or damaged).
   */
  removeHolding(caseIds: string[], key: Buffer, except: string[]): { removed: string[]; unchecked: string[] } {
    const removed: string[] = [];
    const unchecked: string[] = [];
    const holding = `SELECT 1 FROM cases WHERE id IN (${caseIds.map(() => '?').join(', ')}) LIMIT 1`;
    for (const backup of this.list()) {
      if (except.includes(backup.name)) continue;
      const file = path.join(this.folder, backup.name);
      let holds: boolean;
      try {
        const opened = openEncryptedDatabase(file, key, { readonly: true });
        try {
          holds = opened.sqlite.prepare(holding).get(...caseIds) !== undefined;
        } finally {
          opened.sqlite.close();
        }
      } catch {
        unchecked.push(backup.name);
        continue;
      }
      if (holds) {
        guardDisk(() => rmSync(file, { force: true }));
        removed.push(backup.name);
      }
    }
    return { removed, unchecked };
  }

  /**
   * Backups from before verification existed, checked once the key is at hand (right after
   * unlocking) and then named like any verified backup, so the list holds nothing unverified. One
   * that fails the check (damaged, or another vault's) is moved to `asideFolder`, never deleted.
   */
  verifyOlder(key: Buffer, asideFolder: string): void {
    for (const backup of this.list()) {
      if (backup.verified) continue;
      const file = path.join(this.folder, backup.name);
      let cases: number | null = null;
      try {
        cases = this.check(file, key, backup.name);
      } catch (error) {
        if (!(error instanceof VaultError && error.code === 'backup_damaged')) throw error;
      }
      guardDisk(() => {
        if (cases !== null) return renameSync(file, path.join(this.folder, backup.name.replace(/\.db$/, `-n${cases}.db`)));
        mkdirSync(asideFolder, { recursive: true, mode: 0o700 });
        renameSync(file, path.join(asideFolder, backup.name));
      });
    }
  }

  /** The cases count of a verified file, or backup_damaged. */
  private check(file: string, key: Buffer, name: string): number {
    let opened;
    try {
      opened = openEncryptedDatabase(file, key, { readonly: true });
    } catch (error) {
      throw new VaultError('backup_damaged', { name }, error);
    }
    try {
      const rows = opened.sqlite.pragma('quick_check') as { quick_check: string }[];
      if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') throw new VaultError('backup_damaged', { name });
      return (opened.sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    } catch (error) {
      throw error instanceof VaultError ? error : new VaultError('backup_damaged', { name }, error);
    } finally {
      opened.sqlite.close();
    }
  }

  private pathOf(name: string): string {
    if (!NAME.test(name)) throw new VaultError('backup_not_found', { name });
    const file = path.join(this.folder, name);
    if (!existsSync(file)) throw new VaultError('backup_not_found', { name });
    return file;
  }

  /** Leftovers of a copy that was interrupted: never listed, and removed before the next one. */
  private clearPartials(): void {
    for (const name of readdirSync(this.folder)) if (PARTIAL.test(name)) rmSync(path.join(this.folder, name), { force: true });
  }

  /**
   * Grandfather–father–son: the newest backup of each of the last N days, weeks and months, so one
   * bad week cannot push every good copy out. The newest backup holding more cases than the live
   * database is never rotated out: a database that lost its cases must not take its backups along.
   */
  private rotate(currentCases: number, alsoKeep?: string): void {
    const all = this.list();
    const keep = new Set<string>(all.slice(0, Math.max(1, this.rotation.recent)).map((b) => b.name));
    if (alsoKeep) keep.add(alsoKeep);
    const pick = (period: (b: BackupInfo) => string, count: number) => {
      const seen = new Set<string>();
      for (const backup of all) {
        const key = period(backup);
        if (seen.has(key)) continue;
        if (seen.size >= count) break;
        seen.add(key);
        keep.add(backup.name);
      }
    };
    pick((b) => b.createdAt.slice(0, 10), this.rotation.daily);
    pick((b) => isoWeek(b.createdAt), this.rotation.weekly);
    pick((b) => b.createdAt.slice(0, 7), this.rotation.monthly);
    const richer = all.find((b) => b.cases !== null && b.cases > currentCases);
    if (richer) keep.add(richer.name);
    for (const old of all) if (!keep.has(old.name)) rmSync(path.join(this.folder, old.name), { force: true });
  }
}

function isoWeek(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  // The week's Thursday decides its year (ISO 8601).
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return `${date.getUTCFullYear()}-W${Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7)}`;
}

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function toStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function fromStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}
