// Numbers for the school board: the anonymised annual overview as a file one school sends to its
// board, in JSON or CSV, with a documented and versioned schema (docs in README, "Numbers for the
// school board"). Counts only: no titles, no names, no date finer than a month, and every count
// below 5 written as "<5" so that no single case can be recognised from a small cell (small-cell
// suppression, the usual rule for published statistics about few people).
//
// Prevention travels too (schema version 2): lessons held, classes, and how many readiness points
// stand where. Those describe what the school did, not anyone it happened to, so they are exact.
//
// The schema is strict: a file with any field the schema does not name is refused, so a later
// change can never slip personal data into these files without changing the schema version.
import { z } from 'zod';
import { incidentTypes, readinessStatuses, schoolLevels, severityLevels } from '@shared';
import type { AnnualReport } from '../cases/annual-report';

export const BOARD_FORMAT = 'vertrouwd-board-numbers';
/** 2 added prevention; a school still on version 1 sends no prevention, and its file is read as such. */
export const BOARD_SCHEMA_VERSION = 2;
/** Counts below this are written as "<5". */
export const SUPPRESS_BELOW = 5;
export const SUPPRESSED = '<5';

const count = z.union([z.number().int().min(SUPPRESS_BELOW), z.literal(SUPPRESSED)]);
export type BoardCount = z.infer<typeof count>;

const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;
export const boardTotals = ['opened', 'closed', 'stillOpen', 'destroyed', 'acute'] as const;
export const boardLevelKeys = [...severityLevels, 'none'] as const;
export const boardPrevention = ['lessonsHeld', 'activeClasses', 'classesWithoutLesson'] as const;

/** Each section: which keys it may have. A key outside its list makes the file invalid. */
export const boardSections = {
  totals: boardTotals,
  byIncidentType: incidentTypes,
  bySchoolLevel: schoolLevels,
  byLevel: boardLevelKeys,
  byMonth: months,
  prevention: boardPrevention,
  /** How many of the readiness points stand at each status. */
  readiness: readinessStatuses,
} as const;
export type BoardSection = keyof typeof boardSections;
const sectionNames = Object.keys(boardSections) as BoardSection[];

const countsOf = <K extends readonly [string, ...string[]]>(keys: K) => z.partialRecord(z.enum(keys), count);
const exactCountsOf = <K extends readonly [string, ...string[]]>(keys: K) => z.partialRecord(z.enum(keys), z.number().int().min(0)).default({});

export const boardNumbersSchema = z
  .object({
    format: z.literal(BOARD_FORMAT),
    schemaVersion: z.union([z.literal(1), z.literal(BOARD_SCHEMA_VERSION)]),
    /** The school's name as set in Settings: the board tells its schools apart by it. */
    school: z.string().trim().min(1).max(120),
    year: z.number().int().min(2000).max(2100),
    totals: z.object(Object.fromEntries(boardTotals.map((k) => [k, count])) as Record<(typeof boardTotals)[number], typeof count>).strict(),
    byIncidentType: countsOf(incidentTypes),
    bySchoolLevel: countsOf(schoolLevels),
    byLevel: countsOf(boardLevelKeys),
    byMonth: countsOf(months),
    prevention: exactCountsOf(boardPrevention),
    readiness: exactCountsOf(readinessStatuses),
  })
  .strict()
  .refine(
    (numbers) => numbers.schemaVersion === BOARD_SCHEMA_VERSION || (Object.keys(numbers.prevention).length === 0 && Object.keys(numbers.readiness).length === 0),
    'Versie 1 kent geen preventie.',
  );
export type BoardNumbers = z.infer<typeof boardNumbersSchema>;

export const suppress = (value: number): BoardCount => (value < SUPPRESS_BELOW ? SUPPRESSED : value);

/** Only the keys a section knows; unknown keys in the report (old data) are left out, not guessed. */
function suppressed<K extends string>(keys: readonly K[], counts: Record<string, number>): Partial<Record<K, BoardCount>> {
  return Object.fromEntries(keys.filter((key) => (counts[key] ?? 0) > 0).map((key) => [key, suppress(counts[key]!)])) as Partial<Record<K, BoardCount>>;
}

/** The case counts and the prevention numbers travel; the overview's other parts (lessons per class) stay in the school. */
export function boardNumbers(report: Pick<AnnualReport, 'year' | 'prevention' | (typeof boardTotals)[number] | (BoardSection & `by${string}`)>, school: string): BoardNumbers {
  const readiness: Record<string, number> = {};
  for (const status of Object.values(report.prevention.readiness)) readiness[status] = (readiness[status] ?? 0) + 1;
  return boardNumbersSchema.parse({
    format: BOARD_FORMAT,
    schemaVersion: BOARD_SCHEMA_VERSION,
    school,
    year: report.year,
    totals: Object.fromEntries(boardTotals.map((key) => [key, suppress(report[key])])),
    byIncidentType: suppressed(incidentTypes, report.byIncidentType),
    bySchoolLevel: suppressed(schoolLevels, report.bySchoolLevel),
    byLevel: suppressed(boardLevelKeys, report.byLevel),
    byMonth: suppressed(months, report.byMonth),
    prevention: Object.fromEntries(boardPrevention.map((key) => [key, report.prevention[key]])),
    readiness: Object.fromEntries(readinessStatuses.map((key) => [key, readiness[key] ?? 0])),
  });
}

// ---------- CSV: one row per count, the file's identity repeated on each row ----------

const CSV_HEADER = ['format', 'schema_version', 'school', 'year', 'section', 'key', 'count'] as const;

/** Quotes a field, and defuses a leading = + - @ that a spreadsheet would run as a formula. */
function csvField(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function boardCsv(numbers: BoardNumbers): string {
  const rows: (string | number)[][] = [[...CSV_HEADER]];
  for (const section of sectionNames)
    for (const [key, value] of Object.entries(numbers[section])) rows.push([numbers.format, numbers.schemaVersion, numbers.school, numbers.year, section, key, value as BoardCount]);
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f.length > 0));
}

const unformula = (text: string) => (/^'[=+\-@]/.test(text) ? text.slice(1) : text);

/** Turns the CSV back into the JSON shape, which the schema then judges exactly like a JSON file. */
function csvToObject(text: string): unknown {
  const [header, ...rows] = parseCsvRows(text);
  if (!header || header.join(',') !== CSV_HEADER.join(',') || rows.length === 0) return null;
  const first = rows[0]!;
  const object: Record<string, unknown> = {
    format: first[0],
    schemaVersion: Number(first[1]),
    school: unformula(first[2] ?? ''),
    year: Number(first[3]),
    ...Object.fromEntries(sectionNames.map((s) => [s, {}])),
  };
  for (const row of rows) {
    const [format, version, school, year, section, key, value] = row;
    if (row.length !== CSV_HEADER.length || format !== first[0] || version !== first[1] || unformula(school!) !== object.school || year !== first[3]) return null;
    const target = object[section!];
    if (!target || typeof target !== 'object' || Object.hasOwn(target, key!)) return null;
    (target as Record<string, unknown>)[key!] = value === SUPPRESSED ? SUPPRESSED : /^\d+$/.test(value!) ? Number(value) : value;
  }
  return object;
}

export type BoardFileProblem = 'board_file_unreadable' | 'board_file_invalid' | 'board_file_newer' | 'board_file_duplicate';

export type ParsedBoardFile = { ok: true; numbers: BoardNumbers } | { ok: false; problem: BoardFileProblem };

export function parseBoardFile(text: string): ParsedBoardFile {
  let raw: unknown;
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) {
    try {
      raw = JSON.parse(trimmed);
    } catch {
      return { ok: false, problem: 'board_file_unreadable' };
    }
  } else {
    raw = csvToObject(trimmed);
    if (raw === null) return { ok: false, problem: 'board_file_unreadable' };
  }
  const version = (raw as { schemaVersion?: unknown })?.schemaVersion;
  if ((raw as { format?: unknown })?.format === BOARD_FORMAT && typeof version === 'number' && version > BOARD_SCHEMA_VERSION) return { ok: false, problem: 'board_file_newer' };
  const parsed = boardNumbersSchema.safeParse(raw);
  return parsed.success ? { ok: true, numbers: parsed.data } : { ok: false, problem: 'board_file_invalid' };
}

// ---------- the board's view: several schools summed ----------

/** A summed cell: the exact part, and how many schools only said "<5" (each adds 1 to 4). */
export interface BoardSum {
  known: number;
  suppressed: number;
}

export interface BoardOverview {
  year: number | null;
  schools: { name: string; file: string; year: number }[];
  refused: { file: string; problem: BoardFileProblem | 'board_file_other_year' }[];
  sums: { [S in BoardSection]: Partial<Record<(typeof boardSections)[S][number], BoardSum>> };
}

/**
 * Validates every file, refuses a second file for a school and year already taken and files of
 * another year than the first accepted one, and sums the rest cell by cell.
 */
export function combineBoardFiles(files: { name: string; text: string }[]): BoardOverview {
  const overview: BoardOverview = { year: null, schools: [], refused: [], sums: Object.fromEntries(sectionNames.map((s) => [s, {}])) as BoardOverview['sums'] };
  const seen = new Set<string>();
  for (const file of files) {
    const parsed = parseBoardFile(file.text);
    if (!parsed.ok) {
      overview.refused.push({ file: file.name, problem: parsed.problem });
      continue;
    }
    const { numbers } = parsed;
    const identity = `${numbers.school.toLocaleLowerCase('nl')}|${numbers.year}`;
    if (seen.has(identity)) {
      overview.refused.push({ file: file.name, problem: 'board_file_duplicate' });
      continue;
    }
    if (overview.year !== null && numbers.year !== overview.year) {
      overview.refused.push({ file: file.name, problem: 'board_file_other_year' });
      continue;
    }
    seen.add(identity);
    overview.year = numbers.year;
    overview.schools.push({ name: numbers.school, file: file.name, year: numbers.year });
    for (const section of sectionNames) {
      const sums = overview.sums[section] as Record<string, BoardSum>;
      for (const [key, value] of Object.entries(numbers[section]) as [string, BoardCount][]) {
        const cell = (sums[key] ??= { known: 0, suppressed: 0 });
        if (value === SUPPRESSED) cell.suppressed += 1;
        else cell.known += value;
      }
    }
  }
  return overview;
}
