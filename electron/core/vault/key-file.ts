// The key file beside the database: a small versioned JSON document holding the data key wrapped
// once per slot. It holds nothing readable about cases. Written atomically (temp file, fsync,
// rename, fsync of the folder) so a crash leaves either the old or the new file, never half of one.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { hkdfParamsSchema, scryptParamsSchema, wrappedKeySchema } from './key-slots';

export const KEY_FILE_VERSION = 1;

const passphraseSlotSchema = z.object({
  type: z.literal('passphrase'),
  kdf: scryptParamsSchema,
  wrapped: wrappedKeySchema,
  changedAt: z.string(),
});
const recoverySlotSchema = z.object({
  type: z.literal('recovery'),
  kdf: hkdfParamsSchema,
  wrapped: wrappedKeySchema,
  changedAt: z.string(),
});

export const keyFileSchema = z.object({
  format: z.literal('vertrouwd-key-file'),
  version: z.literal(KEY_FILE_VERSION),
  createdAt: z.string(),
  /** The vault this key file belongs to; the database holds the same id. Absent in files from before it existed. */
  vaultId: z.string().uuid().optional(),
  database: z.object({ cipher: z.literal('sqlcipher'), legacy: z.literal(4) }),
  slots: z.tuple([passphraseSlotSchema, recoverySlotSchema]),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export type KeyFileProblem = 'missing' | 'damaged' | 'newer';

export class KeyFileError extends Error {
  constructor(
    readonly problem: KeyFileProblem,
    cause?: unknown,
  ) {
    super(`key file ${problem}`, { cause });
  }
}

export function readKeyFile(file: string): KeyFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new KeyFileError('missing', error);
    throw new KeyFileError('damaged', error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KeyFileError('damaged', error);
  }
  const version = (json as { version?: unknown })?.version;
  if (typeof version === 'number' && version > KEY_FILE_VERSION) throw new KeyFileError('newer');
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) throw new KeyFileError('damaged', parsed.error);
  return parsed.data;
}

export function writeFileAtomic(file: string, data: string | Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  syncFolder(path.dirname(file));
}

/** The rename is durable only once the folder's entry is on disk (not possible on Windows). */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function writeKeyFile(file: string, keyFile: KeyFile): void {
  writeFileAtomic(file, `${JSON.stringify(keyFileSchema.parse(keyFile), null, 2)}\n`);
}
