// Backups that cannot lie: a backup killed at any moment leaves no listed file that fails to
// restore; rotation keeps copies across days, weeks and months and never throws away the newest
// copy that holds more cases than the database does now.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '@db/open-database';
import { migrateDatabase } from '@db/migrate';
import { BackupStore, DEFAULT_ROTATION } from '@core/vault/backups';
import { SET_ASIDE_FOLDER } from '@core/vault/vault';
import { tempFolder } from '../fixtures/temp-folder';
import { MIGRATIONS, PASSPHRASE, testVault } from '../fixtures/vault';
import { insertCases } from '../bench/workload';

const WRITER = path.resolve(__dirname, 'backup-writer.ts');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** Starts the writer and kills it a random moment after it is ready; resolves with the names it reported. */
function backupAndKill(databaseFile: string, backupsFolder: string, key: Buffer, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, databaseFile, backupsFolder, key.toString('hex')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The import aliases (@db/…) are declared in the node tsconfig.
      env: { ...process.env, TSX_TSCONFIG_PATH: path.resolve(__dirname, '../../tsconfig.node.json') },
    });
    let out = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const first = !out.includes('ready\n');
      out += chunk.toString();
      if (first && out.includes('ready\n')) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`backup writer ended without being killed: ${stderr}`));
      resolve(out.split('\n').slice(1, -1));
    });
  });
}

describe('a backup killed halfway', () => {
  it('is never listed, and every listed backup opens and passes the full check (SIGKILL at random moments)', async () => {
    const { folder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    const key = Buffer.alloc(32, 9);
    const databaseFile = path.join(folder, 'vertrouwd.db');
    const setup = openEncryptedDatabase(databaseFile, key);
    migrateDatabase(setup.db, setup.sqlite, MIGRATIONS);
    insertCases(setup.sqlite, 800);
    setup.sqlite.close();
    const backupsFolder = path.join(folder, 'backups');
    const store = new BackupStore(backupsFolder, DEFAULT_ROTATION, () => new Date());
    let interrupted = 0;
    for (let run = 0; run < 5; run++) {
      const reported = await backupAndKill(databaseFile, backupsFolder, key, 10 + Math.floor(Math.random() * 250));
      if (readdirSync(backupsFolder).some((name) => name.endsWith('.partial'))) interrupted += 1;
      const listed = store.list();
      for (const name of reported) if (existsSync(path.join(backupsFolder, name))) expect(listed.map((b) => b.name)).toContain(name);
      for (const backup of listed) {
        expect(backup.verified).toBe(true);
        expect(() => store.verify(backup.name, key)).not.toThrow();
      }
    }
    // The kills did land in the middle of writing a copy.
    expect(interrupted).toBeGreaterThan(0);
  }, 60_000);

  it('lists a backup from before verification existed as unverified, and a stray partial file not at all', async () => {
    const { folder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    const store = new BackupStore(folder, DEFAULT_ROTATION, () => new Date());
    writeFileSync(path.join(folder, 'vertrouwd-20261101T080000000Z-dagelijks.db'), 'oud');
    writeFileSync(path.join(folder, '.vertrouwd-20261102T080000000Z-123.partial'), 'half');
    expect(store.list()).toMatchObject([{ name: 'vertrouwd-20261101T080000000Z-dagelijks.db', verified: false, cases: null }]);
  });
});

describe('backups from before verification existed', () => {
  it('are checked right after unlocking: a good one is named verified with its cases, a bad one moved aside, never deleted', async () => {
    const { folder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    const vault = testVault(folder);
    await vault.create(PASSPHRASE);
    insertCases(vault.connection().sqlite, 4);
    const made = vault.backupNow('handmatig');
    vault.lock();
    // As an older version named them: no case count, so not verified.
    const older = 'vertrouwd-20261101T080000000Z-dagelijks.db';
    renameSync(path.join(vault.backups.folder, made), path.join(vault.backups.folder, older));
    writeFileSync(path.join(vault.backups.folder, 'vertrouwd-20261102T080000000Z-dagelijks.db'), 'half gekopieerd');
    expect(vault.backups.list().filter((b) => !b.verified)).toHaveLength(2);
    await vault.unlock(PASSPHRASE);
    await vault.ready();
    const listed = vault.backups.list();
    expect(listed.filter((b) => !b.verified)).toEqual([]);
    expect(listed.find((b) => b.createdAt.startsWith('2026-11-01'))).toMatchObject({ reason: 'dagelijks', cases: 4, verified: true });
    expect(readdirSync(path.join(folder, SET_ASIDE_FOLDER))).toEqual(['vertrouwd-20261102T080000000Z-dagelijks.db']);
    vault.lock();
  });
});

describe('rotation', () => {
  it('keeps copies across days, weeks and months, so a bad fortnight of daily backups cannot push every good copy out', async () => {
    const { folder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    const DAY = 24 * 3600_000;
    let clock = Date.parse('2026-01-05T08:00:00Z');
    const vault = testVault(folder, { now: () => new Date(clock) });
    await vault.create(PASSPHRASE);
    // A backup every sixth day for half a year, then every day for the last fortnight (a backup
    // every day throughout says the same, but takes four times as long).
    for (let day = 0; day < 200; day += 1) {
      clock += DAY;
      if (day % 6 === 0 || day >= 186) vault.backupNow('dagelijks');
    }
    const ages = vault.backups.list().map((b) => Math.round((clock - Date.parse(b.createdAt)) / DAY));
    expect(ages.length).toBeLessThanOrEqual(DEFAULT_ROTATION.recent + DEFAULT_ROTATION.daily + DEFAULT_ROTATION.weekly + DEFAULT_ROTATION.monthly);
    // Sons: each of the last seven days.
    for (let age = 0; age < DEFAULT_ROTATION.daily; age += 1) expect(ages).toContain(age);
    // Fathers: a copy from each of the weeks before that.
    expect(ages.filter((age) => age >= 7 && age < 14).length).toBeGreaterThan(0);
    expect(ages.filter((age) => age >= 14 && age < 21).length).toBeGreaterThan(0);
    // Grandfathers: one a month, reaching back five months and more.
    expect(new Set(vault.backups.list().map((b) => b.createdAt.slice(0, 7))).size).toBe(DEFAULT_ROTATION.monthly);
    expect(Math.max(...ages)).toBeGreaterThan(140);
    vault.lock();
  }, 60_000);

  it('never rotates out the newest backup holding more cases than the database now, however many days pass', async () => {
    const { folder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    let clock = Date.parse('2026-03-01T08:00:00Z');
    const vault = testVault(folder, { now: () => new Date(clock) });
    await vault.create(PASSPHRASE);
    insertCases(vault.connection().sqlite, 12);
    clock += 3600_000;
    const full = vault.backupNow('handmatig');
    // The cases disappear (a sync tool put back an old, emptier file, say) and daily backups go on.
    vault.connection().sqlite.exec('DELETE FROM notes; DELETE FROM cases');
    for (let day = 0; day < 120; day += 1) {
      clock += 24 * 3600_000;
      vault.backupNow('dagelijks');
    }
    const listed = vault.backups.list();
    expect(listed.find((b) => b.name === full)).toMatchObject({ cases: 12, verified: true });
    expect(listed.length).toBeLessThanOrEqual(3 + 7 + 4 + 6 + 1);
    vault.lock();
  }, 60_000);
});
