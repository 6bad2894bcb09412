/**
 * The autoloader's engine, with no tag or chunk of its own: `src/autoloader.ts` gives it the package's tags. It
 * watches roots (the document, and shadow roots it is told about) and, when an element of a known tag appears
 * that is not defined yet, imports the module that defines it, once. DOM only: no Lit.
 */

/** What the autoloader loads, and in what order. */
export interface AutoloaderOptions {
  /** One loader per tag: imports the module that registers that tag. */
  loaders: Readonly<Record<string, () => Promise<unknown>>>;
  /**
   * Tags whose modules load (and define) before any other found with them: a provider defined before the
   * components inside it connect answers their request for its settings at once, before their first render.
   */
  first?: readonly string[];
  /**
   * Hydration support, loaded once and before every component module when a found element already has a shadow
   * root before it is defined: server-rendered markup (declarative shadow DOM) to hydrate rather than render.
   * Not loaded at all on pages without such elements.
   */
  hydrate?: (() => Promise<unknown>) | undefined;
}

export interface Autoloader {
  /**
   * Loads the modules of the tags under `root` (and of `root` itself), then keeps watching `root` for elements
   * added later. The document is watched from the start; call this for every shadow root whose elements it
   * should also upgrade (an observer of the document does not see into shadow roots). The promise settles once
   * every tag found now is loaded; it rejects when a module could not be loaded (a later sighting tries again).
   */
  watch(root: Document | Element | ShadowRoot): Promise<void>;
}

/** Reports a module that could not be loaded (there is no caller to reject to when the observer found it). */
export const report = (error: unknown): void => console.error('explainer-elements autoloader:', error);

/** Creates an autoloader; it watches nothing until `watch()` is called. */
export function createAutoloader({ loaders, first = [], hydrate }: AutoloaderOptions): Autoloader {
  const selector = Object.keys(loaders).join();
  /** Imports started, by tag; a failed one is forgotten, so the next sighting tries again. */
  const started = new Map<string, Promise<unknown>>();
  let hydrating: Promise<unknown> | undefined;

  const load = (tag: string): Promise<unknown> => {
    let loading = started.get(tag);
    if (!loading) {
      loading = loaders[tag]!().catch((error: unknown) => {
        started.delete(tag);
        throw error;
      });
      started.set(tag, loading);
    }
    return loading;
  };

  const discover = async (root: ParentNode): Promise<void> => {
    const found = [...root.querySelectorAll(selector)];
    if ((root as Element).matches?.(selector)) found.push(root as Element);
    // A tag defined already (by this loader, a bundle, or the portal under its own class) is never imported.
    const waiting = found.filter((el) => !customElements.get(el.localName));
    if (!waiting.length) return;
    if (hydrate && waiting.some((el) => el.shadowRoot)) await (hydrating ??= hydrate());
    const tags = new Set(waiting.map((el) => el.localName));
    for (const tag of first) if (tags.delete(tag)) await load(tag);
    await Promise.all([...tags].map(load));
  };

  const observer = new MutationObserver((records) => {
    for (const { addedNodes } of records) {
      for (const node of addedNodes) if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element).catch(report);
    }
  });

  return {
    watch(root) {
      observer.observe(root, { childList: true, subtree: true });
      return discover(root);
    },
  };
}
