// Telling a damaged database from another vault's key when SQLite cannot open the file. With the
// wrong key and with a damaged first page SQLCipher says the same ("not a database"), so the pages
// behind the first are read here directly: SQLCipher 4 encrypts each 4096-byte page on its own with
// AES-256-CBC under the raw data key, with the page's IV in its 80 reserved bytes at the end. The
// right key turns them back into SQLite b-tree pages; any other key turns them into noise.
import { createDecipheriv } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

export const PAGE_BYTES = 4096;
/** SQLCipher 4's reserve per page: a 16-byte IV and a 64-byte HMAC-SHA512. */
const RESERVED = 80;
const USABLE = PAGE_BYTES - RESERVED;
/** Interior and leaf pages of index and table b-trees (SQLite's file format, section 1.6). */
const BTREE_PAGE_TYPES = new Set([0x02, 0x05, 0x0a, 0x0d]);
/** How many pages after the first are looked at; a vault has dozens from its schema alone. */
const SAMPLE = 12;
/** Two pages that read as b-tree pages are proof enough: noise passes the header test about once in 30,000 pages. */
const NEEDED = 2;

/** Whether `key` decrypts pages of `file` (after the first) into SQLite b-tree pages. */
export function keyReadsPages(file: string, key: Buffer): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    let readable = 0;
    const page = Buffer.alloc(PAGE_BYTES);
    for (let number = 2; number < 2 + SAMPLE && readable < NEEDED; number++) {
      if (readSync(fd, page, 0, PAGE_BYTES, (number - 1) * PAGE_BYTES) < PAGE_BYTES) break;
      if (looksLikeBtreePage(decryptPage(page, key))) readable += 1;
    }
    return readable >= NEEDED;
  } finally {
    closeSync(fd);
  }
}

function decryptPage(page: Buffer, key: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-cbc', key, page.subarray(USABLE, USABLE + 16)).setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(0, USABLE)), decipher.final()]);
}

/** A b-tree page header whose numbers fit in the page (cell count, where the cell content starts). */
function looksLikeBtreePage(plain: Buffer): boolean {
  const type = plain[0]!;
  if (!BTREE_PAGE_TYPES.has(type)) return false;
  const headerBytes = type === 0x02 || type === 0x05 ? 12 : 8;
  const cells = plain.readUInt16BE(3);
  const contentStart = plain.readUInt16BE(5);
  return headerBytes + 2 * cells <= USABLE && contentStart >= headerBytes + 2 * cells && contentStart <= USABLE && plain[7]! <= 60;
}
