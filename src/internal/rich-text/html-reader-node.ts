/**
 * The HTML reader for Node: parse5, a spec-compliant HTML parser, builds the same tree a browser's parser builds
 * (scripting off, as in the browser's inert `DOMParser` document), and the walk in `html-tree.ts` reads it. Node entry
 * points install it with {@link useNodeHtmlReader}: `validate.js` and `structured-data.js` (their Node builds), the
 * CLI, and server rendering. Never imported by a browser entry: parse5 stays out of every browser bundle.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { htmlToBlocks, textOnlySource, type HtmlTree } from './html-tree.js';
import { setHtmlReader, type HtmlReader } from './html-reader.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const PARSE5_TREE: HtmlTree<Node> = {
  name: (node) => ('tagName' in node ? node.tagName : node.nodeName === '#text' ? '#text' : '#other'),
  text: (node) => (node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : ''),
  attr: (node, name) => (node as Element).attrs.find((a) => a.name === name && !a.namespace)?.value ?? null,
  children: (node) => ('childNodes' in node ? node.childNodes : []),
};

/** The document's `html` element (parse5 always makes one). */
function documentElement(html: string): Element {
  const doc = parse(html, { scriptingEnabled: false });
  return doc.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'html')!;
}

/** The text of every text node under `node`, in order. */
function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

/** The parse5 reader. */
export const nodeHtmlReader: HtmlReader = {
  blocks: (html) => htmlToBlocks(PARSE5_TREE, documentElement(html)),
  text: (html) => {
    const body = documentElement(textOnlySource(html)).childNodes.find((node) => node.nodeName === 'body');
    return body ? textContent(body) : '';
  },
};

const source = (): HtmlReader => nodeHtmlReader;

/** Installs the parse5 reader for every later read (idempotent). */
export function useNodeHtmlReader(): void {
  setHtmlReader(source);
}
