/**
 * Renders the rich-text AST as Lit templates. Every piece of content goes in
 * through a text binding and every href through an attribute binding: no HTML
 * string is ever built, so nothing in the content can become markup or script.
 */
import { html, nothing } from 'lit';
import { parseRichText, type RichBlock, type RichInline } from './markdown.js';
import { safeUrl } from './url-policy.js';

function renderNode(node: RichInline): unknown {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'code':
      return html`<code>${node.value}</code>`;
    case 'em':
      return html`<em>${renderInline(node.children)}</em>`;
    case 'strong':
      return html`<strong>${renderInline(node.children)}</strong>`;
    case 'link': {
      // Blocks may come from elsewhere than parseRichText: check the href again.
      const href = safeUrl(node.href);
      const children = renderInline(node.children);
      return href === null ? children : html`<a href=${href} part="link">${children}</a>`;
    }
    default:
      return nothing;
  }
}

/**
 * Renders inline nodes (text, em, strong, code, links) as Lit template values.
 *
 * @param children - inline nodes from {@link parseRichText}.
 * @returns an array usable as a child binding.
 */
export function renderInline(children: RichInline[]): unknown {
  if (!Array.isArray(children)) return nothing;
  // The common case, plain text, binds as one text node: no array, no extra parts or markers.
  if (children.length === 1) return renderNode(children[0]!);
  return children.map(renderNode);
}

function renderBlock(block: RichBlock): unknown {
  if (block.type === 'paragraph') return html`<p>${renderInline(block.children)}</p>`;
  if (block.type !== 'list') return nothing;
  const items = block.items.map((item) => html`<li>${renderInline(item)}</li>`);
  if (!block.ordered) return html`<ul>${items}</ul>`;
  return html`<ol start=${block.start === 1 ? nothing : block.start}>${items}</ol>`;
}

/**
 * Renders rich text as `<p>`, `<ul>`/`<ol start>`, `<li>`, `<em>`, `<strong>`,
 * `<code>` and `<a href part="link">`. A single paragraph still renders a `<p>`.
 *
 * @param source - Markdown-subset text, or blocks from {@link parseRichText}.
 */
export function renderRichText(source: string | RichBlock[]): unknown {
  const blocks = typeof source === 'string' ? parseRichText(source) : Array.isArray(source) ? source : [];
  return blocks.length === 1 ? renderBlock(blocks[0]!) : blocks.map(renderBlock);
}
