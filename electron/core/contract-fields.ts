// The building blocks every part of the contract validates with, so a limit or a message is written
// once: ids, dates, trimmed text with a cap, bounded maps, the empty input and the plain "ok".
import { z } from 'zod';

export const id = z.string().min(1).max(64);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Gebruik de vorm JJJJ-MM-DD.');
/** A moment as a datetime-local field gives it: 2026-11-23T14:05 (seconds optional). */
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'Vul een volledige datum en tijd in.');
export const shortText = (max = 200) => z.string().trim().max(max);
export const empty = z.object({}).strict();
/** A map from the renderer with a cap on its size, so no call can grow the vault without bound. */
export const boundedRecord = <V extends z.ZodType>(key: z.ZodString, value: V, max: number) =>
  z.record(key, value).refine((record) => Object.keys(record).length <= max, `Te veel onderdelen: hoogstens ${max}.`);
export const ok = z.object({ ok: z.literal(true) });
/**
 * The answer of a call that writes a file through the save dialog. The dispatcher recognises these
 * calls by this `saved` field: they wait on a person, so they run outside the per-call transaction
 * and finish on their own connection when the vault locks meanwhile (handlers.ts).
 */
/**
 * What a destruction did to the backups: older ones holding the destroyed cases removed, ones that
 * could not be opened to check kept, and why the fresh backup could not be made (the removal then
 * waits for the next backup that succeeds).
 */
export const backupsAfterDestruction = {
  backupsRemoved: z.number().int().optional(),
  backupsUnchecked: z.number().int().optional(),
  backupProblem: z.string().nullable().optional(),
};
export const savedFile = z.object({ saved: z.boolean(), fileName: z.string().nullable() });
