import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The loading state in a static Storybook.
 *
 * A component shows `part="loading"` (and `aria-busy`) while its `src` request is under way. A static server
 * answers at once, and a request that never ends would keep the page from ever going idle (the smoke test waits
 * for that). So Loading stories hold their request in the browser instead: `heldSrc(path)` marks a URL, and the
 * `holdRequests` decorator makes `fetch` wait, for marked URLs only, until the story's "Answer the request"
 * button is pressed; the real file is then fetched as usual. The component runs its real code path throughout
 * (`src` attribute, fetch, abort on disconnect): only the network's timing is the story's. Every other request,
 * in this story and in all others, goes straight to the real `fetch`. (A `data:` URL would answer at once too, and
 * a service worker would need a page reload before it controls the preview.)
 */

const MARK = 'storybook-held';
const waiting = new Set<() => void>();
let installed = false;

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

function install(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    if (!new URL(urlOf(input), location.href).searchParams.has(MARK)) return realFetch(input, init);
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      const answer = (): void => {
        waiting.delete(answer);
        resolve(realFetch(input, init));
      };
      waiting.add(answer);
      // The component aborts when it is removed or its timeout passes: end the held request as a network would.
      signal?.addEventListener(
        'abort',
        () => {
          waiting.delete(answer);
          reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
        },
        { once: true },
      );
    });
  };
}

/** `path` marked so that `fetch` waits for {@link answerHeldRequests}. */
export function heldSrc(path: string): string {
  return `${path}?${MARK}`;
}

/** Lets every held request through to the real file. */
export function answerHeldRequests(): void {
  for (const answer of [...waiting]) answer();
}

/** Holds requests to `heldSrc()` URLs while the story is shown. */
export const holdRequests: Decorator = (story) => {
  install();
  return story();
};

/** The button under a Loading story that lets its request through. */
export const answerButton = html`<p>
  <button type="button" @click=${answerHeldRequests}>Answer the request</button>
  <small>(the request above is held by the story: press to let it through)</small>
</p>`;

/** A day: the component's own timeout (15 s by default) would otherwise end the held request with an error. */
export const HELD_TIMEOUT = 86_400_000;
