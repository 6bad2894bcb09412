import { safeUrl } from '../../src/internal/rich-text/url-policy.js';

/**
 * Structural checks on a component's rendered DOM, for the XSS tests: which elements, attributes and URLs exist.
 * Every check returns readable problems (empty when all is well) instead of throwing, so one run lists them all.
 */

/** Elements no component renders itself: any of them in a render root came from content. */
export const FORBIDDEN_TAGS: ReadonlySet<string> = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'meta', 'link', 'style',
  'img', 'image', 'video', 'audio', 'source', 'track', 'picture', 'math', 'template', 'noscript', 'dialog',
  'marquee', 'isindex', 'textarea', 'xmp', 'plaintext', 'portal', 'fencedframe', 'foreignobject', 'foreignObject',
  'animate', 'animatetransform', 'animateTransform', 'set', 'use', 'body', 'html', 'head', 'title',
]);

/** What the rich-text subset may add to a component's own markup. */
export const RICH_TEXT_TAGS: readonly string[] = ['p', 'ul', 'ol', 'li', 'em', 'strong', 'code', 'a', 'br'];

/** Drawing elements the components' own (decorative) icons use. */
const SVG_SHAPES: ReadonlySet<string> = new Set(['svg', 'path', 'circle', 'rect', 'g', 'line', 'polyline', 'polygon', 'ellipse']);

/** Attributes that hold a URL a browser may navigate to, fetch or run. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'cite', 'longdesc',
  'codebase', 'srcset', 'manifest', 'icon', 'dynsrc', 'lowsrc',
]);

/** Attributes that hold id references; each must point inside the same render root. */
const IDREF_ATTRIBUTES: readonly string[] = ['for', 'aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'list'];

/** Every element under `root`, descending into open shadow roots too. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/**
 * An independent check of a URL, not using the project's policy: what the browser's own URL parser makes of it
 * (the scheme a click would use), plus a plain scheme test after the clean-up the URL standard applies.
 */
export function browserSafeUrl(value: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(value, 'https://base.example/dir/page').protocol;
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'mailto:'].includes(protocol)) return false;
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  return scheme === undefined || /^(https?|mailto)$/i.test(scheme);
}

function describe(el: Element): string {
  const part = el.getAttribute('part');
  return `<${el.localName}${part ? ` part="${part}"` : ''}>`;
}

/**
 * Audits a render root: no forbidden element, nothing outside `allowedTags`, SVG only as decorative icons, no
 * event-handler attribute, every URL attribute safe by the project's policy and by the browser's parser, no
 * `url()` or script in inline styles, every id made by the component (never from content) and every id reference
 * resolving inside the root.
 */
export function auditRoot(root: ShadowRoot, allowedTags: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const tag = root.host.localName;
  const ids = new Set<string>();
  const elements = allElements(root);
  for (const el of elements) {
    const name = el.localName;
    if (FORBIDDEN_TAGS.has(name)) problems.push(`forbidden element ${describe(el)}`);
    else if (!allowedTags.has(name)) problems.push(`unexpected element ${describe(el)}`);
    if (el.namespaceURI === 'http://www.w3.org/2000/svg') {
      if (!SVG_SHAPES.has(name)) problems.push(`unexpected SVG element ${describe(el)}`);
      const svg = name === 'svg' ? el : el.closest('svg');
      if (svg?.getAttribute('aria-hidden') !== 'true') problems.push(`an SVG that is not a decorative icon: ${describe(el)}`);
    }
    for (const attr of el.getAttributeNames()) {
      const value = el.getAttribute(attr) ?? '';
      const lower = attr.toLowerCase();
      if (lower === 'srcdoc') problems.push(`srcdoc attribute on ${describe(el)}`);
      if (lower.startsWith('on')) problems.push(`event-handler attribute ${attr}="${value.slice(0, 80)}" on ${describe(el)}`);
      if (URL_ATTRIBUTES.has(lower)) {
        if (safeUrl(value) === null) problems.push(`${attr}="${value.slice(0, 80)}" on ${describe(el)} fails the URL policy`);
        if (!browserSafeUrl(value)) problems.push(`${attr}="${value.slice(0, 80)}" on ${describe(el)} is not http(s), mailto or relative`);
      }
      if (lower === 'style' && /url\s*\(|expression|javascript|@import|behavior/i.test(value)) problems.push(`unsafe style "${value.slice(0, 80)}" on ${describe(el)}`);
      if (lower === 'id') {
        ids.add(value);
        if (!value.startsWith(`${tag}-`) || !/^[a-z0-9-]+$/.test(value)) problems.push(`id "${value.slice(0, 80)}" on ${describe(el)} is not a generated id`);
      }
    }
  }
  for (const el of elements) {
    for (const attr of IDREF_ATTRIBUTES) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      for (const ref of value.split(/\s+/).filter(Boolean)) {
        if (!ids.has(ref)) problems.push(`${attr}="${value.slice(0, 80)}" on ${describe(el)} points outside the render root`);
      }
    }
  }
  return problems;
}

/** The tag names present under `root` (for the allow-list taken from a render of benign content). */
export function tagNames(root: ParentNode): Set<string> {
  return new Set(allElements(root).map((el) => el.localName));
}

/** Words (letters and digits) of a text, in order. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when every word of `needle` appears in `haystack`, in order (other words may come between). */
export function wordsInOrder(needle: string, haystack: string): boolean {
  const want = words(needle);
  const have = words(haystack);
  let i = 0;
  for (const word of have) {
    if (i < want.length && word === want[i]) i += 1;
  }
  return i === want.length;
}

/** Text content with every white-space character removed. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** Text of `el`, leaving out the descendants that match `exclude`. */
export function textOf(el: Element, exclude?: string): string {
  if (!exclude) return el.textContent ?? '';
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += node.nodeValue ?? '';
    else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(exclude)) return;
    node.childNodes.forEach(walk);
  };
  walk(el);
  return out;
}
