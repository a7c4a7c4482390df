// Removing a person added by mistake, through the contract on a real encrypted vault: the person
// goes, the chronology and the audit trail say so, and whatever was recorded about a person keeps
// them in the case.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockedCore, type TestCore } from '../fixtures/core';
import type { Person } from '@core/contract';

let t: TestCore;
beforeEach(async () => (t = await unlockedCore()));
afterEach(() => t.cleanup());

const newCase = () => t.call('casesCreate', { title: 'Filmpje kleedkamer', schoolLevel: 'vo', incidentTypes: ['beeldpesten'], platforms: ['whatsapp'], summary: '', incidentDate: null });
const person = (patch: Partial<Omit<Person, 'id'>>): Omit<Person, 'id'> => ({
  role: 'witness',
  kind: 'pupil',
  label: '',
  ageBand: '12_15',
  classGroup: null,
  contact: null,
  relatedPersonId: null,
  ...patch,
});
async function addPerson(caseId: string, patch: Partial<Omit<Person, 'id'>>): Promise<string> {
  const detail = await t.call('personsSave', { caseId, person: person(patch) });
  return detail.persons.at(-1)!.id;
}

describe('removing a person', () => {
  it('removes a witness added twice, and the chronology and audit trail record it', async () => {
    const c = await newCase();
    const keep = await addPerson(c.id, { label: 'Getuige Sem' });
    const twice = await addPerson(c.id, { label: 'Getuige Sem (dubbel)' });
    const after = await t.call('personsRemove', { caseId: c.id, personId: twice, reason: 'dubbel ingevoerd' });
    expect(after.persons.map((p) => p.id)).toEqual([keep]);
    const removal = (await t.call('timelineList', { caseId: c.id })).find((e) => e.kind === 'person_removed');
    expect(removal?.summary).toBe('Getuige verwijderd uit de zaak: Getuige Sem (dubbel) — dubbel ingevoerd');
    expect((await t.call('auditList', { caseId: c.id })).filter((a) => a.action === 'case_change').map((a) => a.detail)).toContain('person_removed');
  });

  it('keeps a parent in the case when the pupil they belonged to is removed, unlinked', async () => {
    const c = await newCase();
    const pupil = await addPerson(c.id, { role: 'suspected_spreader', label: 'Leerling B' });
    const parent = await addPerson(c.id, { role: 'parent', kind: 'parent', ageBand: '18_plus', relatedPersonId: pupil });
    const after = await t.call('personsRemove', { caseId: c.id, personId: pupil });
    expect(after.persons).toEqual([expect.objectContaining({ id: parent, role: 'parent', relatedPersonId: null })]);
  });

  it('refuses to remove a victim consent was recorded for, and one the interview is about', async () => {
    const c = await newCase();
    const first = await addPerson(c.id, { role: 'victim', label: 'Leerling A' });
    const second = await addPerson(c.id, { role: 'victim', label: 'Leerling C' });
    // Consent naming no victim belongs to the first victim.
    await t.call('consentsRecord', { caseId: c.id, subject: 'dossier', givenBy: 'parent', decision: 'given', method: 'verbal', decidedAt: '2026-11-21', note: '' });
    expect(await t.fails('personsRemove', { caseId: c.id, personId: first })).toBe('person_in_record');
    await t.call('interviewAnswer', { caseId: c.id, questionId: 'wellbeing_feeling', value: 'Schaamt zich, slaapt slecht', victimId: second });
    expect(await t.fails('personsRemove', { caseId: c.id, personId: second })).toBe('person_in_record');
    expect((await t.call('casesGet', { id: c.id })).persons).toHaveLength(2);
  });

  it('refuses to remove the first victim while answers naming no victim are theirs, so they do not pass to the next', async () => {
    const c = await newCase();
    const first = await addPerson(c.id, { role: 'victim', label: 'Leerling A' });
    await addPerson(c.id, { role: 'victim', label: 'Leerling C' });
    await t.call('interviewAnswer', { caseId: c.id, questionId: 'wellbeing_feeling', value: 'Bang om naar school te gaan' });
    expect(await t.fails('personsRemove', { caseId: c.id, personId: first })).toBe('person_in_record');
  });

  it('refuses a person of another case', async () => {
    const c = await newCase();
    const witness = await addPerson(c.id, { label: 'Getuige' });
    const other = await newCase();
    expect(await t.fails('personsRemove', { caseId: other.id, personId: witness })).toBe('not_found');
    expect((await t.call('casesGet', { id: c.id })).persons).toHaveLength(1);
  });
});
