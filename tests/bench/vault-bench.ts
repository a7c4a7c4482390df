// Vault numbers: the cost of unlocking (KDF vs everything else), encrypted vs plain on the same
// workload, and full-text search over 10,000 cases.
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrateDatabase } from '@db/migrate';
import { openEncryptedDatabase, type OpenDatabase } from '@db/open-database';
import * as schema from '@db/schema';
import { listCases } from '@core/cases/case-files';
import { readKeyFile } from '@core/vault/key-file';
import { Vault } from '@core/vault/vault';
import { tempFolder } from '../fixtures/temp-folder';
import { MIGRATIONS, PASSPHRASE } from '../fixtures/vault';
import { insertCases, SEARCH_TERMS } from './workload';

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
const round = (n: number) => Math.round(n * 100) / 100;

async function unlockNumbers() {
  const { folder, cleanup } = tempFolder('vertrouwd-bench-');
  try {
    // The real calibration, as a first run on this machine would do it.
    const vault = new Vault({ folder, migrationsFolder: MIGRATIONS });
    await vault.create(PASSPHRASE);
    vault.lock();
    const slot = readKeyFile(vault.keyFile).slots[0];
    // KDF and the rest measured within the same unlock, so machine noise cannot make the overhead negative.
    const runs: { kdf: number; total: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await vault.unlock(PASSPHRASE);
      const total = performance.now() - started;
      runs.push({ kdf: vault.lastUnlock!.kdfMs, total });
      vault.lock();
    }
    return {
      scrypt_N: 2 ** slot.kdf.logN,
      kdf_ms: round(median(runs.map((r) => r.kdf))),
      unlock_ms: round(median(runs.map((r) => r.total))),
      unlock_overhead_ms: round(median(runs.map((r) => r.total - r.kdf))),
    };
  } finally {
    cleanup();
  }
}

/** Insert 10,000 cases with notes, then 200 searches through the app's own list query. */
function workload(open: OpenDatabase): { totalMs: number; searchMs: number[] } {
  const started = performance.now();
  insertCases(open.sqlite, 10_000);
  const ctx = { db: open.db, sqlite: open.sqlite, actor: () => 'bench', now: () => new Date('2026-11-23T09:00:00Z') };
  const searchMs: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    listCases(ctx, { query: SEARCH_TERMS[i % SEARCH_TERMS.length], status: 'all' });
    searchMs.push(performance.now() - t);
  }
  return { totalMs: performance.now() - started, searchMs };
}

function plainDatabase(file: string): OpenDatabase {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('foreign_keys = ON');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

function encryptedVsPlain() {
  const { folder, cleanup } = tempFolder('vertrouwd-bench-');
  try {
    const run = (open: OpenDatabase, reopen?: () => OpenDatabase) => {
      migrateDatabase(open.db, open.sqlite, MIGRATIONS);
      const result = workload(open);
      open.sqlite.close();
      // The full page check as the vault runs it right after unlocking, on these 10,000 cases: on a
      // fresh connection, so every page is read and decrypted rather than found in the cache.
      let integrityMs = 0;
      if (reopen) {
        const fresh = reopen();
        const started = performance.now();
        const rows = fresh.sqlite.pragma('quick_check') as { quick_check: string }[];
        integrityMs = performance.now() - started;
        fresh.sqlite.close();
        if (rows[0]?.quick_check !== 'ok') throw new Error(`integrity check failed on the bench database: ${JSON.stringify(rows)}`);
      }
      return { ...result, integrityMs };
    };
    // Side by side, alternating, at least 5 times: each number is the median of its repetitions,
    // so one noisy run cannot decide.
    const plain: number[] = [];
    const encrypted: number[] = [];
    const ratios: number[] = [];
    const p95s: number[] = [];
    const integrity: number[] = [];
    for (let pass = 0; pass < 5; pass++) {
      const plainMs = run(plainDatabase(path.join(folder, `plain-${pass}.db`))).totalMs;
      const file = path.join(folder, `enc-${pass}.db`);
      const key = Buffer.alloc(32, pass + 1);
      const enc = run(openEncryptedDatabase(file, key), () => openEncryptedDatabase(file, key, { mustExist: true }));
      plain.push(plainMs);
      encrypted.push(enc.totalMs);
      ratios.push(enc.totalMs / plainMs);
      p95s.push(percentile(enc.searchMs, 95));
      integrity.push(enc.integrityMs);
    }
    return {
      plain_workload_ms: round(median(plain)),
      encrypted_workload_ms: round(median(encrypted)),
      encrypted_vs_plain_ratio: round(median(ratios)),
      search_10k_p95_ms: round(median(p95s)),
      unlock_integrity_check_10k_ms: round(median(integrity)),
    };
  } finally {
    cleanup();
  }
}

export async function measureVault() {
  return { ...(await unlockNumbers()), ...encryptedVsPlain() };
}
