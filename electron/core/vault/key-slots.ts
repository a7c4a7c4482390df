// Wrapping the random data key under keys derived from what the person knows. The data key itself
// never changes, so changing the passphrase re-wraps 32 bytes and never re-encrypts the database.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

const scrypt = (password: Buffer, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))));

/**
 * 2026-11: scrypt N = 2^17, r = 8, p = 1 is OWASP's minimum recommendation for scrypt; we never go
 * below it and calibrate upward (see calibrateScrypt) so unlocking costs ~0.5–1 s on the person's
 * own machine, as KeePassXC does.
 */
export const SCRYPT_MIN_LOG_N = 17;
export const SCRYPT_MAX_LOG_N = 20;
const SCRYPT_R = 8;
const SCRYPT_P = 1;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const wrappedKeySchema = z.object({
  alg: z.literal('A256GCM'),
  iv: b64,
  tag: b64,
  ciphertext: b64,
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

export const scryptParamsSchema = z.object({
  name: z.literal('scrypt'),
  logN: z.number().int().min(SCRYPT_MIN_LOG_N).max(SCRYPT_MAX_LOG_N),
  r: z.number().int().min(8).max(16),
  p: z.number().int().min(1).max(4),
  salt: b64,
});
export type ScryptParams = z.infer<typeof scryptParamsSchema>;

export const hkdfParamsSchema = z.object({ name: z.literal('hkdf-sha256'), salt: b64 });
export type HkdfParams = z.infer<typeof hkdfParamsSchema>;

export async function deriveScrypt(secret: string, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.logN;
  return scrypt(Buffer.from(secret.normalize('NFC'), 'utf8'), Buffer.from(params.salt, 'base64'), 32, {
    N,
    r: params.r,
    p: params.p,
    // Node's default limit (32 MiB) is below what N = 2^17, r = 8 needs (128 MiB).
    maxmem: 256 * N * params.r,
  });
}

/** The recovery key already carries 160 random bits, so a slow KDF would add nothing. */
export function deriveHkdf(secret: Buffer, params: HkdfParams): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.from(params.salt, 'base64'), 'vertrouwd recovery slot v1', 32));
}

export function newScryptParams(logN: number): ScryptParams {
  return { name: 'scrypt', logN, r: SCRYPT_R, p: SCRYPT_P, salt: randomBytes(16).toString('base64') };
}

export function newHkdfParams(): HkdfParams {
  return { name: 'hkdf-sha256', salt: randomBytes(16).toString('base64') };
}

/** AES-256-GCM; the slot name is bound as associated data so slots cannot be swapped. */
export function wrapKey(dataKey: Buffer, wrappingKey: Buffer, slot: string): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(Buffer.from(`vertrouwd:${slot}`));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    alg: 'A256GCM',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** Returns null when the wrapping key is wrong (GCM authentication fails). */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer, slot: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(`vertrouwd:${slot}`));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/**
 * Picks the scrypt cost for this machine: start at the floor and double N while the measured time
 * stays under the target and the doubled cost should stay under a second. The last derived key is
 * returned with its parameters, so calibration costs no extra derivation.
 */
export async function calibrateScrypt(secret: string, targetMs: number, now: () => number = () => performance.now()): Promise<{ params: ScryptParams; key: Buffer; ms: number }> {
  let logN = SCRYPT_MIN_LOG_N;
  for (;;) {
    const params = newScryptParams(logN);
    const started = now();
    const key = await deriveScrypt(secret, params);
    const ms = now() - started;
    if (ms >= targetMs || ms * 2 > 1000 || logN >= SCRYPT_MAX_LOG_N) return { params, key, ms };
    logN += 1;
  }
}
