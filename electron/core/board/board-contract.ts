// The school board's part of the contract: the numbers file one school exports, and the board's view
// over several schools' files. Composed into the one contract map in contract.ts.
import { z } from 'zod';
import { savedFile, shortText } from '../contract-fields';

const boardSum = z.object({ known: z.number().int(), suppressed: z.number().int() });

export const boardOverviewSchema = z.object({
  year: z.number().int().nullable(),
  schools: z.array(z.object({ name: z.string(), file: z.string(), year: z.number().int() })),
  refused: z.array(z.object({ file: z.string(), problem: z.string() })),
  sums: z.object({
    totals: z.record(z.string(), boardSum),
    byIncidentType: z.record(z.string(), boardSum),
    bySchoolLevel: z.record(z.string(), boardSum),
    byLevel: z.record(z.string(), boardSum),
    byMonth: z.record(z.string(), boardSum),
    prevention: z.record(z.string(), boardSum),
    readiness: z.record(z.string(), boardSum),
  }),
});
export type BoardOverview = z.infer<typeof boardOverviewSchema>;

export const boardContract = {
  /** The anonymised annual numbers for the school board: a file (schema in core/board/board-numbers.ts) or a PDF to read. */
  boardExport: {
    input: z.object({ year: z.number().int().min(2000).max(2100), format: z.enum(['json', 'csv', 'pdf']) }),
    output: savedFile,
  },
  /** The board's view: several schools' files validated and summed; nothing is stored. */
  boardCombine: {
    input: z.object({ files: z.array(z.object({ name: shortText(200), text: z.string().max(500_000) })).max(200) }),
    output: boardOverviewSchema,
  },
} as const;
