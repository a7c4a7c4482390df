// The school readiness overview and the yearly lesson per class, through the contract on a real vault,
// with the clock set so that the turn of the school year (1 August) can be crossed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockedCore, type TestCore } from '../fixtures/core';

let t: TestCore;
beforeEach(async () => (t = await unlockedCore()));
afterEach(() => t.cleanup());

const addClass = async (name: string, schoolLevel: 'po' | 'vo' | 'mbo' = 'vo') => (await t.call('preventionClassSave', { name, schoolLevel })).classes.find((c) => c.name === name)!;

describe('the readiness overview', () => {
  it('lists every point of the guidance note, not started until the school records it', async () => {
    const overview = await t.call('preventionOverview', {});
    expect(overview.points.map((p) => p.key)).toEqual([
      'school_guide_agreements',
      'safety_plan_social_media',
      'remote_teaching_rules',
      'police_contact',
      'help_contacts_checked',
      'media_spokesperson',
      'yearly_lessons',
    ]);
    expect(new Set(overview.points.map((p) => p.status))).toEqual(new Set(['not_started']));
    expect(overview.schoolYear).toMatchObject({ start: 2026, label: '2026-2027', from: '2026-08-01' });
    expect(overview.overdue).toEqual([]);
  });

  it('keeps status, owner, review date and note, and shows a review older than a year as overdue', async () => {
    await t.call('preventionPointSave', { key: 'safety_plan_social_media', status: 'done', owner: 'Directie', lastReviewed: '2025-11-23', note: 'Gekoppeld aan pestprotocol 2025' });
    let overview = await t.call('preventionOverview', {});
    const point = overview.points.find((p) => p.key === 'safety_plan_social_media')!;
    expect(point).toMatchObject({ status: 'done', owner: 'Directie', lastReviewed: '2025-11-23', note: 'Gekoppeld aan pestprotocol 2025', reviewOverdue: false });

    t.setNow('2026-11-24T09:00:00Z');
    overview = await t.call('preventionOverview', {});
    expect(overview.overdue).toEqual([{ kind: 'review', pointKey: 'safety_plan_social_media', classId: null, label: 'Sociale media in het schoolveiligheidsplan', since: '2025-11-23' }]);
  });

  it('refuses a review date in the future', async () => {
    expect(await t.fails('preventionPointSave', { key: 'remote_teaching_rules', status: 'in_progress', owner: '', lastReviewed: '2026-12-01', note: '' })).toBe('prevention_review_in_future');
  });

  it('takes the fixed police contact from the school contacts, and only a police contact', async () => {
    const saved = await t.call('contactsSave', { contact: { role: 'police_contact', name: 'Wijkagent Bakker', organisation: 'Politie Kennemerland', phone: '0900-8844', email: '', note: '' } });
    const board = await t.call('contactsSave', { contact: { role: 'school_board', name: 'Bestuurssecretariaat', organisation: '', phone: '', email: '', note: '' } });
    const police = saved.find((c) => c.role === 'police_contact')!;
    const boardContact = board.find((c) => c.role === 'school_board')!;
    expect((await t.call('preventionOverview', {})).policeContacts.map((c) => c.name)).toEqual(['Wijkagent Bakker']);
    expect(await t.fails('preventionPointSave', { key: 'police_contact', status: 'done', owner: '', lastReviewed: null, note: '', contactId: boardContact.id })).toBe('prevention_not_police_contact');
    const overview = await t.call('preventionPointSave', { key: 'police_contact', status: 'done', owner: 'Vertrouwenspersoon', lastReviewed: '2026-09-01', note: '', contactId: police.id });
    expect(overview.points.find((p) => p.key === 'police_contact')?.contact).toMatchObject({ name: 'Wijkagent Bakker', phone: '0900-8844' });
    // Removing the contact leaves the point without one rather than pointing at nothing.
    await t.call('contactsRemove', { id: police.id });
    expect((await t.call('preventionOverview', {})).points.find((p) => p.key === 'police_contact')?.contact).toBeNull();
  });
});

describe('the yearly lesson per class', () => {
  it('plans a lesson, records it with its rules, and the lesson point follows the classes', async () => {
    const b2 = await addClass('2B');
    await addClass('3A');
    let overview = await t.call('preventionLessonSave', { classId: b2.id, plannedDate: '2026-12-10', heldDate: null, ledBy: 'Mentor 2B', rules: '', note: '' });
    let lessons = overview.classes.find((c) => c.id === b2.id)!;
    expect(lessons).toMatchObject({ heldThisYear: false, nextPlanned: '2026-12-10' });
    expect(overview.points.find((p) => p.key === 'yearly_lessons')?.status).toBe('in_progress');
    expect(overview.overdue.filter((o) => o.kind === 'lesson').map((o) => o.label)).toEqual(['2B', '3A']);

    t.setNow('2026-12-10T14:00:00Z');
    const planned = lessons.lessons[0]!;
    overview = await t.call('preventionLessonSave', {
      id: planned.id,
      classId: b2.id,
      plannedDate: '2026-12-10',
      heldDate: '2026-12-10',
      ledBy: 'Mentor 2B',
      rules: '- We vragen eerst voordat we een foto van iemand maken\n- Een rotopmerking liken we niet',
      note: 'Goed gesprek, veel inbreng',
    });
    lessons = overview.classes.find((c) => c.id === b2.id)!;
    expect(lessons).toMatchObject({ heldThisYear: true, lastHeld: '2026-12-10' });
    expect(lessons.lessons).toHaveLength(1);
    expect(lessons.lessons[0]).toMatchObject({ schoolYear: 2026, rules: expect.stringContaining('We vragen eerst') });
    expect(overview.overdue.map((o) => o.label)).toEqual(['3A']);

    const a3 = overview.classes.find((c) => c.name === '3A')!;
    overview = await t.call('preventionLessonSave', { classId: a3.id, plannedDate: null, heldDate: '2026-12-09', ledBy: 'Mentor 3A', rules: 'Niet doorsturen, wel melden', note: '' });
    expect(overview.points.find((p) => p.key === 'yearly_lessons')?.status).toBe('done');
    expect(overview.overdue).toEqual([]);
  });

  it('makes every class overdue again on 1 August, the start of the new school year', async () => {
    t.setNow('2027-06-15T10:00:00Z');
    const c = await addClass('4H');
    await t.call('preventionLessonSave', { classId: c.id, plannedDate: null, heldDate: '2027-06-14', ledBy: 'Mentor', rules: 'Samen afgesproken', note: '' });
    t.setNow('2027-07-31T21:59:00Z');
    let overview = await t.call('preventionOverview', {});
    expect(overview.schoolYear.label).toBe('2026-2027');
    expect(overview.overdue).toEqual([]);

    t.setNow('2027-08-01T08:00:00Z');
    overview = await t.call('preventionOverview', {});
    expect(overview.schoolYear.label).toBe('2027-2028');
    expect(overview.overdue).toEqual([{ kind: 'lesson', pointKey: 'yearly_lessons', classId: c.id, label: '4H', since: '2027-06-14' }]);
    expect(overview.points.find((p) => p.key === 'yearly_lessons')?.status).toBe('not_started');
  });

  it('does not remind a class that no longer exists', async () => {
    const c = await addClass('6C');
    const overview = await t.call('preventionClassSave', { id: c.id, name: '6C', schoolLevel: 'vo', active: false });
    expect(overview.overdue).toEqual([]);
  });

  it('refuses a held date in the future, a lesson without any date, and a second class of the same name', async () => {
    const c = await addClass('1A');
    expect(await t.fails('preventionLessonSave', { classId: c.id, plannedDate: null, heldDate: '2026-11-30', ledBy: '', rules: '', note: '' })).toBe('prevention_held_in_future');
    expect(await t.fails('preventionLessonSave', { classId: c.id, plannedDate: null, heldDate: null, ledBy: '', rules: '', note: '' })).toBe('prevention_lesson_needs_date');
    expect(await t.fails('preventionClassSave', { name: '1A', schoolLevel: 'vo' })).toBe('prevention_class_exists');
  });
});

describe('the audit trail of the preparation', () => {
  it('records every change to a point, a class, a lesson and a model document, and nothing for a refused one', async () => {
    await t.call('preventionPointSave', { key: 'police_contact', status: 'in_progress', owner: 'Directie', lastReviewed: null, note: '' });
    const b2 = await addClass('2B');
    await t.call('preventionLessonSave', { classId: b2.id, plannedDate: null, heldDate: '2026-11-02', ledBy: 'Mentor', rules: '', note: '' });
    const [doc] = await t.call('preventionDocumentsList', { level: 'vo' });
    await t.call('preventionDocumentSave', { type: doc!.type, level: 'vo', edits: { [Object.keys(doc!.originals)[0]!]: 'Onze eigen afspraak over foto’s in de klas.' } });
    expect(await t.fails('preventionLessonSave', { classId: b2.id, plannedDate: null, heldDate: '2027-01-01', ledBy: '', rules: '', note: '' })).toBe('prevention_held_in_future');

    const entries = (await t.call('auditList', {})).filter((e) => e.action === 'prevention_change').map((e) => e.detail);
    expect(entries.reverse()).toEqual(['point police_contact: in_progress', 'class added: 2B', 'lesson 2B: held 2026-11-02', `document ${doc!.type} vo: 1 paragraph(s) own wording`]);
  });
});

describe('no pupil name in a lesson record', () => {
  const withPersons = async () => {
    const c = await t.call('casesCreate', { title: 'Meme in de klassenapp', schoolLevel: 'vo', incidentTypes: ['meme'], platforms: ['whatsapp'], summary: '', incidentDate: null });
    const person = { ageBand: '12_15', classGroup: '2B', contact: null, relatedPersonId: null } as const;
    await t.call('personsSave', { caseId: c.id, person: { ...person, role: 'victim', kind: 'pupil', label: 'Sanne de Wit' } });
    await t.call('personsSave', { caseId: c.id, person: { ...person, role: 'suspected_spreader', kind: 'pupil', label: 'Leerling B' } });
    await t.call('personsSave', { caseId: c.id, person: { ...person, role: 'staff', kind: 'staff', label: 'Meneer Jansen', ageBand: '18_plus' } });
    return addClass('2B');
  };

  it.each([
    ['the rules', { rules: 'We doen niet wat er met Sanne gebeurde' }],
    ['the rules, written without capitals or accents', { rules: 'niet zoals bij sanne de wit' }],
    ['the note', { note: 'De Wit was stil tijdens de les' }],
    ['who led it, when that is a pupil', { ledBy: 'Sanne' }],
  ])('refuses a name of a person in a case in %s', async (_where, fields) => {
    const c = await withPersons();
    expect(await t.fails('preventionLessonSave', { classId: c.id, plannedDate: null, heldDate: '2026-11-20', ledBy: 'Mentor', rules: '', note: '', ...fields })).toBe('prevention_names_person');
    expect((await t.call('preventionOverview', {})).classes[0]?.lessons).toEqual([]);
  });

  it('accepts ordinary words from generic labels, and a teacher who leads the lesson', async () => {
    const c = await withPersons();
    const overview = await t.call('preventionLessonSave', {
      classId: c.id,
      plannedDate: null,
      heldDate: '2026-11-20',
      ledBy: 'Meneer Jansen',
      rules: 'Elke leerling mag zeggen dat iets niet leuk is. Witte vlaggen voor wie hulp vraagt.',
      note: 'Klas 2B deed goed mee',
    });
    expect(overview.classes[0]?.lessons[0]?.ledBy).toBe('Meneer Jansen');
  });

  it('refuses an account from a case’s evidence register, with or without its @', async () => {
    const c = await addClass('2C');
    const found = await t.call('casesCreate', { title: 'Meme-account', schoolLevel: 'vo', incidentTypes: ['meme'], platforms: [], summary: '', incidentDate: null });
    await t.call('evidenceAdd', {
      caseId: found.id,
      item: { description: 'Meme-account met bewerkte foto', platform: 'instagram', accountOrUrl: '@memes_2c_baken', observedAt: null, heldBy: 'nobody', note: '' },
    });
    for (const rules of ['Volg @memes_2c_baken niet', 'memes_2c_baken is niet grappig'])
      expect(await t.fails('preventionLessonSave', { classId: c.id, plannedDate: null, heldDate: '2026-11-20', ledBy: '', rules, note: '' })).toBe('prevention_names_person');
  });

  it('refuses a name in a readiness point’s note, and a pupil as its owner', async () => {
    await withPersons();
    expect(
      await t.fails('preventionPointSave', { key: 'safety_plan_social_media', status: 'in_progress', owner: '', lastReviewed: null, note: 'Aangepast na de zaak van Sanne', contactId: null }),
    ).toBe('prevention_names_person');
    expect(await t.fails('preventionPointSave', { key: 'media_spokesperson', status: 'done', owner: 'Sanne de Wit', lastReviewed: null, note: '', contactId: null })).toBe('prevention_names_person');
    const ok = await t.call('preventionPointSave', { key: 'media_spokesperson', status: 'done', owner: 'Meneer Jansen', lastReviewed: null, note: '', contactId: null });
    expect(ok.points.find((p) => p.key === 'media_spokesperson')?.owner).toBe('Meneer Jansen');
  });

  it('refuses a pupil name typed as a class name', async () => {
    await withPersons();
    expect(await t.fails('preventionClassSave', { name: 'Sanne', schoolLevel: 'vo' })).toBe('prevention_names_person');
  });

  it('caps the length of the rules like every text field', async () => {
    const c = await addClass('5V');
    expect(await t.fails('preventionLessonSave', { classId: c.id, plannedDate: '2026-12-01', heldDate: null, ledBy: '', rules: 'x'.repeat(4001), note: '' })).toBe('invalid_input');
  });
});

describe('the annual overview', () => {
  it('counts lessons held per class and the readiness status next to the incident counts, without names', async () => {
    const a = await addClass('1A');
    const b = await addClass('1B');
    await addClass('1C');
    await t.call('preventionLessonSave', { classId: a.id, plannedDate: null, heldDate: '2026-03-10', ledBy: 'Mentor', rules: 'Eerst vragen', note: '' });
    await t.call('preventionLessonSave', { classId: a.id, plannedDate: null, heldDate: '2026-10-01', ledBy: 'Mentor', rules: 'Niet doorsturen', note: '' });
    await t.call('preventionLessonSave', { classId: b.id, plannedDate: null, heldDate: '2026-09-15', ledBy: 'Mentor', rules: 'Aardig blijven', note: '' });
    await t.call('preventionLessonSave', { classId: b.id, plannedDate: null, heldDate: '2025-12-01', ledBy: 'Mentor', rules: 'Vorig jaar', note: '' });
    await t.call('preventionPointSave', { key: 'media_spokesperson', status: 'done', owner: 'Rector', lastReviewed: '2026-09-01', note: '' });
    await t.call('casesCreate', { title: 'Meme gym', schoolLevel: 'vo', incidentTypes: ['meme'], platforms: [], summary: '', incidentDate: null });

    const report = await t.call('annualReport', { year: 2026 });
    expect(report.opened).toBe(1);
    expect(report.prevention).toEqual({
      lessonsHeldByClass: { '1A': 2, '1B': 1 },
      lessonsHeld: 3,
      activeClasses: 3,
      classesWithoutLesson: 1,
      readiness: {
        school_guide_agreements: 'not_started',
        safety_plan_social_media: 'not_started',
        remote_teaching_rules: 'not_started',
        police_contact: 'not_started',
        help_contacts_checked: 'not_started',
        media_spokesperson: 'done',
        yearly_lessons: 'in_progress',
      },
    });
    expect(JSON.stringify(report)).not.toContain('Rector');
    expect(JSON.stringify(report)).not.toContain('Mentor');
  });
});
