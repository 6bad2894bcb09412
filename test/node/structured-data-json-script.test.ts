/// <reference types="node" />
// jsonForScript(): JSON that no content can break out of inside a <script> element (the JSON-LD script, and the
// inline content script of server rendering). Every hostile string must come back unchanged through JSON.parse,
// and the output must hold nothing an HTML parser would act on inside a script element.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jsonForScript } from '../../src/internal/json-script.js';
import { XSS_PAYLOADS } from '../security/xss-payloads.js';

/** What an HTML tokenizer looks at in script data: any `<` (for `</script`, `<!--`, `<script`), and what JS parsers of old treated as line ends. */
const ACTIVE = /[<>&\u2028\u2029]/;

const HOSTILE = [
  '</script>',
  '</SCRIPT >',
  '</script\t>',
  '<!--',
  '<!-- <script>',
  '<script>alert(1)</script>',
  '-->',
  ']]>',
  '\u2028',
  '\u2029',
  'a\u2028b\u2029c',
  '&lt;/script&gt;',
  '\\u003c/script>',
  '"quoted" \'single\' \\ backslash',
  '\u0000\u001f\u007f',
  '\ud83d\ude00 \ud800 lone surrogate',
];

function roundTrip(value: unknown): string {
  const text = jsonForScript(value);
  assert.doesNotMatch(text, ACTIVE, `raw <, >, & or U+2028/9 in ${text.slice(0, 80)}`);
  assert.deepEqual(JSON.parse(text), value);
  return text;
}

describe('jsonForScript()', () => {
  it('escapes <, >, &, U+2028 and U+2029 as \\u escapes', () => {
    assert.equal(jsonForScript('</script><!--&\u2028\u2029'), '"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"');
  });

  it('gives back every hostile string unchanged through JSON.parse, and none can end the script', () => {
    for (const value of HOSTILE) roundTrip(value);
    roundTrip({ items: HOSTILE.map((text, i) => ({ [`key ${text}`]: text, n: i, ok: true, none: null })) });
  });

  it('holds the whole XSS corpus, as values and as keys', () => {
    const texts = XSS_PAYLOADS.map((p) => p.text);
    roundTrip(texts);
    roundTrip(Object.fromEntries(texts.map((text, i) => [text, i])));
  });

  it('is the same JSON as JSON.stringify apart from the escapes', () => {
    const value = { a: [1, 2.5, -0, 'x'], b: { c: null, d: false }, e: 'plain text' };
    assert.equal(jsonForScript(value), JSON.stringify(value));
  });

  it('gives null for a value with no JSON form', () => {
    assert.equal(jsonForScript(undefined), 'null');
  });
});
