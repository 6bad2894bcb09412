import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ROOT_PATH, type ContentError } from './validation.js';

export type ContentSource = 'data' | 'inline' | 'src';

/** Raw (unvalidated) content and where it came from. */
export interface RawContent {
  source: ContentSource;
  value: unknown;
}

/**
 * What one route (the inline script, or `src`) has delivered: its last good content, and the errors of its last
 * attempt when that failed (for `src`, the earlier content stays alongside them).
 */
export interface Delivery {
  raw?: RawContent | undefined;
  errors?: ContentError[] | undefined;
}

/** Largest body accepted from `src`, in characters: far above any real explainer, far below a hostile one. */
const MAX_BODY_CHARS = 2_000_000;

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/** Parses JSON text from `source`; a syntax error becomes an error at `path`. */
function parseJson(text: string, source: ContentSource, path: string): Delivery {
  try {
    return { raw: { source, value: JSON.parse(text) as unknown } };
  } catch (error) {
    return { errors: [{ path, message: `is not valid JSON (${(error as Error).message})` }] };
  }
}

const fail = (message: string): Delivery => ({ errors: [{ path: 'src', message }] });

/**
 * Fetches JSON content from `url`, giving up after `timeout` ms. Never throws: every failure (network, HTTP
 * status, content type, size, timeout, invalid JSON) becomes an error naming `src`. (An abort through
 * `controller` gives an error too: the caller ignores the answers of requests it aborted.)
 */
async function fetchJson(url: string, controller: AbortController, timeout: number): Promise<Delivery> {
  let timedOut = false;
  let reading = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
    const { ok, status, statusText, headers } = response;
    const type = headers.get('content-type') ?? '';
    const declared = Number(headers.get('content-length'));
    if (!ok) return fail(`the server answered ${status}${statusText ? ` ${statusText}` : ''}`);
    if (type && !/\bjson\b|\+json/i.test(type)) return fail(`expected JSON, got content of type "${type.split(';')[0]}"`);
    if (declared > MAX_BODY_CHARS) return fail(`the response is too large (${declared} bytes; at most ${MAX_BODY_CHARS})`);
    reading = true;
    const text = await response.text();
    if (text.length > MAX_BODY_CHARS) return fail(`the response is too large (more than ${MAX_BODY_CHARS} characters)`);
    return parseJson(text, 'src', 'src');
  } catch (error) {
    if (timedOut) return fail('the request timed out');
    return fail(reading ? 'the response could not be read' : `could not be fetched (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    clearTimeout(timer);
  }
}

/** The element taking in content: `fetchTimeout` is how long a `src` request may take, in ms. */
type Host = ReactiveControllerHost & HTMLElement & { fetchTimeout: number };

/**
 * Takes in content from an inline `<script type="application/json">` child and from a `src` URL.
 * (The `data` property is the host's own.) Child nodes, `fetch` and timers are touched only in
 * browser lifecycle callbacks, so server rendering never runs them.
 */
export class ContentIntake implements ReactiveController {
  /** What the inline script gave (re-read whenever the children change). */
  inline: Delivery = {};
  /** What `src` gave: its content is kept when a later fetch fails. */
  fetched: Delivery = {};

  readonly #host: Host;
  #observer: MutationObserver | undefined;
  /** The request under way, if any. */
  #request: AbortController | undefined;
  #url: string | undefined;
  #inlineText: string | null | undefined;
  /** A request was cut short by a disconnect: fetch again on reconnect. */
  #interrupted = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** True while a `src` request is under way. */
  get loading(): boolean {
    return this.#request !== undefined;
  }

  hostConnected(): void {
    this.#readInline();
    this.#observer ??= new MutationObserver(() => this.#readInline());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    if (this.#interrupted) {
      this.#interrupted = false;
      this.reload();
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    if (this.#request) {
      this.#abort();
      this.#interrupted = true;
    }
  }

  /** Reads the first inline JSON script child, if any. */
  #readInline(): void {
    const text = this.#host.querySelector(INLINE_SELECTOR)?.textContent;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    this.inline = text == null ? {} : parseJson(text, 'inline', ROOT_PATH);
    this.#host.requestUpdate();
  }

  /**
   * Starts fetching `url` (or clears the `src` content when it is empty). The last call wins: an earlier
   * request still under way is aborted and its answer ignored.
   */
  load(url: string | undefined): void {
    if (url === this.#url) return;
    this.#url = url;
    if (!url) this.fetched = {};
    this.reload();
  }

  /** Fetches the current `src` again (the error state's retry), aborting a request still under way. */
  reload(): void {
    this.#abort();
    if (this.#url) void this.#fetch(this.#url);
    this.#host.requestUpdate();
  }

  async #fetch(url: string): Promise<void> {
    const request = (this.#request = new AbortController());
    const { raw, errors } = await fetchJson(url, request, this.#host.fetchTimeout);
    // A later request, or a disconnect, took over: this answer is no longer wanted.
    if (request !== this.#request) return;
    this.#request = undefined;
    this.fetched = { raw: raw ?? this.fetched.raw, errors };
    this.#host.requestUpdate();
  }

  #abort(): void {
    this.#request?.abort();
    this.#request = undefined;
  }
}
