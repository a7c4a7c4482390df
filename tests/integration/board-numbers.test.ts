// The school board's numbers: export with small-cell suppression and no personal data, and the
// board's view summing several schools' files, refusing what does not belong.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { unlockedCore, type TestCore } from '../fixtures/core';
import { pdfInfo, pdfText } from '../support/poppler';

/** The PDF's content streams unpacked, to count the drawing operators in them. */
function inflatedStreams(pdf: Buffer): string {
  const parts: string[] = [];
  const bytes = pdf.toString('latin1');
  for (const match of bytes.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = bytes.indexOf('endstream', start);
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (or a font): nothing to count in it.
    }
  }
  return parts.join('\n');
}

/** The canary strings the vault tests use, planted in every field a case has. */
const CANARY = 'KANARIE-7f3a-Xanthippe';

let t: TestCore;
beforeEach(async () => {
  t = await unlockedCore();
  await t.call('settingsUpdate', { school: { name: 'Het Baken', address: 'Kerkstraat 1', level: 'vo', logo: null } });
});
afterEach(() => t.cleanup());

async function plantCase(title: string, incidentTypes: ('meme' | 'sexting' | 'deepfake')[], at: string, schoolLevel: 'po' | 'vo' | 'mbo' = 'vo') {
  t.setNow(at);
  const { id } = await t.call('casesCreate', {
    title: `${CANARY} ${title}`,
    schoolLevel,
    incidentTypes,
    platforms: [`${CANARY}-platform`],
    summary: `${CANARY} samenvatting`,
    incidentDate: at.slice(0, 10),
  });
  await t.call('personsSave', {
    caseId: id,
    person: { role: 'victim', kind: 'pupil', label: `${CANARY} leerling`, ageBand: '12_15', classGroup: `${CANARY}-klas`, contact: `${CANARY}@example.nl`, relatedPersonId: null },
  });
  await t.call('notesAdd', { caseId: id, kind: 'private', body: `${CANARY} privé` });
  await t.call('evidenceAdd', { caseId: id, item: { description: `${CANARY} bewijs`, platform: 'x', accountOrUrl: `@${CANARY}`, observedAt: null, heldBy: 'victim', note: '' } });
  return id;
}

async function exported(format: 'json' | 'csv'): Promise<{ name: string; text: string }> {
  const result = await t.call('boardExport', { year: 2026, format });
  expect(result.saved).toBe(true);
  const file = t.saved.at(-1)!;
  return { name: file.name, text: file.data.toString('utf8') };
}

describe('board numbers export', () => {
  beforeEach(async () => {
    for (let i = 0; i < 6; i++) await plantCase(`meme ${i}`, ['meme'], `2026-03-0${i + 1}T10:00:00Z`);
    await plantCase('sexting', ['sexting'], '2026-03-20T10:00:00Z');
    await plantCase('deepfake', ['deepfake'], '2026-09-02T10:00:00Z', 'mbo');
    // Prevention: two classes, one lesson held this year and one last year, two points worked on.
    const classes = async (name: string) => (await t.call('preventionClassSave', { name, schoolLevel: 'vo' })).classes.find((c) => c.name === name)!.id;
    const b2 = await classes('2B');
    await classes('3A');
    await t.call('preventionLessonSave', { classId: b2, plannedDate: null, heldDate: '2026-02-10', ledBy: 'Mentor', rules: '', note: '' });
    await t.call('preventionLessonSave', { classId: b2, plannedDate: null, heldDate: '2025-11-10', ledBy: 'Mentor', rules: '', note: '' });
    await t.call('preventionPointSave', { key: 'police_contact', status: 'done', owner: 'Directie', lastReviewed: '2026-01-15', note: '', contactId: null });
    await t.call('preventionPointSave', { key: 'media_spokesperson', status: 'in_progress', owner: 'Directie', lastReviewed: null, note: '', contactId: null });
  });

  it('prints the same suppressed counts as a PDF with a bar per count and no case detail', async () => {
    t.setNow('2026-12-02T10:00:00Z');
    expect(await t.call('boardExport', { year: 2026, format: 'pdf' })).toEqual({ saved: true, fileName: 'Jaaroverzicht Het Baken 2026.pdf' });
    const pdf = t.saved.at(-1)!.data;
    const text = pdfText(pdf).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Jaaroverzicht 2026');
    expect(text).toContain('Gemaakt op: 02-12-2026');
    expect(text).toContain('Geopend 8');
    // 6 memes are shown as they are; the one sexting and the one mbo case only as "<5".
    expect(text).toContain('Meme 6');
    expect(text).toContain('Sexting <5');
    expect(text).toContain('Middelbaar beroepsonderwijs');
    // The month chart's labels, then its counts: March 7, September below 5, the rest 0.
    expect(text).toContain('jan feb mrt apr mei jun jul aug sep okt nov dec 0 0 7 0 0 0 0 0 <5 0 0 0');
    expect(pdfInfo(pdf).stdout).toMatch(/Pages:\s+1\n/);
    expect(text).toContain('Lessen gegeven 1');
    expect(text).toContain('Lichte balk: minder dan 5.');
    expect(text).not.toContain(CANARY);
    // The bars are drawn: one filled rectangle per non-zero count at least.
    const drawn = inflatedStreams(pdf).match(/\bre\b/g)?.length ?? 0;
    expect(drawn).toBeGreaterThanOrEqual(10);
  });

  it('says there were no cases rather than drawing empty charts for a quiet year', async () => {
    await t.call('boardExport', { year: 2024, format: 'pdf' });
    const text = pdfText(t.saved.at(-1)!.data).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('In dit jaar is geen zaak geopend, gesloten of vernietigd.');
    expect(text).not.toContain('Geopend per maand');
  });

  it('writes counts only, every count below 5 as "<5", in JSON with its schema version', async () => {
    const { name, text } = await exported('json');
    expect(name).toBe('jaarcijfers-Het Baken-2026.json');
    const numbers = JSON.parse(text);
    expect(numbers).toEqual({
      format: 'vertrouwd-board-numbers',
      schemaVersion: 2,
      school: 'Het Baken',
      year: 2026,
      totals: { opened: 8, closed: '<5', stillOpen: 8, destroyed: '<5', acute: '<5' },
      byIncidentType: { meme: 6, sexting: '<5', deepfake: '<5' },
      bySchoolLevel: { vo: 7, mbo: '<5' },
      byLevel: { none: 8 },
      byMonth: { '03': 7, '09': '<5' },
      // Exact: they count what the school did. Class names stay in the school.
      prevention: { lessonsHeld: 1, activeClasses: 2, classesWithoutLesson: 1 },
      readiness: { not_started: 5, in_progress: 1, done: 1 },
    });
    expect(text).not.toContain('2B');
  });

  it('writes the same numbers as CSV, one count per row', async () => {
    const { text } = await exported('csv');
    const rows = text.trim().split('\r\n');
    expect(rows[0]).toBe('format,schema_version,school,year,section,key,count');
    expect(rows).toContain('vertrouwd-board-numbers,2,Het Baken,2026,byIncidentType,meme,6');
    expect(rows).toContain('vertrouwd-board-numbers,2,Het Baken,2026,byIncidentType,sexting,<5');
    expect(rows).toContain('vertrouwd-board-numbers,2,Het Baken,2026,byMonth,09,<5');
    expect(rows).toContain('vertrouwd-board-numbers,2,Het Baken,2026,prevention,lessonsHeld,1');
    expect(rows).toContain('vertrouwd-board-numbers,2,Het Baken,2026,readiness,done,1');
  });

  it('carries no personal data and no date finer than a month, in either format', async () => {
    for (const format of ['json', 'csv'] as const) {
      const { text } = await exported(format);
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain('Kerkstraat');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/T\d{2}:\d{2}/);
    }
  });

  it('refuses to export without the school name the board tells schools apart by', async () => {
    await t.call('settingsUpdate', { school: { name: '', address: '', level: 'vo', logo: null } });
    expect(await t.fails('boardExport', { year: 2026, format: 'json' })).toBe('board_school_name_missing');
  });
});

describe('board view over several schools', () => {
  const file = (school: string, overrides: Record<string, unknown> = {}) => ({
    name: `${school}.json`,
    text: JSON.stringify({
      format: 'vertrouwd-board-numbers',
      schemaVersion: 1,
      school,
      year: 2026,
      totals: { opened: 12, closed: 7, stillOpen: 5, destroyed: '<5', acute: '<5' },
      byIncidentType: { meme: 8, sexting: '<5' },
      bySchoolLevel: { vo: 12 },
      byLevel: { low: 6, high: '<5' },
      byMonth: { '01': 5, '02': '<5' },
      ...overrides,
    }),
  });

  it('sums the schools cell by cell, keeping count of the suppressed cells', async () => {
    const csv = (await exported('csv')).text;
    const anker = file('Het Anker', { schemaVersion: 2, prevention: { lessonsHeld: 4, activeClasses: 4 }, readiness: { done: 3, not_started: 4 } });
    const overview = await t.call('boardCombine', { files: [file('De Linde'), anker, { name: 'baken.csv', text: csv }] });
    expect(overview.refused).toEqual([]);
    expect(overview.year).toBe(2026);
    expect(overview.schools.map((s) => s.name)).toEqual(['De Linde', 'Het Anker', 'Het Baken']);
    expect(overview.sums.totals.opened).toEqual({ known: 24, suppressed: 1 });
    expect(overview.sums.byIncidentType.meme).toEqual({ known: 16, suppressed: 0 });
    expect(overview.sums.byIncidentType.sexting).toEqual({ known: 0, suppressed: 2 });
    expect(overview.sums.byMonth['01']).toEqual({ known: 10, suppressed: 0 });
    // De Linde still sends version 1, without prevention: the sums hold what the other two sent.
    expect(overview.sums.prevention.lessonsHeld).toEqual({ known: 4, suppressed: 0 });
    expect(overview.sums.readiness.done).toEqual({ known: 3, suppressed: 0 });
    expect(overview.sums.readiness.not_started).toEqual({ known: 11, suppressed: 0 });
  });

  it('refuses a second file for the same school and year, another year, a newer schema and anything off-schema', async () => {
    const overview = await t.call('boardCombine', {
      files: [
        file('De Linde'),
        file('de linde', { byIncidentType: { meme: 9 } }),
        file('Het Anker', { year: 2025 }),
        file('De Wilg', { schemaVersion: 3 }),
        file('De Eik', { titles: ['Naaktfoto 3A'] }),
        file('De Beuk', { byIncidentType: { meme: 3 } }),
        file('De Es', { byMonth: { '2026-03-14': 6 } }),
        { name: 'rommel.csv', text: 'naam,aantal\nSanne,1\n' },
        file('Het Baken'),
      ],
    });
    expect(overview.schools.map((s) => s.name)).toEqual(['De Linde', 'Het Baken']);
    expect(overview.refused).toEqual([
      { file: 'de linde.json', problem: 'board_file_duplicate' },
      { file: 'Het Anker.json', problem: 'board_file_other_year' },
      { file: 'De Wilg.json', problem: 'board_file_newer' },
      { file: 'De Eik.json', problem: 'board_file_invalid' },
      { file: 'De Beuk.json', problem: 'board_file_invalid' },
      { file: 'De Es.json', problem: 'board_file_invalid' },
      { file: 'rommel.csv', problem: 'board_file_unreadable' },
    ]);
    expect(overview.sums.totals.opened).toEqual({ known: 24, suppressed: 0 });
  });
});
