// What the components must write for numbers, dates and lists in a language, in the engine running the test: the
// engine's own Intl where it supports the language for that kind of formatter (Intl always wins), else what Node's
// ICU writes (CLDR, test/locales/cldr-expected.ts), which the registered fallback data must reproduce.
import { CLDR_EXPECTED, type CldrExpected } from './cldr-expected.js';

/** The shared formatters' kinds (src/internal/intl.ts) and their Intl constructors. */
const KINDS: Record<'date' | 'relative' | 'number' | 'list', { supportedLocalesOf(locales: string[]): string[] }> = {
  date: Intl.DateTimeFormat,
  relative: Intl.RelativeTimeFormat,
  number: Intl.NumberFormat,
  list: Intl.ListFormat,
};

/** Whether the engine's Intl supports `lang` for this kind of formatter. */
export function supports(kind: keyof typeof KINDS, lang: string): boolean {
  return KINDS[kind].supportedLocalesOf([lang]).length > 0;
}

/** The fixture's entry for `key`, failing loudly when a test asks for a sample the fixture lacks. */
function sample(lang: string, table: keyof CldrExpected, key: string): string {
  const value = (CLDR_EXPECTED as Record<string, CldrExpected | undefined>)[lang]?.[table][key];
  if (value === undefined) throw new Error(`${lang} ${table} ${key}: not in test/locales/cldr-expected.ts (add it to SAMPLES in scripts/generate-intl-data.mjs)`);
  return value;
}

/** Fills "{0}", "{1}"... in `pattern` with `items`. */
export const fill = (pattern: string, items: readonly string[]): string => pattern.replace(/\{(\d+)\}/g, (_, i: string) => items[+i]!);

/**
 * The expected text of each shared formatter in `lang`: from the engine's Intl for the kinds `intl` accepts (by
 * default, those Intl supports `lang` for), else from the fixture.
 */
export function expectedIntl(lang: string, intl = (kind: keyof typeof KINDS) => supports(kind, lang)) {
  return {
    date: (iso: string) =>
      intl('date') ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }).format(Date.parse(iso)) : sample(lang, 'dates', iso),
    relative: (value: number, unit: Intl.RelativeTimeFormatUnitSingular) =>
      intl('relative') ? new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(value, unit) : sample(lang, 'relative', `${value} ${unit}`),
    number: (value: number) => (intl('number') ? new Intl.NumberFormat(lang).format(value) : sample(lang, 'numbers', String(value))),
    percent: (share: number) =>
      intl('number') ? new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share) : sample(lang, 'percents', String(share)),
    list: (items: readonly string[]) =>
      intl('list') ? new Intl.ListFormat(lang, { style: 'long', type: 'unit' }).format(items) : fill(sample(lang, 'lists', String(items.length)), items),
  };
}

/** The expected text of each shared formatter in `lang` as Node's ICU writes it (the fixture), whatever the engine has. */
export const expectedCldr = (lang: string) => expectedIntl(lang, () => false);
