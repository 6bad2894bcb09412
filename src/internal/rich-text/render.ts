/**
 * Renders the rich-text AST as Lit templates. Every piece of content goes in
 * through a text binding and every href through an attribute binding: no HTML
 * string is ever built, so nothing in the content can become markup or script.
 */
import { html, nothing } from 'lit';
import type { RichBlock, RichInline, RichTextFormat } from './ast.js';
import { readRichText } from './read.js';
import { safeUrl } from './url-policy.js';
import { slots } from '../slots.js';

function renderNode(node: RichInline): unknown {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'code':
      return html`<code>${node.value}</code>`;
    case 'break':
      return html`<br>`;
    case 'em':
      return html`<em>${renderInline(node.children)}</em>`;
    case 'strong':
      return html`<strong>${renderInline(node.children)}</strong>`;
    case 'link': {
      // Blocks may come from elsewhere than parseRichText: check the href again.
      const href = safeUrl(node.href);
      const children = renderInline(node.children);
      return href === null ? children : html`<a href=${href} title=${node.title ?? nothing} part="link">${children}</a>`;
    }
    default:
      return nothing;
  }
}

/**
 * Renders inline nodes (text, em, strong, code, links, line breaks) as Lit template values.
 *
 * @param children - inline nodes from a reader.
 * @returns an array usable as a child binding.
 */
export function renderInline(children: RichInline[]): unknown {
  if (!Array.isArray(children)) return nothing;
  // The common case, plain text, binds as one text node: no array, no extra parts or markers.
  return slots(children.map(renderNode));
}

function renderBlock(block: RichBlock): unknown {
  if (block.type === 'paragraph') return html`<p>${renderInline(block.children)}</p>`;
  if (block.type !== 'list') return nothing;
  const items = slots(block.items.map((item) => html`<li>${renderInline(item)}</li>`));
  if (!block.ordered) return html`<ul>${items}</ul>`;
  return html`<ol start=${block.start === 1 ? nothing : block.start}>${items}</ol>`;
}

/**
 * Renders rich text as `<p>`, `<ul>`/`<ol start>`, `<li>`, `<em>`, `<strong>`,
 * `<code>`, `<br>` and `<a href title? part="link">`. A single paragraph still renders a `<p>`.
 *
 * @param source - rich text in `format` (Markdown by default), or blocks from a reader.
 * @param format - the content's `format`: `html` reads a string with the HTML reader.
 */
export function renderRichText(source: string | RichBlock[], format?: RichTextFormat): unknown {
  const blocks = typeof source === 'string' ? readRichText(source, format) : Array.isArray(source) ? source : [];
  return slots(blocks.map(renderBlock));
}
