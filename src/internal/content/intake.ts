import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentError } from './validation.js';
import { fetchJson, parseJson } from './fetch-json.js';

export type ContentSource = 'data' | 'inline' | 'src';

/** Raw (unvalidated) content and where it came from. */
export interface RawContent {
  source: ContentSource;
  value: unknown;
}

/** A failure to obtain content at all (not a validation problem). */
export interface IntakeFailure {
  errors: ContentError[];
  kind: 'content' | 'network';
}

type Host = ReactiveControllerHost & HTMLElement;

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Takes in content from an inline `<script type="application/json">` child and from a `src` URL.
 * (The `data` property is the host's own.) Child nodes, `fetch` and timers are touched only in
 * browser lifecycle callbacks, so server rendering never runs them.
 */
export class ContentIntake implements ReactiveController {
  /** Last good content from the inline script. */
  inline: RawContent | undefined;
  inlineFailure: IntakeFailure | undefined;
  /** Last good content from `src`: kept when a later fetch fails. */
  fetched: RawContent | undefined;
  fetchFailure: IntakeFailure | undefined;
  loading = false;

  private readonly host: Host;
  private observer: MutationObserver | undefined;
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private currentUrl: string | undefined;
  private inlineText: string | undefined;
  private interrupted = false;

  constructor(host: Host, private readonly timeout: () => number) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.readInline();
    this.observer ??= new MutationObserver(() => this.readInline());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Reconnected after a fetch was cut short by a disconnect: fetch again.
    if (this.interrupted) {
      this.interrupted = false;
      this.load(this.currentUrl, true);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    if (this.loading) {
      this.abort();
      this.loading = false;
      this.interrupted = true;
    }
  }

  /** Reads the first inline JSON script child, if any; re-read whenever the children change. */
  private readInline(): void {
    const script = this.host.querySelector(INLINE_SELECTOR);
    const text = script?.textContent ?? undefined;
    if (text === this.inlineText) return;
    this.inlineText = text;
    this.inline = undefined;
    this.inlineFailure = undefined;
    if (text !== undefined) {
      const outcome = parseJson(text, '(root)');
      if (outcome.ok) this.inline = { source: 'inline', value: outcome.value };
      else this.inlineFailure = { errors: outcome.errors, kind: 'content' };
    }
    this.host.requestUpdate();
  }

  /**
   * Starts fetching `url` (or clears the `src` content when it is empty). The last call wins: an earlier
   * request still under way is aborted and its answer ignored.
   */
  load(url: string | undefined, force = false): void {
    if (!force && url === this.currentUrl) return;
    this.abort();
    this.currentUrl = url;
    if (!url) {
      this.fetched = undefined;
      this.fetchFailure = undefined;
      this.loading = false;
      this.host.requestUpdate();
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    let timedOut = false;
    this.timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeout());
    this.loading = true;
    this.host.requestUpdate();
    void fetchJson(url, controller.signal, () => timedOut).then((outcome) => {
      if (this.controller !== controller || outcome === null) return;
      clearTimeout(this.timer);
      this.controller = undefined;
      this.loading = false;
      if (outcome.ok) {
        this.fetched = { source: 'src', value: outcome.value };
        this.fetchFailure = undefined;
      } else {
        this.fetchFailure = { errors: outcome.errors, kind: 'network' };
      }
      this.host.requestUpdate();
    });
  }

  /** Fetches the current `src` again (the error state's retry). */
  reload(): void {
    if (this.currentUrl) this.load(this.currentUrl, true);
  }

  private abort(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = undefined;
  }
}
