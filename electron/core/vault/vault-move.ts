// Moving the whole vault to a new computer: one file holding a fresh, verified backup of the
// database and the key file. Both are already encrypted (the database under the data key, the data
// key only wrapped under the passphrase and the recovery key), so the move file is exactly as safe
// as the vault folder and needs no key of its own. On the new computer the first-run screen takes
// the file and the passphrase (or the recovery key and a new passphrase); the files are placed only
// after the key has proven itself, and are taken away again when the vault still does not open.
//
//   header line (JSON: format, version, date, the key file, the database's size and SHA-256) + "\n"
//   the database bytes
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { keyFileSchema, writeKeyFile, type KeyFile } from './key-file';
import { VaultError } from './vault-error';
import { KEY_FILE, type Vault } from './vault';

export const MOVE_FORMAT = 'vertrouwd-vault-move';
export const MOVE_VERSION = 1;
export const MOVE_EXTENSION = 'vertrouwd-verhuizing';

const headerSchema = z
  .object({
    format: z.literal(MOVE_FORMAT),
    version: z.literal(MOVE_VERSION),
    createdAt: z.string().max(40),
    /** The backup it was made from, for the record. */
    backup: z.string().max(120),
    keyFile: keyFileSchema,
    database: z.object({ bytes: z.number().int().positive(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  })
  .strict();

/** Makes a new backup (verified by the backup store before it counts) and packs it with the key file. */
export function packVaultMove(vault: Vault, createdAt: string): { file: Buffer; backup: string } {
  const backup = vault.backupNow('verhuizing');
  const database = readFileSync(path.join(vault.backups.folder, backup));
  const keyFile: KeyFile = keyFileSchema.parse(JSON.parse(readFileSync(vault.keyFile, 'utf8')));
  const header = { format: MOVE_FORMAT, version: MOVE_VERSION, createdAt, backup, keyFile, database: { bytes: database.length, sha256: createHash('sha256').update(database).digest('hex') } };
  return { file: Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), database]), backup };
}

function unpack(file: Buffer): { keyFile: KeyFile; database: Buffer } {
  const newline = file.indexOf(0x0a);
  if (newline < 0 || newline > 64_000) throw new VaultError('move_file_unreadable');
  let raw: unknown;
  try {
    raw = JSON.parse(file.subarray(0, newline).toString('utf8'));
  } catch {
    throw new VaultError('move_file_unreadable');
  }
  const version = (raw as { version?: unknown })?.version;
  if ((raw as { format?: unknown })?.format === MOVE_FORMAT && typeof version === 'number' && version > MOVE_VERSION) throw new VaultError('move_file_newer');
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw new VaultError('move_file_unreadable');
  const database = file.subarray(newline + 1);
  if (database.length !== parsed.data.database.bytes || createHash('sha256').update(database).digest('hex') !== parsed.data.database.sha256) throw new VaultError('move_file_damaged');
  return { keyFile: parsed.data.keyFile, database };
}

export type MoveUnlock = { passphrase: string } | { recoveryKey: string; newPassphrase: string };

/**
 * First run on the new computer: only when there is no vault yet. Places the database and the key
 * file, then opens them through the vault's own unlock or recovery; if that fails, both files go
 * again, so a wrong passphrase leaves the computer as it was.
 */
export async function importVaultMove(vault: Vault, file: Buffer, unlock: MoveUnlock): Promise<void> {
  if (vault.state() !== 'no_vault') throw new VaultError('vault_exists');
  const { keyFile, database } = unpack(file);
  mkdirSync(vault.options.folder, { recursive: true, mode: 0o700 });
  const placed = [vault.databaseFile, vault.keyFile, path.join(vault.backups.folder, KEY_FILE)];
  try {
    writeFileSync(vault.databaseFile, database, { mode: 0o600 });
    writeKeyFile(vault.keyFile, keyFile);
    mkdirSync(vault.backups.folder, { recursive: true, mode: 0o700 });
    writeKeyFile(placed[2]!, keyFile);
    if ('passphrase' in unlock) await vault.unlock(unlock.passphrase);
    else await vault.recover(unlock.recoveryKey, unlock.newPassphrase);
  } catch (error) {
    vault.lock();
    for (const placedFile of placed) for (const suffix of ['', '-wal', '-shm']) if (existsSync(placedFile + suffix)) rmSync(placedFile + suffix, { force: true });
    throw error;
  }
}
