import type { ContentError } from './validation.js';

/** Largest body accepted from `src`, in characters: far above any real explainer, far below a hostile one. */
export const MAX_BODY_CHARS = 2_000_000;

export type FetchOutcome = { ok: true; value: unknown } | { ok: false; errors: ContentError[] };

const fail = (message: string): FetchOutcome => ({ ok: false, errors: [{ path: 'src', message }] });

/**
 * Fetches JSON content from `url`. Never throws: every failure (network, HTTP status, content type, size,
 * timeout, invalid JSON) becomes an error naming `src`. An abort through `signal` resolves to `null`.
 */
export async function fetchJson(url: string, signal: AbortSignal, timedOut: () => boolean): Promise<FetchOutcome | null> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    if (timedOut()) return fail('the request timed out');
    if (signal.aborted) return null;
    return fail(`could not be fetched (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) return fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !/\bjson\b|\+json/i.test(type)) return fail(`expected JSON, got content of type "${type.split(';')[0]}"`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BODY_CHARS) return fail(`the response is too large (${declared} bytes; at most ${MAX_BODY_CHARS})`);
  let text: string;
  try {
    text = await response.text();
  } catch {
    if (timedOut()) return fail('the request timed out');
    if (signal.aborted) return null;
    return fail('the response could not be read');
  }
  if (text.length > MAX_BODY_CHARS) return fail(`the response is too large (more than ${MAX_BODY_CHARS} characters)`);
  return parseJson(text, 'src');
}

/** Parses JSON text; a syntax error becomes an error at `path`. */
export function parseJson(text: string, path: string): FetchOutcome {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'syntax error';
    return { ok: false, errors: [{ path, message: `is not valid JSON (${detail})` }] };
  }
}
