import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type ExplainerErrorDetail } from '../internal/events.js';
import { jsonForScript } from '../internal/json-script.js';
import { explainerPolicy, POLICY_NAME } from '../internal/trusted-types.js';
import { JSON_LD_MARKER } from './types.js';

type Host = ReactiveControllerHost & HTMLElement & { structuredData: boolean };

/** What a component's builder is given besides its validated content. */
export interface JsonLdBuildOptions {
  /** The page's URL. */
  url: string;
  /** The host's UI label for a key, in its locale and with its overrides. */
  label: (key: string) => string;
}

/** Builds the structured data of valid content (`faqPage`, `claimReviewGraph`). */
export type JsonLdBuilder<T> = (content: T, options: JsonLdBuildOptions) => object;

/** The page's URL: its canonical link if it has one, else its address; without a fragment. */
const pageUrl = (): string => (document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href || location.href).replace(/#.*/s, '');

/**
 * The `structured-data` attribute: while it is set and the host has valid content, keeps exactly one
 * `<script type="application/ld+json">` right after the host (a light-DOM sibling, where search engines read it),
 * with the content's schema.org data. The builder is loaded on first use (a dynamic import), so pages without the
 * attribute never download it. The data follows the content (rebuilt after every update, written only when it
 * changed) and goes when the attribute is removed, the content becomes invalid, or the host disconnects. A marked
 * script already after the host (written by a server) is taken over, not doubled. The DOM is touched only in
 * browser lifecycle hooks. Under Trusted Types the text goes through the `explainer-elements` policy; when the page
 * does not allow it, no script is added and `explainer-error` says why (once).
 */
export class JsonLdController<T> implements ReactiveController {
  readonly #host: Host;
  readonly #load: () => Promise<JsonLdBuilder<T>>;
  readonly #content: () => T | null;
  readonly #label: (key: string) => string;
  #build: JsonLdBuilder<T> | undefined;
  #script: HTMLScriptElement | undefined;
  /** Counts syncs, so one that waited for the builder gives way to any later one. */
  #run = 0;
  #reported = false;

  constructor(host: Host, load: () => Promise<JsonLdBuilder<T>>, content: () => T | null, label: (key: string) => string) {
    this.#host = host;
    this.#load = load;
    this.#content = content;
    this.#label = label;
    host.addController(this);
  }

  hostConnected(): void {
    void this.#sync();
  }

  hostUpdated(): void {
    void this.#sync();
  }

  hostDisconnected(): void {
    this.#run++;
    this.#remove();
  }

  #remove(): void {
    this.#script?.remove();
    this.#script = undefined;
  }

  async #sync(): Promise<void> {
    const run = ++this.#run;
    const host = this.#host;
    const content = host.structuredData && host.isConnected ? this.#content() : null;
    if (!content) return this.#remove();
    this.#build ??= await this.#load();
    if (run !== this.#run) return;
    const text = jsonForScript(this.#build(content, { url: pageUrl(), label: this.#label }));
    const next = host.nextElementSibling;
    const script = this.#script ?? (next?.localName === 'script' && next.hasAttribute(JSON_LD_MARKER) ? (next as HTMLScriptElement) : document.createElement('script'));
    if (script.text !== text) {
      const policy = explainerPolicy();
      if (!policy) {
        // No script rather than one with outdated data (also one a server wrote).
        this.#script = script;
        this.#remove();
        return this.#report();
      }
      script.type = 'application/ld+json';
      script.setAttribute(JSON_LD_MARKER, '');
      script.text = policy.createScript(text);
    }
    if (next !== script) host.after(script);
    this.#script = script;
  }

  #report(): void {
    if (this.#reported) return;
    this.#reported = true;
    const message = `the page's Content-Security-Policy does not allow the Trusted Types policy "${POLICY_NAME}" (add it to its trusted-types directive): no structured data was added`;
    emit<ExplainerErrorDetail>(this.#host, 'explainer-error', { errors: [{ path: 'structured-data', message }], kind: 'trusted-types', fatal: false });
  }
}
