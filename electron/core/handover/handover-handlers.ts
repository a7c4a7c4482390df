// The contract's handover and vault-move calls, beside the feature (composed into the one handler
// map in handlers.ts). The handover code is held only between the export and the advisor typing two
// of its groups back, like the recovery key at first run; after that it exists nowhere in the app.
import { AppError, nowIso, type AppContext } from '../app-context';
import { audit } from '../cases/audit-trail';
import type { Handlers, Platform, PurgeDestroyed } from '../handlers';
import { confirmationGroups, groupsMatch } from '../vault/recovery-key';
import type { Vault } from '../vault/vault';
import { importVaultMove, MOVE_EXTENSION, packVaultMove } from '../vault/vault-move';
import { confirmReceipt, exportHandover, importHandover, listHandovers, markCodeConfirmed, previewHandover, withdrawHandover } from './handover-service';

type HandoverCalls =
  'handoverPreview' | 'handoverExport' | 'handoverConfirmCode' | 'handoverImport' | 'handoverConfirmReceipt' | 'handoverList' | 'handoverWithdraw' | 'vaultMoveExport' | 'vaultMoveImport';

export function handoverHandlers(deps: { vault: Vault; platform: Platform; ctx: () => AppContext; purgeDestroyed: PurgeDestroyed }): Pick<Handlers, HandoverCalls> {
  const { vault, platform, ctx, purgeDestroyed } = deps;
  const pendingCodes = new Map<string, string>();
  return {
    handoverPreview: (choice) => previewHandover(ctx(), choice),
    handoverExport: async (choice) => {
      const sent = await exportHandover(ctx(), choice, platform.saveFile);
      if (!sent) return { saved: false, handoverId: null, code: null, confirmGroups: null, manifest: null };
      pendingCodes.set(sent.handoverId, sent.code);
      return { saved: true, handoverId: sent.handoverId, code: sent.code, confirmGroups: confirmationGroups(), manifest: sent.manifest };
    },
    handoverConfirmCode: ({ handoverId, groups }) => {
      if (!groupsMatch(pendingCodes.get(handoverId) ?? null, groups)) throw new AppError('handover_code_not_confirmed');
      pendingCodes.delete(handoverId);
      markCodeConfirmed(ctx(), handoverId);
      return { ok: true as const };
    },
    handoverImport: ({ file, code }) => importHandover(ctx(), Buffer.from(file, 'base64'), code),
    handoverConfirmReceipt: ({ handoverId, receiptCode }) => {
      const context = ctx();
      const { destroyed } = context.sqlite.transaction(() => {
        const confirmed = confirmReceipt(context, handoverId, receiptCode);
        vault.rememberDestroyed(confirmed.destroyed);
        return confirmed;
      })();
      // As casesDestroy: a handed-over case must not come back from a backup of the sender's vault.
      return { destroyed: destroyed.length, ...(destroyed.length > 0 ? purgeDestroyed(destroyed) : {}) };
    },
    handoverList: () => listHandovers(ctx()),
    handoverWithdraw: ({ handoverId }) => withdrawHandover(ctx(), handoverId),

    vaultMoveExport: async () => {
      const at = nowIso(ctx());
      const { file, backup } = packVaultMove(vault, at);
      const fileName = await platform.saveFile(`kluis-${at.slice(0, 10)}.${MOVE_EXTENSION}`, file);
      if (fileName) audit(ctx(), 'vault_move', null, `export ${backup}`);
      return { saved: fileName !== null, fileName };
    },
    vaultMoveImport: async (input) => {
      await importVaultMove(
        vault,
        Buffer.from(input.file, 'base64'),
        'passphrase' in input ? { passphrase: input.passphrase } : { recoveryKey: input.recoveryKey, newPassphrase: input.newPassphrase },
      );
      audit(ctx(), 'vault_move', null, 'import');
      return { ok: true as const };
    },
  };
}
