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
 * `bundle.js` includes it. It has side effects only: it exports nothing.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
