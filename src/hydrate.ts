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
 * `bundle.js` includes it. It has side effects only: it exports nothing. It also installs the browser's HTML reader
 * at once (components otherwise load it on demand): server-rendered HTML content (`"format": "html"`) is then read
 * in the first client render, which hydrates the server's markup instead of showing the loading state.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { useDomHtmlReader } from './internal/rich-text/html-reader-dom.js';

useDomHtmlReader();
