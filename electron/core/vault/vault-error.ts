/** Everything that can go wrong with the vault, as codes the UI turns into Dutch or English. */
import type { VaultErrorCode } from '@shared';

export type { VaultErrorCode };

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
