// Shared tools of the fault suite: real files harmed in real ways, failures checked to be named
// (their own code and the Dutch and English text for it, never `internal`), and decrypted copies
// to look inside the database and its backups.
import { createDecipheriv } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { expect } from 'vitest';
import type { CallInput, CallName } from '@core/contract';
import { readKeyFile } from '@core/vault/key-file';
import { deriveScrypt, unwrapKey } from '@core/vault/key-slots';
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

/** SQLCipher 4: 4096-byte pages, each ending in 80 reserved bytes (a 16-byte IV, then the HMAC). */
const PAGE = 4096;
const RESERVED = 80;
/** SQLite's WAL: a 32-byte header, then frames of a 24-byte header and one page. */
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/**
 * Every page of an encrypted database file (and of its WAL, when there is one) decrypted one by
 * one, the way the cipher wrote it: free pages, freed space inside pages and the search index's
 * shadow tables included. Going through SQLite instead (rekey to no key) would rewrite the file
 * with VACUUM and drop exactly the leftovers this is meant to find.
 */
export function decryptedBytes(file: string, key: Buffer): Buffer {
  const pages: Buffer[] = [];
  const decrypt = (page: Buffer, first: boolean) => {
    // Page 1 starts with the file's 16-byte salt, which is not encrypted.
    const start = first ? 16 : 0;
    const decipher = createDecipheriv('aes-256-cbc', key, page.subarray(PAGE - RESERVED, PAGE - RESERVED + 16)).setAutoPadding(false);
    pages.push(Buffer.concat([decipher.update(page.subarray(start, PAGE - RESERVED)), decipher.final()]));
  };
  const main = readFileSync(file);
  expect(main.length % PAGE).toBe(0);
  for (let at = 0; at < main.length; at += PAGE) decrypt(main.subarray(at, at + PAGE), at === 0);
  // The first page's header, in plain form, says 4096-byte pages with 80 reserved: the key was right.
  expect([pages[0]!.readUInt16BE(0), pages[0]![4]]).toEqual([PAGE, RESERVED]);
  if (existsSync(`${file}-wal`)) {
    const wal = readFileSync(`${file}-wal`);
    for (let at = WAL_HEADER; at + FRAME_HEADER + PAGE <= wal.length; at += FRAME_HEADER + PAGE) {
      decrypt(wal.subarray(at + FRAME_HEADER, at + FRAME_HEADER + PAGE), wal.readUInt32BE(at) === 1);
    }
  }
  return Buffer.concat(pages);
}

/**
 * The text in UTF-8 or UTF-16, as SQLite may store it. A single long word is also looked for by its
 * end in lower case: the search index stores each term only from where it stops sharing a prefix
 * with the term before it.
 */
export function holdsText(bytes: Buffer, text: string): boolean {
  const needles = [text, text.toLowerCase()].flatMap((t) => [Buffer.from(t, 'utf8'), Buffer.from(t, 'utf16le')]);
  if (/^\p{L}{16,}$/u.test(text)) needles.push(Buffer.from(text.toLowerCase().slice(-12), 'utf8'));
  return needles.some((needle) => bytes.includes(needle));
}
