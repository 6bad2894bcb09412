/**
 * `explainer-elements/autoloader.js`, for pages with no build step: one module script, and each component's code
 * is downloaded only when its tag appears on the page (now, or later, e.g. rendered by a CMS widget or a framework).
 *
 * ```html
 * <script type="module" src="https://cdn.example/explainer-elements/dist/autoloader.js"></script>
 * ```
 *
 * Built into `dist/autoloader.js` with the components as chunks in `dist/cdn/` (Lit and the shared core in shared
 * chunks, loaded once). It watches the document; elements inside shadow roots need `watch(shadowRoot)`.
 */
import { createAutoloader, report } from './autoloader/autoloader.js';

const autoloader = createAutoloader({
  loaders: {
    'explainer-provider': () => import('./explainer-provider.js'),
    'faq-accordion': () => import('./faq-accordion.js'),
    'cooperation-table': () => import('./cooperation-table.js'),
    'misconception-card': () => import('./misconception-card.js'),
    'indicator-tracker': () => import('./indicator-tracker.js'),
  },
  // Components ask the provider around them for settings when they connect. Defined first, it answers at once, so
  // they render once, with its settings (a provider defined later still reaches them, through the context root,
  // but only after a first render with the defaults).
  first: ['explainer-provider'],
  // Lit's hydration support, first, and only when a found element already has its (declarative) shadow root: a
  // server-rendered component is taken over rather than rendered again. Pages without server rendering never load it.
  hydrate: () => import('./hydrate.js'),
});

/**
 * Also upgrades the components inside `root` (a shadow root, or an element in one), now and whenever they are
 * added later: the autoloader watches the document, and no document observer sees into shadow roots. Resolves
 * once the components found now are defined.
 *
 * ```js
 * import { watch } from 'https://cdn.example/explainer-elements/dist/autoloader.js';
 * watch(myElement.shadowRoot);
 * ```
 */
export const watch = (root: Document | Element | ShadowRoot): Promise<void> => autoloader.watch(root);

if (typeof document !== 'undefined') watch(document).catch(report);
