// Between the handover file and the successor's receipt the file is the case: the sender's copy is
// read-only and flagged, and the sender can take the handover back when the file went nowhere.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallInput, CallName } from '@core/contract';
import { unlockedCore, type TestCore } from '../fixtures/core';

let sender: TestCore;
let successor: TestCore;
let caseId: string;
let otherId: string;
beforeEach(async () => {
  sender = await unlockedCore();
  successor = await unlockedCore();
  const make = async (title: string) =>
    (await sender.call('casesCreate', { title, schoolLevel: 'vo', incidentTypes: ['meme'], platforms: ['Instagram'], summary: 'Een meme over een docent.', incidentDate: null })).id;
  caseId = await make('Meme docent wiskunde');
  otherId = await make('Blijft hier');
  await sender.call('personsSave', { caseId, person: { role: 'victim', kind: 'staff', label: 'Docent', ageBand: '18_plus', classGroup: null, contact: null, relatedPersonId: null } });
});
afterEach(() => {
  sender.cleanup();
  successor.cleanup();
});

async function handOver() {
  const sent = await sender.call('handoverExport', { caseIds: [caseId], includePrivateNotes: false, successor: 'Meneer Bakker' });
  return { sent, file: sender.saved.at(-1)!.data.toString('base64') };
}

/** One call of every kind that changes a case, as the screens make them. */
const writes = (): { [K in CallName]?: CallInput<K> } => ({
  casesUpdate: { id: caseId, patch: { summary: 'Later toegevoegd.' } },
  casesSetStatus: { id: caseId, status: 'defining' },
  personsSave: { caseId, person: { role: 'witness', kind: 'pupil', label: 'Getuige', ageBand: '12_15', classGroup: null, contact: null, relatedPersonId: null } },
  personsRemove: { caseId, personId: '00000000-0000-4000-8000-000000000000' },
  timelineAdd: { caseId, kind: 'contact', summary: 'Nog een gesprek' },
  notesAdd: { caseId, kind: 'dossier', body: 'Nog een afspraak' },
  actionsAdd: { caseId, action: { actionKey: null, title: 'Nabellen', step: 'act', owner: '', dueDate: null, rationale: '', organisationKey: null } },
  interviewAnswer: { caseId, questionId: 'what_happened', value: 'Alsnog verteld' },
  packsSave: { caseId, type: 'teacher_briefing', edits: {}, namingVictim: false },
});

describe('a case waiting for its handover receipt', () => {
  it('is flagged in the list and refuses every change, with the successor named, while reading still works', async () => {
    await handOver();
    const list = await sender.call('casesList', { status: 'open' });
    expect(list.find((c) => c.id === caseId)?.handedOver).toEqual({ to: 'Meneer Bakker', at: expect.any(String) });
    expect(list.find((c) => c.id === otherId)?.handedOver).toBeNull();
    const before = await sender.call('timelineList', { caseId });

    for (const [name, input] of Object.entries(writes())) {
      const result = await sender.core.dispatch(name, input);
      expect(result.ok ? `${name} succeeded` : `${name}: ${result.error.code}`).toBe(`${name}: case_handed_over`);
      if (!result.ok) expect(result.error.message).toContain('Meneer Bakker');
    }
    expect(await sender.fails('casesDestroy', { id: caseId, confirmTitle: 'Meme docent wiskunde' })).toBe('case_handed_over');
    // A second handover of the same case would leave two successors with one case.
    expect(await sender.fails('handoverExport', { caseIds: [caseId], includePrivateNotes: false, successor: 'Iemand anders' })).toBe('case_handed_over');

    expect(await sender.call('timelineList', { caseId })).toEqual(before);
    expect((await sender.call('casesGet', { id: caseId })).summary).toBe('Een meme over een docent.');
    // The case beside it is untouched by all this.
    await sender.call('notesAdd', { caseId: otherId, kind: 'dossier', body: 'Gewoon verder' });
  });

  it('becomes the sender’s again after a withdrawal, which the chronology and audit trail record, and a late receipt is refused', async () => {
    const { sent, file } = await handOver();
    const received = await successor.call('handoverImport', { file, code: sent.code! });

    expect(await sender.call('handoverWithdraw', { handoverId: sent.handoverId! })).toEqual({ returned: 1 });
    const detail = await sender.call('casesGet', { id: caseId });
    expect(detail.handedOver).toBeNull();
    await sender.call('notesAdd', { caseId, kind: 'dossier', body: 'Zaak blijft toch hier.' });
    const last = (await sender.call('timelineList', { caseId })).filter((e) => e.kind === 'handover_withdrawn');
    expect(last).toHaveLength(1);
    expect(last[0]!.summary).toContain('Meneer Bakker');
    expect((await sender.call('auditList', { caseId })).map((a) => a.action)).toContain('handover_withdraw');
    expect((await sender.call('handoverList', {})).some((r) => r.id === sent.handoverId)).toBe(false);

    // The receipt the successor reads out afterwards destroys nothing.
    expect(await sender.fails('handoverConfirmReceipt', { handoverId: sent.handoverId!, receiptCode: received.receiptCode })).toBe('not_found');
    expect((await sender.call('casesGet', { id: caseId })).title).toBe('Meme docent wiskunde');
    // And the case can go out again, in a new file.
    expect((await handOver()).sent.saved).toBe(true);
  });

  it('cannot withdraw a handover that was confirmed, nor one that was received', async () => {
    const { sent, file } = await handOver();
    const received = await successor.call('handoverImport', { file, code: sent.code! });
    await sender.call('handoverConfirmReceipt', { handoverId: sent.handoverId!, receiptCode: received.receiptCode });
    expect(await sender.fails('handoverWithdraw', { handoverId: sent.handoverId! })).toBe('handover_already_confirmed');
    expect(await successor.fails('handoverWithdraw', { handoverId: received.handoverId })).toBe('not_found');
  });
});
