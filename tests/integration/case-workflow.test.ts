// The case workflow through the contract, as the renderer drives it, on a real encrypted vault.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockedCore, type TestCore } from '../fixtures/core';
import type { IncidentType } from '@shared';

let t: TestCore;
beforeEach(async () => (t = await unlockedCore()));
afterEach(() => t.cleanup());

const newCase = (title = 'Naaktfoto in Snapchat-groep 3B', incidentTypes: IncidentType[] = ['shame_sexting']) =>
  t.call('casesCreate', { title, schoolLevel: 'vo', incidentTypes, platforms: ['snapchat'], summary: 'Een foto van een leerling gaat rond in een groep.', incidentDate: '2026-11-20' });

describe('case status', () => {
  it('moves through the steps, closes with a reason, reopens keeping the whole history', async () => {
    const c = await newCase();
    for (const status of ['defining', 'acting', 'communicating', 'aftercare'] as const) await t.call('casesSetStatus', { id: c.id, status });
    expect(await t.fails('casesSetStatus', { id: c.id, status: 'closed' })).toBe('closing_needs_reason');
    const closed = await t.call('casesSetStatus', { id: c.id, status: 'closed', reason: 'Beelden offline, nazorg afgerond' });
    expect(closed.closureReason).toBe('Beelden offline, nazorg afgerond');
    expect(await t.fails('casesSetStatus', { id: c.id, status: 'acting' })).toBe('closed_needs_reopen');
    const reopened = await t.call('casesReopen', { id: c.id, reason: 'De foto duikt opnieuw op via TikTok' });
    expect(reopened.status).toBe('defining');
    const kinds = (await t.call('timelineList', { caseId: c.id })).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'status')).toHaveLength(5);
    expect(kinds).toContain('reopened');
  });

  it('follows the work: the first answer is step 1, an action started is its step, and never back or past a later step set by hand', async () => {
    const c = await newCase();
    await t.call('interviewAnswer', { caseId: c.id, questionId: 'start_reason', value: 'De mentor stuurde haar.' });
    expect((await t.call('casesGet', { id: c.id })).status).toBe('defining');
    const [action] = await t.call('actionsAdd', { caseId: c.id, action: { title: 'Helpwanted bellen', step: 'act', owner: '', dueDate: null, rationale: '', organisationKey: null } });
    expect((await t.call('casesGet', { id: c.id })).status).toBe('defining');
    await t.call('actionsUpdate', { caseId: c.id, actionId: action!.id, patch: { status: 'in_progress' } });
    expect((await t.call('casesGet', { id: c.id })).status).toBe('acting');
    const moves = (await t.call('timelineList', { caseId: c.id })).filter((e) => e.kind === 'status');
    expect(moves.map((e) => e.data.reason)).toEqual(['het gesprek is begonnen (de stap volgt het werk)', 'aan een actie van deze stap wordt gewerkt (de stap volgt het werk)']);
    // The advisor's own later step stays: more answers and a new assessment do not pull it back.
    await t.call('casesSetStatus', { id: c.id, status: 'aftercare' });
    await t.call('interviewAnswer', { caseId: c.id, questionId: 'start_reason', value: 'De mentor stuurde haar, na de les.' });
    await t.call('assessmentRun', { caseId: c.id });
    expect((await t.call('casesGet', { id: c.id })).status).toBe('aftercare');
  });

  it('links a new case to an earlier one in both directions', async () => {
    const first = await newCase('Eerste verspreiding');
    const second = await newCase('Beelden opnieuw opgedoken');
    const linked = await t.call('casesLink', { id: second.id, otherId: first.id, reason: 'Dezelfde beelden' });
    expect(linked.links).toEqual([{ caseId: first.id, title: 'Eerste verspreiding', reason: 'Dezelfde beelden' }]);
    expect((await t.call('casesGet', { id: first.id })).links[0]?.caseId).toBe(second.id);
  });
});

describe('consent', () => {
  it('keeps the case a working note until dossier consent, and tracks class-talk consent by age', async () => {
    const c = await newCase();
    await t.call('personsSave', { caseId: c.id, person: { role: 'victim', kind: 'pupil', label: '', ageBand: '12_15', classGroup: null, contact: null, relatedPersonId: null } });
    expect((await t.call('casesGet', { id: c.id })).recordKind).toBe('working_note');
    const afterDossier = await t.call('consentsRecord', {
      caseId: c.id,
      subject: 'dossier',
      givenBy: 'parent',
      decision: 'given',
      method: 'verbal',
      decidedAt: '2026-11-21',
      note: 'Moeder, telefonisch',
    });
    expect(afterDossier.recordKind).toBe('dossier');
    const victimOnly = await t.call('consentsRecord', { caseId: c.id, subject: 'class_talk', givenBy: 'victim', decision: 'given', method: 'verbal', decidedAt: '2026-11-21', note: '' });
    expect(victimOnly.consentStatus.find((s) => s.subject === 'class_talk')).toMatchObject({ satisfied: false, missing: ['parent'] });
    const both = await t.call('consentsRecord', { caseId: c.id, subject: 'class_talk', givenBy: 'parent', decision: 'given', method: 'written', decidedAt: '2026-11-22', note: '' });
    expect(both.consentStatus.find((s) => s.subject === 'class_talk')?.satisfied).toBe(true);
    const parentConsent = both.consents.find((x) => x.subject === 'class_talk' && x.givenBy === 'parent')!;
    const withdrawn = await t.call('consentsWithdraw', { caseId: c.id, consentId: parentConsent.id, note: 'Vader wil toch geen klassengesprek' });
    expect(withdrawn.consentStatus.find((s) => s.subject === 'class_talk')?.satisfied).toBe(false);
    expect(await t.fails('consentsWithdraw', { caseId: c.id, consentId: parentConsent.id, note: '' })).toBe('already_withdrawn');
  });
});

describe('chronology', () => {
  it('corrects an entry by appending, never by editing, and the database refuses edits', async () => {
    const c = await newCase();
    const events = await t.call('timelineAdd', { caseId: c.id, kind: 'contact', summary: 'Gebeld met wijkagent op dinsdag' });
    const original = events.at(-1)!;
    const corrected = await t.call('timelineCorrect', { caseId: c.id, eventId: original.id, correction: 'Het was woensdag, niet dinsdag' });
    const again = corrected.find((e) => e.id === original.id)!;
    expect(again.summary).toBe('Gebeld met wijkagent op dinsdag');
    expect(again.correctedBy).toHaveLength(1);
    expect(corrected.at(-1)).toMatchObject({ kind: 'correction', correctsEventId: original.id });
    const { sqlite } = t.core.vault.connection();
    expect(() => sqlite.prepare('UPDATE timeline_events SET summary = ? WHERE id = ?').run('stil gewijzigd', original.id)).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM timeline_events WHERE id = ?').run(original.id)).toThrow(/append-only/);
  });

  it('records who opened and changed a case under the profile name', async () => {
    const c = await newCase();
    await t.call('casesGet', { id: c.id });
    await t.call('casesUpdate', { id: c.id, patch: { summary: 'Aangevuld na gesprek' } });
    const entries = await t.call('auditList', { caseId: c.id });
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['case_create', 'case_open', 'case_change']));
    expect(new Set(entries.map((e) => e.actor))).toEqual(new Set(['Mevrouw De Vries']));
  });
});

describe('action plan', () => {
  it('shows due and overdue actions, and records an outcome when done', async () => {
    const c = await newCase();
    await t.call('actionsAdd', {
      caseId: c.id,
      action: { actionKey: 'police_consult', title: 'Overleg met wijkagent', step: 'act', owner: 'VP', dueDate: '2026-11-22', rationale: '', organisationKey: null },
    });
    const actions = await t.call('actionsAdd', {
      caseId: c.id,
      action: { actionKey: null, title: 'Nagesprek met leerling', step: 'aftercare', owner: 'Mentor', dueDate: '2026-11-26', rationale: '', organisationKey: null },
    });
    expect(actions.find((a) => a.title === 'Overleg met wijkagent')?.overdue).toBe(true);
    expect((await t.call('casesList', {}))[0]).toMatchObject({ openActions: 2, overdueActions: 1, nextDue: '2026-11-22' });
    expect((await t.call('actionsDue', {})).map((a) => a.title)).toEqual(['Overleg met wijkagent', 'Nagesprek met leerling']);
    const done = await t.call('actionsUpdate', { caseId: c.id, actionId: actions[0]!.id, patch: { status: 'done', outcome: 'Agent adviseert melding bij zedenpolitie' } });
    expect(done[0]).toMatchObject({ status: 'done', outcome: 'Agent adviseert melding bij zedenpolitie', overdue: false });
    expect(done[0]?.completedAt).not.toBeNull();
    // A closed case's leftover actions no longer ask for attention on the start screen.
    await t.call('casesSetStatus', { id: c.id, status: 'closed', reason: 'Afgerond' });
    expect(await t.call('actionsDue', {})).toEqual([]);
  });

  it('blocks mediation-style actions when a staff member is suspect', async () => {
    const c = await newCase('Docent filmt in kleedkamer', ['other']);
    await t.call('personsSave', {
      caseId: c.id,
      person: { role: 'suspected_spreader', kind: 'staff', label: 'Medewerker', ageBand: '18_plus', classGroup: null, contact: null, relatedPersonId: null },
    });
    expect((await t.call('casesGet', { id: c.id })).guardrails.staffSuspect).toBe(true);
    expect(
      await t.fails('actionsAdd', { caseId: c.id, action: { actionKey: 'restorative_meeting', title: 'Herstelgesprek', step: 'act', owner: '', dueDate: null, rationale: '', organisationKey: null } }),
    ).toBe('mediation_blocked_staff_suspect');
    await t.call('actionsAdd', {
      caseId: c.id,
      action: { actionKey: 'inform_school_board', title: 'Bevoegd gezag informeren', step: 'act', owner: 'VP', dueDate: '2026-11-23', rationale: '', organisationKey: null },
    });
  });
});

describe('notes, evidence and search', () => {
  it('keeps private notes out of search and out of the chronology text', async () => {
    const c = await newCase();
    await t.call('notesAdd', { caseId: c.id, kind: 'private', body: 'Eigen indruk: moeder lijkt overbelast' });
    await t.call('notesAdd', { caseId: c.id, kind: 'dossier', body: 'Afspraak: mentor is vast aanspreekpunt' });
    expect((await t.call('casesList', { query: 'overbelast' })).length).toBe(0);
    expect((await t.call('casesList', { query: 'aanspreekpunt' })).map((x) => x.id)).toEqual([c.id]);
    const timeline = JSON.stringify(await t.call('timelineList', { caseId: c.id }));
    expect(timeline).not.toContain('overbelast');
  });

  it('records evidence as text only and refuses an embedded image', async () => {
    const c = await newCase();
    const items = await t.call('evidenceAdd', {
      caseId: c.id,
      item: { description: 'Foto met naam van leerling in onderschrift', platform: 'Snapchat', accountOrUrl: '@klas3b_memes', observedAt: '2026-11-20T21:15', heldBy: 'police', note: '' },
    });
    expect(items[0]).toMatchObject({ platform: 'Snapchat', heldBy: 'police' });
    const code = await t.fails('evidenceAdd', {
      caseId: c.id,
      item: { description: `data:image/png;base64,${'A'.repeat(300)}`, platform: '', accountOrUrl: '', observedAt: null, heldBy: 'unknown', note: '' },
    });
    expect(code).toBe('media_refused');
  });

  it('finds cases by words in title or summary, with or without accents, and survives odd input', async () => {
    await newCase('Deepfake van café-medewerker', ['deepfake']);
    await newCase('Meme van gymleraar', ['meme']);
    expect((await t.call('casesList', { query: 'cafe' })).map((c) => c.title)).toEqual(['Deepfake van café-medewerker']);
    expect((await t.call('casesList', { query: 'gym' })).map((c) => c.title)).toEqual(['Meme van gymleraar']);
    expect(await t.call('casesList', { query: '" OR (AND *' })).toEqual([]);
  });

  it('counts cases in the anonymised annual overview, destroyed dossiers included, without a single title', async () => {
    await newCase('Meme van docent', ['meme']);
    const gone = await newCase('Naaktfoto gedeeld', ['shame_sexting']);
    await t.call('casesSetStatus', { id: gone.id, status: 'closed', reason: 'Afgerond' });
    await t.call('casesDestroy', { id: gone.id, confirmTitle: 'Naaktfoto gedeeld' });
    const report = await t.call('annualReport', { year: 2026 });
    expect(report).toMatchObject({ year: 2026, opened: 2, closed: 1, stillOpen: 1, destroyed: 1, byIncidentType: { meme: 1, shame_sexting: 1 }, bySchoolLevel: { vo: 2 } });
    expect(JSON.stringify(report)).not.toMatch(/Meme van docent|Naaktfoto/);
    expect((await t.call('annualReport', { year: 2025 })).opened).toBe(0);
  });

  it('destroys a case only with its exact title, and the audit trail keeps the fact, not the content', async () => {
    const c = await newCase('Te vernietigen zaak');
    expect(await t.fails('casesDestroy', { id: c.id, confirmTitle: 'verkeerd' })).toBe('confirm_title_mismatch');
    await t.call('casesDestroy', { id: c.id, confirmTitle: 'Te vernietigen zaak' });
    expect(await t.fails('casesGet', { id: c.id })).toBe('case_not_found');
    const audit = await t.call('auditList', { caseId: c.id });
    expect(audit[0]?.action).toBe('case_destroy');
    expect(JSON.stringify(audit)).not.toContain('Te vernietigen');
  });
});

describe('meldcode and retention', () => {
  it('records the afwegingskader and says when its answers call for a report to Veilig Thuis', async () => {
    const c = await newCase('Signalen van onveiligheid thuis', ['beeldpesten']);
    const empty = await t.call('checklistGet', { caseId: c.id, checklistKey: 'afwegingskader' });
    expect(empty).toMatchObject({ answers: {}, reportAdvised: false, updatedAt: null });
    const saved = await t.call('checklistSave', {
      caseId: c.id,
      checklist: { checklistKey: 'afwegingskader', answers: { suspicion: { answer: 'yes', note: 'Blauwe plekken, vertelt over ruzie' }, acute_or_structural: { answer: 'yes', note: '' } } },
    });
    expect(saved.reportAdvised).toBe(true);
    const timeline = await t.call('timelineList', { caseId: c.id });
    expect(timeline.at(-1)).toMatchObject({ kind: 'checklist', summary: 'Bijgewerkt: afwegingskader meldcode — melding bij Veilig Thuis aangewezen' });
  });

  it('sets a destruction date at closing and lists the dossier once that date has passed', async () => {
    await t.call('settingsUpdate', { retentionMonths: 6 });
    const c = await newCase();
    const closed = await t.call('casesSetStatus', { id: c.id, status: 'closed', reason: 'Afgerond' });
    expect(closed.destroyAfter).toBe('2027-05-23');
    expect(await t.call('casesDueForDestruction', {})).toEqual([]);
    t.setNow('2027-05-24T08:00:00Z');
    expect((await t.call('casesDueForDestruction', {})).map((x) => x.id)).toEqual([c.id]);
    const reopened = await t.call('casesReopen', { id: c.id, reason: 'Beelden opnieuw opgedoken' });
    expect(reopened.destroyAfter).toBeNull();
  });
});

describe('the contract boundary', () => {
  it('refuses invalid input with Dutch field messages and changes nothing', async () => {
    const result = await t.core.dispatch('casesCreate', { title: '', schoolLevel: 'hbo', incidentTypes: [], platforms: [], summary: '', incidentDate: null });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['title', 'schoolLevel']));
      expect(result.error.issues?.find((i) => i.path === 'title')?.message).toMatch(/werktitel/);
    }
    expect(await t.call('casesList', { status: 'all' })).toEqual([]);
  });

  it('answers an unknown call and a locked vault with typed errors, never a stack trace', async () => {
    expect(await t.core.dispatch('dropTables', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    await t.call('vaultLock', {});
    const locked = await t.core.dispatch('casesList', {});
    expect(locked).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(JSON.stringify(locked)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a school logo that is not really a PNG or JPEG, and keeps the previous settings', async () => {
    const fake = { mime: 'image/png' as const, base64: Buffer.from('GIF89a not a png').toString('base64') };
    expect(await t.fails('settingsUpdate', { school: { name: 'Het Baken', address: '', level: 'vo', logo: fake } })).toBe('invalid_logo');
    expect((await t.call('settingsGet', {})).school.name).toBe('');
  });

  it('opens only allow-listed https links', async () => {
    expect(await t.call('openExternal', { url: 'https://www.helpwanted.nl/hulp' })).toEqual({ opened: true });
    expect(await t.fails('openExternal', { url: 'https://evil.example/' })).toBe('external_not_allowed');
  });
});
