// Calendar arithmetic on plain dates (YYYY-MM-DD), with date-fns: the same answer in main (when a
// case closes) and in the renderer (showing the date beforehand), whatever the time zone.
import { addMonths, format, parseISO } from 'date-fns';

/**
 * The calendar date `months` months after `isoDate` (a date, or a date-time whose date part is
 * taken). A day the target month lacks becomes its last day: 31 January + 1 month is 28 or 29
 * February, never 3 March.
 */
export function addMonthsToDate(isoDate: string, months: number): string {
  return format(addMonths(parseISO(isoDate.slice(0, 10)), months), 'yyyy-MM-dd');
}
