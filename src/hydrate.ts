/**
 * `explainer-elements/hydrate.js`: Lit's hydration support, for pages that hold server-rendered components
 * (`renderToString()`). Import it first, before the component modules and anything else that imports Lit, so the
 * components take over the server's markup instead of rendering it again:
 *
 * ```js
 * import 'explainer-elements/hydrate.js';
 * import 'explainer-elements/faq-accordion.js';
 * ```
 *
 * `bundle.js` includes it. It has side effects only: it exports nothing. Server-rendered HTML content
 * (`"format": "html"`) hydrates once the browser's HTML reader, loaded on demand, is there: until then the element
 * keeps the server's markup (Lit's `defer-hydration`), with no loading state. Pages without HTML content never load
 * the reader.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { holdForHtmlReader } from './internal/hydrate-html.js';

(globalThis as Record<symbol, unknown>)[Symbol.for('explainer-elements.hydrate')] = holdForHtmlReader;
