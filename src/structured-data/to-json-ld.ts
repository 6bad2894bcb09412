import { validateFaqContent } from '../components/faq-accordion/faq-accordion.content.js';
import { validateMisconceptionContent } from '../components/misconception-card/misconception-card.content.js';
import { misconceptionLabels } from '../components/misconception-card/misconception-card.labels.js';
import { lookupLabel } from '../internal/context/labels.js';
import { jsonForScript } from '../internal/json-script.js';
import { useDomHtmlReader } from '../internal/rich-text/html-reader-dom.js';
import { claimReviewGraph } from './claim-review.js';
import { faqPage } from './faq-page.js';
import { JSON_LD_MARKER, type ClaimReviewGraphJsonLd, type FaqPageJsonLd, type JsonLd, type JsonLdOptions } from './types.js';

/** The content components; the two without structured data give null. */
const TAGS: readonly string[] = ['faq-accordion', 'misconception-card', 'cooperation-table', 'indicator-tracker'];

/**
 * The schema.org structured data (JSON-LD) of a component's content, or null when it has none:
 *
 * - `faq-accordion`: a `FAQPage` with one `Question` (its `acceptedAnswer.text` HTML in the subset search engines
 *   accept) per item;
 * - `misconception-card`: `{ '@context', '@graph': [ClaimReview, ...] }`, one `ClaimReview` per card;
 * - `cooperation-table`, `indicator-tracker`: null (schema.org has no type for them that search engines read).
 *
 * The content goes through the component's own validator first, and only valid items are described, as the
 * component shows only those: content that the component could not show at all (not an object, no valid item)
 * gives null. It never throws on content; to refuse content with any error, call `validate()` first (as a publishing
 * pipeline should). An unknown tag name is a programming error and throws a `TypeError`.
 */
export function toJsonLd(tag: 'faq-accordion', content: unknown, options?: JsonLdOptions): FaqPageJsonLd | null;
export function toJsonLd(tag: 'misconception-card', content: unknown, options?: JsonLdOptions): ClaimReviewGraphJsonLd | null;
export function toJsonLd(tag: 'cooperation-table' | 'indicator-tracker', content: unknown, options?: JsonLdOptions): null;
export function toJsonLd(tag: string, content: unknown, options?: JsonLdOptions): JsonLd | null;
export function toJsonLd(tag: string, content: unknown, options: JsonLdOptions = {}): JsonLd | null {
  if (!TAGS.includes(tag)) throw new TypeError(`toJsonLd: unknown component "${tag}": expected one of ${TAGS.join(', ')}`);
  // HTML content: the browser's own parser (under Node, structured-data.js has installed parse5 already).
  useDomHtmlReader();
  const { url, author, locale, labels } = options;
  if (tag === 'faq-accordion') {
    const { value } = validateFaqContent(content);
    return value && faqPage(value, { url });
  }
  if (tag === 'misconception-card') {
    const { value } = validateMisconceptionContent(content);
    const label = (key: string) => lookupLabel(key, locale ?? 'en', [misconceptionLabels], [labels]);
    return value && claimReviewGraph(value, { url, author, label });
  }
  return null;
}

/**
 * {@link toJsonLd} as a `<script type="application/ld+json">` element in HTML, to place right after the component's
 * element (a server render, a static-site template), or null when there is no structured data. The JSON is escaped
 * so no content can end the script early (`<` as `\u003c`, ...). The script carries a `data-explainer-json-ld`
 * attribute, so an element with the `structured-data` attribute takes it over in the browser instead of adding a
 * second one.
 */
export function toJsonLdScript(tag: string, content: unknown, options?: JsonLdOptions): string | null {
  const data = toJsonLd(tag, content, options);
  return data && `<script type="application/ld+json" ${JSON_LD_MARKER}>${jsonForScript(data)}</script>`;
}
