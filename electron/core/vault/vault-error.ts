/** Everything that can go wrong with the vault, as codes the UI turns into Dutch or English. */
import type { VaultErrorCode } from '@shared';

export type { VaultErrorCode };

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    readonly details: Record<string, string | number> = {},
    cause?: unknown,
  ) {
    super(code, { cause });
    this.name = 'VaultError';
  }
}

/** The states in which the unlock screen offers to put a backup back. */
export const RESTORE_PATH_CODES: ReadonlySet<VaultErrorCode> = new Set(['database_missing', 'database_empty', 'database_truncated', 'database_damaged']);

/**
 * What the file system or SQLite said, as a failure a person can act on: a full disk, a read-only
 * disk, a damaged file, a failing disk. Looks through wrapped errors (drizzle wraps SQLite's).
 * Null when the error is none of these.
 */
export function diskFailure(error: unknown): VaultError | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof VaultError) return null;
    const code = String((e as { code?: unknown }).code ?? '');
    if (code === 'ENOSPC' || code === 'EDQUOT' || code.startsWith('SQLITE_FULL')) return new VaultError('disk_full', {}, error);
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')) return new VaultError('disk_read_only', {}, error);
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new VaultError('database_damaged', {}, error);
    if (code === 'EIO' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') return new VaultError('disk_io', {}, error);
  }
  return null;
}

/** Runs a write and turns the disk's answer into a named failure. */
export function guardDisk<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw diskFailure(error) ?? error;
  }
}
