import type { Labels } from './settings.js';

/** Labels of one component (or the shared ones) by language: `en` is required and is the fallback. */
export type LabelCatalog = { en: Labels } & Record<string, Labels>;

/** Candidate catalog keys for a locale, most specific first: `de-AT` gives `de-AT`, `de`. */
export function localeChain(locale: string | undefined): string[] {
  if (!locale) return [];
  const parts = locale.split('-');
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i -= 1) chain.push(parts.slice(0, i).join('-'));
  return chain;
}

/** Replaces `{name}` placeholders with values; unknown placeholders stay as they are. */
export function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * Looks a label up: overrides first (element's own, then the provider's), then the catalogs in the locale,
 * then English, then the key itself so a missing label is visible rather than blank.
 */
export function lookupLabel(
  key: string,
  locale: string | undefined,
  catalogs: readonly LabelCatalog[],
  overrides: readonly (Labels | undefined)[],
): string {
  for (const override of overrides) {
    const value = override?.[key];
    if (typeof value === 'string') return value;
  }
  for (const lang of [...localeChain(locale), 'en']) {
    for (const catalog of catalogs) {
      const value = catalog[lang]?.[key];
      if (typeof value === 'string') return value;
    }
  }
  return key;
}
