// Encrypted backups: VACUUM INTO writes a compact copy that SQLite3MultipleCiphers encrypts under
// the same key and cipher as the live file, so a backup is as unreadable as the database itself.
// Every backup is verified by opening it and reading every page before it counts.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openEncryptedDatabase } from '@db/open-database';
import { VaultError } from './vault-error';

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: string;
  bytes: number;
}

const NAME = /^vertrouwd-(\d{8}T\d{6}\d{3}Z)-([a-z-]+)\.db$/;

export class BackupStore {
  constructor(
    readonly folder: string,
    private readonly keep: number,
    private readonly now: () => Date,
  ) {}

  list(): BackupInfo[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder)
      .map((name) => ({ name, match: NAME.exec(name) }))
      .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
      .map(({ name, match }) => ({
        name,
        createdAt: fromStamp(match[1]!),
        reason: match[2]!,
        bytes: statSync(path.join(this.folder, name)).size,
      }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  create(sqlite: Database.Database, key: Buffer, reason: string): string {
    mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    const name = `vertrouwd-${toStamp(this.now())}-${reason.replace(/[^a-z-]/g, '')}.db`;
    const file = path.join(this.folder, name);
    if (existsSync(file)) rmSync(file);
    sqlite.prepare('VACUUM INTO ?').run(file);
    try {
      this.verify(name, key);
    } catch (error) {
      rmSync(file, { force: true });
      throw error;
    }
    this.rotate();
    return name;
  }

  /** Opens the backup read-only and reads every page; a damaged or foreign file is refused. */
  verify(name: string, key: Buffer): void {
    const file = this.pathOf(name);
    let opened;
    try {
      opened = openEncryptedDatabase(file, key, { readonly: true });
    } catch (error) {
      throw new VaultError('backup_damaged', { name }, error);
    }
    try {
      const rows = opened.sqlite.pragma('quick_check') as { quick_check: string }[];
      if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') throw new VaultError('backup_damaged', { name });
    } catch (error) {
      throw error instanceof VaultError ? error : new VaultError('backup_damaged', { name }, error);
    } finally {
      opened.sqlite.close();
    }
  }

  /** Copies a verified backup over the (closed) live database and removes its stale WAL. */
  restoreInto(name: string, databaseFile: string): void {
    const source = this.pathOf(name);
    for (const suffix of ['-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
    const temp = `${databaseFile}.restore`;
    copyFileSync(source, temp);
    // rename is atomic: a crash leaves the old or the restored database, never a mix.
    renameSync(temp, databaseFile);
  }

  private pathOf(name: string): string {
    if (!NAME.test(name)) throw new VaultError('backup_not_found', { name });
    const file = path.join(this.folder, name);
    if (!existsSync(file)) throw new VaultError('backup_not_found', { name });
    return file;
  }

  /** Keeps the newest N; a backup made before a restore or migration counts like any other. */
  private rotate(): void {
    for (const old of this.list().slice(this.keep)) rmSync(path.join(this.folder, old.name), { force: true });
  }
}

function toStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function fromStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}
