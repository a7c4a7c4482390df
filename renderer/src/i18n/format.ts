// Dates and times as the person reads them, in the UI's language.
import { i18n } from '.';

const region = () => (i18n.language === 'en' ? 'en-GB' : 'nl-NL');

/** 23 november 2026; a bare date is read at noon so no time zone moves it a day. */
export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(region(), { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(region(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** 23 nov 2026: for narrow columns. */
export function formatShortDate(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(region(), { day: 'numeric', month: 'short', year: 'numeric' });
}
