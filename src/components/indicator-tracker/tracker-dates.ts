/**
 * Date formatting for `<indicator-tracker>`: absolute dates (`Intl.DateTimeFormat`, in UTC so a date reads the
 * same everywhere) and relative ones (`Intl.RelativeTimeFormat`: "3 months ago", "in 2 weeks", "today").
 * Formatters are cached per locale; an invalid locale falls back to English instead of throwing.
 */

const DAY = 86_400_000;

const absoluteCache = new Map<string, Intl.DateTimeFormat>();
const relativeCache = new Map<string, Intl.RelativeTimeFormat>();
const percentCache = new Map<string, Intl.NumberFormat>();
const listCache = new Map<string, Intl.ListFormat>();

function cached<F>(cache: Map<string, F>, locale: string, make: (locale: string) => F): F {
  let formatter = cache.get(locale);
  if (!formatter) {
    try {
      formatter = make(locale);
    } catch {
      formatter = make('en');
    }
    cache.set(locale, formatter);
  }
  return formatter;
}

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
  const absolute = cached(absoluteCache, locale, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }));
  const relative = cached(relativeCache, locale, (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));
  return {
    iso,
    absolute: absolute.format(date),
    relative: relative.format(value, unit),
    past: iso.includes('T') ? date.getTime() < now.getTime() : days < 0,
  };
}

/** A share as a percentage in the locale ("45%", "45 %"). */
export function formatPercent(share: number, locale: string): string {
  return cached(percentCache, locale, (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

/** Joins phrases as a list in the locale ("a, b, c" in English). */
export function formatList(items: readonly string[], locale: string): string {
  return cached(listCache, locale, (l) => new Intl.ListFormat(l, { style: 'long', type: 'unit' })).format(items);
}

/** Parses the `now` attribute: an ISO date or date-time, else undefined. */
export function parseNow(value: string | null): Date | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}
