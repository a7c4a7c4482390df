// A full disk and a read-only disk, for real: the vault lives on a small tmpfs mounted for the
// test (the machine must allow mounting, e.g. as root in CI). Where it does not, the tests are
// skipped with the reason in their name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreOn, type TestCore } from '../fixtures/core';
import { PASSPHRASE } from '../fixtures/vault';
import { dataKeyOf, decryptedBytes, expectNamed, holdsText } from './kit';

/** Mounts a tmpfs of this size, or says why it cannot. */
function smallDisk(megabytes: number): { folder: string; unmount: () => void; remount: (mode: 'ro' | 'rw') => void } | string {
  if (process.platform !== 'linux') return `not Linux (${process.platform}): no tmpfs`;
  const folder = mkdtempSync(path.join(os.tmpdir(), 'vertrouwd-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', folder], { stdio: 'pipe' });
  } catch (error) {
    rmdirSync(folder);
    return `cannot mount a tmpfs here (${
      String((error as { stderr?: Buffer }).stderr ?? error)
        .trim()
        .slice(0, 80) || 'needs root'
    })`;
  }
  return {
    folder,
    remount: (mode) => execFileSync('mount', ['-o', `remount,${mode}`, folder], { stdio: 'pipe' }),
    unmount: () => {
      execFileSync('umount', [folder], { stdio: 'pipe' });
      rmdirSync(folder);
    },
  };
}

const disk = smallDisk(8);
const skipReason = typeof disk === 'string' ? disk : null;
const mounted = typeof disk === 'string' ? null : disk;

describe.skipIf(skipReason !== null)(`a full and a read-only disk${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let t: TestCore;
  let caseId: string;
  const vaultFolder = () => path.join(mounted!.folder, 'vault');
  const filler = () => path.join(mounted!.folder, 'filler');

  /** Fills what is left of the disk. */
  function fillDisk(): void {
    const chunk = Buffer.alloc(64 * 1024, 1);
    let written = 0;
    try {
      for (;;) {
        writeFileSync(`${filler()}-${written}`, chunk);
        written += 1;
      }
    } catch {
      // ENOSPC: full
    }
  }
  const emptyDisk = () => {
    for (const name of readdirSync(mounted!.folder)) if (name.startsWith('filler')) rmSync(path.join(mounted!.folder, name));
  };

  beforeAll(async () => {
    t = coreOn(vaultFolder());
    await t.call('vaultCreate', { passphrase: PASSPHRASE, profileName: 'Mevrouw De Vries' });
    caseId = (await t.call('casesCreate', { title: 'Op een volle schijf', schoolLevel: 'vo', incidentTypes: [], platforms: [], summary: '', incidentDate: null })).id;
  });
  afterAll(() => {
    t?.core.vault.lock();
    try {
      mounted?.remount('rw');
    } catch {
      // already writable
    }
    mounted?.unmount();
  });

  it('a write on a full disk is told as "disk full", changes nothing, and works again once there is room', async () => {
    await t.call('notesAdd', { caseId, kind: 'dossier', body: 'Voor de volle schijf' });
    fillDisk();
    const message = await expectNamed(t, 'notesAdd', { caseId, kind: 'dossier', body: 'Nieuwe notitie '.repeat(1300) }, 'disk_full');
    expect(message).toContain('schijf is vol');
    expect((await t.call('notesList', { caseId })).map((n) => n.body)).toEqual(['Voor de volle schijf']);
    // A backup on a full disk fails as "disk full" and leaves nothing listed or lying around.
    const before = (await t.call('backupsList', {})).map((b) => b.name);
    await expectNamed(t, 'backupsCreate', {}, 'disk_full');
    expect((await t.call('backupsList', {})).map((b) => b.name)).toEqual(before);
    expect(readdirSync(path.join(vaultFolder(), 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
    emptyDisk();
    await t.call('notesAdd', { caseId, kind: 'dossier', body: 'Na het opruimen' });
    expect((await t.call('notesList', { caseId })).map((n) => n.body)).toEqual(['Voor de volle schijf', 'Na het opruimen']);
  });

  it('unlocking on a read-only disk is told as "read-only", and the vault opens as soon as it is writable again', async () => {
    await t.call('vaultLock', {});
    mounted!.remount('ro');
    const message = await expectNamed(t, 'vaultUnlock', { passphrase: PASSPHRASE }, 'disk_read_only');
    expect(message).toContain('alleen-lezen');
    mounted!.remount('rw');
    await t.call('vaultUnlock', { passphrase: PASSPHRASE });
    expect((await t.call('notesList', { caseId })).map((n) => n.body)).toEqual(['Voor de volle schijf', 'Na het opruimen']);
  });

  it('a backup or a key change into a folder that turned read-only is told as "read-only" and leaves nothing behind', async () => {
    // The open database keeps writing through the files it has open; the backups folder is made
    // read-only on its own (a read-only bind mount over it), as a sync tool or a policy might.
    const backups = path.join(vaultFolder(), 'backups');
    const before = (await t.call('backupsList', {})).map((b) => b.name);
    execFileSync('mount', ['--bind', backups, backups]);
    try {
      execFileSync('mount', ['-o', 'remount,bind,ro', backups]);
      const message = await expectNamed(t, 'backupsCreate', {}, 'disk_read_only');
      expect(message).toContain('alleen-lezen');
      await expectNamed(t, 'vaultNewRecoveryKey', { passphrase: PASSPHRASE }, 'disk_read_only');
    } finally {
      execFileSync('umount', [backups]);
    }
    expect((await t.call('backupsList', {})).map((b) => b.name)).toEqual(before);
    expect(readdirSync(backups).filter((f) => f.endsWith('.partial'))).toEqual([]);
    await t.call('backupsCreate', {});
  });

  it('a destruction when no backup can be made stands, and the next backup that succeeds removes the older ones holding the case', async () => {
    const title = 'Weg met Ijsvogelkanariewoord';
    const { id } = await t.call('casesCreate', { title, schoolLevel: 'vo', incidentTypes: [], platforms: [], summary: 'Ijsvogelkanariewoord', incidentDate: null });
    await t.call('backupsCreate', {});
    const backups = path.join(vaultFolder(), 'backups');
    const key = await dataKeyOf(t.core.vault.keyFile);
    const holding = () => t.core.vault.backups.list().filter((b) => holdsText(decryptedBytes(path.join(backups, b.name), key), 'Ijsvogelkanariewoord'));
    expect(holding().length).toBeGreaterThan(0);
    execFileSync('mount', ['--bind', backups, backups]);
    let destroyed;
    try {
      execFileSync('mount', ['-o', 'remount,bind,ro', backups]);
      destroyed = await t.call('casesDestroy', { id, confirmTitle: title });
    } finally {
      execFileSync('umount', [backups]);
    }
    // Destroyed, and told why the backups are not cleaned up yet.
    expect(destroyed).toMatchObject({ ok: true, backupsRemoved: 0, backupProblem: expect.stringContaining('alleen-lezen') });
    expect(await t.fails('casesGet', { id })).toBe('case_not_found');
    expect(holding().length).toBeGreaterThan(0);
    // The note that they must go is in the vault itself: it survives a lock.
    await t.call('vaultLock', {});
    await t.call('vaultUnlock', { passphrase: PASSPHRASE });
    await t.call('backupsCreate', {});
    expect(holding()).toEqual([]);
  });
});
