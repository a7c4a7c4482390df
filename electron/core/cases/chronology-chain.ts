// A chronology someone outside the app can check. Each event of a case carries a SHA-256 over its
// content and the previous event's hash, so changing, inserting or removing an earlier event breaks
// every hash after it; the head (the newest hash) is printed in the case summary for the board or the
// police, and a later verify recomputes the chain and names the first event that no longer matches.
//
// The content hashed is the stored row itself: every column but the row id and the hash, columns
// that are NULL left out (so a column added later leaves older hashes valid), and a correction's
// target named by that target's hash rather than its row id. Row ids differ between vaults; this way
// a chronology handed over to a successor keeps exactly the same hashes in the new vault.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Fixed: changing any part of it would make every recorded chain unverifiable. */
const CHAIN_LABEL = 'vertrouwd-chronology-v1';

type EventRow = Record<string, unknown> & { id: number; chain_hash: string | null; corrects_event_id: number | null };

export type ChainCheck =
  { ok: true; events: number; head: string | null } | { ok: false; events: number; head: string | null; firstMismatch: { eventId: number; position: number; at: string; kind: string } };

function rowsOf(sqlite: Database.Database, caseId: string): EventRow[] {
  return sqlite.prepare('SELECT * FROM timeline_events WHERE case_id = ? ORDER BY id').all(caseId) as EventRow[];
}

function canonicalContent(row: EventRow, correctsHash: string | null): string {
  const content: Record<string, unknown> = {};
  for (const key of Object.keys(row).sort()) {
    if (key === 'id' || key === 'chain_hash' || key === 'corrects_event_id' || row[key] === null) continue;
    content[key] = row[key];
  }
  if (row.corrects_event_id !== null) content.corrects = correctsHash ?? 'missing';
  return JSON.stringify(content);
}

export function eventHash(previous: string, row: EventRow, correctsHash: string | null): string {
  return createHash('sha256').update(CHAIN_LABEL).update('\n').update(previous).update('\n').update(canonicalContent(row, correctsHash)).digest('hex');
}

/**
 * Writes the hash of every event of the case that has none yet (the newest, or events from before
 * the chain existed). Already sealed events are never rewritten: the trigger would refuse it.
 */
export function sealChain(sqlite: Database.Database, caseId: string): string | null {
  // Only the events without a hash are read: after an append that is one row, not the whole chronology.
  const unsealed = sqlite.prepare('SELECT * FROM timeline_events WHERE case_id = ? AND chain_hash IS NULL ORDER BY id').all(caseId) as EventRow[];
  if (unsealed.length === 0) return chainHead(sqlite, caseId);
  const storedHash = sqlite.prepare('SELECT chain_hash FROM timeline_events WHERE id = ?').pluck();
  const before = sqlite.prepare('SELECT chain_hash FROM timeline_events WHERE case_id = ? AND id < ? ORDER BY id DESC LIMIT 1').pluck();
  const update = sqlite.prepare('UPDATE timeline_events SET chain_hash = ? WHERE id = ? AND chain_hash IS NULL');
  // A sealed event keeps its stored hash as the link for the next one, so sealing never hides a change.
  const sealed = new Map<number, string>();
  let head: string | null = null;
  for (const row of unsealed) {
    // Earlier rows are sealed first (id order), so the row before this one always has its hash by now.
    const previous = (before.get(caseId, row.id) as string | null | undefined) ?? '';
    const correctsHash = row.corrects_event_id === null ? null : (sealed.get(row.corrects_event_id) ?? (storedHash.get(row.corrects_event_id) as string | null | undefined) ?? null);
    head = eventHash(previous, row, correctsHash);
    update.run(head, row.id);
    sealed.set(row.id, head);
  }
  return chainHead(sqlite, caseId) ?? head;
}

/** The newest event's hash: what the case summary prints. */
export function chainHead(sqlite: Database.Database, caseId: string): string | null {
  const row = sqlite.prepare('SELECT chain_hash FROM timeline_events WHERE case_id = ? ORDER BY id DESC LIMIT 1').get(caseId) as { chain_hash: string | null } | undefined;
  return row?.chain_hash ?? null;
}

/** Recomputes the chain from the first event and names the first one whose stored hash differs. */
export function verifyChain(sqlite: Database.Database, caseId: string): ChainCheck {
  const rows = rowsOf(sqlite, caseId);
  const head = rows.at(-1)?.chain_hash ?? null;
  const computed = new Map<number, string>();
  let previous = '';
  for (const [position, row] of rows.entries()) {
    const correctsHash = row.corrects_event_id === null ? null : (computed.get(row.corrects_event_id) ?? null);
    const expected = eventHash(previous, row, correctsHash);
    if (row.chain_hash !== expected) return { ok: false, events: rows.length, head, firstMismatch: { eventId: row.id, position: position + 1, at: String(row.at), kind: String(row.kind) } };
    computed.set(row.id, expected);
    previous = expected;
  }
  return { ok: true, events: rows.length, head };
}
