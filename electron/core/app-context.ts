// What every service needs while the vault is unlocked: the database, who is acting (the
// advisor's profile name, never an OS user name), and a clock that tests can set.
import type Database from 'better-sqlite3';
import type { Db } from '@db/open-database';
import type { AppErrorCode } from '@shared';

export interface AppContext {
  db: Db;
  sqlite: Database.Database;
  actor: () => string;
  now: () => Date;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly details: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const nowIso = (ctx: AppContext): string => ctx.now().toISOString();
export const today = (ctx: AppContext): string => nowIso(ctx).slice(0, 10);
