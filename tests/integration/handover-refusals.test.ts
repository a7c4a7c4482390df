// Every way a handover import is refused, each with its own message and nothing changed in the vault.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sealHandover } from '@core/handover/handover-file';
import { unlockedCore, type TestCore } from '../fixtures/core';

let sender: TestCore;
let successor: TestCore;
let file: Buffer;
let code: string;
beforeEach(async () => {
  sender = await unlockedCore();
  successor = await unlockedCore();
  const { id } = await sender.call('casesCreate', { title: 'Deepfake 4A', schoolLevel: 'vo', incidentTypes: ['deepfake'], platforms: [], summary: 'Een nagemaakte video.', incidentDate: null });
  await sender.call('timelineAdd', { caseId: id, kind: 'contact', summary: 'Gesprek met de mentor' });
  const sent = await sender.call('handoverExport', { caseIds: [id], includePrivateNotes: false, successor: 'Opvolger' });
  file = sender.saved.at(-1)!.data;
  code = sent.code!;
});
afterEach(() => {
  sender.cleanup();
  successor.cleanup();
});

/** Everything the successor's vault holds, to prove a refusal changed nothing. */
function vaultContents(t: TestCore) {
  const { sqlite } = t.core.vault.connection();
  const tables = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE 'case_search%'").all() as { name: string }[]
  ).map((r) => r.name);
  return Object.fromEntries(tables.map((name) => [name, sqlite.prepare(`SELECT * FROM "${name}"`).all()]));
}

async function refusal(input: { file: Buffer; code: string }, t = successor): Promise<string> {
  const before = vaultContents(t);
  const result = await t.core.dispatch('handoverImport', { file: input.file.toString('base64'), code: input.code });
  expect(result.ok).toBe(false);
  expect(vaultContents(t)).toEqual(before);
  return result.ok ? '' : `${result.error.code}: ${result.error.message}`;
}

/** A changed byte, with the plain checksum at the end made right again, as a deliberate edit would. */
function tampered(at: number): Buffer {
  const copy = Buffer.from(file);
  copy[at]! ^= 0x01;
  const body = copy.subarray(0, copy.length - 32);
  createHash('sha256')
    .update(body)
    .digest()
    .copy(copy, copy.length - 32);
  return copy;
}

describe('handover import refusals', () => {
  it('refuses a wrong code', async () => {
    const other = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';
    expect(await refusal({ file, code: other })).toMatch(/^handover_wrong_code: Deze overdrachtscode hoort niet bij dit bestand/);
    expect(await refusal({ file, code: 'ABCD-1234' })).toMatch(/^handover_code_malformed:/);
  });

  it('refuses a file changed after it was made, in the encrypted part or in its readable header', async () => {
    expect(await refusal({ file: tampered(file.length - 100), code })).toMatch(/^handover_file_damaged: Het overdrachtsbestand is beschadigd/);
    const headerEnd = file.indexOf(0x0a);
    const createdAt = file.subarray(0, headerEnd).indexOf(Buffer.from('"createdAt":"')) + 14;
    expect(await refusal({ file: tampered(createdAt), code })).toMatch(/^handover_file_damaged:/);
    // A flipped byte without the checksum repaired: found before any decryption.
    const careless = Buffer.from(file);
    careless[headerEnd + 10]! ^= 0xff;
    expect(await refusal({ file: careless, code })).toMatch(/^handover_file_damaged:/);
    expect(await refusal({ file: Buffer.from('geen overdracht'), code })).toMatch(/^handover_file_unreadable:/);
  });

  it('refuses a second import into the same vault, and an import into the vault that made it', async () => {
    await successor.call('handoverImport', { file: file.toString('base64'), code });
    expect(await refusal({ file, code })).toMatch(/^handover_already_imported: Deze dossiers staan al in deze kluis/);
    expect(await refusal({ file, code }, sender)).toMatch(/^handover_own_file:/);
  });

  it('refuses a file from a newer version of the app: a newer file format or a newer database schema', async () => {
    const headerEnd = file.indexOf(0x0a);
    const header = JSON.parse(file.subarray(0, headerEnd).toString('utf8'));
    const newerFormat = Buffer.concat([Buffer.from(JSON.stringify({ ...header, version: 2 })), file.subarray(headerEnd)]);
    expect(await refusal({ file: newerFormat, code })).toMatch(/^handover_file_newer: Dit overdrachtsbestand is gemaakt met een nieuwere versie/);

    const payload = {
      format: 'vertrouwd-handover-payload',
      version: 1,
      id: '6f1c8d2e-4b7a-4c1e-9a55-0d2f3b4c5d6e',
      createdAt: '2027-01-01T00:00:00Z',
      schemaVersion: 99,
      from: { advisor: 'X', school: '' },
      successor: '',
      includesPrivateNotes: false,
      cases: [{ case: { id: 'c-newer', title: 't' }, tables: {} }],
      links: [],
      chainHeads: {},
    };
    const newerSchema = sealHandover(payload.id, payload.createdAt, payload);
    expect(await refusal({ file: newerSchema.file, code: newerSchema.code })).toMatch(/^handover_file_newer:/);
  });

  it('speaks English when the vault is set to English', async () => {
    await successor.call('settingsUpdate', { locale: 'en' });
    expect(await refusal({ file, code: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789' })).toMatch(/^handover_wrong_code: This handover code does not belong to this file/);
  });
});
