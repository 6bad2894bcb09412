/**
 * Locale formatting shared by the components, through `Intl`. Formatters are cached per locale, and an unknown or
 * malformed locale falls back to English instead of throwing.
 */

const caches = new Map<string, Map<string, unknown>>();

const canonical = new Map<string, string>();

/** `raw` as a canonical BCP 47 tag (`en_us` → `en-US`), or `en` when `Intl` refuses it; remembered per value. */
export function canonicalLocale(raw: string): string {
  let tag = canonical.get(raw);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(raw.trim().replace(/_/g, '-'))[0] ?? 'en';
    } catch {
      tag = 'en';
    }
    canonical.set(raw, tag);
  }
  return tag;
}

/** A formatter for `locale`, made once per kind and locale (English when `locale` is refused). */
export function formatter<F>(kind: string, locale: string, make: (locale: string) => F): F {
  let cache = caches.get(kind);
  if (!cache) caches.set(kind, (cache = new Map<string, unknown>()));
  let value = cache.get(locale) as F | undefined;
  if (value === undefined) {
    try {
      value = make(locale);
    } catch {
      value = make('en');
    }
    cache.set(locale, value);
  }
  return value;
}

/**
 * The calendar date of an ISO 8601 value (`2026-05-01`, or the date part of a date-time) in the locale's long style
 * (`May 1, 2026`, `1. Mai 2026`). The date is shown as written, in UTC, so no time zone moves it by a day; a value
 * that is not a date is returned as it is.
 */
export function formatIsoDate(value: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return formatter('date', locale, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC', calendar: gregorianUnlessAsked(l) })).format(date);
}

/**
 * `'gregory'` for Thai (whose `Intl` default is the Buddhist calendar) unless the tag names a calendar itself
 * (`th-TH-u-ca-buddhist`); otherwise undefined, which leaves the locale's own default.
 */
export function gregorianUnlessAsked(locale: string): 'gregory' | undefined {
  return /^th\b(?!.*-ca-)/i.test(locale) ? 'gregory' : undefined;
}

/** A number in the locale ("1,234", "1.234", "١٬٢٣٤"). */
export function formatNumber(value: number, locale: string): string {
  return formatter('number', locale, (l) => new Intl.NumberFormat(l)).format(value);
}

/** The plural category of `count` in the locale (`one`, `few`...), from `Intl.PluralRules`. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return formatter('plural', locale, (l) => new Intl.PluralRules(l)).select(count);
}

/** A share (0–1) as a percentage in the locale ("45%", "45 %"). */
export function formatPercent(share: number, locale: string): string {
  return formatter('percent', locale, (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

/** Joins phrases as a list in the locale ("a, b, c" in English). */
export function formatList(items: readonly string[], locale: string): string {
  return formatter('list', locale, (l) => new Intl.ListFormat(l, { style: 'long', type: 'unit' })).format(items);
}

/**
 * A number in the locale's format with every decimal it has, up to 20 ("1,234,567.125", "1.234.567,125"; -0 as 0):
 * for numbers from content, which must not be rounded.
 */
export function formatExactNumber(value: number, locale: string): string {
  return formatter('exact', locale, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 20 })).format(value + 0);
}
