// The recovery key: 160 random bits written as 32 Crockford base32 characters in eight groups of
// four, so it can be printed, read aloud and typed back without ambiguous characters (no I, L, O, U).
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 20;
const GROUP = 4;

export function generateRecoveryKey(): string {
  return formatRecoveryKey(encodeBase32(randomBytes(KEY_BYTES)));
}

export function formatRecoveryKey(chars: string): string {
  return chars.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** Accepts lower case, spaces and the look-alikes people type (O→0, I/L→1). Null when malformed. */
export function normalizeRecoveryKey(input: string): string | null {
  const chars = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (chars.length !== 32 || [...chars].some((c) => !ALPHABET.includes(c))) return null;
  return chars;
}

export function recoveryKeyBytes(normalized: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const c of normalized) {
    value = (value << 5) | ALPHABET.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function encodeBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** Which groups (1-based) the person must type back to prove they wrote the key down. */
export function confirmationGroups(): [number, number] {
  const groups = 32 / GROUP;
  const first = 1 + (randomBytes(1)[0]! % (groups / 2));
  const second = groups / 2 + 1 + (randomBytes(1)[0]! % (groups / 2));
  return [first, second];
}

export function recoveryKeyGroup(formatted: string, group: number): string {
  return formatted.split('-')[group - 1] ?? '';
}

/** Whether the groups typed back (look-alikes forgiven) are those of the key shown. */
export function groupsMatch(formatted: string | null, groups: { group: number; value: string }[]): boolean {
  return formatted !== null && groups.every(({ group, value }) => normalizeRecoveryKey(value.padEnd(32, '0'))?.slice(0, 4) === recoveryKeyGroup(formatted, group));
}
