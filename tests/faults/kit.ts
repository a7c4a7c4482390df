// Shared tools of the fault suite: real files harmed in real ways, failures checked to be named
// (their own code and the Dutch and English text for it, never `internal`), and decrypted copies
// to look inside the database and its backups.
import { copyFileSync, readFileSync, rmSync, statSync, openSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { CallInput, CallName } from '@core/contract';
import { readKeyFile } from '@core/vault/key-file';
import { deriveScrypt, unwrapKey } from '@core/vault/key-slots';
import { applyKey } from '@db/open-database';
import nl from '@resources/errors/nl.json';
import en from '@resources/errors/en.json';
import type { TestCore } from '../fixtures/core';
import { PASSPHRASE } from '../fixtures/vault';

const texts = { nl: nl as Record<string, string>, en: en as Record<string, string> };

/** Calls and expects a failure with this code, its own message, and texts for it in both languages. */
export async function expectNamed<K extends CallName>(t: TestCore, name: K, input: CallInput<K>, code: string): Promise<string> {
  const result = await t.core.dispatch(name, input);
  expect(result.ok, `${name} should fail with ${code}`).toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe(code);
  expect(result.error.code).not.toBe('internal');
  expect(texts.nl[code], `nl text for ${code}`).toBeTruthy();
  expect(texts.en[code], `en text for ${code}`).toBeTruthy();
  expect(result.error.message).not.toBe(texts.nl.internal);
  expect(result.error.message).not.toBe(texts.en.internal);
  return result.error.message;
}

/** Flips one byte of a file in place. */
export function flipByte(file: string, offset: number): void {
  const byte = readFileSync(file).subarray(offset, offset + 1);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.from([byte[0]! ^ 0xff]), 0, 1, offset);
  } finally {
    closeSync(fd);
  }
}

/** The data key, unwrapped with the test passphrase, to read backups the way a support tool would. */
export async function dataKeyOf(keyFile: string, passphrase = PASSPHRASE): Promise<Buffer> {
  const slot = readKeyFile(keyFile).slots[0];
  const key = unwrapKey(slot.wrapped, await deriveScrypt(passphrase, slot.kdf), 'passphrase');
  if (!key) throw new Error('test passphrase does not open this key file');
  return key;
}

/**
 * A decrypted copy of an encrypted database file, page for page (free pages included): rekeying
 * to no key rewrites every page in plain form. Returns the plain file's bytes.
 */
export function decryptedBytes(file: string, key: Buffer, scratch: string): Buffer {
  const copy = path.join(scratch, `plain-${path.basename(file)}-${Math.random().toString(36).slice(2)}`);
  copyFileSync(file, copy);
  for (const suffix of ['-wal', '-shm']) {
    try {
      statSync(file + suffix);
      copyFileSync(file + suffix, copy + suffix);
    } catch {
      // no WAL beside it
    }
  }
  const sqlite = new Database(copy);
  applyKey(sqlite, key);
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma("rekey=''");
  sqlite.close();
  const bytes = readFileSync(copy);
  expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  rmSync(copy, { force: true });
  return bytes;
}

/** The text in UTF-8 or UTF-16, as SQLite may store it. */
export function holdsText(bytes: Buffer, text: string): boolean {
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(text.toLowerCase(), 'utf8')].some((needle) => bytes.includes(needle));
}
