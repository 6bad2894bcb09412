/**
 * HTML to the rich-text AST: the walk over a parsed HTML tree that every HTML reader shares (the browser's own parser
 * in `html-reader-dom.ts`, parse5 on Node in `html-reader-node.ts`), so that all of them give the same blocks.
 * Pure: the tree is reached through a {@link HtmlTree} adapter; no DOM, no Lit.
 *
 * What survives is the subset the Markdown reader gives: `p`, `div` and `section` (and every other block-level
 * element, whose tag goes) are paragraphs; `br` a line break; `strong`/`b`, `em`/`i`, `code`; `a` with an `href`
 * that passes {@link safeUrl} (and its `title`); `ul`/`ol`/`li` lists. Every other element loses its tag and keeps
 * its text, except `script`, `style`, `template`, `iframe`, `object`, `embed`, `noscript`, `svg` and `math`,
 * whose content goes too. No other attribute is read. White space collapses as a browser shows it.
 *
 * The AST has no nested lists: a list inside a list item continues the outer list (its items follow the item
 * they were in, and a numbered list inside a bulleted one is bulleted). A block inside a list item (`<li><p>`) is
 * a line break in the item. Formatting open around a block (`<b>x<p>y</p>z</b>`) continues in every paragraph.
 * The walk keeps its own stack (no recursion: parse5 builds trees of any depth); formatting deeper than 16 levels
 * keeps its text without more wrappers.
 */
import type { RichBlock, RichInline } from './ast.js';
import { safeUrl } from './url-policy.js';

/** How the walk reads a parsed tree (a DOM, parse5's default tree). */
export interface HtmlTree<N> {
  /** An element's lower-case local name, `#text` for a text node; any other name starting with `#` is skipped. */
  name(node: N): string;
  /** A text node's text. */
  text(node: N): string;
  /** An element's attribute value, or null. */
  attr(node: N, name: string): string | null;
  /** The child nodes, in order (a `template`'s content is not among them). */
  children(node: N): ArrayLike<N>;
}

/** Elements dropped with their content. */
const DROPPED: ReadonlySet<string> = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math']);

/** Block-level elements: each starts and ends a paragraph (or a line, inside a list item). */
const BLOCKS: ReadonlySet<string> = new Set(
  ('p div section address article aside blockquote center details dialog dd dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main nav pre search summary table caption thead tbody tfoot tr ' +
    'td th listing xmp plaintext').split(' '),
);

const FORMATS: Readonly<Record<string, 'em' | 'strong' | 'code'>> = { em: 'em', i: 'em', strong: 'strong', b: 'strong', code: 'code' };

/** Deeper em/strong/code/link nesting keeps its text without more wrappers (as the Markdown reader does). */
const MAX_NESTING = 16;

type Container = Extract<RichInline, { children: RichInline[] }>;
type Code = Extract<RichInline, { type: 'code' }>;
type ListBlock = Extract<RichBlock, { type: 'list' }>;

/** An open formatting element; its AST node is made when content first reaches it (so empty ones leave nothing). */
interface Frame {
  kind: 'em' | 'strong' | 'code' | 'link';
  make(): Container | Code;
  node?: Container | Code | undefined;
}

/** Merges adjacent text nodes and drops empty nodes, at every level. */
function tidy(nodes: readonly RichInline[]): RichInline[] {
  const out: RichInline[] = [];
  for (const node of nodes) {
    if ('children' in node) {
      node.children = tidy(node.children);
      if (node.children.length === 0) continue;
    } else if ('value' in node && node.value === '') continue;
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else if (node.type === 'break' && last?.type === 'text') {
      // No space is left before a line break.
      last.value = last.value.replace(/ $/, '');
      out.push(node);
    } else out.push(node);
  }
  return out;
}

/** Drops line breaks and spaces at the start (or end) of `nodes`, descending into the first (or last) node. */
function trimEdge(nodes: RichInline[], end: boolean): RichInline[] {
  for (let node; (node = nodes[end ? nodes.length - 1 : 0]); ) {
    if (node.type === 'text') node.value = end ? node.value.replace(/ $/, '') : node.value.replace(/^ /, '');
    else if ('children' in node) trimEdge(node.children, end);
    if (node.type !== 'break' && ('children' in node ? node.children.length : node.value)) break;
    if (end) nodes.pop();
    else nodes.shift();
  }
  return nodes;
}

/** Collects blocks as the walk enters and leaves elements and meets text. */
class Builder {
  readonly blocks: RichBlock[] = [];
  /** The inline content of the paragraph or list item being read. */
  #run: RichInline[] = [];
  /** Open formatting elements, outermost first; a `code` frame is always the innermost. */
  readonly #frames: Frame[] = [];
  /** The list block being filled while `#lists` > 0 (nested lists add to it). */
  #list: ListBlock | undefined;
  #lists = 0;
  /** Open `li` elements inside lists: a block boundary there is a line break, not a new item. */
  #items = 0;
  /** Open `pre` elements: their line feeds are line breaks. */
  #pre = 0;
  /** At the start of a run, after a break or after a space: a space here is not written. */
  #space = true;

  /** The children array that inline nodes go into: the innermost open frame's (except a code frame), made as needed. */
  #children(): RichInline[] {
    let children = this.#run;
    for (const frame of this.#frames) {
      if (frame.kind === 'code') break;
      if (!frame.node) children.push((frame.node = frame.make()));
      children = (frame.node as Container).children;
    }
    return children;
  }

  /** The open `code` frame, if any (always the innermost). */
  #code(): Frame | undefined {
    const innermost = this.#frames.at(-1);
    return innermost?.kind === 'code' ? innermost : undefined;
  }

  #write(value: string): void {
    const children = this.#children();
    const code = this.#code();
    if (code) {
      if (!code.node) children.push((code.node = code.make()));
      (code.node as Code).value += value;
    } else {
      const last = children.at(-1);
      if (last?.type === 'text') last.value += value;
      else children.push({ type: 'text', value });
    }
    this.#space = value.endsWith(' ');
  }

  text(raw: string): void {
    raw.split('\n').forEach((line, i) => {
      if (i > 0 && this.#pre > 0) this.lineBreak();
      const value = (i > 0 && this.#pre === 0 ? ` ${line}` : line).replace(/[\t\f\r ]+/g, ' ');
      const shown = this.#space && value.startsWith(' ') ? value.slice(1) : value;
      if (shown) this.#write(shown);
    });
  }

  /** A line break; an open `code` ends at it and goes on after it. */
  lineBreak(): void {
    if (this.#run.length === 0) return;
    const children = this.#children();
    const code = this.#code();
    if (code) code.node = undefined;
    children.push({ type: 'break' });
    this.#space = true;
  }

  /** Ends the paragraph or list item being read, keeping it when it has content. */
  endRun(): void {
    const inline = trimEdge(trimEdge(tidy(this.#run), false), true);
    if (inline.length > 0) {
      if (this.#list) this.#list.items.push(inline);
      else this.blocks.push({ type: 'paragraph', children: inline });
    }
    this.#run = [];
    this.#space = true;
    for (const frame of this.#frames) frame.node = undefined;
  }

  /** A block element starts or ends: a new paragraph, or inside a list item a new line. */
  #boundary(): void {
    if (this.#items > 0) {
      if (this.#run.length > 0 && this.#children().at(-1)?.type !== 'break') this.lineBreak();
    } else this.endRun();
  }

  /** Opens a formatting frame, unless too deep, inside code, or a link inside a link; returns how to close it. */
  #open(kind: Frame['kind'], make: Frame['make']): (() => void) | undefined {
    const frames = this.#frames;
    if (frames.length >= MAX_NESTING || this.#code() || (kind === 'link' && frames.some((f) => f.kind === 'link'))) return undefined;
    frames.push({ kind, make });
    return () => void frames.pop();
  }

  /** The walk enters an element: returns what to do when it leaves it, if anything. */
  enter(name: string, attr: (name: string) => string | null): (() => void) | undefined {
    if (name === 'br') this.lineBreak();
    else if (name === 'ul' || name === 'ol') {
      this.endRun();
      if (this.#lists++ === 0) this.#list = { type: 'list', ordered: name === 'ol', start: 1, items: [] };
      const items = this.#items;
      this.#items = 0;
      return () => {
        this.endRun();
        this.#items = items;
        if (--this.#lists > 0) return;
        if (this.#list!.items.length > 0) this.blocks.push(this.#list!);
        this.#list = undefined;
      };
    } else if (name === 'li' && this.#lists > 0) {
      this.endRun();
      this.#items++;
      return () => {
        this.endRun();
        this.#items--;
      };
    } else if (BLOCKS.has(name)) {
      this.#boundary();
      if (name === 'pre') this.#pre++;
      return () => {
        if (name === 'pre') this.#pre--;
        this.#boundary();
      };
    } else if (name === 'a') {
      const href = safeUrl(attr('href') ?? '');
      const title = attr('title');
      if (href !== null) return this.#open('link', () => (title ? { type: 'link', href, title, children: [] } : { type: 'link', href, children: [] }));
    } else {
      const format = FORMATS[name];
      if (format) return this.#open(format, () => (format === 'code' ? { type: 'code', value: '' } : { type: format, children: [] }));
    }
    return undefined;
  }
}

/**
 * Reads a parsed HTML tree into rich-text blocks: every child of `root` in document order (for a whole document,
 * pass its `html` element: the text of a `<title>` the parser moved into the head is kept like any other).
 */
export function htmlToBlocks<N>(tree: HtmlTree<N>, root: N): RichBlock[] {
  const builder = new Builder();
  const stack: { kids: ArrayLike<N>; i: number; exit?: (() => void) | undefined }[] = [{ kids: tree.children(root), i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.kids.length) {
      stack.pop();
      top.exit?.();
      continue;
    }
    const node = top.kids[top.i++]!;
    const name = tree.name(node);
    if (name === '#text') builder.text(tree.text(node));
    else if (!name.startsWith('#') && !DROPPED.has(name)) {
      stack.push({ kids: tree.children(node), i: 0, exit: builder.enter(name, (attr) => tree.attr(node, attr)) });
    }
  }
  builder.endRun();
  return builder.blocks;
}

/**
 * The HTML source that makes a parser read `text` as text only: every `<` escaped (so no tag, comment or markup
 * forms), after a `<body>` start tag (so leading white space is kept). The parser then decodes the character
 * references (`&#8217;`, `&amp;`, `&nbsp;`) as it would in an element's text, and the body's text is the result.
 */
export function textOnlySource(text: string): string {
  return `<body>${text.replaceAll('<', '&lt;')}`;
}
