// The vault's part of the contract: creating, unlocking and locking the vault, its passphrase and
// recovery key, and the encrypted backups (listed and restored from the unlock screen too).
// Composed into the one contract map in contract.ts.
import { z } from 'zod';
import { locales, SETTINGS_LIMITS } from '@shared';
import { empty, ok, shortText } from '../contract-fields';

export const backupSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  bytes: z.number(),
  /** Opened and checked page by page after it was written. */
  verified: z.boolean(),
  /** How many cases it holds (null for backups from before this was recorded). */
  cases: z.number().int().nullable(),
});

export const vaultContract = {
  vaultStatus: {
    input: empty,
    output: z.object({
      state: z.enum(['no_vault', 'locked', 'unlocked']),
      locale: z.enum(locales),
      /** Why the locked vault cannot simply be unlocked (database missing, damaged…), as an error code. */
      problem: z.string().nullable().optional(),
    }),
  },

  vaultPassphraseStrength: {
    input: z.object({ passphrase: z.string().max(1024) }),
    output: z.object({ score: z.number().int(), acceptable: z.boolean(), problems: z.array(z.string()) }),
  },

  vaultCreate: {
    input: z.object({ passphrase: z.string().max(1024), profileName: shortText(SETTINGS_LIMITS.profileName).min(1, 'Vul je naam in.') }),
    output: z.object({ recoveryKey: z.string(), confirmGroups: z.tuple([z.number().int(), z.number().int()]) }),
  },

  vaultConfirmRecoveryKey: {
    input: z.object({ groups: z.array(z.object({ group: z.number().int().min(1).max(8), value: shortText(8) })).length(2) }),
    output: ok,
  },

  vaultNewRecoveryKey: {
    input: z.object({ passphrase: z.string().min(1, 'Vul je wachtwoordzin in.').max(1024) }),
    output: z.object({ recoveryKey: z.string(), confirmGroups: z.tuple([z.number().int(), z.number().int()]) }),
  },

  vaultUnlock: { input: z.object({ passphrase: z.string().min(1, 'Vul je wachtwoordzin in.').max(1024) }), output: ok },

  vaultRecover: {
    input: z.object({ recoveryKey: z.string().max(80), newPassphrase: z.string().max(1024) }),
    output: ok,
  },

  vaultLock: { input: empty, output: ok },

  vaultChangePassphrase: { input: z.object({ current: z.string().max(1024), next: z.string().max(1024) }), output: ok },

  backupsList: { input: empty, output: z.array(backupSchema) },

  backupsCreate: { input: empty, output: backupSchema },

  /** While locked (from the unlock screen) the passphrase or the recovery key proves the backup is ours. */
  backupsRestore: {
    input: z.object({
      name: z.string().max(120),
      passphrase: z.string().max(1024).optional(),
      recoveryKey: z.string().max(80).optional(),
      newPassphrase: z.string().max(1024).optional(),
    }),
    output: ok,
  },
} as const;
