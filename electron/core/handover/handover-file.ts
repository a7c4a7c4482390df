// The handover file: one file, useless without its handover code. The code is 160 random bits in
// the recovery key's style (32 characters in eight groups, no look-alike letters), shown once to the
// sender. The file is
//
//   header line (JSON, readable: format, version, id, date, salt, nonce, key check) + "\n"
//   AES-256-GCM ciphertext of the gzipped payload, with the header line as additional data
//   SHA-256 of everything before it (32 bytes)
//
// so the whole file is authenticated: a changed byte in the header or the payload fails the GCM tag.
// The plain SHA-256 at the end and the key check in the header only serve the message: a damaged
// file, a wrong code and a file from a newer version are told apart before anything is decrypted.
// 2026-12: the code already carries 160 bits of randomness, so HKDF (not a slow KDF) derives the keys.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { AppError } from '../app-context';
import { formatRecoveryKey, generateRecoveryKey, normalizeRecoveryKey, recoveryKeyBytes } from '../vault/recovery-key';

export const HANDOVER_FORMAT = 'vertrouwd-handover';
export const HANDOVER_FILE_VERSION = 1;
export const HANDOVER_EXTENSION = 'vertrouwd-overdracht';

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const headerSchema = z
  .object({
    format: z.literal(HANDOVER_FORMAT),
    version: z.literal(HANDOVER_FILE_VERSION),
    id: z.string().uuid(),
    createdAt: z.string().max(40),
    salt: b64,
    nonce: b64,
    keyCheck: b64,
  })
  .strict();
export type HandoverHeader = z.infer<typeof headerSchema>;

const DIGEST_BYTES = 32;
const TAG_BYTES = 16;

function derive(code: Buffer, salt: Buffer, purpose: 'key' | 'check' | 'receipt', bytes: number): Buffer {
  return Buffer.from(hkdfSync('sha256', code, salt, `vertrouwd handover v1 ${purpose}`, bytes));
}

/** The short code the successor's app shows after a good import, and the sender types in. */
export function receiptCode(codeBytes: Buffer, salt: Buffer): string {
  const bytes = derive(codeBytes, salt, 'receipt', 5);
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let value = BigInt(`0x${bytes.toString('hex')}`);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = alphabet[Number(value & 31n)]! + out;
    value >>= 5n;
  }
  return formatRecoveryKey(out);
}

export const normalizeReceiptCode = (input: string): string => input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

export interface SealedHandover {
  file: Buffer;
  code: string;
  receipt: string;
}

export function sealHandover(id: string, createdAt: string, payload: unknown): SealedHandover {
  const code = generateRecoveryKey();
  const codeBytes = recoveryKeyBytes(normalizeRecoveryKey(code)!);
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const header: HandoverHeader = {
    format: HANDOVER_FORMAT,
    version: HANDOVER_FILE_VERSION,
    id,
    createdAt,
    salt: salt.toString('base64'),
    nonce: nonce.toString('base64'),
    keyCheck: derive(codeBytes, salt, 'check', 16).toString('base64'),
  };
  const headerLine = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const cipher = createCipheriv('aes-256-gcm', derive(codeBytes, salt, 'key', 32), nonce);
  cipher.setAAD(headerLine);
  const body = Buffer.concat([cipher.update(gzipSync(Buffer.from(JSON.stringify(payload), 'utf8'))), cipher.final(), cipher.getAuthTag()]);
  const sealed = Buffer.concat([headerLine, body]);
  return { file: Buffer.concat([sealed, createHash('sha256').update(sealed).digest()]), code, receipt: receiptCode(codeBytes, salt) };
}

/** Reads the readable header; refuses what is not a handover file, or one from a newer version. */
export function readHandoverHeader(file: Buffer): { header: HandoverHeader; headerLine: Buffer; body: Buffer } {
  const newline = file.indexOf(0x0a);
  if (newline < 0 || newline > 4096 || file.length < newline + 1 + TAG_BYTES + DIGEST_BYTES) throw new AppError('handover_file_unreadable');
  const headerLine = file.subarray(0, newline + 1);
  let raw: unknown;
  try {
    raw = JSON.parse(headerLine.toString('utf8'));
  } catch {
    throw new AppError('handover_file_unreadable');
  }
  const version = (raw as { version?: unknown })?.version;
  if ((raw as { format?: unknown })?.format === HANDOVER_FORMAT && typeof version === 'number' && version > HANDOVER_FILE_VERSION) throw new AppError('handover_file_newer');
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('handover_file_unreadable');
  const sealed = file.subarray(0, file.length - DIGEST_BYTES);
  const digest = file.subarray(file.length - DIGEST_BYTES);
  if (!timingSafeEqual(createHash('sha256').update(sealed).digest(), digest)) throw new AppError('handover_file_damaged');
  return { header: parsed.data, headerLine, body: sealed.subarray(headerLine.length) };
}

/** Decrypts with the handover code: the payload as JSON and the receipt code to show. */
export function openHandover(file: Buffer, code: string): { header: HandoverHeader; payload: unknown; receipt: string } {
  const { header, headerLine, body } = readHandoverHeader(file);
  const normalized = normalizeRecoveryKey(code);
  if (!normalized) throw new AppError('handover_code_malformed');
  const codeBytes = recoveryKeyBytes(normalized);
  const salt = Buffer.from(header.salt, 'base64');
  if (!timingSafeEqual(derive(codeBytes, salt, 'check', 16), Buffer.from(header.keyCheck, 'base64'))) throw new AppError('handover_wrong_code');
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', derive(codeBytes, salt, 'key', 32), Buffer.from(header.nonce, 'base64'));
    decipher.setAAD(headerLine);
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    plain = Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
  } catch {
    // The tag covers header and payload: any change made after sealing ends here.
    throw new AppError('handover_file_damaged');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(gunzipSync(plain).toString('utf8'));
  } catch {
    throw new AppError('handover_file_damaged');
  }
  return { header, payload, receipt: receiptCode(codeBytes, salt) };
}
