// Writing a received handover into the successor's vault: every row as the sender stored it, the
// text ids kept (so a second import of the same cases is recognised), the integer row ids given
// anew and the references between rows mapped onto them. The chronology is hashed again in this
// vault; because the chain leaves row ids out, its hashes come out as the sender's.
import type Database from 'better-sqlite3';
import { AppError } from '../app-context';
import { sealChain } from '../cases/chronology-chain';
import { columnsOf, type HandoverPayload } from './handover-package';

type Row = Record<string, unknown>;

/** Columns that point at another row of the same table by its integer id. */
const SELF_REFERENCES: Record<string, string> = { timeline_events: 'corrects_event_id', interview_answers: 'supersedes_id' };

function integerKey(sqlite: Database.Database, table: string): boolean {
  const pk = sqlite.prepare('SELECT name, type FROM pragma_table_info(?) WHERE pk = 1').all(table) as { name: string; type: string }[];
  return pk.length === 1 && pk[0]!.name === 'id' && pk[0]!.type.toUpperCase() === 'INTEGER';
}

function insertRow(sqlite: Database.Database, table: string, row: Row, known: Set<string>): number {
  const unknown = Object.keys(row).filter((c) => !known.has(c));
  // The sender's schema is never newer than ours (checked before), so this means a damaged payload.
  if (unknown.length) throw new AppError('handover_file_damaged');
  const columns = Object.keys(row);
  const result = sqlite
    .prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...columns.map((c) => row[c] as string | number | null));
  return Number(result.lastInsertRowid);
}

/** Inserts the cases of a payload; the caller runs this inside a transaction. */
export function insertPayload(sqlite: Database.Database, payload: HandoverPayload): void {
  const known = new Map<string, Set<string>>();
  const columns = (table: string) => {
    if (!known.has(table)) {
      const list = columnsOf(sqlite, table);
      if (list.length === 0) throw new AppError('handover_file_damaged');
      known.set(table, new Set(list));
    }
    return known.get(table)!;
  };
  for (const pkg of payload.cases) {
    insertRow(sqlite, 'cases', pkg.case, columns('cases'));
    for (const [table, rows] of Object.entries(pkg.tables)) {
      const renumber = integerKey(sqlite, table);
      const self = SELF_REFERENCES[table];
      const newIds = new Map<number, number>();
      for (const source of rows) {
        const row: Row = { ...source };
        if (renumber) delete row.id;
        if (table === 'timeline_events') row.chain_hash = null;
        if (self && row[self] !== null && row[self] !== undefined) row[self] = newIds.get(Number(row[self])) ?? null;
        const id = insertRow(sqlite, table, row, columns(table));
        if (renumber) newIds.set(Number(source.id), id);
      }
    }
    sealChain(sqlite, String(pkg.case.id));
  }
  for (const link of payload.links) {
    const { id: _id, ...row } = link;
    insertRow(sqlite, 'case_links', row, columns('case_links'));
  }
}
