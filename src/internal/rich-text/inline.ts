/**
 * Inline parsing of the Markdown subset: `*em*`, `_em_`, `**strong**`, `__strong__`, `` `code` ``,
 * `[text](url)` links and backslash escapes of ASCII punctuation. Everything else is literal text.
 *
 * One left-to-right pass over the text. Openers (`*`/`_` runs, `[`, `![`) are pushed on a stack; a
 * closer pairs with the nearest live opener of its kind and wraps everything after that opener's
 * marker, which ends the openers above it (their markers stay literal). That is a simplification
 * of CommonMark's delimiter algorithm (no "rule of 3"), with the usual flanking rules (intraword `_`
 * neither opens nor closes). Links whose URL fails {@link safeUrl}, and images, stay their source
 * text; links do not nest.
 *
 * Hostile input stays roughly linear: dead openers are dropped lazily, once a search for a closing
 * backtick run has reached the end the later runs are known (so failing searches are O(1)), and
 * link destination scans never overlap. Nothing recurses.
 *
 * Page loads parse before the code is optimised, so the common cases avoid per-character loops: a
 * text without any markup character is one text node, and runs of plain text and simple link
 * destinations are each found by one regex match.
 */
import type { RichInline } from './ast.js';
import { safeUrl } from './url-policy.js';

type Text = Extract<RichInline, { type: 'text' }>;

/** An opener waiting for its closer. */
interface Frame {
  /** Kind: `*`, `_`, or `[` (also for `![`). */
  k: string;
  /** Delimiters of the run still unused (0 for brackets). */
  n: number;
  /** Index in the stack: the nesting depth of what it would wrap. */
  d: number;
  /** Index of the marker node in the output. */
  i: number;
  /** Source position of the marker. */
  p: number;
  /** The marker node (emptied as delimiters are used). */
  t: Text;
  /** The frame of the same kind pushed before this one (maybe dead by now). */
  b: Frame | undefined;
}

/** Deeper em/strong/link nesting is flattened to its content. */
const MAX_NESTING = 16;
/** Longest link destination considered, and most nested parentheses inside one. */
const MAX_DESTINATION = 2048;
const MAX_PARENS = 32;
const PUNCT = /[!-/:-@[-`{-~]/;
const BACKTICKS = /`+/g;
/** Characters that can start markup: a text without any is one text node (`]` and `!` need a `[`). */
const MARKUP = /[\\`*_[]/;
/** The next character where plain text may end. */
const SPECIAL = /[\\`*_[\]!]/g;
/** A destination of at most MAX_DESTINATION characters, none of them whitespace, `(`, `)`, `\` or `]`: taken as is. */
const SIMPLE_DESTINATION = /\(([^\s()\\\]]{0,2048})\)/y;

/** 2: whitespace (or the text edge), 1: Unicode punctuation or symbol, 0: anything else. */
const kind = (ch: string | undefined): number => (!ch || /\s/.test(ch) ? 2 : +/[\p{P}\p{S}]/u.test(ch));

const textNode = (value: string): Text => ({ type: 'text', value });

/** Merges adjacent text nodes and drops empty ones. */
function merge(nodes: RichInline[]): RichInline[] {
  const out: RichInline[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type != 'text') out.push(node);
    else if (last?.type == 'text') last.value += node.value;
    else if (node.value) out.push(node);
  }
  return out;
}

/**
 * Parses one paragraph's (or list item's) inline content. Never throws; roughly linear time.
 *
 * @param s - untrusted Markdown-subset text.
 * @returns inline nodes, with no two text nodes in a row and every link href passed through `safeUrl`.
 */
export function parseInline(s: string): RichInline[] {
  if (!MARKUP.test(s)) return s ? [textNode(s)] : [];
  const out: RichInline[] = [];
  const stack: Frame[] = [];
  /** The most recent frame of each kind; dead ones are skipped lazily by `live`. */
  const top: Record<string, Frame | undefined> = {};
  /**
   * Where the last backtick run of each length seen so far starts. Once a search for a closing run
   * has reached the end (`complete`), this lists every run further on, so failing searches are O(1).
   */
  const runs: Record<number, number> = {};
  let complete = false;
  /** Where the last `](` is: a `[` after it can never become a link, so emphasis may cross it. */
  const lastLink = s.lastIndexOf('](');
  let j = 0;

  const text = (value: string): number => out.push(textNode(value));
  /** The nearest frame of kind `k` still on the stack. */
  const live = (k: string): Frame | undefined => {
    let f = top[k];
    while (f && stack[f.d] != f) f = f.b;
    return (top[k] = f);
  };
  /** Pushes a frame whose marker is the source from `p` to `j`. */
  const open = (k: string, n: number, p: number): void => {
    const t = textNode(s.slice(p, j));
    stack.push((top[k] = { k, n, d: stack.length, i: out.push(t) - 1, p, t, b: top[k] }));
  };
  /** Ends `f` (if used up) and the frames above it, wrapping in `node` what follows its marker. */
  const close = (f: Frame, node: Extract<RichInline, { children: RichInline[] }>): void => {
    stack.length = f.d + (f.n ? 1 : 0);
    f.t.value = f.k.repeat(f.n);
    if (f.d < MAX_NESTING) {
      node.children = merge(out.splice(f.i + 1));
      out.push(node);
    }
  };
  /**
   * Parses `(destination)` at `j`: on success moves `j` past it and returns the URL. Titles and
   * `<...>` are not supported. A destination never contains `](`, so successive scans do not overlap.
   */
  const destination = (): string | undefined => {
    if (s[j] != '(') return;
    SIMPLE_DESTINATION.lastIndex = j;
    const simple = SIMPLE_DESTINATION.exec(s);
    if (simple) {
      j = SIMPLE_DESTINATION.lastIndex;
      return simple[1];
    }
    let q = j;
    let d = 0;
    for (let c; (c = s[++q]) != ')' || d--; ) {
      if (!c || (c == ']' && s[q + 1] == '(') || q - j > MAX_DESTINATION || d > MAX_PARENS) return;
      if (c == '\\' && PUNCT.test(s.charAt(q + 1))) q++;
      else if (c == '(') d++;
    }
    const url = s.slice(j + 1, q).trim();
    if (/\s/.test(url)) return;
    j = q + 1;
    return url.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  };

  for (let i = 0; i < s.length; i = j) {
    const c = s[i];
    j = i + 1;
    if (c == '\\' && PUNCT.test(s.charAt(j))) text(s.charAt(j++));
    else if (c == '`') {
      while (s[j] == '`') j++;
      const n = j - i;
      let m: RegExpExecArray | null = null;
      if (!complete || (runs[n] ?? -1) >= j) {
        BACKTICKS.lastIndex = j;
        while ((m = BACKTICKS.exec(s)) && (complete || (runs[m[0].length] = m.index)) && m[0].length != n);
        complete ||= !m;
      }
      if (!m) text(s.slice(i, j));
      else {
        // One space is stripped from both ends, unless the content is only spaces.
        out.push({ type: 'code', value: s.slice(j, m.index).replace(/^ (?=.*[^ ])(.*) $/s, '$1') });
        j = m.index + n;
      }
    } else if (c == '*' || c == '_') {
      while (s[j] == c) j++;
      const before = kind([...s.substring(i - 2, i)].pop());
      const after = kind([...s.slice(j, j + 2)][0]);
      const left = after < 2 && (!after || before > 0);
      const right = before < 2 && (!before || after > 0);
      let n = j - i;
      if (c == '*' ? right : right && (!left || after == 1)) {
        // Pair with the nearest opener of the same kind, but not across a `[` that may still become a link.
        for (let f; n && (f = live(c)) && !(lastLink > i && (live('[') ?? f).d > f.d); ) {
          const use = n > 1 && f.n > 1 ? 2 : 1;
          n -= use;
          f.n -= use;
          close(f, { type: use > 1 ? 'strong' : 'em', children: [] });
        }
      }
      if (n && (c == '*' ? left : left && (!right || before == 1))) open(c, n, j - n);
      else text(s.slice(j - n, j));
    } else if (c == '[' || (c == '!' && s[j] == '[')) {
      if (c == '!') j++;
      open('[', 0, i);
    } else if (c == ']') {
      const f = live('[');
      const url = f && destination();
      if (!f || url == null) {
        if (f) top['['] = f.b;
        text(c);
      } else {
        const href = s[f.p] != '!' && safeUrl(url);
        if (!href) {
          // Images and refused links are not links: their whole source stays text.
          stack.length = f.d;
          out.splice(f.i);
          text(s.slice(f.p, j));
        } else {
          if (out.length == f.i + 1) text(href);
          close(f, { type: 'link', href, children: [] });
          // No links inside links: the brackets before this one can no longer form one.
          top['['] = undefined;
        }
      }
    } else {
      SPECIAL.lastIndex = j;
      j = SPECIAL.test(s) ? SPECIAL.lastIndex - 1 : s.length;
      text(s.slice(i, j));
    }
  }
  return merge(out);
}
