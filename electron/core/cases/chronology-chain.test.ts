import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrateDatabase } from '@db/migrate';
import { openEncryptedDatabase, type OpenDatabase } from '@db/open-database';
import { tempFolder } from '@tests/fixtures/temp-folder';
import { MIGRATIONS } from '@tests/fixtures/vault';
import { chainHead, sealChain, verifyChain } from './chronology-chain';

let open: OpenDatabase;
let cleanup: () => void;
beforeEach(() => {
  const temp = tempFolder();
  cleanup = temp.cleanup;
  open = openEncryptedDatabase(path.join(temp.folder, 'c.db'), randomBytes(32));
  migrateDatabase(open.db, open.sqlite, MIGRATIONS);
  open.sqlite.exec("INSERT INTO cases (id, title, school_level, updated_at) VALUES ('a', 'A', 'vo', 'x'), ('b', 'B', 'vo', 'x')");
});
afterEach(() => {
  open.sqlite.close();
  cleanup();
});

const add = (caseId: string, summary: string, corrects: number | null = null) =>
  Number(open.sqlite.prepare("INSERT INTO timeline_events (case_id, at, kind, summary, corrects_event_id) VALUES (?, '2026-12-01', 'event', ?, ?)").run(caseId, summary, corrects).lastInsertRowid);

it('seals events from before the chain on first use, case by case, and the result verifies', () => {
  const first = add('a', 'een');
  add('b', 'ander geval');
  add('a', 'twee');
  add('a', 'correctie', first);
  expect(verifyChain(open.sqlite, 'a').ok).toBe(false);
  const head = sealChain(open.sqlite, 'a');
  expect(verifyChain(open.sqlite, 'a')).toEqual({ ok: true, events: 3, head });
  expect(chainHead(open.sqlite, 'b')).toBeNull();
  // A later event links to the sealed head, interleaved ids of another case notwithstanding.
  add('b', 'nog een');
  add('a', 'drie');
  sealChain(open.sqlite, 'a');
  sealChain(open.sqlite, 'b');
  expect(verifyChain(open.sqlite, 'a')).toMatchObject({ ok: true, events: 4 });
  expect(verifyChain(open.sqlite, 'b')).toMatchObject({ ok: true, events: 2 });
});

it('gives the same hashes to the same chronology whatever its row ids', () => {
  add('b', 'eerst iets anders');
  const one = add('a', 'een');
  add('a', 'correctie', one);
  const head = sealChain(open.sqlite, 'a');
  open.sqlite.exec("INSERT INTO cases (id, title, school_level, updated_at) VALUES ('c', 'C', 'vo', 'x')");
  open.sqlite.exec("DROP TRIGGER timeline_events_no_delete; DELETE FROM timeline_events WHERE case_id = 'a'");
  const again = add('a', 'een');
  add('a', 'correctie', again);
  expect(again).not.toBe(one);
  expect(sealChain(open.sqlite, 'a')).toBe(head);
});
