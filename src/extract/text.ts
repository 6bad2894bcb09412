/**
 * Small text helpers shared by the section readers: labels (`Myth:`, `**Q:**`), wrappers around a whole text
 * (`**bold**`, quotes), and rich text built from blocks exactly as written. Nothing here adds a word: a wrapper
 * or a label is structure, and only structure is removed.
 */
import type { Block } from './blocks.js';

const WRAPPERS = ['**', '__', '*', '_'] as const;

/** The emphasis run (`**`, `__`, `*`, `_`) that `text` starts with at `at`, or ''. */
function wrapperAt(text: string, at: number): string {
  return WRAPPERS.find((w) => text.startsWith(w, at)) ?? '';
}

/** A line that starts with a label: the label (lower case), its case as written, and the text after it. */
export interface Label {
  label: string;
  written: string;
  rest: string;
}

/**
 * Reads a label from the start of `text`: `Label:`, `**Label:**`, `**Label**:` (also with `__`, `*`, `_`), with an
 * optional number (`Q1:`, `Myth 2:`), when the label (a word, lower-cased) is one of `labels`. The colon may be
 * followed by text or nothing.
 */
export function labelAt(text: string, labels: ReadonlySet<string>): Label | null {
  const open = wrapperAt(text, 0);
  let i = open.length;
  const start = i;
  while (i < text.length && i - start <= 16 && /[\p{L}]/u.test(text[i]!)) i++;
  const written = text.slice(start, i);
  const label = written.toLowerCase();
  if (!labels.has(label)) return null;
  // A number after the label (`Q1:`, `Myth 2:`, `Myth #2:`) belongs to it.
  let j = i;
  while (j < text.length && j - i < 8 && (text[j] === ' ' || text[j] === '\t')) j++;
  if (text[j] === '#') j++;
  const digits = j;
  while (j < text.length && j - digits < 3 && text[j]! >= '0' && text[j]! <= '9') j++;
  if (j > digits) i = j;
  let rest = text.slice(i);
  if (open && rest.startsWith(`${open}:`)) rest = rest.slice(open.length + 1);
  else if (rest.startsWith(':')) rest = rest.slice(open && rest.startsWith(`:${open}`) ? open.length + 1 : 1);
  else return null;
  rest = rest.trim();
  // `**Myth: the whole claim**`: the wrapper closes after the text.
  if (open && rest.endsWith(open) && !rest.slice(0, -open.length).includes(open)) rest = rest.slice(0, -open.length).trim();
  return { label, written, rest };
}

/**
 * `text` without an emphasis wrapper around all of it (`**Why?**`, `__Why__?`, `*Title*`), else `text`.
 * A `?` right after the closing wrapper stays.
 */
export function unwrapEmphasis(text: string): string {
  const wrapper = wrapperAt(text, 0);
  if (!wrapper) return text;
  const tail = text.endsWith(`${wrapper}?`) ? '?' : '';
  const end = text.length - tail.length - wrapper.length;
  if (end <= wrapper.length || !text.startsWith(wrapper, end)) return text;
  const inner = text.slice(wrapper.length, end);
  if (inner.includes(wrapper) || inner.trim() !== inner) return text;
  return inner + tail;
}

/** True when the whole text is wrapped in `**...**` or `__...__` (a bold line). */
export function isBoldLine(text: string): boolean {
  return (text.startsWith('**') || text.startsWith('__')) && unwrapEmphasis(text) !== text;
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»', '„': '“', '‚': '‘', '‹': '›', '「': '」' };

/** `text` without quotation marks around all of it (`“Europe is too far away.”`), else `text`. */
export function unwrapQuotes(text: string): string {
  const close = QUOTE_PAIRS[text[0] ?? ''];
  if (!close || text.length < 3 || !text.endsWith(close)) return text;
  const inner = text.slice(1, -1);
  return inner.includes(close) || inner.includes(text[0]!) || inner.trim() === '' ? text : inner.trim();
}

/** Plain text from source lines: one line, as written (continuation lines joined with a space). */
export function plainText(lines: readonly string[]): string {
  return lines.join(' ').trim();
}

/**
 * Rich text (the components' Markdown subset) from blocks, as written: paragraphs separated by a blank line,
 * list items one per line. Tables and other blocks are not rich text and are skipped by the callers.
 */
export function richText(blocks: readonly Pick<Block, 'kind' | 'lines'>[]): string {
  let out = '';
  let previous = '';
  for (const block of blocks) {
    const text = block.lines.join('\n').trim();
    if (!text) continue;
    if (out) out += previous === 'item' && block.kind === 'item' ? '\n' : '\n\n';
    out += text;
    previous = block.kind;
  }
  return out;
}

/** True when `text` has a sentence break inside (`word. Next`): more than one sentence. */
export function hasSentenceBreak(text: string): boolean {
  for (let i = 0; i < text.length - 2; i++) {
    if ((text[i] === '.' || text[i] === '!' || text[i] === '?') && text[i + 1] === ' ' && text[i + 2] !== ' ') return true;
  }
  return false;
}

/** True when the text ends a sentence or a clause: `.`, `!`, `?`, `:`, `;`, `,`, `…`, also before a closing quote. */
export function endsWithPunctuation(text: string): boolean {
  let end = text.length;
  while (end > 0 && '”’"\'»)]*_'.includes(text[end - 1]!)) end--;
  return end > 0 && '.!?:;,…'.includes(text[end - 1]!);
}
