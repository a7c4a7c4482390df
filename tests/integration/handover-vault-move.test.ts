// Moving the whole vault to a new computer: the round trip from one profile folder to an empty one.
import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreWithoutVault, unlockedCore, type TestCore } from '../fixtures/core';
import { PASSPHRASE } from '../fixtures/vault';

let old: TestCore;
let fresh: TestCore;
let moveFile: string;
beforeEach(async () => {
  old = await unlockedCore();
  fresh = coreWithoutVault();
  for (const title of ['Meme brugklas', 'Sextortion 5V']) {
    const { id } = await old.call('casesCreate', { title, schoolLevel: 'vo', incidentTypes: ['meme'], platforms: [], summary: '', incidentDate: null });
    await old.call('notesAdd', { caseId: id, kind: 'private', body: `Privé bij ${title}` });
  }
  await old.call('settingsUpdate', { school: { name: 'Het Baken', address: '', level: 'vo', logo: null } });
  const result = await old.call('vaultMoveExport', {});
  expect(result).toMatchObject({ saved: true });
  expect(result.fileName).toMatch(/\.vertrouwd-verhuizing$/);
  moveFile = old.saved.at(-1)!.data.toString('base64');
});
afterEach(() => {
  old.cleanup();
  fresh.cleanup();
});

async function everything(t: TestCore) {
  const cases = await t.call('casesList', { status: 'all' });
  return {
    cases: cases.map((c) => c.title).sort(),
    notes: (await Promise.all(cases.map((c) => t.call('notesList', { caseId: c.id }))))
      .flat()
      .map((n) => n.body)
      .sort(),
    school: (await t.call('settingsGet', {})).school.name,
  };
}

describe('whole-vault move', () => {
  it('opens on the new computer with the passphrase and holds everything the old one held', async () => {
    const before = await everything(old);
    expect((await fresh.call('vaultStatus', {})).state).toBe('no_vault');
    await fresh.call('vaultMoveImport', { file: moveFile, passphrase: PASSPHRASE });
    expect((await fresh.call('vaultStatus', {})).state).toBe('unlocked');
    expect(await everything(fresh)).toEqual(before);
    expect((await fresh.call('auditList', {})).map((a) => a.action)).toContain('vault_move');
    // It is a vault like any other: it locks and unlocks again.
    await fresh.call('vaultLock', {});
    await fresh.call('vaultUnlock', { passphrase: PASSPHRASE });
    expect(await everything(fresh)).toEqual(before);
  });

  it('opens with the recovery key and a new passphrase instead', async () => {
    const before = await everything(old);
    await fresh.call('vaultMoveImport', { file: moveFile, recoveryKey: old.recoveryKey, newPassphrase: 'nieuwe-computer-nieuwe-wachtwoordzin-42' });
    expect(await everything(fresh)).toEqual(before);
    await fresh.call('vaultLock', {});
    expect(await fresh.fails('vaultUnlock', { passphrase: PASSPHRASE })).toBe('wrong_passphrase');
    await fresh.call('vaultUnlock', { passphrase: 'nieuwe-computer-nieuwe-wachtwoordzin-42' });
  });

  it('leaves the new computer empty after a wrong passphrase, a damaged file or one from a newer version', async () => {
    // The wrong-passphrase back-off stays (vertrouwd.attempts), so guessing through imports is slowed too.
    const empty = () =>
      !existsSync(fresh.core.vault.options.folder) ||
      readdirSync(fresh.core.vault.options.folder).filter((f) => f !== 'backups' && f !== 'ui-preferences.json' && f !== 'vertrouwd.attempts').length === 0;
    expect(await fresh.fails('vaultMoveImport', { file: moveFile, passphrase: 'niet-de-goede-wachtwoordzin' })).toBe('wrong_passphrase');
    expect(fresh.core.vault.state()).toBe('no_vault');
    expect(empty()).toBe(true);

    const damaged = Buffer.from(moveFile, 'base64');
    damaged[damaged.length - 10]! ^= 0xff;
    expect(await fresh.fails('vaultMoveImport', { file: damaged.toString('base64'), passphrase: PASSPHRASE })).toBe('move_file_damaged');
    const bytes = Buffer.from(moveFile, 'base64');
    const headerEnd = bytes.indexOf(0x0a);
    const newer = Buffer.concat([Buffer.from(JSON.stringify({ ...JSON.parse(bytes.subarray(0, headerEnd).toString()), version: 2 })), bytes.subarray(headerEnd)]);
    expect(await fresh.fails('vaultMoveImport', { file: newer.toString('base64'), passphrase: PASSPHRASE })).toBe('move_file_newer');
    expect(await fresh.fails('vaultMoveImport', { file: Buffer.from('iets anders').toString('base64'), passphrase: PASSPHRASE })).toBe('move_file_unreadable');
    expect(fresh.core.vault.state()).toBe('no_vault');
    expect(empty()).toBe(true);

    await fresh.call('vaultMoveImport', { file: moveFile, passphrase: PASSPHRASE });
    expect((await everything(fresh)).cases).toEqual(['Meme brugklas', 'Sextortion 5V']);
  });

  it('never replaces a vault that already exists', async () => {
    expect(await old.fails('vaultMoveImport', { file: moveFile, passphrase: PASSPHRASE })).toBe('vault_exists');
  });
});
