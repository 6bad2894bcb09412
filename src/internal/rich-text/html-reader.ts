/**
 * The HTML reader in use: a small registry, so that each environment brings its own parser and nothing else does.
 *
 * A reader turns HTML into the rich-text AST (through the walk in `html-tree.ts`) and decodes plain text. Browsers
 * read with their own parser in an inert document (`html-reader-dom.ts`): components load it on demand, the first
 * time content says `"format": "html"` (so pages with Markdown content never download it), and `validate()` and
 * `toJsonLd()` install it when called. Node has no HTML parser: its entry points install the parse5 reader
 * (`html-reader-node.ts`: `validate.js` and `structured-data.js` under Node, the CLI, server rendering).
 * Pure: this module touches no DOM and imports no Lit.
 */
import type { RichBlock } from './ast.js';

/** Reads HTML content. Never throws on any string. */
export interface HtmlReader {
  /** HTML as rich-text blocks (the subset; everything else reduced to its text or dropped). */
  blocks(html: string): RichBlock[];
  /** HTML as plain text: character references decoded, tags kept as text. */
  text(html: string): string;
}

/** Gives the reader, or in words why HTML cannot be read here (for an error at `format`). */
export type HtmlReaderSource = () => HtmlReader | string;

/** Why HTML cannot be read where there is no parser. */
export const NO_HTML_PARSER = 'HTML content cannot be read here: there is no HTML parser (on Node, validate.js, structured-data.js and the CLI read it with parse5)';

let source: HtmlReaderSource | undefined;

/** Sets the reader every later read uses (undefined: none). For the entry points that bring a parser, and tests. */
export function setHtmlReader(next: HtmlReaderSource | undefined): void {
  source = next;
}

/** True once a reader is installed (it may still say that HTML cannot be read here). */
export function hasHtmlReader(): boolean {
  return source !== undefined;
}

/** The reader in use, or why there is none (no parser installed, or the page refuses the Trusted Types policy). */
export function htmlReader(): HtmlReader | string {
  return source ? source() : NO_HTML_PARSER;
}
