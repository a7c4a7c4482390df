// Races: a double submit of setup, two unlocks, a lock while the key is being derived, a second
// app on the same folder, two restores at once, and a lock while the save dialog is open.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallInput, CallName } from '@core/contract';
import { coreOn, unlockedCore, type TestCore } from '../fixtures/core';
import { tempFolder } from '../fixtures/temp-folder';
import { SHAME_SEXTING_ANSWERS } from '../fixtures/interview-answers';
import { PASSPHRASE } from '../fixtures/vault';
import { expectNamed } from './kit';

const NEW_PASSPHRASE = 'zeven-groene-kikkers-zingen-laat';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function freshCore(folder?: string): TestCore {
  const made = folder ? { folder, cleanup: () => undefined } : tempFolder();
  const t = coreOn(made.folder, made.cleanup);
  cleanups.push(t.cleanup);
  return t;
}

const newCase = (t: TestCore, title: string) => t.call('casesCreate', { title, schoolLevel: 'vo', incidentTypes: [], platforms: [], summary: '', incidentDate: null });

describe('one vault operation at a time', () => {
  it('a double submit of first-run setup makes one vault, and the recovery key shown is the one that opens it', async () => {
    const t = freshCore();
    const [a, b] = await Promise.all([
      t.core.dispatch('vaultCreate', { passphrase: PASSPHRASE, profileName: 'Mevrouw De Vries' }),
      t.core.dispatch('vaultCreate', { passphrase: PASSPHRASE, profileName: 'Mevrouw De Vries' }),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'vault_exists' } });
    const { recoveryKey } = (results.find((r) => r.ok) as { value: { recoveryKey: string } }).value;
    await newCase(t, 'Eerste zaak');
    await t.call('vaultLock', {});
    await t.call('vaultRecover', { recoveryKey, newPassphrase: NEW_PASSPHRASE });
    expect((await t.call('casesList', {})).map((c) => c.title)).toEqual(['Eerste zaak']);
  });

  it('two unlocks at once leave one connection, which lock closes (no WAL left beside the file)', async () => {
    const t = await unlockedCore();
    cleanups.push(t.cleanup);
    await newCase(t, 'Zaak');
    await t.call('vaultLock', {});
    await Promise.all([t.call('vaultUnlock', { passphrase: PASSPHRASE }), t.call('vaultUnlock', { passphrase: PASSPHRASE })]);
    expect(await t.call('casesList', {})).toHaveLength(1);
    await t.call('vaultLock', {});
    expect(t.core.vault.files().filter((f) => f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
    expect(t.core.vault.state()).toBe('locked');
  });

  it('a lock that comes while the key is still being derived wins: the vault stays locked', async () => {
    const t = await unlockedCore();
    cleanups.push(t.cleanup);
    await t.call('vaultLock', {});
    const unlocking = t.core.dispatch('vaultUnlock', { passphrase: PASSPHRASE });
    await t.call('vaultLock', {});
    expect(await unlocking).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(t.core.vault.state()).toBe('locked');
    await t.call('vaultUnlock', { passphrase: PASSPHRASE });
    expect(t.core.vault.state()).toBe('unlocked');
  });

  it('two passphrase changes at once: one takes effect, the other is refused, and no one is told a passphrase that does not work', async () => {
    const t = await unlockedCore();
    cleanups.push(t.cleanup);
    const choices = [NEW_PASSPHRASE, 'blauwe-reiger-wacht-bij-de-sloot'];
    const results = await Promise.all(choices.map((next) => t.core.dispatch('vaultChangePassphrase', { current: PASSPHRASE, next })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'wrong_passphrase' } });
    const kept = choices[results.findIndex((r) => r.ok)]!;
    await t.call('vaultLock', {});
    await t.call('vaultUnlock', { passphrase: kept });
    expect(t.core.vault.state()).toBe('unlocked');
  });

  it('two restores at once run one after the other and end on the chosen backup', async () => {
    const t = await unlockedCore();
    cleanups.push(t.cleanup);
    await newCase(t, 'In de back-up');
    const { name } = await t.call('backupsCreate', {});
    await newCase(t, 'Na de back-up');
    await t.call('vaultLock', {});
    const results = await Promise.all([t.core.dispatch('backupsRestore', { name, passphrase: PASSPHRASE }), t.core.dispatch('backupsRestore', { name, passphrase: PASSPHRASE })]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await t.call('casesList', {})).map((c) => c.title)).toEqual(['In de back-up']);
  });
});

describe('a second app on the same folder', () => {
  it('is told the vault is open elsewhere, cannot unlock or restore over it, and can once the first locks', async () => {
    const first = await unlockedCore();
    cleanups.push(first.cleanup);
    await newCase(first, 'Van de eerste');
    const { name } = await first.call('backupsCreate', {});
    await newCase(first, 'Later geschreven');
    const second = freshCore(first.core.vault.options.folder);
    const message = await expectNamed(second, 'vaultUnlock', { passphrase: PASSPHRASE }, 'vault_in_use');
    expect(message).toContain('sinds');
    await expectNamed(second, 'backupsRestore', { name, passphrase: PASSPHRASE }, 'vault_in_use');
    expect((await first.call('casesList', {})).map((c) => c.title).sort()).toEqual(['Later geschreven', 'Van de eerste']);
    await first.call('vaultLock', {});
    await second.call('vaultUnlock', { passphrase: PASSPHRASE });
    expect(await second.call('casesList', {})).toHaveLength(2);
    await expectNamed(first, 'vaultUnlock', { passphrase: PASSPHRASE }, 'vault_in_use');
  });

  it('takes over a lock left behind by an app that crashed on this computer', async () => {
    const first = await unlockedCore();
    cleanups.push(first.cleanup);
    const folder = first.core.vault.options.folder;
    await first.call('vaultLock', {});
    // A process id that is not running: the app that held it is gone.
    writeFileSync(`${folder}/vertrouwd.lock`, JSON.stringify({ token: 'weg', pid: 2 ** 22 + 17, host: os.hostname(), since: new Date().toISOString() }));
    await first.call('vaultUnlock', { passphrase: PASSPHRASE });
    expect(first.core.vault.state()).toBe('unlocked');
    await first.call('vaultLock', {});
    expect(existsSync(`${folder}/vertrouwd.lock`)).toBe(false);
  });
});

/** An export through the save dialog: what to prepare, its input, and what records that it went out. */
interface SaveDialogCall {
  prepare?: (t: TestCore, caseId: string) => Promise<unknown>;
  input: (caseId: string) => CallInput<CallName>;
  audited: string;
  recorded?: (t: TestCore, caseId: string) => Promise<unknown>;
}
const SAVE_DIALOG_CALLS: Record<string, SaveDialogCall> = {
  packsExport: {
    prepare: async (t, caseId) => {
      for (const [questionId, value] of Object.entries(SHAME_SEXTING_ANSWERS)) await t.call('interviewAnswer', { caseId, questionId, value });
    },
    input: (caseId) => ({ caseId, type: 'teacher_briefing' }),
    audited: 'export',
    recorded: async (t, caseId) => (await t.call('packsList', { caseId })).find((v) => v.type === 'teacher_briefing')!.exports.length,
  },
  actionsExportPdf: { input: (caseId) => ({ caseId }), audited: 'export' },
  boardExport: {
    prepare: (t) => t.call('settingsUpdate', { school: { name: 'Het Baken', address: '', level: 'vo', logo: null } }),
    input: () => ({ year: 2026, format: 'csv' }),
    audited: 'export',
  },
  preventionDocumentExport: {
    input: () => ({ type: 'staff_card', level: 'vo' }),
    audited: 'export',
    recorded: async (t) => ((await t.call('preventionDocumentsList', { level: 'vo' })).find((d) => d.type === 'staff_card')?.lastExportedAt ? 1 : 0),
  },
  // The cases left in the file: without the record they would stay open here as if never sent.
  handoverExport: {
    input: (caseId) => ({ caseIds: [caseId], includePrivateNotes: false, successor: 'De opvolger' }),
    audited: 'handover_export',
    recorded: async (t) => (await t.call('handoverList', {})).length,
  },
  vaultMoveExport: { input: () => ({}), audited: 'vault_move' },
};

describe('a second computer on a shared profile folder', () => {
  it('is refused while its lock is fresh, named with its computer, even when a process with its number runs here', async () => {
    const t = await unlockedCore();
    cleanups.push(t.cleanup);
    const folder = t.core.vault.options.folder;
    await t.call('vaultLock', {});
    // Process 1 always runs here: whether the other computer's app still runs cannot be told from here.
    writeFileSync(`${folder}/vertrouwd.lock`, JSON.stringify({ token: 'ander', pid: 1, host: 'LAPTOP-TEAMLEIDER', since: '2026-11-23T08:00:00.000Z' }));
    const message = await expectNamed(t, 'vaultUnlock', { passphrase: PASSPHRASE }, 'vault_in_use');
    expect(message).toContain('LAPTOP-TEAMLEIDER');
    expect(existsSync(`${folder}/vertrouwd.lock`)).toBe(true);
  });

  it('keeps an open vault’s lock fresh through a long day, and respects another computer’s lock by when it was last refreshed', async () => {
    const t = await unlockedCore();
    cleanups.push(t.cleanup);
    const folder = t.core.vault.options.folder;
    const lock = () => JSON.parse(readFileSync(`${folder}/vertrouwd.lock`, 'utf8')) as { since: string; seen?: string };
    const opened = lock().since;
    t.setNow('2026-11-23T21:30:00.000Z');
    await newCase(t, 'Nog laat aan het werk');
    expect(lock()).toMatchObject({ since: opened, seen: '2026-11-23T21:30:00.000Z' });
    await t.call('vaultLock', {});

    // Opened two days ago on another computer, but refreshed an hour ago: still in use there.
    t.setNow('2026-11-25T09:00:00.000Z');
    const other = { token: 'ander', pid: 1, host: 'LAPTOP-TEAMLEIDER', since: '2026-11-23T08:00:00.000Z' };
    writeFileSync(`${folder}/vertrouwd.lock`, JSON.stringify({ ...other, seen: '2026-11-25T08:00:00.000Z' }));
    await expectNamed(t, 'vaultUnlock', { passphrase: PASSPHRASE }, 'vault_in_use');
    // Not refreshed for more than a day: left behind by a crash there, taken over here.
    writeFileSync(`${folder}/vertrouwd.lock`, JSON.stringify({ ...other, seen: '2026-11-24T08:00:00.000Z' }));
    await t.call('vaultUnlock', { passphrase: PASSPHRASE });
    expect(lock().since).toBe('2026-11-25T09:00:00.000Z');
  });
});

describe('an export when the vault locks during the save dialog', () => {
  it.each(Object.entries(SAVE_DIALOG_CALLS))('%s finishes, and the export is recorded once the vault is open again', async (name, call) => {
    const t = await unlockedCore();
    cleanups.push(t.cleanup);
    const { id: caseId } = await newCase(t, 'Foto in groepsapp');
    await call.prepare?.(t, caseId);
    let choose: (name: string | null) => void = () => undefined;
    // The save dialog stays open until the test chooses a file.
    const saved = new Promise<string | null>((resolve) => (choose = resolve));
    let asked: () => void = () => undefined;
    const dialogOpen = new Promise<void>((resolve) => (asked = resolve));
    t.saveFileOverride = () => {
      asked();
      return saved;
    };
    const exporting = t.core.dispatch(name as CallName, call.input(caseId));
    await dialogOpen;
    t.core.autoLock.lockNow('idle');
    expect(t.core.vault.state()).toBe('locked');
    choose('Gekozen bestand');
    expect(await exporting).toMatchObject({ ok: true, value: { saved: true } });
    await t.call('vaultUnlock', { passphrase: PASSPHRASE });
    if (call.recorded) expect(await call.recorded(t, caseId)).toBe(1);
    expect((await t.call('auditList', {})).filter((a) => a.action === call.audited)).toHaveLength(1);
  });
});
