// The communication packs' part of the contract: the six packs of a case (the family letter once per
// victim), the advisor's edits, the export and the page layout the preview draws. Composed into the
// one contract map in contract.ts.
import { z } from 'zod';
import { boundedRecord, id, savedFile } from '../contract-fields';
import { composedPackSchema } from './compose-pack';
import { findingSchema } from './disclosure-check';
import { packTypeSchema } from './pack-input';
import { packPageSchema } from './page-frame';

export const packViewSchema = z.object({
  type: packTypeSchema,
  /** The victim whose family this letter is for, when the case has more than one victim. */
  victim: z.object({ personId: z.string(), label: z.string() }).nullable(),
  composed: composedPackSchema,
  /** The composed text of each paragraph before the advisor's edits. */
  originals: z.record(z.string(), z.string()),
  namingVictim: z.boolean(),
  namingPossible: z.boolean(),
  /** Findings: the identifying details in the text, as exact spans with their reason. */
  check: z.object({ allowed: z.boolean(), problems: z.array(z.string()), findings: z.array(findingSchema) }),
  page: packPageSchema,
  exports: z.array(z.object({ exportedAt: z.string(), fileName: z.string(), passwordProtected: z.boolean() })),
});
export type PackView = z.infer<typeof packViewSchema>;

export const packsContract = {
  /** The six packs; with several victims the family letter once per victim (PackView.victim). */
  packsList: { input: z.object({ caseId: id }), output: z.array(packViewSchema) },

  packsSave: {
    input: z.object({
      caseId: id,
      type: packTypeSchema,
      /** Which victim's family letter, in a case with several victims; the first when left out. */
      victimPersonId: id.optional(),
      edits: boundedRecord(z.string().max(100), z.string().max(8000), 100),
      namingVictim: z.boolean(),
    }),
    output: packViewSchema,
  },

  packsExport: {
    input: z.object({ caseId: id, type: packTypeSchema, victimPersonId: id.optional(), password: z.string().max(200).optional() }),
    output: savedFile,
  },

  /** Where the PDF's pages begin, so the preview draws the same page breaks. */
  packsLayout: {
    input: z.object({ caseId: id, type: packTypeSchema, victimPersonId: id.optional() }),
    output: z.object({
      pageCount: z.number().int(),
      breaks: z.array(z.object({ paragraphId: z.string(), block: z.number().int(), page: z.number().int() })),
      closingPage: z.number().int(),
    }),
  },
} as const;
