/**
 * URL policy for links in untrusted rich text.
 *
 * Only `http:`, `https:`, `mailto:` and relative URLs are allowed. The value is
 * cleaned the way the WHATWG URL parser cleans it (leading/trailing C0 controls
 * and spaces stripped, tab/CR/LF removed anywhere) before the scheme is checked,
 * so that `" java\tscript:"` cannot slip through as a "relative" URL.
 */

const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/**
 * The common case in one test: an allowed scheme, or a relative URL that starts with `/`, `?` or `#`, with nothing to
 * clean or refuse (no C0 control, space, DEL, `&` or backslash). The full check below would return it as it is.
 */
const PLAIN = /^(?:https?:|mailto:|[/?#])[^\0- &\\\x7f]*$/i;

/** `&#...` numeric references and `&name;` named references (e.g. `&colon;`). */
const ENTITY = /&#|&[a-z][a-z0-9]*;/i;

function isC0OrSpace(code: number): boolean {
  return code <= 0x20;
}

/** Strips leading/trailing C0 controls and spaces, then removes tab, CR and LF anywhere. */
function clean(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && isC0OrSpace(raw.charCodeAt(start))) start++;
  while (end > start && isC0OrSpace(raw.charCodeAt(end - 1))) end--;
  return raw.slice(start, end).replace(/[\t\n\r]/g, '');
}

/** True if any C0 control character or DEL is left in the value. */
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Checks a link target from untrusted content.
 *
 * @param raw - the URL as written by the content author.
 * @returns the cleaned URL when it is `http:`, `https:`, `mailto:` or relative
 *   (including protocol-relative `//host/x`), otherwise `null`. Values that are
 *   empty after cleaning, contain control characters, HTML character references
 *   (`&#...`, `&colon;`), a backslash before the first `/`, `?` or `#`, or any
 *   other scheme (`javascript:`, `data:`, `vbscript:`, `file:`, ...) are refused.
 */
export function safeUrl(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  if (PLAIN.test(raw)) return raw;
  const url = clean(raw);
  if (url === '' || hasControl(url) || ENTITY.test(url)) return null;

  // The "scheme area" is everything before the first '/', '?' or '#'.
  const boundary = url.search(/[/?#]/);
  const head = boundary === -1 ? url : url.slice(0, boundary);
  if (head.includes('\\')) return null;

  const colon = head.indexOf(':');
  if (colon !== -1 && !ALLOWED_SCHEMES.has(head.slice(0, colon).toLowerCase())) return null;
  return url;
}
