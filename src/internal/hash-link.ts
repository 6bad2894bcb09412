import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Deep links: calls `onHash(id)` with the page's URL fragment (decoded, without `#`) on every `hashchange`,
 * and whenever the host calls `check()` (after new content has rendered), so a component can open and scroll
 * to the item a link names.
 */
export class HashLinkController implements ReactiveController {
  private readonly listener = (): void => this.check();

  constructor(
    host: ReactiveControllerHost,
    private readonly onHash: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.listener);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.listener);
  }

  /** Applies the current fragment, if any. */
  check(): void {
    const hash = window.location.hash.slice(1);
    if (!hash) return;
    let id = hash;
    try {
      id = decodeURIComponent(hash);
    } catch {
      // A malformed escape: use the fragment as it is.
    }
    this.onHash(id);
  }
}
