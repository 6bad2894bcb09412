/**
 * Blocks: the article's lines grouped into headings, paragraphs, list items, pipe tables and other blocks (code,
 * thematic breaks), each with its line numbers. In `text` syntax every line is a block of its own; in `markdown`
 * a paragraph or a list item runs on until a blank line or the start of another block.
 */
import type { TableColumnAlign } from '../components/cooperation-table/cooperation-table.content.js';
import type { ExtractSyntax } from './types.js';
import { atxHeading, fence, isThematicBreak, listItem, setextLevel, type SourceLine } from './lines.js';
import { delimiterRow, hasPipe, splitRow } from './table-rows.js';

interface BlockBase {
  /** First line (1-based). */
  line: number;
  /** Last line. */
  endLine: number;
  /** The block's lines, trimmed, as written (a list item's first line with its marker). */
  lines: string[];
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  level: number;
  /** The heading's text, as written. */
  text: string;
  /** Written as a heading (`#`, setext), rather than guessed from a short line on its own. */
  marked: boolean;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
}

export interface ItemBlock extends BlockBase {
  kind: 'item';
  ordered: boolean;
  /** The item's text without its marker; continuation lines joined with `\n`. */
  text: string;
}

export interface TableRow {
  line: number;
  cells: string[];
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  header: string[];
  aligns: (TableColumnAlign | undefined)[];
  rows: TableRow[];
}

export interface OtherBlock extends BlockBase {
  kind: 'other';
}

export type Block = HeadingBlock | ParagraphBlock | ItemBlock | TableBlock | OtherBlock;

/** Where a pipe table starts: a row with a pipe, then a delimiter row with as many cells. */
function tableStart(lines: readonly SourceLine[], i: number): (TableColumnAlign | undefined)[] | null {
  const head = lines[i];
  const next = lines[i + 1];
  if (!head || !next || !hasPipe(head.text)) return null;
  const aligns = delimiterRow(next.text);
  return aligns && aligns.length === splitRow(head.text).length ? aligns : null;
}

/** True when line `i` starts a block (or is a setext underline) that ends a paragraph or a list item's lines. */
function interrupts(lines: readonly SourceLine[], i: number): boolean {
  const { text } = lines[i]!;
  return text === '' || setextLevel(text) !== null || atxHeading(text) !== null || fence(text) !== null || listItem(text) !== null || isThematicBreak(text) || tableStart(lines, i) !== null;
}

const span = (from: SourceLine, to: SourceLine, lines: string[]): BlockBase => ({ line: from.number, endLine: to.number, lines });

/** Reads one block starting at line `i` (not blank); returns it and the index after it. */
function readBlock(lines: readonly SourceLine[], i: number, syntax: ExtractSyntax): [Block, number] {
  const first = lines[i]!;
  const opening = fence(first.text);
  if (opening) {
    let j = i + 1;
    while (j < lines.length && !lines[j]!.text.startsWith(opening)) j++;
    const last = Math.min(j, lines.length - 1);
    return [{ kind: 'other', ...span(first, lines[last]!, lines.slice(i, last + 1).map((l) => l.text)) }, last + 1];
  }
  const aligns = tableStart(lines, i);
  if (aligns) {
    const rows: TableRow[] = [];
    let j = i + 2;
    while (j < lines.length && lines[j]!.text !== '' && hasPipe(lines[j]!.text)) {
      rows.push({ line: lines[j]!.number, cells: splitRow(lines[j]!.text) });
      j++;
    }
    const block: TableBlock = { kind: 'table', ...span(first, lines[j - 1]!, lines.slice(i, j).map((l) => l.text)), header: splitRow(first.text), aligns, rows };
    return [block, j];
  }
  const heading = atxHeading(first.text);
  if (heading) return [{ kind: 'heading', ...span(first, first, [first.text]), level: heading.level, text: heading.text, marked: true }, i + 1];
  if (isThematicBreak(first.text)) return [{ kind: 'other', ...span(first, first, [first.text]) }, i + 1];
  // In text syntax a line is a block; in Markdown, lines run on until a blank line or another block.
  let j = i + 1;
  if (syntax === 'markdown') while (j < lines.length && !interrupts(lines, j)) j++;
  const own = lines.slice(i, j);
  const texts = own.map((l) => l.text);
  const item = listItem(first.text);
  if (item) return [{ kind: 'item', ...span(first, own.at(-1)!, texts), ordered: item.ordered, text: [item.text, ...texts.slice(1)].join('\n') }, j];
  const underline = syntax === 'markdown' && j < lines.length ? setextLevel(lines[j]!.text) : null;
  if (underline) {
    const heading: HeadingBlock = { kind: 'heading', ...span(first, lines[j]!, texts), level: underline, text: texts.join(' '), marked: true };
    return [heading, j + 1];
  }
  return [{ kind: 'paragraph', ...span(first, own.at(-1)!, texts) }, j];
}

/** The article's blocks, in order. */
export function readBlocks(lines: readonly SourceLine[], syntax: ExtractSyntax): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.text === '') {
      i++;
      continue;
    }
    const [block, next] = readBlock(lines, i, syntax);
    blocks.push(block);
    i = next;
  }
  return blocks;
}
