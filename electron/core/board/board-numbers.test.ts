import { describe, expect, it } from 'vitest';
import { boardCsv, boardNumbers, parseBoardFile, suppress } from './board-numbers';

const report = {
  year: 2026,
  opened: 9,
  closed: 4,
  stillOpen: 5,
  destroyed: 0,
  acute: 1,
  byIncidentType: { meme: 5, sexting: 4, unknown_old_key: 7 },
  bySchoolLevel: { po: 9 },
  byLevel: { low: 5, none: 4 },
  byMonth: { '02': 9 },
  prevention: {
    lessonsHeldByClass: { '2B': 2, '3A': 1 },
    lessonsHeld: 3,
    activeClasses: 4,
    classesWithoutLesson: 2,
    readiness: { school_guide_agreements: 'done', police_contact: 'done', yearly_lessons: 'in_progress', media_spokesperson: 'not_started' },
  },
} as const;

describe('board numbers', () => {
  it('suppresses every count below 5, zero included, and keeps 5 and above', () => {
    expect([0, 1, 4, 5, 12].map(suppress)).toEqual(['<5', '<5', '<5', 5, 12]);
  });

  it('leaves out keys the schema does not know rather than passing them on', () => {
    expect(boardNumbers(report, 'De Linde').byIncidentType).toEqual({ meme: 5, sexting: '<5' });
  });

  it('reads its own CSV back to the same numbers, whatever the school is called', () => {
    const numbers = boardNumbers(report, '=Sint "Jan", Noord');
    const csv = boardCsv(numbers);
    expect(csv).not.toMatch(/^=|,=/m);
    expect(parseBoardFile(csv)).toEqual({ ok: true, numbers });
    expect(parseBoardFile(JSON.stringify(numbers))).toEqual({ ok: true, numbers });
  });

  it('carries the prevention numbers exactly (they count what the school did, not anyone it happened to), without class names', () => {
    const numbers = boardNumbers(report, 'De Linde');
    expect(numbers.prevention).toEqual({ lessonsHeld: 3, activeClasses: 4, classesWithoutLesson: 2 });
    expect(numbers.readiness).toEqual({ not_started: 1, in_progress: 1, done: 2 });
    expect(JSON.stringify(numbers)).not.toContain('2B');
    expect(boardCsv(numbers)).toContain('prevention,lessonsHeld,3');
  });

  it('still reads a version 1 file, which has no prevention, and refuses prevention in one', () => {
    const { prevention: _p, readiness: _r, ...v1 } = { ...boardNumbers(report, 'De Linde'), schemaVersion: 1 };
    expect(parseBoardFile(JSON.stringify(v1))).toEqual({ ok: true, numbers: { ...v1, prevention: {}, readiness: {} } });
    expect(parseBoardFile(JSON.stringify({ ...v1, prevention: { lessonsHeld: 3 } }))).toEqual({ ok: false, problem: 'board_file_invalid' });
  });

  it('refuses a CSV with a count that was not suppressed', () => {
    const csv = boardCsv(boardNumbers(report, 'De Linde')).replace('byIncidentType,sexting,<5', 'byIncidentType,sexting,4');
    expect(parseBoardFile(csv)).toEqual({ ok: false, problem: 'board_file_invalid' });
  });
});
