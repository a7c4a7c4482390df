// A full or read-only disk must give a message a person can act on and lose nothing. The test runs
// as any user (root ignores file permissions), so the file system's answer is simulated at the one
// place the vault writes its key file.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { tempFolder } from '@tests/fixtures/temp-folder';
import { PASSPHRASE, testVault } from '@tests/fixtures/vault';
import { VaultError } from './vault-error';

let failWith: string | null = null;
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    openSync: (...args: Parameters<typeof fs.openSync>) => {
      if (failWith && String(args[0]).endsWith('.tmp')) throw Object.assign(new Error(`simulated ${failWith}`), { code: failWith });
      return fs.openSync(...args);
    },
  };
});

let folder: string;
let cleanup: () => void;
beforeEach(() => ({ folder, cleanup } = tempFolder()));
afterEach(() => {
  failWith = null;
  cleanup();
});

it.each([
  ['ENOSPC', 'disk_full'],
  ['EROFS', 'disk_read_only'],
])('a %s while changing the passphrase is reported as %s and the old passphrase still works', async (errno, code) => {
  const vault = testVault(folder);
  await vault.create(PASSPHRASE);
  const keyBefore = readFileSync(vault.keyFile);
  failWith = errno;
  const error = await vault.changePassphrase(PASSPHRASE, 'nieuwe-lange-zin-voor-de-kluis').catch((e: unknown) => e);
  failWith = null;
  expect(error).toBeInstanceOf(VaultError);
  expect((error as VaultError).code).toBe(code);
  expect(readFileSync(vault.keyFile)).toEqual(keyBefore);
  vault.lock();
  await vault.unlock(PASSPHRASE);
  expect(vault.state()).toBe('unlocked');
});
