// Schema migrations, applied by the app after unlocking (drizzle-kit cannot open an encrypted
// file). The schema version is also written to PRAGMA user_version so that an older app can
// recognise a database written by a newer one and refuse it before touching anything.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { z } from 'zod';
import type { Db } from './open-database';

const journalSchema = z.object({
  entries: z.array(z.object({ idx: z.number().int(), tag: z.string(), when: z.number() })).min(1),
});

export class NewerDatabaseError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(`database schema ${databaseVersion} is newer than this app's ${appVersion}`);
  }
}

/** The number of migrations this app knows: the schema version it writes. */
export function knownSchemaVersion(migrationsFolder: string): number {
  const journal = journalSchema.parse(JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')));
  return journal.entries.length;
}

export function schemaVersion(sqlite: Database.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/** True when migrate would change something; used to take a backup first. */
export function needsMigration(sqlite: Database.Database, migrationsFolder: string): boolean {
  return schemaVersion(sqlite) < knownSchemaVersion(migrationsFolder);
}

export function assertNotNewer(sqlite: Database.Database, migrationsFolder: string): void {
  const known = knownSchemaVersion(migrationsFolder);
  const current = schemaVersion(sqlite);
  if (current > known) throw new NewerDatabaseError(current, known);
}

export function migrateDatabase(db: Db, sqlite: Database.Database, migrationsFolder: string): void {
  assertNotNewer(sqlite, migrationsFolder);
  migrate(db, { migrationsFolder });
  sqlite.pragma(`user_version = ${knownSchemaVersion(migrationsFolder)}`);
}
