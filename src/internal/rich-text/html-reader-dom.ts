/**
 * The browser's HTML reader: the browser's own parser, in an inert document.
 *
 * `DOMParser.parseFromString(html, 'text/html')` builds a document that has no browsing context: its scripts never
 * run, its images and other resources are never fetched, its event handlers never fire, and it is never adopted into
 * the page (tested in Chromium, Firefox and WebKit). The walk in `html-tree.ts` reads it into the rich-text AST,
 * which the components render through Lit templates: no HTML from content ever reaches a live node.
 *
 * `parseFromString` is a Trusted Types sink, so the HTML goes through the package's one policy, `explainer-elements`
 * (`internal/trusted-types.ts`), asked for on the first HTML read only. Where the page's CSP refuses that policy the
 * reader is unavailable and says so (a string), and HTML content shows that error; Markdown content is unaffected.
 * (Chromium checks inline event handlers and styles against the page's CSP as its parser meets them, even here, and
 * reports those it refuses: see SECURITY.md.)
 */
import { NO_HTML_PARSER, hasHtmlReader, setHtmlReader, type HtmlReader } from './html-reader.js';
import { htmlToBlocks, textOnlySource, type HtmlTree } from './html-tree.js';
import { POLICY_NAME, explainerPolicy, type ExplainerPolicy } from '../trusted-types.js';

/** The DOM as a tree for the walk. */
const DOM_TREE: HtmlTree<Node> = {
  name: (node) => (node.nodeType === 1 ? (node as Element).localName : node.nodeType === 3 ? '#text' : '#other'),
  text: (node) => (node as Text).data,
  attr: (node, name) => (node as Element).getAttribute(name),
  children: (node) => node.childNodes,
};

let reader: HtmlReader | undefined;

/**
 * The one place HTML from content is parsed in a browser: into a new inert document, through the Trusted Types
 * policy. The document is read and dropped; nothing of it is inserted anywhere.
 */
function parseInert(policy: ExplainerPolicy, html: string): Document {
  return new DOMParser().parseFromString(policy.createHTML(html), 'text/html');
}

/** The browser's reader, or why there is none here (no `DOMParser`, or the Trusted Types policy refused). */
export function domHtmlReader(): HtmlReader | string {
  if (reader) return reader;
  if (typeof DOMParser !== 'function') return NO_HTML_PARSER;
  const policy = explainerPolicy();
  if (!policy) return `HTML content needs the Trusted Types policy "${POLICY_NAME}": allow it in the page's trusted-types directive (trusted-types lit-html ${POLICY_NAME})`;
  return (reader = {
    blocks: (html) => htmlToBlocks(DOM_TREE, parseInert(policy, html).documentElement),
    text: (html) => parseInert(policy, textOnlySource(html)).body.textContent ?? '',
  });
}

/** Installs the browser's reader, unless a reader is installed already (parse5 on Node stays). */
export function useDomHtmlReader(): void {
  if (!hasHtmlReader()) setHtmlReader(domHtmlReader);
}
