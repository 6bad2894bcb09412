/**
 * Inline parsing of the Markdown subset: emphasis, strong, code spans, links and backslash escapes.
 * Emphasis follows the CommonMark delimiter rules, with the "openers bottom" optimisation, so parsing stays
 * roughly linear on hostile input. Links whose URL fails {@link safeUrl} stay text.
 */
import { safeUrl } from './url-policy.js';
import type { RichInline } from './ast.js';

/** Deeper em/strong/link nesting is flattened to its text. */
const MAX_NESTING = 16;
/** Longest link destination considered (keeps `[a](b[a](b...` linear). */
const MAX_DESTINATION = 2048;
/** Most nested parentheses inside a link destination (as in CommonMark). */
const MAX_PARENS = 32;

const SPECIAL = new Set(['\\', '`', '*', '_', '[', ']', '!']);
const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;
const UNICODE_PUNCT = /^[\p{P}\p{S}]/u;
const WHITESPACE = /^\s/;

type NodeKind = 'text' | 'code' | 'em' | 'strong' | 'link';

/** Working inline node: a doubly linked list at the top level, arrays inside containers. */
interface Node {
  kind: NodeKind;
  value: string;
  href: string;
  kids: Node[];
  prev: Node | null;
  next: Node | null;
}

/** A run of `*` or `_` that may open or close emphasis. */
interface Delim {
  node: Node;
  char: string;
  count: number;
  length: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delim | null;
  next: Delim | null;
}

/** A `[` or `![` waiting for its `]`. */
interface Bracket {
  node: Node;
  pos: number;
  image: boolean;
  index: number;
  delimBelow: Delim | null;
  prev: Bracket | null;
}

function makeNode(kind: NodeKind, value = '', kids: Node[] = []): Node {
  return { kind, value, href: '', kids, prev: null, next: null };
}

function isAsciiPunct(ch: string): boolean {
  return ASCII_PUNCT.test(ch);
}

/** The (possibly astral) character ending just before `i`; '' at the start. */
function charBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1] ?? '';
}

/** The (possibly astral) character starting at `i`; '' at the end. */
function charAt(s: string, i: number): string {
  const code = s.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Parses `(destination)` at `start`; titles and `<...>` destinations are not part of the subset. */
function parseDestination(
  s: string,
  start: number,
  lastParen: number,
): { url: string; end: number } | null {
  if (s[start] !== '(' || start >= lastParen) return null;
  const n = s.length;
  let i = start + 1;
  while (s[i] === ' ' || s[i] === '\t') i++;
  const from = i;
  let url = '';
  let segment = i;
  let depth = 0;
  while (i < n) {
    if (i - from > MAX_DESTINATION) return null;
    const c = s[i];
    if (c === '\\' && i + 1 < n && isAsciiPunct(s[i + 1]!)) {
      url += s.slice(segment, i) + s[i + 1];
      i += 2;
      segment = i;
      continue;
    }
    if (c === ' ' || c === '\t') break;
    if (c === '(') {
      if (++depth > MAX_PARENS) return null;
    } else if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
    i++;
  }
  url += s.slice(segment, i);
  while (s[i] === ' ' || s[i] === '\t') i++;
  if (s[i] !== ')' || depth !== 0) return null;
  return { url, end: i + 1 };
}

/** Text of a subtree, without recursion (used past {@link MAX_NESTING}). */
function flatText(root: Node): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.kind === 'text' || node.kind === 'code') out += node.value;
    else for (let k = node.kids.length - 1; k >= 0; k--) stack.push(node.kids[k]!);
  }
  return out;
}

/** Converts working nodes to the public AST, merging adjacent text. */
function toInlines(nodes: Iterable<Node>, depth: number): RichInline[] {
  const out: RichInline[] = [];
  const pushText = (value: string): void => {
    if (value === '') return;
    const last = out[out.length - 1];
    if (last !== undefined && last.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  };
  for (const node of nodes) {
    if (node.kind === 'text') pushText(node.value);
    else if (node.kind === 'code') out.push({ type: 'code', value: node.value });
    else if (depth >= MAX_NESTING) pushText(flatText(node));
    else if (node.kind === 'link') {
      out.push({ type: 'link', href: node.href, children: toInlines(node.kids, depth + 1) });
    } else out.push({ type: node.kind, children: toInlines(node.kids, depth + 1) });
  }
  return out;
}

/** One paragraph's (or list item's) inline content. */
class InlineParser {
  private head: Node | null = null;
  private tail: Node | null = null;
  private delimTop: Delim | null = null;
  private bracketTop: Bracket | null = null;
  private bracketCount = 0;
  private inactiveBelow = 0;
  private buf = '';
  private runs: Map<number, number[]> | null = null;
  private readonly runPointer = new Map<number, number>();
  private readonly lastParen: number;

  constructor(private readonly s: string) {
    this.lastParen = s.lastIndexOf(')');
  }

  parse(): RichInline[] {
    const s = this.s;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = s[i];
      if (c === '\\') {
        const next = s[i + 1];
        const escaped = next !== undefined && isAsciiPunct(next);
        this.buf += escaped ? next : '\\';
        i += escaped ? 2 : 1;
      } else if (c === '`') {
        i = this.codeSpan(i);
      } else if (c === '*' || c === '_') {
        i = this.delimiterRun(i, c);
      } else if (c === '[' || (c === '!' && s[i + 1] === '[')) {
        this.pushBracket(i, c === '!');
        i += c === '!' ? 2 : 1;
      } else if (c === ']') {
        i = this.closeBracket(i);
      } else {
        let j = i + 1;
        while (j < n && !SPECIAL.has(s[j]!)) j++;
        this.buf += s.slice(i, j);
        i = j;
      }
    }
    this.flush();
    this.processEmphasis(null);
    const top: Node[] = [];
    for (let node = this.head; node; node = node.next) top.push(node);
    return toInlines(top, 0);
  }

  private append(node: Node): Node {
    node.prev = this.tail;
    node.next = null;
    if (this.tail) this.tail.next = node;
    else this.head = node;
    this.tail = node;
    return node;
  }

  private flush(): void {
    if (this.buf !== '') this.append(makeNode('text', this.buf));
    this.buf = '';
  }

  private removeNode(node: Node): void {
    if (node.prev) node.prev.next = node.next;
    else this.head = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.tail = node.prev;
  }

  private removeDelim(d: Delim): void {
    if (d.prev) d.prev.next = d.next;
    if (d.next) d.next.prev = d.prev;
    else this.delimTop = d.prev;
  }

  /** Drops `from.node` and everything after it, with the delimiters above the bracket. */
  private truncate(from: Bracket): Node[] {
    const dropped: Node[] = [];
    for (let node = from.node.next; node; node = node.next) dropped.push(node);
    this.tail = from.node.prev;
    if (this.tail) this.tail.next = null;
    else this.head = null;
    this.delimTop = from.delimBelow;
    if (this.delimTop) this.delimTop.next = null;
    return dropped;
  }

  /** Start index of the next backtick run of exactly `length` at or after `from`, or -1. */
  private findCloser(length: number, from: number): number {
    if (!this.runs) {
      const runs = new Map<number, number[]>();
      const s = this.s;
      for (let i = 0; i < s.length; ) {
        if (s[i] !== '`') {
          i++;
          continue;
        }
        let j = i;
        while (s[j] === '`') j++;
        const list = runs.get(j - i) ?? [];
        list.push(i);
        runs.set(j - i, list);
        i = j;
      }
      this.runs = runs;
    }
    const starts = this.runs.get(length);
    if (!starts) return -1;
    let p = this.runPointer.get(length) ?? 0;
    while (p < starts.length && starts[p]! < from) p++;
    this.runPointer.set(length, p);
    return p < starts.length ? starts[p]! : -1;
  }

  private codeSpan(i: number): number {
    const s = this.s;
    let j = i;
    while (s[j] === '`') j++;
    const length = j - i;
    const closer = this.findCloser(length, j);
    if (closer === -1) {
      this.buf += s.slice(i, j);
      return j;
    }
    let content = s.slice(j, closer);
    if (content.length >= 2 && content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content)) {
      content = content.slice(1, -1);
    }
    this.flush();
    this.append(makeNode('code', content));
    return closer + length;
  }

  private delimiterRun(i: number, char: string): number {
    const s = this.s;
    let j = i;
    while (s[j] === char) j++;
    const before = charBefore(s, i);
    const after = charAt(s, j);
    const spaceBefore = before === '' || WHITESPACE.test(before);
    const spaceAfter = after === '' || WHITESPACE.test(after);
    const punctBefore = UNICODE_PUNCT.test(before);
    const punctAfter = UNICODE_PUNCT.test(after);
    const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
    const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
    const canOpen = char === '*' ? left : left && (!right || punctBefore);
    const canClose = char === '*' ? right : right && (!left || punctAfter);
    this.flush();
    const node = this.append(makeNode('text', s.slice(i, j)));
    if (canOpen || canClose) {
      const delim: Delim = {
        node,
        char,
        count: j - i,
        length: j - i,
        canOpen,
        canClose,
        prev: this.delimTop,
        next: null,
      };
      if (this.delimTop) this.delimTop.next = delim;
      this.delimTop = delim;
    }
    return j;
  }

  private pushBracket(pos: number, image: boolean): void {
    this.flush();
    this.bracketTop = {
      node: this.append(makeNode('text', image ? '![' : '[')),
      pos,
      image,
      index: this.bracketCount++,
      delimBelow: this.delimTop,
      prev: this.bracketTop,
    };
  }

  private closeBracket(i: number): number {
    const opener = this.bracketTop;
    if (!opener) {
      this.buf += ']';
      return i + 1;
    }
    this.bracketTop = opener.prev;
    const active = opener.image || opener.index >= this.inactiveBelow;
    const dest = active ? parseDestination(this.s, i + 1, this.lastParen) : null;
    if (!dest) {
      this.buf += ']';
      return i + 1;
    }
    this.flush();
    const href = opener.image ? null : safeUrl(dest.url);
    if (href === null) {
      // Images and refused links are not links: their whole source stays text.
      this.truncate(opener);
      this.append(makeNode('text', this.s.slice(opener.pos, dest.end)));
      return dest.end;
    }
    this.processEmphasis(opener.delimBelow);
    const kids = this.truncate(opener);
    if (kids.length === 0) kids.push(makeNode('text', href));
    const link = makeNode('link', '', kids);
    link.href = href;
    this.append(link);
    // No links inside links: earlier `[` openers can no longer form one.
    this.inactiveBelow = Math.max(this.inactiveBelow, opener.index);
    return dest.end;
  }

  /** Wraps the nodes strictly between `open` and `close` in a new em/strong node. */
  private wrap(open: Node, close: Node, kind: 'em' | 'strong'): void {
    const kids: Node[] = [];
    for (let node = open.next; node && node !== close; node = node.next) kids.push(node);
    const container = makeNode(kind, '', kids);
    open.next = container;
    container.prev = open;
    container.next = close;
    close.prev = container;
  }

  /** CommonMark "process emphasis" over the delimiters above `bottom`. */
  private processEmphasis(bottom: Delim | null): void {
    const openersBottom = new Map<string, Delim | null>();
    let closer: Delim | null = null;
    for (let d = this.delimTop; d && d !== bottom; d = d.prev) closer = d;
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.length % 3}`;
      const floor = openersBottom.has(key) ? openersBottom.get(key) : bottom;
      let opener = closer.prev;
      while (opener && opener !== bottom && opener !== floor) {
        if (opener.char === closer.char && opener.canOpen && !this.oddMatch(opener, closer)) break;
        opener = opener.prev;
      }
      if (opener && opener !== bottom && opener !== floor) {
        const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
        opener.count -= use;
        closer.count -= use;
        opener.node.value = opener.char.repeat(opener.count);
        closer.node.value = closer.char.repeat(closer.count);
        this.wrap(opener.node, closer.node, use === 2 ? 'strong' : 'em');
        opener.next = closer;
        closer.prev = opener;
        if (opener.count === 0) {
          this.removeNode(opener.node);
          this.removeDelim(opener);
        }
        if (closer.count === 0) {
          const next: Delim | null = closer.next;
          this.removeNode(closer.node);
          this.removeDelim(closer);
          closer = next;
        }
      } else {
        openersBottom.set(key, closer.prev);
        const next: Delim | null = closer.next;
        if (!closer.canOpen) this.removeDelim(closer);
        closer = next;
      }
    }
    this.delimTop = bottom;
    if (bottom) bottom.next = null;
  }

  /** CommonMark's "rule of 3" for runs that can both open and close. */
  private oddMatch(opener: Delim, closer: Delim): boolean {
    return (
      (opener.canClose || closer.canOpen) &&
      (opener.length + closer.length) % 3 === 0 &&
      !(opener.length % 3 === 0 && closer.length % 3 === 0)
    );
  }
}

export function parseInline(text: string): RichInline[] {
  return new InlineParser(text).parse();
}
