/** One request seen by {@link spyOnFetch}. */
export interface FetchCall {
  url: string;
  init: RequestInit | undefined;
  signal: AbortSignal | undefined;
  /** `pending` until the response headers arrive (`resolved`) or the request fails or is aborted (`rejected`). */
  state: 'pending' | 'resolved' | 'rejected';
  error: unknown;
}

/**
 * Wraps `window.fetch` to record every request (URL, options, AbortSignal) and how it ended, so tests can tell
 * that a request was aborted and that none is left running. Call the returned `restore()` when done.
 */
export function spyOnFetch(): { calls: FetchCall[]; active(): FetchCall[]; restore(): void } {
  const original = window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call: FetchCall = { url, init, signal: init?.signal ?? undefined, state: 'pending', error: undefined };
    calls.push(call);
    const promise = original.call(window, input, init);
    promise.then(
      () => {
        call.state = 'resolved';
      },
      (error: unknown) => {
        call.state = 'rejected';
        call.error = error;
      },
    );
    return promise;
  };
  return {
    calls,
    active: () => calls.filter((c) => c.state === 'pending'),
    restore: () => {
      window.fetch = original;
    },
  };
}
