import { describe, expect, it } from 'vitest';
import { reviewOverdue, schoolYearLabel, schoolYearStart } from './school-year';

describe('the school year', () => {
  it('starts on 1 August', () => {
    expect(schoolYearStart('2027-07-31')).toBe(2026);
    expect(schoolYearStart('2027-08-01')).toBe(2027);
    expect(schoolYearStart('2027-01-15')).toBe(2026);
    expect(schoolYearLabel(2026)).toBe('2026-2027');
  });
});

describe('a review', () => {
  it('is overdue only after a full year has passed', () => {
    expect(reviewOverdue('2025-11-23', '2026-11-23')).toBe(false);
    expect(reviewOverdue('2025-11-23', '2026-11-24')).toBe(true);
    expect(reviewOverdue('2024-02-29', '2025-03-01')).toBe(false);
    expect(reviewOverdue('2024-02-29', '2025-03-02')).toBe(true);
  });
});
