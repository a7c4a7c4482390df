// The handover's part of the contract: a successor handover (both sides) and the whole-vault move to a
// new computer. Composed into the one contract map in contract.ts.
import { z } from 'zod';
import { backupsAfterDestruction, empty, id, ok, savedFile, shortText } from '../contract-fields';
import { TEXT_LIMITS } from '@shared';

export const handoverManifestSchema = z.object({
  includesPrivateNotes: z.boolean(),
  cases: z.array(
    z.object({
      caseId: z.string(),
      title: z.string(),
      status: z.string(),
      recordKind: z.string(),
      items: z.array(z.object({ category: z.string(), count: z.number().int(), lines: z.array(z.string()) })),
    }),
  ),
});
export type HandoverManifest = z.infer<typeof handoverManifestSchema>;

export const handoverRecordSchema = z.object({
  id: z.string(),
  direction: z.enum(['sent', 'received']),
  at: z.string(),
  counterpart: z.string(),
  cases: z.array(z.object({ id: z.string(), title: z.string().nullable() })),
  codeConfirmed: z.boolean(),
  receiptConfirmedAt: z.string().nullable(),
  receiptCode: z.string().nullable(),
});
export type HandoverRecord = z.infer<typeof handoverRecordSchema>;

const handoverChoice = z.object({
  caseIds: z.array(id).min(1, 'Kies ten minste één zaak.').max(500),
  includePrivateNotes: z.boolean(),
  successor: shortText(TEXT_LIMITS.handoverSuccessor),
});
/** A file the person chose, read in the renderer and sent as base64 (the renderer never sees a path). */
const chosenFile = z
  .string()
  .max(400_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Dit bestand kon niet worden gelezen.');

export const handoverContract = {
  handoverPreview: { input: handoverChoice, output: handoverManifestSchema },
  handoverExport: {
    input: handoverChoice,
    output: savedFile.omit({ fileName: true }).extend({
      handoverId: z.string().nullable(),
      code: z.string().nullable(),
      confirmGroups: z.tuple([z.number().int(), z.number().int()]).nullable(),
      manifest: handoverManifestSchema.nullable(),
    }),
  },
  handoverConfirmCode: {
    input: z.object({ handoverId: id, groups: z.array(z.object({ group: z.number().int().min(1).max(8), value: shortText(8) })).length(2) }),
    output: ok,
  },
  handoverImport: {
    input: z.object({ file: chosenFile, code: shortText(80).min(1, 'Vul de overdrachtscode in.') }),
    output: z.object({
      handoverId: z.string(),
      receiptCode: z.string(),
      from: z.object({ advisor: z.string(), school: z.string() }),
      cases: z.array(z.object({ id: z.string(), title: z.string() })),
      manifest: handoverManifestSchema,
    }),
  },
  handoverConfirmReceipt: {
    input: z.object({ handoverId: id, receiptCode: shortText(20).min(1, 'Vul de bevestigingscode in.') }),
    output: z.object({ destroyed: z.number().int(), ...backupsAfterDestruction }),
  },
  handoverList: { input: empty, output: z.array(handoverRecordSchema) },
  handoverWithdraw: { input: z.object({ handoverId: id }), output: z.object({ returned: z.number().int() }) },

  /** A new computer: a fresh verified backup and the key file as one file, through the save dialog. */
  vaultMoveExport: { input: empty, output: savedFile },
  /** First run on the new computer, with the passphrase or with the recovery key and a new passphrase. */
  vaultMoveImport: {
    input: z.union([
      z.object({ file: chosenFile, passphrase: z.string().min(1, 'Vul je wachtwoordzin in.').max(1024) }),
      z.object({ file: chosenFile, recoveryKey: z.string().min(1).max(80), newPassphrase: z.string().max(1024) }),
    ]),
    output: ok,
  },
} as const;
