// Dates, times and numbers as the person reads them, in the UI's language — never the system's:
// an English Windows still shows a Dutch advisor 23-11-2026, 14:05 and 0,20 (and English shows
// 23/11/2026, 14:05 and 0.20). Every format names its locale and a 24-hour clock explicitly.
import { i18n } from '.';

const region = () => (i18n.language === 'en' ? 'en-GB' : 'nl-NL');

/** A bare date is read at noon so no time zone moves it a day. */
const parse = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);

function format(iso: string | null, options: Intl.DateTimeFormatOptions): string {
  if (!iso) return '—';
  const date = parse(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(region(), options).format(date);
}

/** 23 november 2026. */
export const formatDate = (iso: string | null) => format(iso, { day: 'numeric', month: 'long', year: 'numeric' });

/** 23-11-2026 14:05 (en: 23/11/2026 14:05). */
export const formatDateTime = (iso: string | null) =>
  format(iso, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).replace(',', '');

/** 23-11-2026 (en: 23/11/2026): for narrow columns and lists. */
export const formatShortDate = (iso: string | null) => format(iso, { day: '2-digit', month: '2-digit', year: 'numeric' });

/** 14:05. */
export const formatTime = (iso: string | null) => format(iso, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 0,20 in Dutch, 0.20 in English. */
export function formatNumber(value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(region(), { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** How a date is typed in the UI's language: dd-mm-jjjj or dd/mm/yyyy. */
export const datePlaceholder = () => (i18n.language === 'en' ? 'dd/mm/yyyy' : 'dd-mm-jjjj');
export const dateTimePlaceholder = () => (i18n.language === 'en' ? 'dd/mm/yyyy hh:mm' : 'dd-mm-jjjj uu:mm');

const pad = (n: number) => String(n).padStart(2, '0');

/** The typed form of a stored date (2026-11-23 → 23-11-2026) or moment (2026-11-23T14:05 → 23-11-2026 14:05). */
export function typedDate(iso: string | null): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const separator = i18n.language === 'en' ? '/' : '-';
  const date = [match[3], match[2], match[1]].join(separator);
  return match[4] ? `${date} ${match[4]}:${match[5]}` : date;
}

export type TypedDate = { value: string | null } | { problem: 'incomplete' | 'impossible' };

/**
 * Reads what was typed: day, month, year (separated by -, / or .) and, when `withTime`, hours and
 * minutes. Empty is no date; anything half typed is a problem to show, never silently dropped.
 */
export function parseTypedDate(text: string, withTime: boolean): TypedDate {
  const trimmed = text.trim();
  if (!trimmed) return { value: null };
  // The stored form itself (2026-11-23, pasted from elsewhere) is read as it is.
  const stored = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(trimmed);
  if (stored && Boolean(stored[4]) === withTime) return parseTypedDate(`${stored[3]}-${stored[2]}-${stored[1]}${withTime ? ` ${stored[4]}:${stored[5]}` : ''}`, withTime);
  const match = withTime
    ? /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})[ ,T]+(\d{1,2})[:.](\d{2})$/.exec(trimmed)
    : /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (!match) return { problem: 'incomplete' };
  const [day, month, year, hours = 0, minutes = 0] = match.slice(1).map(Number) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month! - 1 || hours! > 23 || minutes! > 59) return { problem: 'impossible' };
  const iso = `${year}-${pad(month!)}-${pad(day!)}`;
  return { value: withTime ? `${iso}T${pad(hours!)}:${pad(minutes!)}` : iso };
}

/** A file size in megabytes, with two decimals below 1 MB so a small backup does not read as 0: 0,25 MB, 3,4 MB. */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / 1_048_576;
  return `${formatNumber(megabytes, megabytes < 1 ? 2 : 1)} MB`;
}
