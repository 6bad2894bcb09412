/**
 * Locale formatting shared by the components, through `Intl`. Formatters are cached per locale, and an unknown or
 * malformed locale falls back to English instead of throwing.
 *
 * Where the engine's `Intl` lacks a language altogether (Chromium has no Khmer, Lao or Burmese data and writes them
 * in English), a locale module may register a fallback for it (`registerIntlData` in `intl-fallback.ts`, which
 * writes CLDR data). A formatter uses it only when its kind of `Intl` formatter does not support the locale
 * (`Intl.DateTimeFormat.supportedLocalesOf(locale)` is empty, and so on): when `Intl` has the language, `Intl`
 * always wins. The fallback's code and data load with the locale module, so this core only looks them up.
 */

/**
 * A registered fallback: the formatter of `kind` (see `formatter`) for its language, written through `en`, the
 * English `Intl` formatter of that kind; undefined for a kind it does not cover. `data` is what it writes.
 */
export type IntlFallback = ((kind: string, en: unknown) => object | undefined) & { readonly data?: unknown };

interface IntlRegistry {
  /** Fallbacks by lower-case language subtag (`km`). */
  readonly languages: Record<string, IntlFallback>;
  /** The formatter caches of every copy of this module, emptied when a fallback arrives. */
  readonly caches: Set<Map<string, unknown>>;
}

/** On `globalThis` under a registered symbol, like the labels: the CDN bundle and locale files loaded beside it share it. */
const registry: IntlRegistry = ((globalThis as Record<symbol, IntlRegistry | undefined>)[Symbol.for('explainer-elements/intl')] ??= {
  languages: {},
  caches: new Set(),
});

/** Formatters by kind and locale (`number en-US`). */
const cache = new Map<string, unknown>();
registry.caches.add(cache);

/** Registers the fallback of `language` (a language subtag: `km`, which `km-KH` uses too); formatters made before are dropped. */
export function registerIntlFallback(language: string, fallback: IntlFallback): void {
  registry.languages[language.toLowerCase()] = fallback;
  for (const cache of registry.caches) cache.clear();
}

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

/**
 * A formatter for `locale`, made once per kind and locale (English when `locale` is refused). `kind` names one set
 * of options. When `Intl` does not support the locale for this kind of formatter and a fallback is registered for
 * its language, the fallback's formatter is used where it covers the kind: every number format, and `date`,
 * `relative` and `list` as made below (change their options and the fallback's data with them).
 */
export function formatter<F>(kind: string, locale: string, make: (locale: string) => F): F {
  const key = `${kind} ${locale}`;
  let value = cache.get(key) as F | undefined;
  if (value === undefined) {
    try {
      value = make(locale);
      const fallback = registry.languages[locale.split('-')[0]!.toLowerCase()];
      const kindOf = (value as { constructor: { supportedLocalesOf(locale: string): string[] } }).constructor;
      if (fallback && !kindOf.supportedLocalesOf(locale)[0]) value = (fallback(kind, make('en')) as F | undefined) ?? value;
    } catch {
      value = make('en');
    }
    cache.set(key, value);
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

/** `value` `unit`s from now in words, with `numeric: 'auto'` ("3 weeks ago", "in 2 months", "yesterday"). */
export function formatRelative(value: number, unit: Intl.RelativeTimeFormatUnitSingular, locale: string): string {
  return formatter('relative', locale, (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' })).format(value, unit);
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
