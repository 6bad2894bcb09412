/**
 * A small, documented Markdown subset for untrusted content, parsed into a plain
 * AST (no DOM, no Lit: runs in Node too).
 *
 * Supported: paragraphs separated by blank lines (single newlines become a
 * space); `*em*`/`_em_`; `**strong**`/`__strong__`; `` `code` ``; `[text](url)`
 * links (the URL must pass {@link safeUrl}, otherwise the whole source stays
 * text); bullet lists (`- `, `* `, `+ `) and numbered lists (`1. `, `1) `);
 * backslash escapes of ASCII punctuation. Everything else (HTML, headings,
 * images, autolinks) stays literal text.
 *
 * Emphasis uses a simplified delimiter algorithm (flanking rules, no CommonMark "rule of 3") that stays
 * linear on hostile input.
 */
import type { RichBlock, RichInline } from './ast.js';
import { parseInline } from './inline.js';

export type { RichBlock, RichInline } from './ast.js';

/** Strips leading and trailing spaces and tabs. */
function stripBlank(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(start, end);
}

interface ListItemStart {
  ordered: boolean;
  start: number;
  text: string;
}

/** Matches `- x`, `* x`, `+ x`, `1. x` or `1) x` on a line already stripped of blanks. */
function matchListItem(line: string): ListItemStart | null {
  const m = /^(?:[-*+]|(\d{1,9})[.)])[ \t]+(.*)$/.exec(line);
  return m && { ordered: !!m[1], start: m[1] ? Number.parseInt(m[1], 10) : 1, text: m[2]! };
}

interface OpenList {
  ordered: boolean;
  start: number;
  items: string[][];
}

/**
 * Parses the rich-text subset into blocks. Never throws on string input;
 * an empty (or non-string) source gives `[]`.
 *
 * A bullet list may interrupt a paragraph; a numbered list only when it starts
 * at 1. Lines that follow a list item without a blank line continue that item.
 *
 * @param source - untrusted Markdown-subset text.
 * @returns paragraphs and lists, with every link href already passed through `safeUrl`.
 */
export function parseRichText(source: string): RichBlock[] {
  if (typeof source !== 'string' || source === '') return [];
  const blocks: RichBlock[] = [];
  /** The paragraph's lines so far, joined by a space. */
  let paragraph: string | null = null;
  let list: OpenList | null = null;
  let blankInList = false;

  const closeParagraph = (): void => {
    if (paragraph !== null) blocks.push({ type: 'paragraph', children: parseInline(paragraph) });
    paragraph = null;
  };
  const closeList = (): void => {
    if (list) {
      const items = list.items.map((lines) => parseInline(lines.join(' ')));
      blocks.push({ type: 'list', ordered: list.ordered, start: list.start, items });
    }
    list = null;
  };

  for (const raw of source.split(/\r\n?|\n/)) {
    const line = stripBlank(raw);
    if (line === '') {
      closeParagraph();
      blankInList = list !== null;
      continue;
    }
    const item = matchListItem(line);
    const current: OpenList | null = list;
    if (current) {
      if (item && item.ordered === current.ordered) {
        current.items.push([item.text]);
        blankInList = false;
        continue;
      }
      if (!item && (!blankInList || raw[0] == ' ' || raw[0] == '\t')) {
        current.items[current.items.length - 1]!.push(line);
        blankInList = false;
        continue;
      }
      closeList();
    }
    if (item && (paragraph === null || !item.ordered || item.start === 1)) {
      closeParagraph();
      list = { ordered: item.ordered, start: item.start, items: [[item.text]] };
      blankInList = false;
      continue;
    }
    paragraph = paragraph === null ? line : `${paragraph} ${line}`;
  }
  closeParagraph();
  closeList();
  return blocks;
}

function inlineText(nodes: RichInline[]): string {
  let out = '';
  for (const node of nodes) {
    out += node.type === 'break' ? '\n' : 'value' in node ? node.value : inlineText(node.children);
  }
  return out;
}

/**
 * The text of rich content without any markup (for `aria-label`s, search
 * indexes, structured data). Blocks are joined by a blank line, list items and
 * line breaks by a newline; link text is kept, URLs are dropped.
 *
 * @param source - Markdown-subset text, or blocks from {@link parseRichText}.
 */
export function toPlainText(source: string | RichBlock[]): string {
  const blocks = typeof source === 'string' ? parseRichText(source) : Array.isArray(source) ? source : [];
  return blocks
    .map((block) =>
      block.type === 'paragraph' ? inlineText(block.children) : block.items.map(inlineText).join('\n'),
    )
    .join('\n\n');
}
