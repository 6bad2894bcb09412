/**
 * A content's root `format`: which reader its text fields go through. Pure: the HTML reader in use comes from the
 * rich-text registry (the browser's own parser, or parse5 installed by a Node entry point); no DOM is touched here.
 */
import type { RichTextFormat } from '../rich-text/ast.js';
import { htmlReader } from '../rich-text/html-reader.js';
import { MARKDOWN_TEXT, describe, type ContentError, type ContentText, type JsonObject } from './validation.js';

/** The values of a content's root `format`. */
export const RICH_TEXT_FORMATS: readonly RichTextFormat[] = ['markdown', 'html'];

/**
 * Reads `raw.format` (absent or null: Markdown). An unknown value, or HTML where no HTML reader is available (no
 * parser, or the page refuses the `explainer-elements` Trusted Types policy), is an error at `format` and gives null:
 * the content cannot be shown as its author meant it.
 */
export function contentText(raw: JsonObject, errors: ContentError[]): ContentText | null {
  const { format } = raw;
  if (format === undefined || format === null || format === 'markdown') return MARKDOWN_TEXT;
  if (format !== 'html') {
    const got = typeof format === 'string' ? `"${format}"` : describe(format);
    errors.push({ path: 'format', message: `expected one of ${RICH_TEXT_FORMATS.map((f) => `"${f}"`).join(', ')}, got ${got}` });
    return null;
  }
  const reader = htmlReader();
  if (typeof reader === 'string') {
    errors.push({ path: 'format', message: reader });
    return null;
  }
  return { format, plain: (value) => reader.text(value), blank: (value) => reader.blocks(value).length === 0 };
}
