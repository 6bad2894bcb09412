import { clampLevel } from '../internal/heading.js';
import { isLabel } from '../internal/context/labels.js';
import type { Labels } from '../internal/context/settings.js';
import type { JsonLdOptions } from '../structured-data/types.js';

/** An attribute value: `true` writes a boolean attribute (`sortable`), false, null and undefined leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

/** Options of `renderToString()`. */
export interface RenderOptions {
  /**
   * The language of the labels, dates and numbers (a BCP 47 tag, e.g. `de`, `de-AT`): written as the element's
   * `lang`, so the browser renders the same. The package's locale module for it is loaded (`de-AT` loads `de`);
   * English is built in, and a language with no module falls back to English key by key (labels registered with
   * `registerLabels()` count too). Default: `en`. Give the language of the content: `lang` says it to readers too.
   */
  locale?: string;
  /** The level of the component's title (1–6; item headings sit one below), written as `heading-level`. Default: 2. */
  headingLevel?: number;
  /**
   * The element's other attributes, e.g. `{ sortable: true, reveal: true, 'copy-links': true, class: 'wide' }`.
   * Not `lang` or `heading-level` (use `locale` and `headingLevel`), `src` (the content is given) or event handlers.
   */
  attributes?: Readonly<Record<string, AttributeValue>>;
  /**
   * Adds the content's schema.org structured data as a `<script type="application/ld+json">` right after the element
   * (`toJsonLdScript()`: `FAQPage` for the FAQ, `ClaimReview` items for the cards, nothing for the table and the
   * tracker), in the render's locale. `true`, or the page's facts: `{ url, author }` (see `toJsonLd()`). With the
   * `structured-data` attribute too, the element takes that script over in the browser instead of adding a second.
   */
  jsonLd?: boolean | Pick<JsonLdOptions, 'url' | 'author'>;
  /**
   * UI label overrides by key, as the element's `labels` or a provider's `labels` give them in the browser, e.g.
   * `{ 'faq.showAll': 'Expand all[ answers: {title}]' }`: the server renders with them. Give the page the same ones
   * (a provider's `labels` attribute around the element, or the element's `labels` property before it hydrates), as
   * it gets the same locale: the browser's first render then matches the server's.
   */
  labels?: Readonly<Labels>;
}

/** Attribute names: what HTML allows, less what would break out of the tag. */
const NAME = /^[a-z_:][-a-z0-9_:.]*$/i;

/** The element's attributes as written: `lang` and `heading-level` first, then the caller's in their order. */
export interface NormalizedOptions {
  locale: string;
  attributes: [name: string, value: string | true][];
  labels: Labels | undefined;
}

/** Checks and normalizes the options; throws a `TypeError` or `RangeError` on a programming mistake. */
export function normalizeOptions({ locale = 'en', headingLevel = 2, attributes = {}, labels }: RenderOptions): NormalizedOptions {
  let lang: string | undefined;
  try {
    // `de_AT` is read as `de-AT`, as the components read their `lang`.
    [lang] = Intl.getCanonicalLocales(locale.trim().replace(/_/g, '-'));
  } catch {
    // Reported below.
  }
  if (!lang) throw new RangeError(`renderToString: locale "${locale}" is not a BCP 47 language tag`);
  if (!Number.isInteger(headingLevel) || clampLevel(headingLevel) !== headingLevel) {
    throw new RangeError(`renderToString: headingLevel must be an integer from 1 to 6, got ${String(headingLevel)}`);
  }
  const list: NormalizedOptions['attributes'] = [
    ['lang', lang],
    ['heading-level', String(headingLevel)],
  ];
  for (const [name, value] of Object.entries(attributes)) {
    const lower = name.toLowerCase();
    if (!NAME.test(name)) throw new TypeError(`renderToString: "${name}" is not an attribute name`);
    if (lower === 'lang' || lower === 'heading-level') throw new TypeError(`renderToString: give "${name}" as the ${lower === 'lang' ? 'locale' : 'headingLevel'} option`);
    if (lower === 'src') throw new TypeError('renderToString: "src" would make the browser fetch other content than the one rendered');
    if (lower.startsWith('on')) throw new TypeError(`renderToString: "${name}": event-handler attributes are not written`);
    if (value === false || value === null || value === undefined) continue;
    if (value === true) list.push([lower, true]);
    else if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) list.push([lower, String(value)]);
    else throw new TypeError(`renderToString: attribute "${name}" must be a string, a number or a boolean`);
  }
  if (labels !== undefined && (typeof labels !== 'object' || labels === null || Array.isArray(labels))) {
    throw new TypeError('renderToString: labels must be an object of label texts by key');
  }
  for (const [key, label] of Object.entries(labels ?? {})) {
    if (!isLabel(label)) throw new TypeError(`renderToString: label "${key}" must be a string or an object by plural category with "other"`);
  }
  return { locale: lang, attributes: list, labels: labels && { ...labels } };
}
