export { safeUrl } from './url-policy.js';
export { parseRichText, toPlainText } from './markdown.js';
export type { RichBlock, RichInline } from './markdown.js';
export { renderRichText, renderInline } from './render.js';
