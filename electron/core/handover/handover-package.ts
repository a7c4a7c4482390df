// What a handover carries: for each chosen case, its rows from every table that belongs to a case,
// copied as stored. Rows are taken generically (every table with a case_id column), so a column or
// table added later travels without this file knowing about it, and the manifest the advisor reviews
// is computed from the very rows that go into the file. Private notes stay behind unless chosen.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { schemaVersion } from '@db/migrate';

export const PAYLOAD_FORMAT = 'vertrouwd-handover-payload';
export const PAYLOAD_VERSION = 1;

type Row = Record<string, string | number | null>;

/** Tables that mention a case but are not part of it: the audit trail stays with its vault, search is rebuilt. */
const NOT_CARRIED = new Set(['audit_log', 'case_search', 'case_links', 'handovers']);

const rowSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
const casePackageSchema = z.object({
  case: rowSchema,
  tables: z.record(z.string(), z.array(rowSchema)),
});
export type CasePackage = z.infer<typeof casePackageSchema>;

export const payloadSchema = z.object({
  format: z.literal(PAYLOAD_FORMAT),
  version: z.literal(PAYLOAD_VERSION),
  id: z.string(),
  createdAt: z.string(),
  /** The sender's database schema version: a receiver with an older schema refuses the file. */
  schemaVersion: z.number().int(),
  from: z.object({ advisor: z.string(), school: z.string() }),
  successor: z.string(),
  includesPrivateNotes: z.boolean(),
  cases: z.array(casePackageSchema).min(1),
  links: z.array(rowSchema),
  /** Each case's chronology head at the sender, for the record of the received chronology. */
  chainHeads: z.record(z.string(), z.string().nullable()),
});
export type HandoverPayload = z.infer<typeof payloadSchema>;

/** Tables with a case_id column, besides those that never travel; in creation order (parents first). */
export function caseTables(sqlite: Database.Database): string[] {
  const tables = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%search%' AND name NOT LIKE '__drizzle%' ORDER BY rowid").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  return tables.filter((name) => name !== 'cases' && !NOT_CARRIED.has(name) && columnsOf(sqlite, name).includes('case_id'));
}

export function columnsOf(sqlite: Database.Database, table: string): string[] {
  return (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
}

/** Child tables hanging off a case table's id (pack_exports under packs), found by their foreign keys. */
export function childTables(sqlite: Database.Database, parent: string): { table: string; column: string }[] {
  const all = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
  return all.flatMap((table) =>
    (sqlite.prepare('SELECT "table" AS parent, "from" AS column FROM pragma_foreign_key_list(?)').all(table) as { parent: string; column: string }[])
      .filter((fk) => fk.parent === parent && fk.column !== 'case_id' && !columnsOf(sqlite, table).includes('case_id'))
      .map((fk) => ({ table, column: fk.column })),
  );
}

function packageCase(sqlite: Database.Database, caseId: string, includePrivateNotes: boolean): CasePackage {
  const { seq: _seq, ...caseRow } = sqlite.prepare('SELECT * FROM cases WHERE id = ?').get(caseId) as Row;
  const tables: Record<string, Row[]> = {};
  for (const table of caseTables(sqlite)) {
    let rows = sqlite.prepare(`SELECT * FROM "${table}" WHERE case_id = ? ORDER BY rowid`).all(caseId) as Row[];
    if (table === 'notes' && !includePrivateNotes) rows = rows.filter((r) => r.kind !== 'private');
    tables[table] = rows;
    for (const child of childTables(sqlite, table)) {
      const ids = rows.map((r) => r.id);
      tables[child.table] = [
        ...(tables[child.table] ?? []),
        ...(ids.length ? (sqlite.prepare(`SELECT * FROM "${child.table}" WHERE "${child.column}" IN (${ids.map(() => '?').join(',')}) ORDER BY rowid`).all(...ids) as Row[]) : []),
      ];
    }
  }
  return { case: caseRow, tables };
}

export interface PackageOptions {
  id: string;
  createdAt: string;
  from: { advisor: string; school: string };
  successor: string;
  includePrivateNotes: boolean;
  /** A chronology row not yet stored (the "handed over" entry), added to each case's chronology. */
  pendingEvent?: (caseId: string) => Row;
  chainHeads: Record<string, string | null>;
}

export function packageCases(sqlite: Database.Database, caseIds: string[], options: PackageOptions): HandoverPayload {
  const cases = caseIds.map((id) => {
    const pkg = packageCase(sqlite, id, options.includePrivateNotes);
    if (options.pendingEvent) pkg.tables.timeline_events = [...(pkg.tables.timeline_events ?? []), options.pendingEvent(id)];
    return pkg;
  });
  const chosen = new Set(caseIds);
  const links = (sqlite.prepare('SELECT * FROM case_links ORDER BY id').all() as Row[]).filter((l) => chosen.has(String(l.case_id)) && chosen.has(String(l.linked_case_id)));
  return {
    format: PAYLOAD_FORMAT,
    version: PAYLOAD_VERSION,
    id: options.id,
    createdAt: options.createdAt,
    schemaVersion: schemaVersion(sqlite),
    from: options.from,
    successor: options.successor,
    includesPrivateNotes: options.includePrivateNotes,
    cases,
    links,
    chainHeads: options.chainHeads,
  };
}

// ---------- the manifest: exactly what goes, per case ----------

export interface ManifestItem {
  category: string;
  count: number;
  /** Short readable lines, so the advisor sees what goes and not only how much. */
  lines: string[];
}
export interface ManifestCase {
  caseId: string;
  title: string;
  status: string;
  recordKind: string;
  items: ManifestItem[];
}
export interface Manifest {
  includesPrivateNotes: boolean;
  cases: ManifestCase[];
}

const text = (value: unknown, max = 80) => {
  const s = String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

/** The categories the issue names first, in this order; any other table follows under its own name. */
const CATEGORY_OF: Record<string, string> = {
  persons: 'persons',
  consents: 'consents',
  timeline_events: 'chronology',
  actions: 'actions',
  evidence_items: 'evidence',
  packs: 'packs',
  interview_answers: 'interview',
  assessments: 'assessments',
  checklists: 'checklists',
  pack_exports: 'packExports',
};
const ORDER = ['persons', 'consents', 'chronology', 'actions', 'evidence', 'packs', 'dossierNotes', 'privateNotes', 'interview', 'assessments', 'checklists', 'packExports'];

function linesFor(table: string, rows: Row[]): string[] {
  switch (table) {
    case 'persons':
      return rows.map((r) => `${text(r.label) || '—'} (${String(r.role)})`);
    case 'consents':
      return rows.map((r) => `${String(r.subject)}: ${String(r.decision)}${r.withdrawn_at ? ' (withdrawn)' : ''}`);
    case 'actions':
      return rows.map((r) => `${text(r.title)} (${String(r.status)})`);
    case 'evidence_items':
      return rows.map((r) => text(r.description));
    case 'packs':
      return rows.map((r) => `${String(r.pack_type)} (${String(r.locale)})`);
    case 'notes':
      return rows.map((r) => text(r.body, 60));
    default:
      return [];
  }
}

export function manifestOf(payload: Pick<HandoverPayload, 'cases' | 'includesPrivateNotes'>): Manifest {
  return {
    includesPrivateNotes: payload.includesPrivateNotes,
    cases: payload.cases.map((pkg) => {
      const items: ManifestItem[] = [];
      for (const [table, rows] of Object.entries(pkg.tables)) {
        if (table === 'notes') {
          for (const kind of ['dossier', 'private'] as const) {
            const notes = rows.filter((r) => r.kind === kind);
            if (notes.length) items.push({ category: kind === 'dossier' ? 'dossierNotes' : 'privateNotes', count: notes.length, lines: linesFor('notes', notes) });
          }
        } else if (rows.length) items.push({ category: CATEGORY_OF[table] ?? table, count: rows.length, lines: linesFor(table, rows) });
      }
      const rank = (c: string) => (ORDER.includes(c) ? ORDER.indexOf(c) : ORDER.length);
      items.sort((a, b) => rank(a.category) - rank(b.category) || a.category.localeCompare(b.category));
      return { caseId: String(pkg.case.id), title: String(pkg.case.title), status: String(pkg.case.status), recordKind: String(pkg.case.record_kind), items };
    }),
  };
}
