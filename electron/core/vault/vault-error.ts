/** Everything that can go wrong with the vault, as codes the UI turns into Dutch or English. */
export type VaultErrorCode =
  | 'vault_exists'
  | 'no_vault'
  | 'locked'
  | 'weak_passphrase'
  | 'wrong_passphrase'
  | 'too_many_attempts'
  | 'wrong_recovery_key'
  | 'malformed_recovery_key'
  | 'recovery_not_confirmed'
  | 'key_file_missing'
  | 'key_file_damaged'
  | 'key_file_newer'
  | 'database_damaged'
  | 'database_newer'
  | 'disk_read_only'
  | 'disk_full'
  | 'backup_damaged'
  | 'backup_not_found';

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    readonly details: Record<string, string | number> = {},
    cause?: unknown,
  ) {
    super(code, { cause });
    this.name = 'VaultError';
  }
}
