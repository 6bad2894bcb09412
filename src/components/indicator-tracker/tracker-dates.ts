/**
 * Dates for `<indicator-tracker>`: absolute (the shared `formatIsoDate`) and relative (`Intl.RelativeTimeFormat`:
 * "3 months ago", "in 2 weeks", "today").
 */
import { formatIsoDate, formatter } from '../../internal/intl.js';

const DAY = 86_400_000;

/** A date as shown by the tracker. */
export interface DateView {
  /** The ISO string from the content, for `<time datetime>`. */
  iso: string;
  /** The date in words, in the locale ("March 12, 2026", "12. März 2026"). */
  absolute: string;
  /** Relative to `now` ("3 months ago", "in 2 weeks", "today"). */
  relative: string;
  /** True when the moment is before `now` (a date-only value: before `now`'s UTC day). */
  past: boolean;
}

/** Whole UTC days from `now`'s day to `date`'s day (negative in the past). */
function dayDifference(date: Date, now: Date): number {
  const day = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((day(date) - day(now)) / DAY);
}

/** The unit that reads naturally for a distance in days: days under a week, weeks under ~2 months, then months, then years. */
export function relativeUnit(days: number): [number, Intl.RelativeTimeFormatUnit] {
  const size = Math.abs(days);
  if (size < 7) return [days, 'day'];
  if (size < 60) return [Math.round(days / 7), 'week'];
  if (size < 365) return [Math.round(days / 30.44), 'month'];
  return [Math.round(days / 365.25), 'year'];
}

/** Describes an ISO date (already validated) relative to `now`, in `locale`. */
export function describeDate(iso: string, now: Date, locale: string): DateView {
  const date = new Date(iso.includes('T') ? iso : `${iso}T00:00:00Z`);
  const days = dayDifference(date, now);
  const [value, unit] = relativeUnit(days);
  const relative = formatter('relative', locale, (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));
  return {
    iso,
    absolute: formatIsoDate(iso, locale),
    relative: relative.format(value, unit),
    past: iso.includes('T') ? date.getTime() < now.getTime() : days < 0,
  };
}

/** Parses the `now` attribute: an ISO date or date-time, else undefined. */
export function parseNow(value: string | null): Date | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}
