/**
 * The HTML reader in use.
 *
 * A reader turns HTML into the rich-text AST (through the walk in `html-tree.ts`) and decodes plain text. Browsers
 * use their own parser in an inert document (`html-reader-dom.ts`), with nothing to install; Node has no HTML parser,
 * so its entry points install the parse5 reader (`html-reader-node.ts`: `validate.js` and `structured-data.js` under
 * Node, the CLI, server rendering). Pure: this module touches no DOM and imports no Lit.
 */
import type { RichBlock } from './ast.js';
import { domHtmlReader } from './html-reader-dom.js';

/** Reads HTML content. Never throws on any string. */
export interface HtmlReader {
  /** HTML as rich-text blocks (the subset; everything else reduced to its text or dropped). */
  blocks(html: string): RichBlock[];
  /** HTML as plain text: character references decoded, tags kept as text. */
  text(html: string): string;
}

let installed: HtmlReader | undefined;

/** Sets the reader every later read uses (undefined: back to the browser's own). For Node entry points and tests. */
export function setHtmlReader(reader: HtmlReader | undefined): void {
  installed = reader;
}

/**
 * The reader in use: the installed one, else the browser's own parser. A string instead says why HTML cannot be
 * read here (no parser, or the page refuses the `explainer-elements` Trusted Types policy), in words for an error.
 */
export function htmlReader(): HtmlReader | string {
  return installed ?? domHtmlReader();
}
