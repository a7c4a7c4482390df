// A successor handover between two real vaults, through the contract as the screens call it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallOutput } from '@core/contract';
import path from 'node:path';
import { unlockedCore, type TestCore } from '../fixtures/core';
import { PASSPHRASE } from '../fixtures/vault';
import { dataKeyOf, decryptedBytes, holdsText } from '../faults/kit';

let sender: TestCore;
let successor: TestCore;
beforeEach(async () => {
  sender = await unlockedCore();
  successor = await unlockedCore();
  await successor.call('settingsUpdate', { profileName: 'Meneer Bakker' });
});
afterEach(() => {
  sender.cleanup();
  successor.cleanup();
});

const PRIVATE_NOTE = 'Privé: twijfel over de moeder PRIVE-KANARIE-91';

/** A case with something in every part the manifest names. */
async function fullCase(t: TestCore, title: string): Promise<string> {
  const { id } = await t.call('casesCreate', {
    title,
    schoolLevel: 'vo',
    incidentTypes: ['shame_sexting'],
    platforms: ['Snapchat'],
    summary: 'Een naaktfoto gaat rond in de klassengroep.',
    incidentDate: '2026-11-20',
  });
  await t.call('personsSave', { caseId: id, person: { role: 'victim', kind: 'pupil', label: 'Sanne', ageBand: '12_15', classGroup: '2B', contact: null, relatedPersonId: null } });
  await t.call('personsSave', { caseId: id, person: { role: 'suspected_spreader', kind: 'pupil', label: 'Tim', ageBand: '12_15', classGroup: '2B', contact: null, relatedPersonId: null } });
  await t.call('consentsRecord', { caseId: id, subject: 'dossier', givenBy: 'parent', decision: 'given', method: 'phone', decidedAt: '2026-11-21', note: '' });
  await t.call('consentsRecord', { caseId: id, subject: 'dossier', givenBy: 'victim', decision: 'given', method: 'verbal', decidedAt: '2026-11-21', note: '' });
  await t.call('timelineAdd', { caseId: id, kind: 'contact', summary: 'Gesprek met Sanne en haar moeder' });
  const events = await t.call('timelineAdd', { caseId: id, kind: 'event', summary: 'Foto ook op TikTok gezien' });
  await t.call('timelineCorrect', { caseId: id, eventId: events.at(-1)!.id, correction: 'Het was Instagram, niet TikTok' });
  await t.call('actionsAdd', {
    caseId: id,
    action: { actionKey: null, title: 'Melden bij Helpwanted', step: 'act', owner: 'Mevrouw De Vries', dueDate: '2026-11-25', rationale: '', organisationKey: 'helpwanted' },
  });
  await t.call('evidenceAdd', {
    caseId: id,
    item: { description: 'Screenshot van het bericht in de groep, beschreven', platform: 'Snapchat', accountOrUrl: '@tim_2b', observedAt: null, heldBy: 'victim', note: '' },
  });
  await t.call('notesAdd', { caseId: id, kind: 'dossier', body: 'Afspraak: dagelijks kort contact met de mentor.' });
  await t.call('notesAdd', { caseId: id, kind: 'private', body: PRIVATE_NOTE });
  await t.call('packsSave', { caseId: id, type: 'parents_victim', edits: { intro: 'Beste ouders van Sanne, zoals besproken…' }, namingVictim: true });
  return id;
}

async function handOver(caseIds: string[], includePrivateNotes = false) {
  const choice = { caseIds, includePrivateNotes, successor: 'Meneer Bakker' };
  const preview = await sender.call('handoverPreview', choice);
  const sent = await sender.call('handoverExport', choice);
  const file = sender.saved.at(-1)!;
  return { preview, sent, file: file.data.toString('base64'), fileName: file.name };
}

/** What a case holds, as the screens read it: the parts a handover must carry. */
async function caseContents(t: TestCore, id: string) {
  const detail = await t.call('casesGet', { id });
  return {
    title: detail.title,
    summary: detail.summary,
    status: detail.status,
    recordKind: detail.recordKind,
    persons: detail.persons,
    consents: detail.consents,
    actions: await t.call('actionsList', { caseId: id }),
    evidence: await t.call('evidenceList', { caseId: id }),
    notes: await t.call('notesList', { caseId: id }),
    // The case summary prints the chronology, which gains the handover entries; every other pack reads the same.
    packs: (await t.call('packsList', { caseId: id }))
      .filter((p) => p.type !== 'case_summary')
      .map((p) => ({ type: p.type, namingVictim: p.namingVictim, composed: p.composed.paragraphs.map((q) => q.text) })),
  };
}

type Import = CallOutput<'handoverImport'>;

describe('successor handover', () => {
  it('carries exactly what the manifest lists into the successor vault, without private notes', async () => {
    const first = await fullCase(sender, 'Shame-sexting 2B');
    const second = await fullCase(sender, 'Groepsapp 3C');
    await sender.call('casesCreate', { title: 'Blijft hier', schoolLevel: 'vo', incidentTypes: ['meme'], platforms: [], summary: '', incidentDate: null });
    const before = { first: await caseContents(sender, first), second: await caseContents(sender, second) };
    const senderEvents = await sender.call('timelineList', { caseId: first });
    const { preview, sent, file, fileName } = await handOver([first, second]);

    expect(fileName).toMatch(/\.vertrouwd-overdracht$/);
    expect(sent.saved).toBe(true);
    expect(sent.code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(preview.cases.map((c) => c.title)).toEqual(['Shame-sexting 2B', 'Groepsapp 3C']);
    const categories = preview.cases[0]!.items.map((i) => i.category);
    expect(categories).toEqual(expect.arrayContaining(['persons', 'consents', 'chronology', 'actions', 'evidence', 'packs', 'dossierNotes']));
    expect(categories).not.toContain('privateNotes');
    expect(JSON.stringify(preview)).not.toContain('PRIVE-KANARIE-91');
    // The file is useless without the code: nothing of the case can be read in it.
    for (const secret of ['Sanne', 'Shame-sexting 2B', '@tim_2b', 'Helpwanted']) expect(Buffer.from(file, 'base64').includes(Buffer.from(secret))).toBe(false);

    const received: Import = await successor.call('handoverImport', { file, code: sent.code!.toLowerCase().replace(/-/g, ' ') });
    expect(received.manifest).toEqual(preview);
    expect(received.cases.map((c) => c.title)).toEqual(['Shame-sexting 2B', 'Groepsapp 3C']);
    expect(received.from.advisor).toBe('Mevrouw De Vries');
    expect(received.receiptCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // What arrives equals what left, private notes aside.
    for (const [id, was] of [
      [first, before.first],
      [second, before.second],
    ] as const) {
      const now = await caseContents(successor, id);
      expect(now).toEqual({ ...was, notes: was.notes.filter((n) => n.kind === 'dossier') });
      expect(now.notes.map((n) => n.body)).not.toContain(PRIVATE_NOTE);
    }

    // The chronology arrives as it was, the handover closes it, and the receipt follows.
    const events = await successor.call('timelineList', { caseId: first });
    const kinds = events.map((e) => e.kind);
    expect(kinds.slice(0, senderEvents.length)).toEqual(senderEvents.map((e) => e.kind));
    expect(events.slice(0, senderEvents.length).map((e) => [e.at, e.summary, e.actor])).toEqual(senderEvents.map((e) => [e.at, e.summary, e.actor]));
    expect(kinds.slice(-2)).toEqual(['handed_over', 'handover_received']);
    expect(events.at(-1)!.actor).toBe('Meneer Bakker');
    expect(events.at(-1)!.data).toMatchObject({ handoverId: sent.handoverId, receivedEvents: senderEvents.length + 1 });
    // The correction still points at the entry it corrects, under its new row id.
    const correction = events.find((e) => e.kind === 'correction')!;
    expect(events.find((e) => e.id === correction.correctsEventId)!.summary).toBe('Foto ook op TikTok gezien');

    // The chain verifies in the new vault, and the received part hashes exactly as at the sender.
    const senderCheck = await sender.call('chronologyVerify', { caseId: first });
    const successorCheck = await successor.call('chronologyVerify', { caseId: first });
    expect(successorCheck.ok).toBe(true);
    expect(successorCheck.events).toBe(senderCheck.events + 1);
    const handedOverHash = successor.core.vault.connection().sqlite.prepare("SELECT chain_hash FROM timeline_events WHERE case_id = ? AND kind = 'handed_over'").get(first) as { chain_hash: string };
    expect(handedOverHash.chain_hash).toBe(senderCheck.head);

    // Searchable in the new vault like any case there.
    expect((await successor.call('casesList', { query: 'Groepsapp' })).map((c) => c.id)).toEqual([second]);
    // Both vaults record it.
    expect((await sender.call('auditList', { caseId: first })).map((a) => a.action)).toContain('handover_export');
    expect((await successor.call('auditList', { caseId: first })).map((a) => a.action)).toContain('handover_import');
  });

  it('carries private notes only when the advisor chooses so', async () => {
    const id = await fullCase(sender, 'Met privénotities');
    const { preview, sent, file } = await handOver([id], true);
    expect(preview.cases[0]!.items.find((i) => i.category === 'privateNotes')).toMatchObject({ count: 1, lines: [PRIVATE_NOTE] });
    await successor.call('handoverImport', { file, code: sent.code! });
    expect((await successor.call('notesList', { caseId: id })).filter((n) => n.kind === 'private').map((n) => n.body)).toEqual([PRIVATE_NOTE]);
  });

  it('marks the sender cases as handed over, then destroys them once the successor confirms receipt', async () => {
    const id = await fullCase(sender, 'Te vernietigen na overdracht');
    const { sent, file } = await handOver([id]);
    expect(
      await sender.fails('handoverConfirmCode', {
        handoverId: sent.handoverId!,
        groups: [
          { group: 1, value: 'ZZZZ' },
          { group: 8, value: 'ZZZZ' },
        ],
      }),
    ).toBe('handover_code_not_confirmed');
    const [a, b] = sent.confirmGroups!;
    const group = (n: number) => sent.code!.split('-')[n - 1]!;
    await sender.call('handoverConfirmCode', {
      handoverId: sent.handoverId!,
      groups: [
        { group: a, value: group(a) },
        { group: b, value: group(b) },
      ],
    });

    const [record] = await sender.call('handoverList', {});
    expect(record).toMatchObject({ direction: 'sent', counterpart: 'Meneer Bakker', codeConfirmed: true, receiptConfirmedAt: null, cases: [{ id, title: 'Te vernietigen na overdracht' }] });
    expect((await sender.call('timelineList', { caseId: id })).at(-1)!.kind).toBe('handed_over');

    const { receiptCode } = await successor.call('handoverImport', { file, code: sent.code! });
    expect((await successor.call('handoverList', {}))[0]).toMatchObject({ direction: 'received', receiptCode, counterpart: 'Mevrouw De Vries' });

    // A backup from before the receipt holds the case; it must not survive the destruction.
    await sender.call('backupsCreate', {});
    expect(await sender.fails('handoverConfirmReceipt', { handoverId: sent.handoverId!, receiptCode: 'AAAA-AAAA' })).toBe('handover_receipt_wrong');
    expect((await sender.call('casesGet', { id })).title).toBe('Te vernietigen na overdracht');

    const key = await dataKeyOf(sender.core.vault.keyFile, PASSPHRASE);
    const holding = () => sender.core.vault.backups.list().filter((backup) => holdsText(decryptedBytes(path.join(sender.core.vault.backups.folder, backup.name), key), 'Te vernietigen na overdracht'));
    const heldBefore = holding().length;
    expect(heldBefore).toBeGreaterThan(0);

    // The sender is told what went with the cases, as with casesDestroy.
    expect(await sender.call('handoverConfirmReceipt', { handoverId: sent.handoverId!, receiptCode: receiptCode.toLowerCase() })).toEqual({
      destroyed: 1,
      backupsRemoved: heldBefore,
      backupsUnchecked: 0,
      backupProblem: null,
    });
    expect(await sender.fails('casesGet', { id })).toBe('case_not_found');
    expect((await sender.call('auditList', {})).filter((e) => e.caseId === id).map((e) => e.action)).toContain('case_destroy');
    expect((await sender.call('handoverList', {}))[0]!.receiptConfirmedAt).not.toBeNull();
    expect(await sender.fails('handoverConfirmReceipt', { handoverId: sent.handoverId!, receiptCode })).toBe('handover_already_confirmed');
    // Destroyed as casesDestroy destroys: no backup left in the sender's vault still holds the case.
    expect(holding()).toEqual([]);
    // The successor keeps the case.
    expect((await successor.call('casesGet', { id })).title).toBe('Te vernietigen na overdracht');
  });

  it('leaves the vault as it was when the save dialog is cancelled, and refuses a closed case', async () => {
    const id = await fullCase(sender, 'Niet opgeslagen');
    const eventsBefore = await sender.call('timelineList', { caseId: id });
    sender.cancelSaves(true);
    expect(await sender.call('handoverExport', { caseIds: [id], includePrivateNotes: false, successor: '' })).toMatchObject({ saved: false, code: null });
    expect(await sender.call('timelineList', { caseId: id })).toEqual(eventsBefore);
    expect(await sender.call('handoverList', {})).toEqual([]);
    await sender.call('casesSetStatus', { id, status: 'closed', reason: 'Afgerond' });
    expect(await sender.fails('handoverPreview', { caseIds: [id], includePrivateNotes: false, successor: '' })).toBe('handover_case_closed');
    expect(await sender.fails('handoverExport', { caseIds: [id], includePrivateNotes: false, successor: '' })).toBe('handover_case_closed');
    expect((await sender.call('timelineList', { caseId: id })).length).toBe(eventsBefore.length + 1);
    expect(await sender.call('handoverList', {})).toEqual([]);
  });
});
