/// <reference types="node" />
/**
 * `explainer-elements/structured-data.js` as Node gets it (the `node` export condition): the same functions, with
 * HTML content (`"format": "html"`) read by parse5, where browsers use their own parser. No Lit, no DOM.
 */
import { useNodeHtmlReader } from './internal/rich-text/html-reader-node.js';
import { toJsonLd as toJsonLdWithReader, toJsonLdScript as toJsonLdScriptWithReader } from './structured-data/to-json-ld.js';

export { jsonForScript } from './internal/json-script.js';
export type * from './structured-data/types.js';

/** The schema.org structured data (JSON-LD) of a component's content, or null when it has none (see `toJsonLd` in `structured-data.js`). */
export const toJsonLd = ((tag: string, content: unknown, options?: Parameters<typeof toJsonLdWithReader>[2]) => {
  useNodeHtmlReader();
  return toJsonLdWithReader(tag, content, options);
}) as typeof toJsonLdWithReader;

/** {@link toJsonLd} as a `<script type="application/ld+json">` element in HTML, or null (see `structured-data.js`). */
export function toJsonLdScript(...args: Parameters<typeof toJsonLdScriptWithReader>): string | null {
  useNodeHtmlReader();
  return toJsonLdScriptWithReader(...args);
}
