import { formatExactNumber } from '../../internal/intl.js';
import { readRichText, renderInline, renderRichText, toPlainText } from '../../internal/rich-text/index.js';
import type { CooperationTableContent, TableColumn } from './cooperation-table.content.js';
import { ColumnOrder, type SortState } from './cooperation-table.sort.js';

/** Text that may hold Markdown of the rich-text subset; anything else renders as the plain string it is. */
const MARKDOWN = /[\\`*_[\]\r\n]|^[ \t]*(?:[-+]|\d{1,9}[.)])[ \t]/;
/** Text that may read differently as HTML: markup, character references, NUL, white space to collapse. */
const HTML = /[<&\0\t\n\f\r]| {2}|^ | $/;

/** Folds case and diacritics for filtering (`Ä` finds `a`). */
export function searchFold(text: string, locale: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}

/**
 * What the table renders, computed once per content: each cell's display value (the string itself, templates for
 * cells that hold Markdown, or HTML with `format: "html"`, or a number, formatted per locale by `cells()`) and its
 * plain value (text, or the number: for CSV, sorting and filtering); on first use per locale, each column's sort
 * order and each row's search text. Sorting and filtering then only reorder row indices.
 */
export class TableModel {
  readonly columns: readonly TableColumn[];
  /** `display[row][column]`: a string (bound as text), a template, or a number. */
  readonly display: unknown[][];
  /** `plain[row][column]`: the cell as plain text, or its number. */
  readonly plain: (string | number)[][] = [];
  /** Per column: whether it holds numbers and, apart from empty cells, nothing else. */
  readonly numeric: readonly boolean[];
  #locale = '';
  #orders: ColumnOrder[] = [];
  #search: string[] | undefined;

  constructor({ columns, rows, format }: CooperationTableContent) {
    this.columns = columns;
    const rich = format === 'html' ? HTML : MARKDOWN;
    this.display = rows.map((row) => {
      const plain: (string | number)[] = [];
      this.plain.push(plain);
      return columns.map(({ key, type }) => {
        // `??`, not `||`: 0 is a number to show.
        const value = (Object.hasOwn(row, key) ? row[key] : null) ?? '';
        if (typeof value === 'number') {
          plain.push(value);
          // In a date column a number is a year: shown as written.
          return type === 'date' ? String(value) : value;
        }
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
    // 1: a number seen, 2: text seen.
    this.numeric = columns.map((_, j) => this.plain.reduce((seen: number, cells) => seen | (typeof cells[j] === 'number' ? 1 : cells[j] ? 2 : 0), 0) === 1);
  }

  /** Row `i`'s display values, numbers in the locale's format. */
  cells(i: number, locale: string): unknown[] {
    return this.display[i]!.map((value) => (typeof value === 'number' ? formatExactNumber(value, locale) : value));
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
    // A number matches as shown ("1,234.5") and as written ("1234.5").
    const texts = (this.#search ??= this.plain.map((cells) =>
      searchFold(cells.map((v) => (typeof v === 'number' ? `${v}\n${formatExactNumber(v, locale)}` : v)).join('\n'), locale),
    ));
    return order.filter((i) => texts[i]!.includes(needle));
  }
}
