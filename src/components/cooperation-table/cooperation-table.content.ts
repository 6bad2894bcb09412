import type { RichTextFormat } from '../../internal/rich-text/ast.js';
import { contentText } from '../../internal/content/format.js';
import {
  ErrorCollector,
  describe,
  expectRootObject,
  definedFields,
  joinPath,
  validateList,
  type ContentError,
  type JsonObject,
  type ValidationResult,
} from '../../internal/content/validation.js';

/** How a column's values sort: `text` (default, locale- and number-aware), `number` or `date` (ISO 8601). */
export type TableColumnType = 'text' | 'number' | 'date';

/** Alignment of a column's cells (logical: `start` is left in left-to-right text). */
export type TableColumnAlign = 'start' | 'center' | 'end';

/** One column of the table. */
export interface TableColumn {
  /** The key of this column's values in every row; unique within the table. */
  key: string;
  /** The column header, as plain text (with `format: "html"`, character references are decoded and tags show as text). */
  label: string;
  /** This column's cells are the row headers (`<th scope="row">`); at most one column. */
  rowHeader?: boolean;
  /** Offers sorting by this column (`false` opts out even when the element has `sortable`). */
  sortable?: boolean;
  /**
   * Cell alignment. Default: `end` when `type` is `number`, or when there is no `type` and every cell that is not
   * empty is a number (as spreadsheets align numbers); else `start`.
   */
  align?: TableColumnAlign;
  /**
   * Drives sorting. Default: `text`, where number cells sort by value before the text cells. In a `number` column,
   * text cells are read as numbers leniently (`"1,200 %"`); in a `date` column, a number is a year.
   */
  type?: TableColumnType;
}

/**
 * One cell: text in the rich-text subset (Markdown, or HTML with `format: "html"`); a finite number, shown in the
 * locale's number format (`1234567.5` is "1,234,567.5" in English, "1.234.567,5" in German; every decimal kept),
 * sorted by value and exported to CSV as written (`-2.25`); or `null`, an empty cell. In a `date` column a number is
 * shown as written (a year: `2024`).
 */
export type TableCell = string | number | null;

/** One row: a cell per column key. A missing key renders an empty cell. */
export type TableRow = Record<string, TableCell>;

/** Content of `<cooperation-table>`. */
export interface CooperationTableContent {
  /**
   * How the rich-text fields (cells, `notes`) are written: `markdown` (default) or `html` (read by an HTML parser into
   * the same subset; plain-text fields then have character references decoded).
   */
  format?: RichTextFormat;
  /** Heading above the table, as plain text. */
  title?: string;
  /** The table's caption, as plain text (the title is used when there is none). */
  caption?: string;
  /** The columns, in order. */
  columns: TableColumn[];
  /** The rows, in their original order. */
  rows: TableRow[];
  /** Notes below the table: one text or a list of texts, each in the rich-text subset. */
  notes?: string | string[];
}

function validateNotes(raw: unknown, errors: ContentError[]): string | string[] | undefined {
  if (raw === undefined || raw === null || typeof raw === 'string') return raw ?? undefined;
  if (!Array.isArray(raw)) {
    errors.push({ path: 'notes', message: `expected a string or a list of strings, got ${describe(raw)}` });
    return undefined;
  }
  return raw.filter((note: unknown, i): note is string => {
    if (typeof note !== 'string') errors.push({ path: joinPath('notes', i), message: `expected a string, got ${describe(note)}` });
    return typeof note === 'string';
  });
}

/**
 * Validates `<cooperation-table>` content. A bad column (missing key or label, duplicate key, a second row-header
 * column) or a bad row (not an object, a cell that is not a string, a finite number or null) is dropped and
 * reported; the rest renders. Cells of keys that are not columns are ignored.
 */
export function validateCooperationTableContent(raw: unknown): ValidationResult<CooperationTableContent> {
  const errors: ContentError[] = [];
  if (!expectRootObject(raw, errors)) return { value: null, errors };
  const text = contentText(raw, errors);
  if (!text) return { value: null, errors };
  const root = new ErrorCollector(text);
  const title = root.optionalPlain(raw, 'title', '');
  const caption = root.optionalPlain(raw, 'caption', '');
  errors.push(...root.errors);
  const keys = new Set<string>();
  let rowHeaderTaken = false;
  const columns = validateList(
    raw.columns,
    'columns',
    (item, path, e): TableColumn => {
      const obj = item as JsonObject;
      const column = definedFields<TableColumn>({
        key: e.requiredString(obj, 'key', path),
        label: e.requiredPlain(obj, 'label', path),
        rowHeader: e.optionalBoolean(obj, 'rowHeader', path),
        sortable: e.optionalBoolean(obj, 'sortable', path),
        align: e.optionalEnum(obj, 'align', path, ['start', 'center', 'end']),
        type: e.optionalEnum(obj, 'type', path, ['text', 'number', 'date']),
      });
      if (!e.ok) return column;
      if (keys.has(column.key)) e.add(joinPath(path, 'key'), `duplicates the key "${column.key}"`);
      else if (column.rowHeader && rowHeaderTaken) e.add(joinPath(path, 'rowHeader'), 'only one column can hold the row headers');
      else {
        keys.add(column.key);
        rowHeaderTaken ||= column.rowHeader === true;
      }
      return column;
    },
    errors,
    text,
  );
  if (!columns) return { value: null, errors };
  const rows = validateList(
    raw.rows,
    'rows',
    (item, path, e): TableRow => {
      const obj = item as JsonObject;
      const cells: [string, string | number][] = [];
      for (const { key } of columns) {
        // Own keys only: a column may be keyed "constructor" or "__proto__" like any other.
        const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
        // NaN and ±Infinity cannot come from JSON, but can from `data`: named in the message.
        if (typeof value === 'string' || Number.isFinite(value)) cells.push([key, value as string | number]);
        else if (value !== undefined && value !== null)
          e.add(joinPath(path, key), `expected a string, a finite number or null, got ${typeof value === 'number' ? value : describe(value)}`);
      }
      // Object.fromEntries defines each key as an own property, "__proto__" too.
      return Object.fromEntries(cells);
    },
    errors,
    text,
  );
  const notes = validateNotes(raw.notes, errors);
  if (!rows) return { value: null, errors };
  const format = text.format === 'html' ? text.format : undefined;
  return { value: definedFields({ title, caption, columns, rows, notes, format }), errors };
}
