import { readRichText, renderInline, renderRichText, toPlainText } from '../../internal/rich-text/index.js';
import type { CooperationTableContent, TableColumn } from './cooperation-table.content.js';
import { ColumnOrder, type SortState } from './cooperation-table.sort.js';

/** Text that may hold Markdown of the rich-text subset; anything else renders as the plain string it is. */
const MARKDOWN = /[\\`*_[\]\r\n]|^[ \t]*(?:[-+]|\d{1,9}[.)])[ \t]/;
/** Text that may read differently as HTML: markup, character references, white space to collapse. */
const HTML = /[<&\t\n\f\r]| {2}|^ | $/;

/** Folds case and diacritics for filtering (`Ä` finds `a`). */
export function searchFold(text: string, locale: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}

/**
 * What the table renders, computed once per content: each cell's display value (the string itself, or
 * templates for cells that hold Markdown, or HTML with `format: "html"`) and its plain text (for CSV, sorting and
 * filtering); on first use per locale, each column's sort order and each row's search text. Sorting and filtering
 * then only reorder row indices.
 */
export class TableModel {
  readonly columns: readonly TableColumn[];
  /** `display[row][column]`: a string (bound as text) or a template. */
  readonly display: unknown[][];
  /** `plain[row][column]`: the cell as plain text. */
  readonly plain: string[][] = [];
  #locale = '';
  #orders: ColumnOrder[] = [];
  #search: string[] | undefined;

  constructor({ columns, rows, format }: CooperationTableContent) {
    this.columns = columns;
    const rich = format === 'html' ? HTML : MARKDOWN;
    this.display = rows.map((row) => {
      const plain: string[] = [];
      this.plain.push(plain);
      return columns.map(({ key }) => {
        const value = (Object.hasOwn(row, key) && row[key]) || '';
        if (!rich.test(value)) {
          plain.push(value.trim());
          return value;
        }
        const blocks = readRichText(value, format);
        const [only] = blocks;
        plain.push(toPlainText(blocks));
        // A single paragraph renders inline, without a <p>, so cells stay compact.
        return blocks.length === 1 && only?.type === 'paragraph' ? renderInline(only.children) : renderRichText(blocks);
      });
    });
  }

  /**
   * Row indices as shown: sorted by `sort` (stable; original order when null), then only the rows whose text
   * contains `query` (ignoring case and diacritics) when there is one.
   */
  view(sort: SortState | null, query: string, locale: string): readonly number[] {
    if (locale !== this.#locale) {
      this.#locale = locale;
      this.#orders = [];
      this.#search = undefined;
    }
    const index = sort ? this.columns.findIndex((c) => c.key === sort.key) : -1;
    const order =
      index < 0
        ? this.plain.map((_, i) => i)
        : (this.#orders[index] ??= new ColumnOrder(
            this.plain.map((cells) => cells[index]!),
            this.columns[index]!.type,
            locale,
          )).order(sort!.direction);
    const needle = searchFold(query.trim(), locale);
    if (!needle) return order;
    const texts = (this.#search ??= this.plain.map((cells) => searchFold(cells.join('\n'), locale)));
    return order.filter((i) => texts[i]!.includes(needle));
  }
}
