import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type ExplainerErrorDetail } from '../internal/events.js';
import { explainerPolicy, POLICY_NAME } from '../internal/trusted-types.js';
import { JSON_LD_MARKER, type StructuredDataTag } from './types.js';
import type * as Build from './build.js';

type Host = ReactiveControllerHost & HTMLElement & { structuredData: boolean };

/** The builder, loaded the first time an element with `structured-data` has content. */
let builder: typeof Build | undefined;

/** The page's URL: its canonical link if it has one, else its address; without a fragment. */
const pageUrl = (): string => (document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href || location.href).replace(/#.*/s, '');

/**
 * The `structured-data` attribute: while it is set and the host has valid content, keeps exactly one
 * `<script type="application/ld+json">` right after the host (a light-DOM sibling, where search engines read it),
 * with the content's schema.org data. It follows the content (rebuilt after every update, written only when it
 * changed) and goes when the attribute is removed, the content becomes invalid, or the host disconnects. A marked
 * script already after the host (written by a server) is taken over, not doubled. The DOM is touched only in
 * browser lifecycle hooks. Under Trusted Types the text goes through the `explainer-elements` policy; when the page
 * does not allow it, no script is added and `explainer-error` says why (once).
 */
export class JsonLdController implements ReactiveController {
  readonly #host: Host;
  readonly #tag: StructuredDataTag;
  readonly #content: () => object | null;
  readonly #label: (key: string) => string;
  #script: HTMLScriptElement | undefined;
  /** Counts syncs, so one that waited for the builder gives way to any later one. */
  #run = 0;
  #reported = false;

  constructor(host: Host, tag: StructuredDataTag, content: () => object | null, label: (key: string) => string) {
    this.#host = host;
    this.#tag = tag;
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
    builder ??= await import('./build.js');
    if (run !== this.#run) return;
    const text = builder.jsonLdText(this.#tag, content, { url: pageUrl(), label: this.#label });
    const next = host.nextElementSibling;
    let script = this.#script ?? (next?.localName === 'script' && next.hasAttribute(JSON_LD_MARKER) ? (next as HTMLScriptElement) : undefined);
    if (script?.text !== text) {
      const policy = explainerPolicy();
      if (!policy) {
        this.#remove();
        return this.#report();
      }
      script ??= document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(JSON_LD_MARKER, '');
      script.text = policy.createScript(text);
    }
    if (host.nextElementSibling !== script) host.after(script);
    this.#script = script;
  }

  #report(): void {
    if (this.#reported) return;
    this.#reported = true;
    const message = `the page's Content-Security-Policy does not allow the Trusted Types policy "${POLICY_NAME}" (add it to the trusted-types directive): no structured data was added`;
    emit<ExplainerErrorDetail>(this.#host, 'explainer-error', { errors: [{ path: 'structured-data', message }], kind: 'trusted-types', fatal: false });
  }
}
