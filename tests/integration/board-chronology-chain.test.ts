// The chronology's hash chain, checked the way a third party would: on a decrypted copy of the
// database, outside the app's own connection and triggers.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '@db/open-database';
import { verifyChain } from '@core/cases/chronology-chain';
import { readKeyFile } from '@core/vault/key-file';
import { deriveScrypt, unwrapKey } from '@core/vault/key-slots';
import { unlockedCore, type TestCore } from '../fixtures/core';
import { tempFolder } from '../fixtures/temp-folder';
import { PASSPHRASE } from '../fixtures/vault';

let t: TestCore;
let copy: { folder: string; cleanup: () => void };
beforeEach(async () => {
  t = await unlockedCore();
  copy = tempFolder();
});
afterEach(() => {
  t.cleanup();
  copy.cleanup();
});

async function caseWithChronology(): Promise<string> {
  const { id } = await t.call('casesCreate', { title: 'Meme 2B', schoolLevel: 'vo', incidentTypes: ['meme'], platforms: ['WhatsApp'], summary: 'Een bewerkte foto.', incidentDate: null });
  await t.call('timelineAdd', { caseId: id, kind: 'contact', summary: 'Gesprek met de mentor' });
  const events = await t.call('timelineAdd', { caseId: id, kind: 'event', summary: 'Foto in een tweede groep gezien' });
  await t.call('timelineCorrect', { caseId: id, eventId: events.at(-1)!.id, correction: 'Het was dezelfde groep' });
  await t.call('timelineAdd', { caseId: id, kind: 'contact', summary: 'Ouders gebeld' });
  return id;
}

/** The database as someone with the key would open it: a copy, read with the raw data key. */
async function decryptedCopy() {
  const vault = t.core.vault;
  const slot = readKeyFile(vault.keyFile).slots[0];
  const key = unwrapKey(slot.wrapped, await deriveScrypt(PASSPHRASE, slot.kdf), 'passphrase')!;
  vault.lock();
  const file = path.join(copy.folder, 'copy.db');
  copyFileSync(vault.databaseFile, file);
  return openEncryptedDatabase(file, key);
}

describe('the chronology hash chain', () => {
  it('verifies a fresh chronology and prints its head in the case summary for the board or the police', async () => {
    const id = await caseWithChronology();
    const check = await t.call('chronologyVerify', { caseId: id });
    expect(check).toMatchObject({ ok: true, events: 5, firstMismatch: null });
    expect(check.head).toMatch(/^[0-9a-f]{64}$/);
    const summary = (await t.call('packsList', { caseId: id })).find((p) => p.type === 'case_summary')!;
    expect(summary.composed.paragraphs.map((p) => p.text).join('\n')).toContain(check.head);
  });

  it('names the modified event when a row is changed in a decrypted copy', async () => {
    const id = await caseWithChronology();
    const events = await t.call('timelineList', { caseId: id });
    const target = events.find((e) => e.summary === 'Gesprek met de mentor')!;
    const { head } = await t.call('chronologyVerify', { caseId: id });
    const { sqlite } = await decryptedCopy();
    expect(verifyChain(sqlite, id)).toMatchObject({ ok: true, head });
    // Someone with the key bypasses the app's triggers and rewrites one line.
    sqlite.exec('DROP TRIGGER timeline_events_no_update');
    sqlite.prepare('UPDATE timeline_events SET summary = ? WHERE id = ?').run('Geen gesprek gevoerd', target.id);
    const check = verifyChain(sqlite, id);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.firstMismatch).toMatchObject({ eventId: target.id, position: 2, kind: 'contact' });
    sqlite.close();
  });

  it('names the event after one that was removed from a decrypted copy', async () => {
    const id = await caseWithChronology();
    const events = await t.call('timelineList', { caseId: id });
    const { sqlite } = await decryptedCopy();
    sqlite.exec('DROP TRIGGER timeline_events_no_delete; DROP TRIGGER timeline_events_no_update');
    sqlite.prepare('DELETE FROM timeline_events WHERE id = ?').run(events[1]!.id);
    const removed = verifyChain(sqlite, id);
    expect(!removed.ok && removed.firstMismatch.eventId).toBe(events[2]!.id);
    sqlite.close();
  });

  it('verifies through the contract after the vault is opened again', async () => {
    const id = await caseWithChronology();
    const before = await t.call('chronologyVerify', { caseId: id });
    t.core.vault.lock();
    await t.call('vaultUnlock', { passphrase: PASSPHRASE });
    expect(await t.call('chronologyVerify', { caseId: id })).toEqual(before);
  });
});
