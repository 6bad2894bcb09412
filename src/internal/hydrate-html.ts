import type { HydrationHook } from './hydration.js';

/**
 * Server-rendered HTML content (`"format": "html"`) must be read in the first client render, which hydrates the
 * server's markup: a loading state there would not match it. The browser's HTML reader is a chunk of its own, so the
 * element's hydration waits for it through Lit's `defer-hydration` attribute, set here and removed once the reader is
 * installed (removing it makes Lit's hydration support connect the element). Browser only; installed by `hydrate.js`,
 * which imports nothing else of the package (it must run before Lit loads): the reader comes from the caller.
 */

/** Elements whose `defer-hydration` this module set and has not removed yet. */
const held = new WeakSet<HTMLElement>();

/** Whether `host`'s inline content (the `<script type="application/json">` child the server writes) is HTML. */
function inlineHtmlContent(host: HTMLElement): boolean {
  const text = host.querySelector(':scope > script[type="application/json"]')?.textContent;
  if (!text?.includes('"format"')) return false;
  try {
    return (JSON.parse(text) as { format?: unknown } | null)?.format === 'html';
  } catch {
    return false;
  }
}

function release(host: HTMLElement): void {
  held.delete(host);
  host.removeAttribute('defer-hydration');
}

/**
 * Called when server-rendered markup connects before its first update. Holds it back while the reader loads (false:
 * the attribute keeps Lit from connecting it); connects it itself when it comes back after the reader arrived (true).
 */
export const holdForHtmlReader: HydrationHook = (host, hasReader, loadReader) => {
  if (held.has(host)) {
    if (!hasReader()) return false;
    release(host);
    return true;
  }
  if (hasReader() || !inlineHtmlContent(host)) return false;
  const load = loadReader();
  // A page's own `defer-hydration` (nested server-rendered elements) is the page's to remove; the reader is loading.
  if (host.hasAttribute('defer-hydration')) return false;
  held.add(host);
  host.setAttribute('defer-hydration', '');
  // An element out of the page when the reader arrives is released when it connects again.
  void load.then(() => held.has(host) && host.isConnected && release(host));
  return false;
};
