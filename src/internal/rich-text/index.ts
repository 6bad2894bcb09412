export { safeUrl } from './url-policy.js';
export { parseRichText, toPlainText } from './markdown.js';
export type { RichBlock, RichInline, RichTextFormat } from './ast.js';
export { readRichText } from './read.js';
export { renderRichText, renderInline } from './render.js';
