/**
 * Dates for `<indicator-tracker>`: absolute (the shared `formatIsoDate`) and relative (the shared `formatRelative`:
 * "3 months ago", "in 2 weeks", "today").
 */
import { formatIsoDate, formatRelative } from '../../internal/intl.js';

const DAY = 86_400_000;

/** A date as shown by the tracker. */
export interface DateView {
  /** The date in words, in the locale ("March 12, 2026", "12. März 2026"). */
  absolute: string;
  /** Relative to `now` ("3 months ago", "in 2 weeks", "today"). */
  relative: string;
  /** True when the moment is before `now` (a date-only value: before `now`'s UTC day). */
  past: boolean;
}

/** Below how many days (absolute) a unit is used, and its length in days. */
const UNITS: [below: number, days: number, unit: Intl.RelativeTimeFormatUnitSingular][] = [
  [7, 1, 'day'],
  [60, 7, 'week'],
  [365, 30.44, 'month'],
  [Infinity, 365.25, 'year'],
];

/** The unit that reads naturally for a distance in days: days under a week, weeks under ~2 months, then months, then years. */
export function relativeUnit(days: number): [number, Intl.RelativeTimeFormatUnitSingular] {
  const [, size, unit] = UNITS.find(([below]) => Math.abs(days) < below)!;
  return [Math.round(days / size), unit];
}

/** Describes an ISO date (already validated) relative to `now`, in `locale`. */
export function describeDate(iso: string, now: Date, locale: string): DateView {
  // A date-only ISO string parses as UTC midnight; whole UTC days separate it from `now`'s day.
  const time = Date.parse(iso);
  const days = Math.floor(time / DAY) - Math.floor(+now / DAY);
  const [value, unit] = relativeUnit(days);
  return {
    absolute: formatIsoDate(iso, locale),
    relative: formatRelative(value, unit, locale),
    past: iso.includes('T') ? time < +now : days < 0,
  };
}

/** Parses the `now` attribute: an ISO date or date-time, else undefined. */
export function parseNow(value: string | null): Date | undefined {
  const time = Date.parse(value ?? '');
  return Number.isNaN(time) ? undefined : new Date(time);
}
