/**
 * `explainer-elements/ssr.js`: server rendering, for Node. `renderToString(tag, content, options?)` gives the HTML of
 * a component with its content (declarative shadow DOM, the content as inline JSON), readable without script and
 * hydrated by the browser when `bundle.js` (or `explainer-elements/hydrate.js` before the components) loads.
 * Needs `@lit-labs/ssr`, an optional peer dependency: `npm install @lit-labs/ssr@~4.1.0`.
 *
 * ```js
 * import { renderToString } from 'explainer-elements/ssr.js';
 * const html = await renderToString('faq-accordion', content, { locale: 'de' });
 * ```
 */
export { renderToString } from './server/render.js';
export { InvalidContentError } from './server/errors.js';
export type { AttributeValue, RenderOptions } from './server/options.js';
export type { ContentError } from './internal/content/validation.js';
