import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type ExplainerErrorDetail } from '../internal/events.js';
import { jsonForScript } from '../internal/json-script.js';
import { POLICY_NAME, type explainerPolicy } from '../internal/trusted-types.js';
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
 * with the content's schema.org data. The host loads it on demand, with its builder (one dynamic import, the first
 * time the attribute is set while it is connected), so pages without the attribute never download either. The data
 * follows the content (rebuilt after every update, written only when it changed) and goes when the attribute is
 * removed, the content becomes invalid, or the host disconnects. A marked script already after the host (written by
 * a server) is taken over, not doubled. The DOM is touched only in browser lifecycle hooks. Under Trusted Types the
 * text goes through the `explainer-elements` policy; when the page does not allow it, no script is added and
 * `explainer-error` says why (once). The host hands it `explainerPolicy`: the policy's module is shared with the
 * HTML reader, and as a static import of the host's module it stays out of the reader's download.
 */
export class JsonLdController<T> implements ReactiveController {
  readonly #host: Host;
  readonly #build: JsonLdBuilder<T>;
  readonly #content: () => T | null;
  readonly #label: (key: string) => string;
  readonly #policy: typeof explainerPolicy;
  #script: HTMLScriptElement | undefined;
  #reported = false;

  constructor(host: Host, build: JsonLdBuilder<T>, content: () => T | null, label: (key: string) => string, policy: typeof explainerPolicy) {
    this.#host = host;
    this.#build = build;
    this.#content = content;
    this.#label = label;
    this.#policy = policy;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#remove();
  }

  #remove(): void {
    this.#script?.remove();
    this.#script = undefined;
  }

  #sync(): void {
    const host = this.#host;
    const content = host.structuredData && host.isConnected ? this.#content() : null;
    if (!content) return this.#remove();
    const text = jsonForScript(this.#build(content, { url: pageUrl(), label: this.#label }));
    const next = host.nextElementSibling;
    const script = this.#script ?? (next?.localName === 'script' && next.hasAttribute(JSON_LD_MARKER) ? (next as HTMLScriptElement) : document.createElement('script'));
    if (script.text !== text) {
      const policy = this.#policy();
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
