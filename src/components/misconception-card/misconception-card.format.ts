/**
 * Formats the calendar date of an ISO 8601 value (`2026-05-01`, or the date part of a date-time) for `locale`,
 * in the long style (`1 May 2026`, `1. Mai 2026`). The date is formatted as written, in UTC, so no time zone
 * moves it by a day. An unknown locale falls back to English; a value that is not a date is returned as it is.
 */
export function formatIsoDate(value: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}
