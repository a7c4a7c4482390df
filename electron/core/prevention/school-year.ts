// The Dutch school year runs from 1 August to 31 July (the summer holiday falls across the turn,
// so a lesson given in June belongs to the year that started the August before).

/** The calendar year in which the school year of `date` (YYYY-MM-DD) began. */
export function schoolYearStart(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month >= 8 ? year : year - 1;
}

/** "2026-2027" */
export function schoolYearLabel(start: number): string {
  return `${start}-${start + 1}`;
}

/** First and last day of the school year that began in `start`. */
export function schoolYearRange(start: number): { from: string; to: string } {
  return { from: `${start}-08-01`, to: `${start + 1}-07-31` };
}

export function inSchoolYear(date: string, start: number): boolean {
  return schoolYearStart(date) === start;
}

/**
 * True when a review on `reviewed` is more than a year before `today` (both YYYY-MM-DD): reviewed
 * on 2025-11-23, it is due again on 2026-11-23 and overdue the day after.
 */
export function reviewOverdue(reviewed: string, today: string): boolean {
  const [year, month, day] = reviewed.split('-').map(Number) as [number, number, number];
  // 29 February plus a year is 1 March in a common year, so compare from the day after.
  const due = new Date(Date.UTC(year + 1, month - 1, day)).toISOString().slice(0, 10);
  return today > due;
}
