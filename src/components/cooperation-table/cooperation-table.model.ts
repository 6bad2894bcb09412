import { parseRichText, renderInline, renderRichText, toPlainText } from '../../internal/rich-text/index.js';
import type { CooperationTableContent, TableColumn } from './cooperation-table.content.js';
import { ColumnOrder, type SortState } from './cooperation-table.sort.js';

/** Text that may hold Markdown of the rich-text subset; anything else renders as the plain string it is. */
const MARKDOWN = /[\\`*_[\]\r\n]|^[ \t]*(?:[-+]|\d{1,9}[.)])[ \t]/;

/** Folds case and diacritics for filtering (`Ä` finds `a`). */
export function searchFold(text: string, locale: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}

/**
 * What the table renders, computed once per content: each cell's display value (the string itself, or
 * templates for cells that hold Markdown), its plain text (for CSV and filtering), and, on first use, each
 * column's sort order and each row's search text. Sorting and filtering then only reorder row indices.
 */
export class TableModel {
  readonly columns: readonly TableColumn[];
  readonly rowCount: number;
  /** `display[row][column]`: a string (bound as text) or a template. */
  readonly display: unknown[][];
  /** `plain[row][column]`: the cell as plain text. */
  readonly plain: string[][];
  private readonly orders = new Map<string, ColumnOrder>();
  private search: { locale: string; texts: string[] } | undefined;

  constructor(content: CooperationTableContent) {
    this.columns = content.columns;
    this.rowCount = content.rows.length;
    this.display = [];
    this.plain = [];
    for (const row of content.rows) {
      const display: unknown[] = [];
      const plain: string[] = [];
      for (const column of this.columns) {
        const value = (Object.hasOwn(row, column.key) ? row[column.key] : undefined) ?? '';
        if (MARKDOWN.test(value)) {
          const blocks = parseRichText(value);
          const only = blocks.length === 1 ? blocks[0]! : undefined;
          // A single paragraph renders inline, without a <p>, so cells stay compact.
          display.push(only?.type === 'paragraph' ? renderInline(only.children) : renderRichText(blocks));
          plain.push(toPlainText(blocks));
        } else {
          display.push(value);
          plain.push(value.trim());
        }
      }
      this.display.push(display);
      this.plain.push(plain);
    }
  }

  /** The index of the column `key`, or -1. */
  columnIndex(key: string): number {
    return this.columns.findIndex((c) => c.key === key);
  }

  /**
   * Row indices as shown: sorted by `sort` (stable; original order when null), then only the rows whose text
   * contains `query` (ignoring case and diacritics) when there is one.
   */
  view(sort: SortState | null, query: string, locale: string): readonly number[] {
    const index = sort ? this.columnIndex(sort.key) : -1;
    let order: readonly number[];
    if (index < 0) order = Array.from({ length: this.rowCount }, (_, i) => i);
    else order = this.columnOrder(index, locale).order(sort!.direction);
    const needle = searchFold(query.trim(), locale);
    if (needle === '') return order;
    const texts = this.searchTexts(locale);
    return order.filter((i) => texts[i]!.includes(needle));
  }

  private columnOrder(index: number, locale: string): ColumnOrder {
    const cacheKey = `${index}\u0000${locale}`;
    let order = this.orders.get(cacheKey);
    if (!order) {
      const column = this.columns[index]!;
      order = new ColumnOrder(
        this.plain.map((cells) => cells[index]!),
        column.type ?? 'text',
        locale,
      );
      this.orders.set(cacheKey, order);
    }
    return order;
  }

  private searchTexts(locale: string): string[] {
    if (this.search?.locale !== locale) {
      this.search = { locale, texts: this.plain.map((cells) => searchFold(cells.join('\n'), locale)) };
    }
    return this.search.texts;
  }
}
