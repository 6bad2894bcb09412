/** Reading a rich-text field in its content's `format`: the Markdown reader, or the HTML reader in use. */
import type { RichBlock, RichTextFormat } from './ast.js';
import { htmlReader } from './html-reader.js';
import { parseRichText } from './markdown.js';

/**
 * A rich-text field as blocks, read in its content's `format` (Markdown when absent). HTML that cannot be read here
 * gives no blocks: the validators report that at `format` first, so a component never gets that far.
 */
export function readRichText(source: string, format: RichTextFormat | undefined): RichBlock[] {
  if (format !== 'html') return parseRichText(source);
  const reader = htmlReader();
  return typeof reader === 'string' ? [] : reader.blocks(source);
}
