/**
 * Pipe tables -> `<cooperation-table>` content. The header row gives the columns (the first one holds the row
 * headers), the nearest heading before the table its title, and a caption comes from a `Table:` or `Caption:`
 * line next to the table, or from a single short line between the heading and the table. `Source:` and `Note:`
 * lines right after the table become its notes.
 */
import type { CooperationTableContent, TableColumn, TableRow } from '../components/cooperation-table/cooperation-table.content.js';
import type { Block, HeadingBlock, TableBlock } from './blocks.js';
import type { Draft, ExtractContext } from './context.js';
import { CAPTION_LABELS, NOTE_LABELS } from './labels.js';
import { headingBefore, titleOf } from './sections.js';
import { SlugSet } from './slug.js';
import { hasSentenceBreak, labelAt, plainText, unwrapEmphasis } from './text.js';

/** Longest line read as a caption when it is not labelled `Table:`. */
const CAPTION_MAX = 160;

const isParagraph = (block: Block | undefined): block is Block => block?.kind === 'paragraph';

/** A `Table: ...` / `Caption: ...` paragraph, read without its label. */
function labelledCaption(block: Block | undefined): string | undefined {
  if (!isParagraph(block)) return undefined;
  const label = labelAt(plainText(block.lines), CAPTION_LABELS);
  return label?.rest || undefined;
}

/** The caption: a labelled line before or after the table, else the one short line under the table's heading. */
function captionOf(blocks: readonly Block[], index: number, headingIndex: number): { text: string; block: Block } | undefined {
  for (const block of [blocks[index - 1], blocks[index + 1]]) {
    const text = labelledCaption(block);
    if (text) return { text, block: block! };
  }
  const line = blocks[index - 1];
  if (headingIndex !== index - 2 || !isParagraph(line) || line.lines.length !== 1) return undefined;
  const text = unwrapEmphasis(line.lines[0]!);
  return text.length <= CAPTION_MAX && !hasSentenceBreak(text) ? { text, block: line } : undefined;
}

/** `Source:` / `Note:` paragraphs right after the table (and after a labelled caption there), as written. */
function notesAfter(blocks: readonly Block[], index: number): Block[] {
  const notes: Block[] = [];
  let i = index + 1;
  if (labelledCaption(blocks[i])) i++;
  for (let block = blocks[i]; isParagraph(block) && labelAt(unwrapEmphasis(block.lines[0]!), NOTE_LABELS); block = blocks[++i]) notes.push(block);
  return notes;
}

function columnsOf(table: TableBlock): TableColumn[] {
  const keys = new SlugSet();
  return table.header.map((label, i) => {
    const column: TableColumn = { key: keys.claim(label) ?? `column-${i + 1}`, label: unwrapEmphasis(label) };
    if (i === 0) column.rowHeader = true;
    const align = table.aligns[i];
    if (align) column.align = align;
    return column;
  });
}

function rowsOf(table: TableBlock, columns: readonly TableColumn[], context: ExtractContext): TableRow[] {
  return table.rows.map(({ line, cells }) => {
    if (cells.length < columns.length) {
      context.warn(line, `table row has ${cells.length} of ${columns.length} cells: the missing cells are left empty`);
    } else if (cells.length > columns.length) {
      context.warn(line, `table row has ${cells.length} cells for ${columns.length} columns: the extra cells are left out`);
    }
    // Own properties only, whatever the keys are called ("__proto__" too).
    return Object.fromEntries(columns.flatMap((column, i) => (cells[i] ? [[column.key, cells[i]]] : [])));
  });
}

/** Reads one table block (at `index`) into a draft, or warns and returns nothing. */
function readTable(blocks: readonly Block[], index: number, context: ExtractContext): Draft<'cooperation-table'> | undefined {
  const table = blocks[index] as TableBlock;
  const empty = table.header.findIndex((label) => unwrapEmphasis(label).trim() === '');
  if (empty >= 0) {
    context.warn(table.line, `table header cell ${empty + 1} is empty: a column needs a label, so the table is left out (give the column a name)`);
    return undefined;
  }
  if (table.rows.length === 0) {
    context.warn(table.line, 'table has a header but no rows: left out');
    return undefined;
  }
  const columns = columnsOf(table);
  const rows = rowsOf(table, columns, context);
  const headingIndex = headingBefore(blocks, index);
  const heading = headingIndex >= 0 ? (blocks[headingIndex] as HeadingBlock) : undefined;
  const caption = captionOf(blocks, index, headingIndex);
  const notes = notesAfter(blocks, index);
  const content: CooperationTableContent = {
    ...(heading ? { title: titleOf(heading) } : {}),
    ...(caption ? { caption: caption.text } : {}),
    columns,
    rows,
    ...(notes.length > 0 ? { notes: notes.map((note) => note.lines.join('\n')) } : {}),
  };
  if (!heading && !caption) context.warn(table.line, 'table has no heading before it and no caption: it is extracted without a title (add one in the JSON)');
  const last = Math.max(table.endLine, ...notes.map((n) => n.endLine), caption ? caption.block.endLine : 0);
  return { tag: 'cooperation-table', line: table.line, endLine: last, title: content.title, itemLines: table.rows.map((r) => r.line), content };
}

/** Every pipe table of the article, as `<cooperation-table>` drafts. */
export function extractTables(blocks: readonly Block[], context: ExtractContext): Draft<'cooperation-table'>[] {
  return blocks.flatMap((block, index) => (block.kind === 'table' ? (readTable(blocks, index, context) ?? []) : []));
}
