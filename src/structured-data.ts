/**
 * `explainer-elements/structured-data.js`: schema.org structured data (JSON-LD) from component content, for Node
 * and browsers (content pipelines, server rendering, static sites). Registers nothing; no Lit, no DOM.
 *
 * ```js
 * import { toJsonLd, toJsonLdScript } from 'explainer-elements/structured-data.js';
 * toJsonLd('faq-accordion', content); // { '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [...] }
 * toJsonLdScript('misconception-card', cards, { url: 'https://example.org/explainer', author: 'Example News' });
 * ```
 */
export { toJsonLd, toJsonLdScript } from './structured-data/to-json-ld.js';
export { jsonForScript } from './internal/json-script.js';
export type * from './structured-data/types.js';
