import type { Labels, PluralLabel } from './settings.js';
import { pluralCategory } from '../intl.js';

/**
 * Label lookup. Each component ships its English labels (`<tag>.labels.ts`); every other language is a separate
 * module that registers itself (`explainer-elements/locales/de.js`), so a page pays only for the languages it
 * loads. The registry lives on `globalThis` under a registered symbol, so the CDN bundle and a locale module
 * loaded next to it (or two copies of the package) share it.
 */
interface LabelRegistry {
  /** Catalogs by lower-case language tag (`de`, `de-at`). */
  readonly catalogs: Record<string, Labels>;
  /** Connected elements, re-rendered when a catalog arrives after them. */
  readonly hosts: Set<{ requestUpdate(): void }>;
}

const KEY = Symbol.for('explainer-elements/labels');
const registry: LabelRegistry = ((globalThis as Record<symbol, LabelRegistry | undefined>)[KEY] ??= {
  catalogs: {},
  hosts: new Set(),
});

/**
 * Registers (or extends) the labels of one language, e.g. `registerLabels('fr', { 'faq.showAll': 'Tout afficher[ les
 * réponses : {title}]', 'table.filterCount': { one: '{count} ligne sur {total} affichée', other: '{count} lignes sur
 * {total} affichées' } })`, and re-renders connected elements. Keys are the ones listed in each component's labels file.
 */
export function registerLabels(locale: string, labels: Labels): void {
  const lang = locale.toLowerCase();
  registry.catalogs[lang] = { ...registry.catalogs[lang], ...labels };
  for (const host of registry.hosts) host.requestUpdate();
}

/** Tracks a connected element so a language registered later re-renders it. */
export function watchLabels(host: { requestUpdate(): void }, connected: boolean): void {
  if (connected) registry.hosts.add(host);
  else registry.hosts.delete(host);
}

/** `de-AT-x` → `['de-at-x', 'de-at', 'de']`. */
export function localeChain(locale: string | undefined): string[] {
  const parts = (locale ?? '').toLowerCase().split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-')).filter(Boolean);
}

/** Whether `value` is a usable label: a string, or an object by plural category with (at least) `other` as a string. */
export function isLabel(value: unknown): value is string | PluralLabel {
  return typeof value === 'string' || typeof (value as PluralLabel | null)?.other === 'string';
}

/** Fills `{name}` placeholders; unknown names stay as written. */
export function interpolate(template: string, vars?: Record<string, string | number>): string {
  return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : template;
}

/**
 * Finds a label: the overrides first (element's `labels`, then the provider's), then the registered catalogs of
 * the locale and its parents, then the English defaults; the key itself when nothing has it. A plural label gives
 * the text of `count`'s category in `locale` (`other` when the category is missing or there is no count).
 */
export function lookupLabel(
  key: string,
  locale: string,
  defaults: readonly Labels[],
  overrides: readonly (Labels | undefined)[],
  count?: number,
): string {
  const sources = [...overrides, ...localeChain(locale).map((lang) => registry.catalogs[lang]), ...defaults];
  for (const source of sources) {
    const value = source?.[key];
    if (!isLabel(value)) continue;
    if (typeof value === 'string') return value;
    const form = count === undefined ? undefined : value[pluralCategory(count, locale)];
    return typeof form === 'string' ? form : value.other;
  }
  return key;
}
