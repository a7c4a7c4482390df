import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempFolder } from '@tests/fixtures/temp-folder';
import { MIGRATIONS } from '@tests/fixtures/vault';
import { migrateDatabase } from './migrate';
import { openEncryptedDatabase } from './open-database';

const RUNS = 20;
const WRITER = path.resolve(__dirname, '../tests/fixtures/crash-writer.cjs');

let folder: string;
let cleanup: () => void;
const key = randomBytes(32);
beforeAll(() => ({ folder, cleanup } = tempFolder()));
afterAll(() => cleanup());

/** Runs the writer until it has committed at least one row, then kills it after a random delay. */
function writeAndKill(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, file, key.toString('hex')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), 5 + Math.floor(Math.random() * 150));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed: ${stderr}`));
      // Only whole lines were acknowledged after a commit; a cut-off last line is not.
      resolve(out.split('\n').slice(0, -1));
    });
  });
}

it(`keeps every committed row when the writer is killed at random moments (${RUNS} runs)`, async () => {
  const file = path.join(folder, 'crash.db');
  const setup = openEncryptedDatabase(file, key);
  migrateDatabase(setup.db, setup.sqlite, MIGRATIONS);
  setup.sqlite.close();
  const committed = new Set<string>();
  for (let run = 0; run < RUNS; run++) {
    for (const id of await writeAndKill(file)) committed.add(id);
    const reopened = openEncryptedDatabase(file, key);
    expect((reopened.sqlite.pragma('quick_check') as { quick_check: string }[])[0]?.quick_check).toBe('ok');
    const ids = new Set((reopened.sqlite.prepare('SELECT id FROM cases').all() as { id: string }[]).map((r) => r.id));
    reopened.sqlite.close();
    const missing = [...committed].filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  }
  expect(committed.size).toBeGreaterThan(RUNS);
}, 180_000);
