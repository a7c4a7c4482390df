import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allFiles, filesContaining, tempFolder } from '@tests/fixtures/temp-folder';
import { PASSPHRASE, testVault } from '@tests/fixtures/vault';
import Database from 'better-sqlite3';
import { readKeyFile } from './key-file';
import { deriveScrypt, SCRYPT_MIN_LOG_N, unwrapKey } from './key-slots';
import { DATABASE_FILE, Vault } from './vault';
import { VaultError } from './vault-error';

const NEW_PASSPHRASE = 'zeven-groene-kikkers-zingen-laat';

function insertCase(vault: Vault, id: string, title: string): void {
  vault.connection().sqlite.prepare("INSERT INTO cases (id, title, school_level, updated_at) VALUES (?, ?, 'vo', '2026-11-23T10:00:00Z')").run(id, title);
}

function caseTitles(vault: Vault): string[] {
  return (vault.connection().sqlite.prepare('SELECT title FROM cases ORDER BY id').all() as { title: string }[]).map((r) => r.title);
}

async function expectVaultError(promise: Promise<unknown> | (() => unknown), code: string): Promise<VaultError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(VaultError);
    expect((error as VaultError).code).toBe(code);
    return error as VaultError;
  }
  throw new Error(`expected VaultError ${code}`);
}

let folder: string;
let cleanup: () => void;
beforeEach(() => ({ folder, cleanup } = tempFolder()));
afterEach(() => cleanup());

describe('creating and unlocking the vault', () => {
  it('refuses a weak passphrase and creates nothing', async () => {
    const vault = testVault(folder);
    await expectVaultError(vault.create('welkom123'), 'weak_passphrase');
    expect(vault.state()).toBe('no_vault');
  });

  it('stores the scrypt parameters at or above the OWASP floor and shows the recovery key in groups', async () => {
    const vault = testVault(folder);
    const { recoveryKey } = await vault.create(PASSPHRASE);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    const keyFile = readKeyFile(vault.keyFile);
    expect(keyFile.slots[0].kdf.logN).toBeGreaterThanOrEqual(SCRYPT_MIN_LOG_N);
    expect(keyFile.slots[0].kdf.r).toBe(8);
    expect(keyFile.slots[0].kdf.p).toBe(1);
  });

  it('keeps data across lock and unlock', async () => {
    const vault = testVault(folder);
    await vault.create(PASSPHRASE);
    insertCase(vault, 'a', 'Meme in klassenapp');
    vault.lock();
    expect(vault.state()).toBe('locked');
    expect(() => vault.connection()).toThrow(VaultError);
    await vault.unlock(PASSPHRASE);
    expect(caseTitles(vault)).toEqual(['Meme in klassenapp']);
  });

  it('writes a file that SQLCipher 4 opens with its own settings and the raw key, and no other cipher does', async () => {
    const vault = testVault(folder);
    await vault.create(PASSPHRASE);
    insertCase(vault, 'a', 'Meme in klassenapp');
    vault.lock();
    const file = path.join(folder, DATABASE_FILE);
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    // The data key, unwrapped from the key file by hand: nothing of the vault's own opening code.
    const slot = readKeyFile(vault.keyFile).slots[0];
    const key = unwrapKey(slot.wrapped, await deriveScrypt(PASSPHRASE, slot.kdf), 'passphrase')!;
    const titlesWith = (cipher: string, legacy?: number) => {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        db.pragma(`cipher='${cipher}'`);
        if (legacy !== undefined) db.pragma(`legacy=${legacy}`);
        db.pragma(`key="x'${key.toString('hex')}'"`);
        return (db.prepare('SELECT title FROM cases').all() as { title: string }[]).map((r) => r.title);
      } finally {
        db.close();
      }
    };
    expect(titlesWith('sqlcipher', 4)).toEqual(['Meme in klassenapp']);
    expect(() => titlesWith('sqlcipher', 3)).toThrow(/not a database/);
    expect(() => titlesWith('chacha20')).toThrow(/not a database/);
    expect(() => titlesWith('aes256cbc')).toThrow(/not a database/);
  });

  it('rejects a wrong passphrase without changing anything, and delays after repeated failures', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const vault = testVault(folder, { now: () => new Date(clock) });
    await vault.create(PASSPHRASE);
    insertCase(vault, 'a', 'Screenshot online les');
    vault.lock();
    const keyBefore = readFileSync(vault.keyFile);
    await expectVaultError(vault.unlock('niet-de-goede-zin-hoor'), 'wrong_passphrase');
    await expectVaultError(vault.unlock('niet-de-goede-zin-hoor'), 'wrong_passphrase');
    const third = await expectVaultError(vault.unlock('niet-de-goede-zin-hoor'), 'wrong_passphrase');
    expect(third.details.retryAfterMs).toBeGreaterThan(0);
    await expectVaultError(vault.unlock(PASSPHRASE), 'too_many_attempts');
    expect(readFileSync(vault.keyFile)).toEqual(keyBefore);
    clock += 2_000;
    await vault.unlock(PASSPHRASE);
    expect(caseTitles(vault)).toEqual(['Screenshot online les']);
  });
});

describe('nothing readable on disk', () => {
  it('writes canary strings into no file: database, WAL, backups, key file', async () => {
    const canary = 'KANARIE-7f3a-Xanthippe';
    const vault = testVault(folder);
    await vault.create(PASSPHRASE);
    for (let i = 0; i < 50; i++) insertCase(vault, `c${i}`, `${canary} zaak ${i}`);
    vault.connection().sqlite.prepare("INSERT INTO notes (id, case_id, kind, body, updated_at) VALUES ('n1', 'c1', 'private', ?, 'x')").run(`${canary} privé notitie`);
    // A search with a sort that would spill to a temp file if temp_store were not MEMORY.
    vault.connection().sqlite.prepare('SELECT * FROM cases ORDER BY title DESC').all();
    expect(allFiles(folder).some((f) => f.endsWith('-wal'))).toBe(true);
    expect(filesContaining(folder, canary)).toEqual([]);
    vault.backupNow('handmatig');
    expect(filesContaining(folder, canary)).toEqual([]);
    vault.lock();
    expect(filesContaining(folder, canary)).toEqual([]);
    expect(allFiles(folder).length).toBeGreaterThanOrEqual(3);
  });
});

describe('tampering and damage', () => {
  it('detects bytes flipped on a later page of the file, and tells it apart from a wrong passphrase', async () => {
    const vault = testVault(folder);
    await vault.create(PASSPHRASE);
    for (let i = 0; i < 200; i++) insertCase(vault, `c${String(i).padStart(3, '0')}`, `Zaak ${i} `.repeat(20));
    vault.lock();
    const size = statSync(vault.databaseFile).size;
    expect(size).toBeGreaterThan(8 * 4096);
    const fd = openSync(vault.databaseFile, 'r+');
    const offset = size - 4096 + 100;
    const byte = Buffer.alloc(1);
    byte[0] = readFileSync(vault.databaseFile)[offset]! ^ 0xff;
    writeSync(fd, byte, 0, 1, offset);
    closeSync(fd);
    let detected = false;
    try {
      await vault.unlock(PASSPHRASE);
      detected = !vault.verifyIntegrity();
    } catch (error) {
      detected = error instanceof VaultError && error.code === 'database_damaged';
    }
    expect(detected).toBe(true);
  });

  it('reports a damaged first page as a damaged database, not as a wrong passphrase', async () => {
    const vault = testVault(folder);
    await vault.create(PASSPHRASE);
    vault.lock();
    const fd = openSync(vault.databaseFile, 'r+');
    writeSync(fd, Buffer.alloc(64, 0x41), 0, 64, 100);
    closeSync(fd);
    await expectVaultError(vault.unlock(PASSPHRASE), 'database_damaged');
  });

  it('refuses a database written by a newer version', async () => {
    const vault = testVault(folder);
    await vault.create(PASSPHRASE);
    vault.connection().sqlite.pragma('user_version = 99');
    vault.lock();
    const error = await expectVaultError(vault.unlock(PASSPHRASE), 'database_newer');
    expect(error.details.databaseVersion).toBe(99);
  });
});

describe('passphrase change and recovery', () => {
  it('opens with the new passphrase, refuses the old one, keeps the data', async () => {
    const vault = testVault(folder);
    await vault.create(PASSPHRASE);
    insertCase(vault, 'a', 'Deepfake van docent');
    vault.connection().sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const dbBefore = readFileSync(vault.databaseFile);
    await expectVaultError(vault.changePassphrase('fout-fout-fout-fout', NEW_PASSPHRASE), 'wrong_passphrase');
    await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    // Re-wrapping only: not one byte of the database was rewritten.
    expect(readFileSync(vault.databaseFile)).toEqual(dbBefore);
    vault.lock();
    await expectVaultError(vault.unlock(PASSPHRASE), 'wrong_passphrase');
    await vault.unlock(NEW_PASSPHRASE);
    expect(caseTitles(vault)).toEqual(['Deepfake van docent']);
  });

  it('recovers with the recovery key, sets a new passphrase, and refuses a wrong recovery key', async () => {
    const vault = testVault(folder);
    const { recoveryKey } = await vault.create(PASSPHRASE);
    insertCase(vault, 'a', 'Sextortion via Snapchat');
    vault.lock();
    await expectVaultError(vault.recover('ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD', NEW_PASSPHRASE), 'wrong_recovery_key');
    await expectVaultError(vault.recover('te kort', NEW_PASSPHRASE), 'malformed_recovery_key');
    await vault.recover(recoveryKey.toLowerCase().replace(/-/g, ' '), NEW_PASSPHRASE);
    expect(caseTitles(vault)).toEqual(['Sextortion via Snapchat']);
    vault.lock();
    await expectVaultError(vault.unlock(PASSPHRASE), 'wrong_passphrase');
    await vault.unlock(NEW_PASSPHRASE);
    expect(caseTitles(vault)).toEqual(['Sextortion via Snapchat']);
  });

  it('issues a new recovery key only with the passphrase, after which the old key no longer works', async () => {
    const vault = testVault(folder);
    const { recoveryKey: first } = await vault.create(PASSPHRASE);
    insertCase(vault, 'a', 'Nieuwe sleutel');
    await expectVaultError(vault.newRecoveryKey('niet-de-goede-zin-hoor'), 'wrong_passphrase');
    const { recoveryKey: second } = await vault.newRecoveryKey(PASSPHRASE);
    expect(second).not.toBe(first);
    vault.lock();
    await expectVaultError(vault.recover(first, NEW_PASSPHRASE), 'wrong_recovery_key');
    await vault.recover(second, NEW_PASSPHRASE);
    expect(caseTitles(vault)).toEqual(['Nieuwe sleutel']);
  });

  it('reports a missing or damaged key file and still recovers with the recovery key from the spare', async () => {
    const vault = testVault(folder);
    const { recoveryKey } = await vault.create(PASSPHRASE);
    insertCase(vault, 'a', 'Beeldpesten');
    vault.lock();
    rmSync(vault.keyFile);
    await expectVaultError(vault.unlock(PASSPHRASE), 'key_file_missing');
    writeFileSync(vault.keyFile, '{"format":"kapot"');
    await expectVaultError(vault.unlock(PASSPHRASE), 'key_file_damaged');
    await vault.recover(recoveryKey, NEW_PASSPHRASE);
    expect(caseTitles(vault)).toEqual(['Beeldpesten']);
    expect(readKeyFile(vault.keyFile).format).toBe('vertrouwd-key-file');
  });
});

describe('backups', () => {
  it('restores a backup to identical data', async () => {
    const vault = testVault(folder);
    await vault.create(PASSPHRASE);
    insertCase(vault, 'a', 'Eerste zaak');
    insertCase(vault, 'b', 'Tweede zaak');
    const name = vault.backupNow('handmatig');
    insertCase(vault, 'c', 'Na de backup');
    vault.connection().sqlite.prepare("UPDATE cases SET title = 'gewijzigd' WHERE id = 'a'").run();
    vault.restoreBackup(name);
    expect(caseTitles(vault)).toEqual(['Eerste zaak', 'Tweede zaak']);
    // The state before the restore was itself kept as a backup.
    expect(vault.backups.list().some((b) => b.reason === 'voor-herstel')).toBe(true);
  });

  it('reports a damaged backup and does not restore it', async () => {
    const vault = testVault(folder);
    await vault.create(PASSPHRASE);
    insertCase(vault, 'a', 'Blijft staan');
    const name = vault.backupNow('handmatig');
    const file = path.join(vault.backups.folder, name);
    const bytes = readFileSync(file);
    bytes[bytes.length - 200] = bytes[bytes.length - 200]! ^ 0xff;
    writeFileSync(file, bytes);
    insertCase(vault, 'b', 'Ook deze');
    await expectVaultError(() => vault.restoreBackup(name), 'backup_damaged');
    expect(caseTitles(vault)).toEqual(['Blijft staan', 'Ook deze']);
  });

  it('makes a daily backup after unlocking, once a day', async () => {
    let clock = Date.parse('2026-11-01T08:00:00Z');
    const vault = testVault(folder, { now: () => new Date(clock) });
    await vault.create(PASSPHRASE);
    for (let day = 0; day < 2; day++) {
      vault.lock();
      clock += 25 * 3600_000;
      await vault.unlock(PASSPHRASE);
      await vault.ready();
    }
    vault.lock();
    clock += 3600_000;
    await vault.unlock(PASSPHRASE);
    await vault.ready();
    const backups = vault.backups.list();
    expect(backups.map((b) => b.reason)).toEqual(['dagelijks', 'dagelijks', 'dagelijks']);
    expect(backups.every((b) => b.verified)).toBe(true);
  });

  it('rotates grandfather-father-son: the last 7 days, 4 weeks and 6 months each keep a copy', async () => {
    let clock = Date.parse('2026-01-01T08:00:00Z');
    const vault = testVault(folder, { now: () => new Date(clock) });
    await vault.create(PASSPHRASE);
    for (let day = 0; day < 240; day++) {
      clock += 24 * 3600_000;
      vault.backupNow('dagelijks');
    }
    const kept = vault.backups.list().map((b) => b.createdAt.slice(0, 10));
    const days = (n: number) => new Date(clock - n * 24 * 3600_000).toISOString().slice(0, 10);
    for (let n = 0; n < 7; n++) expect(kept).toContain(days(n));
    expect(new Set(kept.map((d) => d.slice(0, 7))).size).toBe(6);
    // The 4th week back keeps its newest copy, 15 to 21 days old whatever today is.
    expect(kept.some((d) => d >= days(21) && d <= days(15))).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(3 + 7 + 4 + 6);
  });
});
