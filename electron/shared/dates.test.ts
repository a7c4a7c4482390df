import { describe, expect, it } from 'vitest';
import { addMonthsToDate } from './dates';

describe('addMonthsToDate', () => {
  it('keeps the day of the month where it exists', () => {
    expect(addMonthsToDate('2026-03-15', 12)).toBe('2027-03-15');
  });
  it('ends on the last day of a shorter month instead of running into the next', () => {
    expect(addMonthsToDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDate('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsToDate('2026-08-31', 1)).toBe('2026-09-30');
  });
  it('takes the date part of a date-time (main stores closing moments in UTC)', () => {
    expect(addMonthsToDate('2026-01-31T23:30:00.000Z', 1)).toBe('2026-02-28');
  });
});
