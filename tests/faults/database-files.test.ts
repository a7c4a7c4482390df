// The vault folder harmed the way sync tools, virus scanners and half-finished copies harm it:
// the database deleted, emptied, cut short or with flipped bytes; a key file from another vault
// or a damaged one. Unlock never makes a new vault, every state is named, and a backup can be put
// back from the unlock screen with the passphrase or the recovery key.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readKeyFile } from '@core/vault/key-file';
import { SET_ASIDE_FOLDER } from '@core/vault/vault';
import { coreOn, unlockedCore, type TestCore } from '../fixtures/core';
import { tempFolder } from '../fixtures/temp-folder';
import { PASSPHRASE, testVault } from '../fixtures/vault';
import { expectNamed, flipByte } from './kit';

const OTHER_PASSPHRASE = 'zeven-groene-kikkers-zingen-laat';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function vaultWithCases(count = 3): Promise<TestCore> {
  const t = await unlockedCore();
  cleanups.push(t.cleanup);
  for (let i = 0; i < count; i++) await t.call('casesCreate', { title: `Zaak ${i}`, schoolLevel: 'vo', incidentTypes: [], platforms: [], summary: 'Tekst '.repeat(200), incidentDate: null });
  await t.core.vault.ready();
  await t.call('backupsCreate', {});
  await t.call('vaultLock', {});
  return t;
}

const setAside = (t: TestCore) => {
  const folder = path.join(t.core.vault.options.folder, SET_ASIDE_FOLDER);
  return existsSync(folder) ? readdirSync(folder) : [];
};

describe('a key file without a usable database', () => {
  it.each([
    ['deleted', (file: string) => rmSync(file), 'database_missing'],
    ['emptied to 0 bytes', (file: string) => writeFileSync(file, ''), 'database_empty'],
    ['cut short mid-page', (file: string) => truncateSync(file, statSync(file).size - 1000), 'database_truncated'],
  ])('%s: unlock creates nothing, names the state, and the backup comes back from the unlock screen', async (_how, harm, code) => {
    const t = await vaultWithCases();
    const file = t.core.vault.databaseFile;
    harm(file);
    const sizeBefore = existsSync(file) ? statSync(file).size : -1;
    await expectNamed(t, 'vaultUnlock', { passphrase: PASSPHRASE }, code);
    // Nothing was created or changed in its place.
    expect(existsSync(file) ? statSync(file).size : -1).toBe(sizeBefore);
    expect(await t.call('vaultStatus', {})).toMatchObject({ state: 'locked', problem: code });
    const backups = await t.call('backupsList', {});
    expect(backups.length).toBeGreaterThan(0);
    expect(backups.every((b) => b.verified)).toBe(true);
    expect(backups[0]).toMatchObject({ reason: 'handmatig', cases: 3 });
    await expectNamed(t, 'backupsRestore', { name: backups[0]!.name }, 'backup_needs_key');
    await expectNamed(t, 'backupsRestore', { name: backups[0]!.name, passphrase: 'niet-de-goede-zin-hoor' }, 'wrong_passphrase');
    await t.call('backupsRestore', { name: backups[0]!.name, passphrase: PASSPHRASE });
    expect(await t.call('casesList', { status: 'all' })).toHaveLength(3);
    expect((await t.call('auditList', {})).filter((a) => a.action === 'restore')).toHaveLength(1);
    // The harmed file is kept aside, never deleted (a deleted one has nothing to keep).
    expect(setAside(t).filter((f) => f.endsWith('.db'))).toHaveLength(sizeBefore >= 0 ? 1 : 0);
  });

  it('a flipped byte in the first page is told as damage at unlock, not as a wrong passphrase or another vault', async () => {
    const t = await vaultWithCases(2);
    // Past the 16-byte salt: inside the encrypted part of the page that holds the schema.
    flipByte(t.core.vault.databaseFile, 200);
    await expectNamed(t, 'vaultUnlock', { passphrase: PASSPHRASE }, 'database_damaged');
    expect(await t.call('vaultStatus', {})).toMatchObject({ state: 'locked', problem: 'database_damaged' });
    const [newest] = await t.call('backupsList', {});
    await t.call('backupsRestore', { name: newest!.name, passphrase: PASSPHRASE });
    expect(await t.call('casesList', { status: 'all' })).toHaveLength(2);
    expect(setAside(t).filter((f) => f.endsWith('.db'))).toHaveLength(1);
  });

  it('a damaged first page with no backup to open is still told as damage, not as another vault’s key file', async () => {
    const t = await vaultWithCases(2);
    // No backup to compare with: the only witness left is the database's own other pages.
    for (const backup of await t.call('backupsList', {})) rmSync(path.join(t.core.vault.backups.folder, backup.name));
    flipByte(t.core.vault.databaseFile, 200);
    await expectNamed(t, 'vaultUnlock', { passphrase: PASSPHRASE }, 'database_damaged');
    await expectNamed(t, 'vaultRecover', { recoveryKey: t.recoveryKey, newPassphrase: OTHER_PASSPHRASE }, 'database_damaged');
    // Another vault's key reads none of these pages: that stays a foreign key file.
    const { folder: otherFolder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    const other = testVault(otherFolder);
    await other.create(OTHER_PASSPHRASE);
    other.lock();
    cpSync(other.keyFile, t.core.vault.keyFile);
    cpSync(other.keyFile, path.join(t.core.vault.backups.folder, 'vertrouwd.key'));
    await expectNamed(t, 'vaultUnlock', { passphrase: OTHER_PASSPHRASE }, 'key_file_foreign');
  });

  it('flipped bytes in the middle pass the first read, are found by the check right after unlock, and are reported as damage', async () => {
    const t = await vaultWithCases(60);
    const before = (await t.call('backupsList', {})).map((b) => b.name);
    const file = t.core.vault.databaseFile;
    const offset = Math.floor(statSync(file).size / 4096 / 2) * 4096 + 1500;
    flipByte(file, offset);
    const damagedByte = readFileSync(file)[offset];
    // The unlock itself answers at once; the first call that needs the data waits for the check.
    await t.call('vaultUnlock', { passphrase: PASSPHRASE });
    await expectNamed(t, 'casesList', {}, 'database_damaged');
    expect(await t.call('vaultStatus', {})).toMatchObject({ state: 'locked', problem: 'database_damaged' });
    // No backup was made of the damaged file.
    expect((await t.call('backupsList', {})).map((b) => b.name)).toEqual(before);
    const [newest] = await t.call('backupsList', {});
    await t.call('backupsRestore', { name: newest!.name, passphrase: PASSPHRASE });
    expect(await t.call('casesList', { status: 'all' })).toHaveLength(60);
    const kept = setAside(t).find((f) => f.endsWith('.db'))!;
    expect(readFileSync(path.join(t.core.vault.options.folder, SET_ASIDE_FOLDER, kept))[offset]).toBe(damagedByte);
  });

  it('a database cut at a page boundary is found by the check and restored with the recovery key', async () => {
    const { folder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    const t = coreOn(folder);
    cleanups.push(() => t.core.vault.lock());
    const { recoveryKey } = await t.call('vaultCreate', { passphrase: PASSPHRASE, profileName: 'Mevrouw De Vries' });
    for (let i = 0; i < 40; i++) await t.call('casesCreate', { title: `Zaak ${i}`, schoolLevel: 'po', incidentTypes: [], platforms: [], summary: 'Woorden '.repeat(300), incidentDate: null });
    await t.call('backupsCreate', {});
    await t.call('vaultLock', {});
    const file = t.core.vault.databaseFile;
    truncateSync(file, Math.floor(statSync(file).size / 4096 / 2) * 4096);
    const unlocked = await t.core.dispatch('vaultUnlock', { passphrase: PASSPHRASE });
    if (unlocked.ok) await expectNamed(t, 'casesList', { status: 'all' }, 'database_damaged');
    else expect(unlocked.error.code).toBe('database_damaged');
    const [newest] = await t.call('backupsList', {});
    await expectNamed(t, 'backupsRestore', { name: newest!.name, recoveryKey: 'ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD' }, 'wrong_recovery_key');
    await t.call('backupsRestore', { name: newest!.name, recoveryKey, newPassphrase: OTHER_PASSPHRASE });
    expect(await t.call('casesList', { status: 'all' })).toHaveLength(40);
    // Written once, in the restored vault, after it opened; the refused attempt left no entry.
    expect((await t.call('auditList', {})).filter((a) => a.action === 'restore').map((a) => a.detail)).toEqual([`${newest!.name} (unlock screen)`]);
    await t.call('vaultLock', {});
    await t.call('vaultUnlock', { passphrase: OTHER_PASSPHRASE });
    expect(await t.call('casesList', { status: 'all' })).toHaveLength(40);
  });

  it('only first-run setup makes a database: with neither file there is no vault, with the key file alone never an empty one', async () => {
    const t = await vaultWithCases(1);
    for (const file of readdirSync(path.join(t.core.vault.options.folder, 'backups'))) rmSync(path.join(t.core.vault.backups.folder, file));
    rmSync(t.core.vault.databaseFile);
    await expectNamed(t, 'vaultUnlock', { passphrase: PASSPHRASE }, 'database_missing');
    await expectNamed(t, 'vaultRecover', { recoveryKey: 'ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD', newPassphrase: OTHER_PASSPHRASE }, 'database_missing');
    await expectNamed(t, 'vaultCreate', { passphrase: PASSPHRASE, profileName: 'Iemand' }, 'vault_exists');
    expect(existsSync(t.core.vault.databaseFile)).toBe(false);
  });
});

describe('key files', () => {
  it('a key file from another vault: the correct recovery key still works, through the spare that matches', async () => {
    const ours = await vaultWithCases(2);
    const { folder: otherFolder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    const other = testVault(otherFolder);
    await other.create(OTHER_PASSPHRASE);
    other.lock();
    // Our recovery key, from a fresh one issued with the passphrase.
    await ours.call('vaultUnlock', { passphrase: PASSPHRASE });
    const { recoveryKey } = await ours.call('vaultNewRecoveryKey', { passphrase: PASSPHRASE });
    await ours.call('vaultLock', {});
    const ourId = readKeyFile(ours.core.vault.keyFile).vaultId;
    cpSync(other.keyFile, ours.core.vault.keyFile);
    expect(readKeyFile(ours.core.vault.keyFile).vaultId).not.toBe(ourId);
    await expectNamed(ours, 'vaultUnlock', { passphrase: OTHER_PASSPHRASE }, 'key_file_foreign');
    await ours.call('vaultRecover', { recoveryKey, newPassphrase: OTHER_PASSPHRASE });
    expect(await ours.call('casesList', { status: 'all' })).toHaveLength(2);
    // The key file and the database carry the same vault id again; the foreign file is kept aside.
    expect(readKeyFile(ours.core.vault.keyFile).vaultId).toBe(ourId);
    const dbId = JSON.parse((ours.core.vault.connection().sqlite.prepare("SELECT value FROM settings WHERE key = 'vault'").get() as { value: string }).value).id;
    expect(dbId).toBe(ourId);
    expect(setAside(ours).some((f) => f.endsWith('.key'))).toBe(true);
  });

  it('a foreign key file with no matching spare is named, not mistaken for a wrong passphrase or damage', async () => {
    const ours = await vaultWithCases(1);
    const { folder: otherFolder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    const other = testVault(otherFolder);
    await other.create(OTHER_PASSPHRASE);
    other.lock();
    cpSync(other.keyFile, ours.core.vault.keyFile);
    cpSync(other.keyFile, path.join(ours.core.vault.backups.folder, 'vertrouwd.key'));
    await expectNamed(ours, 'vaultUnlock', { passphrase: OTHER_PASSPHRASE }, 'key_file_foreign');
    await expectNamed(ours, 'vaultUnlock', { passphrase: PASSPHRASE }, 'wrong_passphrase');
  });

  it('a damaged key file is named, and the recovery key opens the vault through the spare', async () => {
    const { folder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    const t = coreOn(folder);
    cleanups.push(() => t.core.vault.lock());
    const { recoveryKey } = await t.call('vaultCreate', { passphrase: PASSPHRASE, profileName: 'Mevrouw De Vries' });
    await t.call('casesCreate', { title: 'Blijft', schoolLevel: 'vo', incidentTypes: [], platforms: [], summary: '', incidentDate: null });
    await t.call('vaultLock', {});
    writeFileSync(t.core.vault.keyFile, '{"format":"vertrouwd-key-file","versi');
    await expectNamed(t, 'vaultUnlock', { passphrase: PASSPHRASE }, 'key_file_damaged');
    rmSync(t.core.vault.keyFile);
    await expectNamed(t, 'vaultUnlock', { passphrase: PASSPHRASE }, 'key_file_missing');
    await t.call('vaultRecover', { recoveryKey, newPassphrase: OTHER_PASSPHRASE });
    expect((await t.call('casesList', {})).map((c) => c.title)).toEqual(['Blijft']);
  });
});

describe('the wrong-passphrase back-off', () => {
  it('survives a restart; removing its file only removes the delay, the passphrase is still checked in full', async () => {
    const { folder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    const clock = Date.parse('2026-11-23T10:00:00Z');
    const first = testVault(folder, { now: () => new Date(clock) });
    await first.create(PASSPHRASE);
    first.lock();
    for (let i = 0; i < 3; i++) await expect(first.unlock('niet-de-goede-zin-hoor')).rejects.toMatchObject({ code: 'wrong_passphrase' });
    // The app restarts: a new vault object on the same folder.
    const restarted = testVault(folder, { now: () => new Date(clock + 200) });
    await expect(restarted.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'too_many_attempts' });
    rmSync(path.join(folder, 'vertrouwd.attempts'));
    await expect(restarted.unlock('nog-steeds-de-verkeerde-zin')).rejects.toMatchObject({ code: 'wrong_passphrase' });
    await restarted.unlock(PASSPHRASE);
    expect(restarted.state()).toBe('unlocked');
    restarted.lock();
    expect(existsSync(path.join(folder, 'vertrouwd.attempts'))).toBe(false);
  });

  it('an edited file cannot lock the advisor out: a delay longer than the back-off ever sets is ignored', async () => {
    const { folder, cleanup } = tempFolder();
    cleanups.push(cleanup);
    const clock = Date.parse('2026-11-23T10:00:00Z');
    const vault = testVault(folder, { now: () => new Date(clock) });
    await vault.create(PASSPHRASE);
    vault.lock();
    writeFileSync(path.join(folder, 'vertrouwd.attempts'), JSON.stringify({ failures: 40, blockedUntil: clock + 365 * 24 * 3600_000 }));
    await vault.unlock(PASSPHRASE);
    expect(vault.state()).toBe('unlocked');
    vault.lock();
  });
});
