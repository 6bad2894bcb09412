import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Deep links: calls `onHash(id)` with the page's URL fragment (decoded, without `#`) on every `hashchange`,
 * and whenever the host calls `check()` (after new content has rendered), so a component can open and scroll
 * to the item a link names.
 */
export class HashLinkController implements ReactiveController {
  readonly #onHash: (id: string) => void;

  constructor(host: ReactiveControllerHost, onHash: (id: string) => void) {
    this.#onHash = onHash;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.check);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.check);
  }

  /** Applies the current fragment, if any (also the `hashchange` listener, hence an arrow function). */
  readonly check = (): void => {
    const hash = window.location.hash.slice(1);
    if (!hash) return;
    let id = hash;
    try {
      id = decodeURIComponent(hash);
    } catch {
      // A malformed escape: use the fragment as it is.
    }
    this.#onHash(id);
  };
}
