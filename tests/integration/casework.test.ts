// The advisor's day through the contract: the chronology as it reads, the takedown tracker and
// the start screen's queries, on a real encrypted vault.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockedCore, type TestCore } from '../fixtures/core';

let t: TestCore;
beforeEach(async () => (t = await unlockedCore()));
afterEach(() => t.cleanup());

const newCase = (title = 'Filmpje kleedkamer 2C') =>
  t.call('casesCreate', { title, schoolLevel: 'vo', incidentTypes: ['beeldpesten'], platforms: ['tiktok'], summary: 'Een filmpje uit de kleedkamer staat online.', incidentDate: null });

describe('chronology', () => {
  it('shows one entry per question per sitting, with the earlier saves of that sitting kept on it', async () => {
    const c = await newCase();
    // Any open question will do; the content changes as the interview is reviewed.
    const content = await t.call('interviewContent', {});
    const openQuestion = content.sections.flatMap((s) => s.questions).find((q) => q.type === 'longtext')!.id;
    t.setNow('2026-11-23T09:00:00Z');
    await t.call('interviewAnswer', { caseId: c.id, questionId: openQuestion, value: 'Er is een filmpje' });
    t.setNow('2026-11-23T09:00:05Z');
    await t.call('interviewAnswer', { caseId: c.id, questionId: openQuestion, value: 'Er is een filmpje gemaakt in de kleedkamer' });
    t.setNow('2026-11-23T09:01:00Z');
    await t.call('interviewAnswer', { caseId: c.id, questionId: 'incident_types', value: ['beeldpesten', 'meme'] });
    t.setNow('2026-11-23T09:01:10Z');
    await t.call('interviewAnswer', { caseId: c.id, questionId: 'incident_types', value: ['beeldpesten'] });
    // Two days later, in a new sitting, the answer changes: that is a correction of its own.
    t.setNow('2026-11-25T14:00:00Z');
    await t.call('interviewAnswer', { caseId: c.id, questionId: openQuestion, value: 'Het filmpje is gemaakt in de gymzaal' });

    const list = await t.call('timelineList', { caseId: c.id });
    const interview = list.filter((e) => e.kind === 'interview_answer' || e.kind === 'interview_correction');
    expect(interview.map((e) => [e.kind, e.category])).toEqual([
      ['interview_answer', 'interview'],
      ['interview_answer', 'interview'],
      ['interview_correction', 'corrections'],
    ]);
    expect(interview[0]!.summary).toContain('kleedkamer');
    expect(interview[0]!.earlier.map((e) => e.summary)).toEqual([expect.stringContaining('Er is een filmpje')]);
    expect(interview[1]!.earlier).toHaveLength(1);
    expect(interview[2]!.summary).toContain('gymzaal');
    expect(interview[2]!.earlier).toEqual([]);
  });

  it('dates a phone call when it happened, keeps when it was recorded, and sorts by the first', async () => {
    const c = await newCase();
    t.setNow('2026-11-24T08:00:00Z');
    const list = await t.call('timelineAdd', { caseId: c.id, kind: 'contact', summary: 'Moeder belde gisteren', happenedAt: '2026-11-23T07:30' });
    const call = list.find((e) => e.summary === 'Moeder belde gisteren')!;
    expect(call).toMatchObject({ happenedAt: '2026-11-23T07:30', at: '2026-11-24T08:00:00.000Z', category: 'contacts' });
    // The case was created at 09:00 on the 23rd (the fixture's clock): the call comes before it.
    expect(list[0]!.id).toBe(call.id);
    expect(await t.fails('timelineAdd', { caseId: c.id, kind: 'decision', summary: 'Later', happenedAt: '2027-01-01T10:00' })).toBe('happened_in_future');
    expect(await t.fails('timelineAdd', { caseId: c.id, kind: 'event', summary: 'Half', happenedAt: '2026-11-2' })).toBe('invalid_input');
  });
});

describe('takedown tracker', () => {
  it('records reports, statuses and corrections as appended history and brings follow-ups to the start screen', async () => {
    const c = await newCase();
    const [item] = await t.call('evidenceAdd', {
      caseId: c.id,
      item: { description: 'Filmpje van 20 seconden', platform: 'TikTok', accountOrUrl: '@klas2c_lol', observedAt: '2026-11-22T20:15', heldBy: 'victim', note: '' },
    });
    expect(item).toMatchObject({ takedownStatus: 'to_report', followUpDate: null, history: [] });

    const reported = await t.call('evidenceUpdate', { caseId: c.id, evidenceId: item!.id, update: { reportedTo: 'helpwanted', reference: 'HW-2026-118', followUpDate: '2026-11-23' } });
    expect(reported[0]).toMatchObject({ takedownStatus: 'reported', followUpDate: '2026-11-23' });
    expect(reported[0]!.history[0]).toMatchObject({ reportedTo: 'helpwanted', reference: 'HW-2026-118', status: 'reported', actor: 'Mevrouw De Vries' });

    const due = await t.call('takedownFollowUps', {});
    expect(due).toEqual([expect.objectContaining({ evidenceId: item!.id, caseTitle: 'Filmpje kleedkamer 2C', overdue: false, takedownStatus: 'reported' })]);

    const corrected = await t.call('evidenceUpdate', { caseId: c.id, evidenceId: item!.id, update: { corrections: { accountOrUrl: '@klas2c_lol2' }, note: 'Account verkeerd overgenomen' } });
    expect(corrected[0]!.accountOrUrl).toBe('@klas2c_lol2');
    expect(corrected[0]!.history[1]!.corrections).toEqual({ accountOrUrl: { before: '@klas2c_lol', after: '@klas2c_lol2' } });

    const removed = await t.call('evidenceUpdate', { caseId: c.id, evidenceId: item!.id, update: { status: 'removed' } });
    expect(removed[0]).toMatchObject({ takedownStatus: 'removed', followUpDate: null });
    expect(removed[0]!.history).toHaveLength(3);
    expect(await t.call('takedownFollowUps', {})).toEqual([]);

    const kinds = (await t.call('timelineList', { caseId: c.id })).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'takedown_update')).toHaveLength(2);
    expect(kinds).toContain('correction');
    expect(await t.fails('evidenceUpdate', { caseId: c.id, evidenceId: item!.id, update: {} })).toBe('nothing_changed');
  });

  it('refuses a half-typed "seen at" and an image pasted as text', async () => {
    const c = await newCase();
    const base = { description: 'Screenshot van een chat', platform: 'WhatsApp', accountOrUrl: '', heldBy: 'victim' as const, note: '' };
    expect(await t.fails('evidenceAdd', { caseId: c.id, item: { ...base, observedAt: '2026-11-22T2' } })).toBe('invalid_input');
    const [item] = await t.call('evidenceAdd', { caseId: c.id, item: { ...base, observedAt: null } });
    expect(await t.fails('evidenceUpdate', { caseId: c.id, evidenceId: item!.id, update: { note: `data:image/png;base64,${'A'.repeat(300)}` } })).toBe('media_refused');
  });
});

describe('start screen', () => {
  it('marks each due action overdue, today or soon', async () => {
    const c = await newCase();
    for (const [title, dueDate] of [
      ['Politie bellen', '2026-11-20'],
      ['Ouders spreken', '2026-11-23'],
      ['Nagesprek', '2026-11-27'],
    ] as const)
      await t.call('actionsAdd', { caseId: c.id, action: { title, step: 'act', owner: 'Mentor', dueDate, rationale: '', organisationKey: null } });
    const due = await t.call('actionsDue', {});
    expect(due.map((a) => [a.title, a.dueState])).toEqual([
      ['Politie bellen', 'overdue'],
      ['Ouders spreken', 'today'],
      ['Nagesprek', 'soon'],
    ]);
  });
});
