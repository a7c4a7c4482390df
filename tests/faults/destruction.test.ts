// Destruction that destroys: after a dossier is destroyed, not one of its words is left in the
// database — looked for in a decrypted copy, page for page, free pages and the search index's
// shadow tables included — nor in any backup that remains.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unlockedCore, type TestCore } from '../fixtures/core';
import { PASSPHRASE } from '../fixtures/vault';
import { dataKeyOf, decryptedBytes, holdsText } from './kit';

const CANARY = 'Zwaluwstaartkanarie';
const KEPT = 'Blijvendezaakwoord';
let t: TestCore;
let key: Buffer;
let gone: string;
let destroyed: { backupsRemoved?: number; backupsUnchecked?: number };
const backupFiles = () => t.core.vault.backups.list().map((b) => path.join(t.core.vault.backups.folder, b.name));

beforeAll(async () => {
  t = await unlockedCore();
  await t.call('casesCreate', { title: 'Andere zaak', schoolLevel: 'vo', incidentTypes: [], platforms: [], summary: `${KEPT} blijft`, incidentDate: null });
  const created = await t.call('casesCreate', {
    title: `Zaak ${CANARY}`,
    schoolLevel: 'vo',
    incidentTypes: [],
    platforms: [],
    summary: `Samenvatting met ${CANARY} erin`,
    incidentDate: null,
  });
  gone = created.id;
  await t.call('notesAdd', { caseId: gone, kind: 'private', body: `Privé: ${CANARY}` });
  await t.call('notesAdd', { caseId: gone, kind: 'dossier', body: `Dossier: ${CANARY} `.repeat(50) });
  await t.call('timelineAdd', { caseId: gone, kind: 'contact', summary: `Gesprek over ${CANARY}` });
  await t.call('interviewAnswer', { caseId: gone, questionId: 'incident_account', value: `Verslag: ${CANARY}` });
  await t.call('evidenceAdd', { caseId: gone, item: { description: `Bericht met ${CANARY}`, platform: 'Snapchat', accountOrUrl: '', observedAt: null, heldBy: 'victim', note: '' } });
  // Backups over several days, all holding the case.
  for (const day of ['2026-11-24', '2026-11-25', '2026-12-02']) {
    t.setNow(`${day}T09:00:00Z`);
    await t.call('casesUpdate', { id: gone, patch: { summary: `Bijgewerkt ${day} met ${CANARY}` } });
    await t.call('backupsCreate', {});
  }
  key = await dataKeyOf(t.core.vault.keyFile, PASSPHRASE);
});
afterAll(() => t.cleanup());

describe('destroying a dossier', () => {
  it('first: the canary is findable in a decrypted copy and in the backups (so the scan below can see it)', () => {
    t.core.vault.connection().sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(holdsText(decryptedBytes(t.core.vault.databaseFile, key), CANARY)).toBe(true);
    expect(backupFiles().filter((file) => holdsText(decryptedBytes(file, key), CANARY)).length).toBeGreaterThanOrEqual(3);
  });

  it('reports how many older backups it removed, and keeps a fresh verified one', async () => {
    t.setNow('2026-12-03T09:00:00Z');
    destroyed = await t.call('casesDestroy', { id: gone, confirmTitle: `Zaak ${CANARY}` });
    expect(destroyed.backupsRemoved).toBeGreaterThanOrEqual(3);
    expect(destroyed.backupsUnchecked).toBe(0);
    const backups = await t.call('backupsList', {});
    expect(backups[0]).toMatchObject({ reason: 'na-vernietiging', verified: true, cases: 1 });
    expect((await t.call('casesList', { query: CANARY.toLowerCase(), status: 'all' })).length).toBe(0);
    expect((await t.call('casesList', { query: KEPT.toLowerCase(), status: 'all' })).length).toBe(1);
  });

  it('leaves no trace of it in a decrypted copy of the database, nor in any remaining backup', async () => {
    await t.call('vaultLock', {});
    const plain = decryptedBytes(t.core.vault.databaseFile, key);
    expect(holdsText(plain, KEPT)).toBe(true);
    expect(holdsText(plain, CANARY)).toBe(false);
    const remaining = backupFiles();
    expect(remaining.length).toBeGreaterThan(0);
    for (const file of remaining) expect(holdsText(decryptedBytes(file, key), CANARY), path.basename(file)).toBe(false);
    await t.call('vaultUnlock', { passphrase: PASSPHRASE });
  });
});
