/**
 * JSON for embedding inside a `<script>` element (`application/json` content, `application/ld+json` structured data),
 * in HTML written by a server or by hand. Pure: no DOM, runs in Node and browsers.
 *
 * An HTML parser ends a script element's text at the first `</script` (and treats `<!--` and `<script` inside it
 * specially), whatever JSON string it sits in. So `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`,
 * and U+2028 and U+2029 (line terminators in older JavaScript) as `\u2028` and `\u2029`. These characters can only
 * occur inside JSON strings, where the escapes mean the same characters: `JSON.parse` gives back the same value.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * `value` as JSON that no content can break out of when it is placed between `<script ...>` and `</script>`.
 * Throws only where `JSON.stringify` throws (a BigInt, a cycle); a value with no JSON form (undefined) gives `null`.
 */
export function jsonForScript(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c]!);
}
