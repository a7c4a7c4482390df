// One test per migration (the habit Signal Desktop keeps): migrate to N-1, put data in, migrate to
// N, check the data and what N adds.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempFolder } from '@tests/fixtures/temp-folder';
import { MIGRATIONS } from '@tests/fixtures/vault';
import { knownSchemaVersion, migrateDatabase, NewerDatabaseError, schemaVersion } from './migrate';
import { openEncryptedDatabase, type OpenDatabase } from './open-database';

let folder: string;
let cleanup: () => void;
let open: OpenDatabase;
beforeEach(() => {
  ({ folder, cleanup } = tempFolder());
  open = openEncryptedDatabase(path.join(folder, 'm.db'), randomBytes(32));
});
afterEach(() => {
  open.sqlite.close();
  cleanup();
});

/** A copy of the migrations folder that knows only the first `count` migrations. */
function migrationsUpTo(count: number): string {
  const target = path.join(folder, `migrations-${count}`);
  cpSync(MIGRATIONS, target, { recursive: true });
  const journalFile = path.join(target, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalFile, JSON.stringify(journal));
  return target;
}

const tables = () => (open.sqlite.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);

it('0000 creates every table of schema v1 and records schema version 1', () => {
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(1));
  for (const table of [
    'cases',
    'persons',
    'consents',
    'timeline_events',
    'actions',
    'notes',
    'interview_answers',
    'assessments',
    'evidence_items',
    'packs',
    'pack_exports',
    'contacts',
    'settings',
    'audit_log',
    'case_links',
    'checklists',
  ])
    expect(tables()).toContain(table);
  expect(schemaVersion(open.sqlite)).toBe(1);
});

it('0001 keeps existing cases and timeline, adds search and makes the chronology append-only', () => {
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(1));
  open.sqlite.exec(`INSERT INTO cases (id, title, school_level, updated_at) VALUES ('c1', 'Meme gym', 'vo', 'x');
    INSERT INTO timeline_events (case_id, at, kind, summary) VALUES ('c1', '2026-11-23', 'created', 'Zaak aangemaakt');`);
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(2));
  expect(open.sqlite.prepare('SELECT title FROM cases').get()).toEqual({ title: 'Meme gym' });
  expect(tables()).toContain('case_search');
  expect(() => open.sqlite.exec("UPDATE timeline_events SET summary = 'anders'")).toThrow(/append-only/);
  expect(() => open.sqlite.exec('DELETE FROM timeline_events')).toThrow(/append-only/);
  expect(() => open.sqlite.exec("INSERT INTO audit_log (at, actor, action) VALUES ('x','y','z'); DELETE FROM audit_log")).toThrow(/append-only/);
  // Destroying a case takes its chronology with it; the audit trail stays.
  open.sqlite.exec("DELETE FROM cases WHERE id = 'c1'");
  expect(open.sqlite.prepare('SELECT count(*) AS n FROM timeline_events').get()).toEqual({ n: 0 });
  expect(schemaVersion(open.sqlite)).toBe(2);
});

it('0002 adds the handovers table and the chain hash: written once on an old event, then refused like every other change', () => {
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(2));
  open.sqlite.exec(`INSERT INTO cases (id, title, school_level, updated_at) VALUES ('c1', 'Meme gym', 'vo', 'x');
    INSERT INTO timeline_events (case_id, at, kind, summary) VALUES ('c1', '2026-11-23', 'created', 'Zaak aangemaakt');`);
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(3));
  expect(open.sqlite.prepare('SELECT summary, chain_hash FROM timeline_events').get()).toEqual({ summary: 'Zaak aangemaakt', chain_hash: null });
  expect(() => open.sqlite.exec("UPDATE timeline_events SET summary = 'anders', chain_hash = 'ab'")).toThrow(/append-only/);
  open.sqlite.exec("UPDATE timeline_events SET chain_hash = 'ab'");
  expect(() => open.sqlite.exec("UPDATE timeline_events SET chain_hash = 'cd'")).toThrow(/append-only/);
  expect(() => open.sqlite.exec("UPDATE timeline_events SET summary = 'anders'")).toThrow(/append-only/);
  expect(tables()).toContain('handovers');
  expect(schemaVersion(open.sqlite)).toBe(3);
});

it('0003 rewrites the age bands of existing people to the one spelling', () => {
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(3));
  open.sqlite.exec(`INSERT INTO cases (id, title, school_level, updated_at) VALUES ('c1', 'Meme gym', 'vo', 'x');
    INSERT INTO persons (id, case_id, role, kind, age_band) VALUES
      ('p1', 'c1', 'victim', 'pupil', 'under12'), ('p2', 'c1', 'witness', 'pupil', '12-15'),
      ('p3', 'c1', 'parent', 'parent', '18plus'), ('p4', 'c1', 'other', 'pupil', '16-17'), ('p5', 'c1', 'other', 'other', 'unknown');`);
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(4));
  expect(open.sqlite.prepare('SELECT id, age_band AS band FROM persons ORDER BY id').all()).toEqual([
    { id: 'p1', band: 'under_12' },
    { id: 'p2', band: '12_15' },
    { id: 'p3', band: '18_plus' },
    { id: 'p4', band: '16_17' },
    { id: 'p5', band: 'unknown' },
  ]);
  expect(schemaVersion(open.sqlite)).toBe(4);
});

it('0004 adds the school-level prevention tables; a removed police contact leaves its point without one', () => {
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(4));
  open.sqlite.exec("INSERT INTO contacts (id, role, name, updated_at) VALUES ('p1', 'police_contact', 'Wijkagent', 'x')");
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(5));
  expect(open.sqlite.prepare('SELECT name FROM contacts').get()).toEqual({ name: 'Wijkagent' });
  for (const table of ['readiness_points', 'prevention_classes', 'prevention_lessons', 'prevention_documents']) expect(tables()).toContain(table);
  open.sqlite.exec(`INSERT INTO readiness_points (key, status, contact_id, updated_at) VALUES ('police_contact', 'done', 'p1', 'x');
    INSERT INTO prevention_classes (id, name, school_level, updated_at) VALUES ('k1', '2B', 'vo', 'x');
    INSERT INTO prevention_lessons (id, class_id, held_date, updated_at) VALUES ('l1', 'k1', '2026-10-01', 'x');`);
  open.sqlite.exec("DELETE FROM contacts WHERE id = 'p1'");
  expect(open.sqlite.prepare('SELECT contact_id FROM readiness_points').get()).toEqual({ contact_id: null });
  // A class taken out of the register takes its lessons with it.
  open.sqlite.exec("DELETE FROM prevention_classes WHERE id = 'k1'");
  expect(open.sqlite.prepare('SELECT count(*) AS n FROM prevention_lessons').get()).toEqual({ n: 0 });
  expect(schemaVersion(open.sqlite)).toBe(5);
});

it('0005 keeps evidence and chronology, starts every item as "to report" and keeps the takedown history append-only', () => {
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(5));
  open.sqlite.exec(`INSERT INTO cases (id, title, school_level, updated_at) VALUES ('c1', 'Meme gym', 'vo', 'x');
    INSERT INTO timeline_events (case_id, at, kind, summary) VALUES ('c1', '2026-11-23T10:00:00Z', 'contact', 'Moeder gebeld');
    INSERT INTO evidence_items (id, case_id, description, platform) VALUES ('e1', 'c1', 'Bewerkte foto in klassengroep', 'WhatsApp');`);
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(6));
  expect(open.sqlite.prepare('SELECT summary, happened_at FROM timeline_events').get()).toEqual({ summary: 'Moeder gebeld', happened_at: null });
  expect(open.sqlite.prepare('SELECT description, takedown_status, follow_up_date FROM evidence_items').get()).toEqual({
    description: 'Bewerkte foto in klassengroep',
    takedown_status: 'to_report',
    follow_up_date: null,
  });
  open.sqlite.exec("INSERT INTO takedown_updates (evidence_id, case_id, at, reported_to, reference) VALUES ('e1', 'c1', '2026-11-24', 'helpwanted', 'HW-1')");
  expect(() => open.sqlite.exec("UPDATE takedown_updates SET reference = 'HW-2'")).toThrow(/append-only/);
  expect(() => open.sqlite.exec('DELETE FROM takedown_updates')).toThrow(/append-only/);
  open.sqlite.exec("DELETE FROM cases WHERE id = 'c1'");
  expect(open.sqlite.prepare('SELECT count(*) AS n FROM takedown_updates').get()).toEqual({ n: 0 });
  expect(schemaVersion(open.sqlite)).toBe(6);
});

it('0006 turns on FTS5 secure-delete and clears what an earlier deletion left in the index', () => {
  const tokensOf = () => Buffer.concat((open.sqlite.prepare('SELECT block FROM case_search_data').all() as { block: Buffer | null }[]).map((r) => r.block ?? Buffer.alloc(0)));
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(6));
  open.sqlite.exec(`INSERT INTO case_search (rowid, body) VALUES (1, 'aardappel'), (2, 'xylofoonkanarie');
    DELETE FROM case_search WHERE rowid = 2;`);
  // Without secure-delete the deleted row's word is still in the index's shadow table.
  expect(tokensOf().includes(Buffer.from('xylofoonkanarie'))).toBe(true);
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(7));
  expect(tokensOf().includes(Buffer.from('xylofoonkanarie'))).toBe(false);
  expect(open.sqlite.prepare("SELECT v FROM case_search_config WHERE k = 'secure-delete'").get()).toEqual({ v: 1 });
  open.sqlite.exec(`INSERT INTO case_search (rowid, body) VALUES (3, 'zebrakanarie'); DELETE FROM case_search WHERE rowid = 3;`);
  expect(tokensOf().includes(Buffer.from('zebrakanarie'))).toBe(false);
  expect(open.sqlite.prepare("SELECT rowid FROM case_search WHERE case_search MATCH 'aardappel'").all()).toEqual([{ rowid: 1 }]);
  expect(schemaVersion(open.sqlite)).toBe(7);
});

it('0007 keeps recorded consents and lets a new one name the victim it is about', () => {
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(7));
  open.sqlite.exec(`INSERT INTO cases (id, title, school_level, updated_at) VALUES ('c1', 'Drie leerlingen', 'vo', 'x');
    INSERT INTO consents (id, case_id, subject, given_by, decision, method, decided_at) VALUES ('k1', 'c1', 'class_talk', 'parent', 'refused', 'phone', '2026-11-20');`);
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(8));
  expect(open.sqlite.prepare('SELECT decision, victim_person_id AS victim FROM consents').get()).toEqual({ decision: 'refused', victim: null });
  open.sqlite.exec(`INSERT INTO persons (id, case_id, role, kind) VALUES ('p2', 'c1', 'victim', 'pupil');
    INSERT INTO consents (id, case_id, subject, given_by, decision, method, decided_at, victim_person_id) VALUES ('k2', 'c1', 'class_talk', 'victim', 'given', 'verbal', '2026-11-21', 'p2');`);
  expect(open.sqlite.prepare("SELECT victim_person_id AS victim FROM consents WHERE id = 'k2'").get()).toEqual({ victim: 'p2' });
  expect(schemaVersion(open.sqlite)).toBe(8);
});

it("0008 keeps interview answers (as the first victim's) and lets a new one name the victim it is about", () => {
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(8));
  open.sqlite.exec(`INSERT INTO cases (id, title, school_level, updated_at) VALUES ('c1', 'Twee leerlingen', 'vo', 'x');
    INSERT INTO interview_answers (case_id, question_id, value, answered_at) VALUES ('c1', 'selfharm_signals', '"no"', '2026-11-20T10:00:00Z');`);
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(9));
  expect(open.sqlite.prepare('SELECT question_id AS q, value, victim_person_id AS victim FROM interview_answers').get()).toEqual({ q: 'selfharm_signals', value: '"no"', victim: null });
  open.sqlite.exec(`INSERT INTO persons (id, case_id, role, kind) VALUES ('p2', 'c1', 'victim', 'pupil');
    INSERT INTO interview_answers (case_id, question_id, value, answered_at, victim_person_id) VALUES ('c1', 'selfharm_signals', '"unsure"', '2026-11-21T10:00:00Z', 'p2');`);
  expect(open.sqlite.prepare("SELECT value FROM interview_answers WHERE victim_person_id = 'p2'").get()).toEqual({ value: '"unsure"' });
  expect(schemaVersion(open.sqlite)).toBe(9);
});

it('0009 keeps a saved family letter and gives each victim’s family its own', () => {
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(9));
  open.sqlite.exec(`INSERT INTO cases (id, title, school_level, updated_at) VALUES ('c1', 'Twee leerlingen', 'vo', 'x');
    INSERT INTO packs (id, case_id, pack_type, locale, edits, updated_at) VALUES ('k1', 'c1', 'parents_victim', 'nl', '{"intro":"Eigen tekst"}', 'x');`);
  migrateDatabase(open.db, open.sqlite, migrationsUpTo(10));
  expect(open.sqlite.prepare('SELECT edits, victim_person_id AS victim FROM packs').get()).toEqual({ edits: '{"intro":"Eigen tekst"}', victim: null });
  const insert = open.sqlite.prepare(`INSERT INTO packs (id, case_id, pack_type, locale, updated_at, victim_person_id) VALUES (?, 'c1', 'parents_victim', 'nl', 'x', ?)`);
  insert.run('k2', 'p1');
  insert.run('k3', 'p2');
  expect(() => insert.run('k4', 'p2')).toThrow(/UNIQUE/);
  expect(schemaVersion(open.sqlite)).toBe(10);
});

it('every migration in the journal is covered by a test above', () => {
  expect(knownSchemaVersion(MIGRATIONS)).toBe(10);
});

it('refuses a database from a newer version before changing it', () => {
  migrateDatabase(open.db, open.sqlite, MIGRATIONS);
  const newer = knownSchemaVersion(MIGRATIONS) + 1;
  open.sqlite.pragma(`user_version = ${newer}`);
  expect(() => migrateDatabase(open.db, open.sqlite, MIGRATIONS)).toThrow(NewerDatabaseError);
  expect(schemaVersion(open.sqlite)).toBe(newer);
});
