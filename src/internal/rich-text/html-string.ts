/**
 * Serializes the rich-text AST to an HTML string in the subset search engines accept in structured data (`<p>`,
 * `<br>`, `<ul>`, `<ol>`, `<li>`, `<a href>`, `<strong>`, `<em>`), for JSON-LD answer text only: the result is a string
 * inside JSON, never put into the DOM (the components render the AST through Lit templates).
 *
 * Every text and every attribute value is escaped (`&`, `<`, `>`, `"`, `'`). Links keep their href only when it
 * passes {@link safeUrl} (checked again here: the AST may come from another reader than the Markdown one);
 * otherwise their text stays, unlinked. `code` becomes its plain text (not in the accepted subset), and a numbered
 * list's `start` and a link's `title` are dropped (the subset has no attributes but `href`). Pure: no DOM, no Lit.
 */
import type { RichBlock, RichInline } from './ast.js';
import { safeUrl } from './url-policy.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` with `&`, `<`, `>`, `"` and `'` as character references: safe as element text and as a quoted attribute. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * `href` (already passed through `safeUrl`) made absolute against `base`, when there is a base and the result still
 * passes the URL policy; otherwise `href` as it is.
 */
export function resolveHref(href: string, base: string | undefined): string {
  if (!base) return href;
  try {
    return safeUrl(new URL(href, base).href) ?? href;
  } catch {
    return href;
  }
}

function inline(nodes: readonly RichInline[], base: string | undefined): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'code') out += escapeHtml(node.value);
    else if (node.type === 'break') out += '<br>';
    else if (node.type === 'em' || node.type === 'strong') out += `<${node.type}>${inline(node.children, base)}</${node.type}>`;
    else if (node.type === 'link') {
      const href = safeUrl(node.href);
      const children = inline(node.children, base);
      out += href === null ? children : `<a href="${escapeHtml(resolveHref(href, base))}">${children}</a>`;
    }
  }
  return out;
}

/**
 * Rich-text blocks as an HTML string in the structured-data subset.
 *
 * @param blocks - from `parseRichText` (or another reader that gives the same AST).
 * @param base - an absolute URL that relative link targets are resolved against (search engines want absolute
 *   URLs); without it they stay as written.
 */
export function richTextToHtml(blocks: readonly RichBlock[], base?: string): string {
  let out = '';
  for (const block of blocks) {
    if (block.type === 'paragraph') out += `<p>${inline(block.children, base)}</p>`;
    else if (block.type === 'list') {
      const tag = block.ordered ? 'ol' : 'ul';
      out += `<${tag}>${block.items.map((item) => `<li>${inline(item, base)}</li>`).join('')}</${tag}>`;
    }
  }
  return out;
}
