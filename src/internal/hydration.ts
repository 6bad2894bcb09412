import { isServer } from 'lit';

/**
 * Server-rendered markup in the browser: an element whose declarative shadow root (written by `renderToString`)
 * is there before the element first renders. Lit's hydration support (`explainer-elements/hydrate.js`, inside
 * `bundle.js`) then takes those nodes over instead of rendering new ones. Browser only: on a server nothing here runs.
 */

/** What the server's markup tells the element before it hydrates. */
export interface ServerMarkup {
  /** The id prefix the server used (`faq-accordion-1`), when its markup holds ids. */
  idPrefix: string | undefined;
}

/**
 * The server's markup of `host`, when its shadow root holds nodes it did not render itself (call before the first
 * update); null otherwise. Ids are read back from the first id made of the host's tag name and a counter.
 */
export function serverRendered(host: HTMLElement): ServerMarkup | null {
  const root = isServer ? null : host.shadowRoot;
  if (!root?.firstChild) return null;
  const prefix = `${host.localName}-`;
  // A tag name holds no quote or backslash, so it is safe inside the quoted attribute value.
  const id = root.querySelector(`[id^="${prefix}"]`)?.id;
  return { idPrefix: id === undefined ? undefined : id.slice(0, `${id}-`.indexOf('-', prefix.length)) };
}

/**
 * Set by `hydrate.js` on `globalThis` under `Symbol.for('explainer-elements.hydrate')` (no import: `hydrate.js` must
 * load nothing that loads Lit), called where server-rendered markup connects before its first update, with the
 * calling copy's HTML reader: true when the hook connected the element itself (Lit's `connectedCallback` must not run
 * twice).
 */
export type HydrationHook = (host: HTMLElement, hasReader: () => boolean, loadReader: () => Promise<void>) => boolean;

/** Whether Lit's hydration support was loaded before Lit (it adds `defer-hydration` to every element's attributes). */
export function hydrationSupported(ctor: { readonly observedAttributes?: readonly string[] }): boolean {
  return ctor.observedAttributes?.includes('defer-hydration') ?? false;
}

let warned = false;

/** Says once per page why server-rendered markup was rendered again rather than hydrated. */
export function warnOnce(message: string, error?: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`explainer-elements: ${message}`, ...(error === undefined ? [] : [error]));
}
