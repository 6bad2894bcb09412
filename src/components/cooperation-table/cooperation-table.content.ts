import {
  ErrorCollector,
  describe,
  expectRootObject,
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
  /** The column header, as plain text. */
  label: string;
  /** This column's cells are the row headers (`<th scope="row">`); at most one column. */
  rowHeader?: boolean;
  /** Offers sorting by this column (`false` opts out even when the element has `sortable`). */
  sortable?: boolean;
  /** Cell alignment. Default: `end` for numbers, else `start`. */
  align?: TableColumnAlign;
  /** Drives sorting. Default: `text`. */
  type?: TableColumnType;
}

/** One row: a value (in the rich-text subset) per column key. A missing key renders an empty cell. */
export type TableRow = Record<string, string>;

/** Content of `<cooperation-table>`. */
export interface CooperationTableContent {
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

const TYPES: readonly TableColumnType[] = ['text', 'number', 'date'];
const ALIGNS: readonly TableColumnAlign[] = ['start', 'center', 'end'];

function validateColumn(raw: unknown, path: string, errors: ErrorCollector, seen: Set<string>, rowHeader: { taken: boolean }): TableColumn {
  const obj = raw as JsonObject;
  const column: TableColumn = {
    key: errors.requiredString(obj, 'key', path),
    label: errors.requiredString(obj, 'label', path),
  };
  const isRowHeader = errors.optionalBoolean(obj, 'rowHeader', path);
  const sortable = errors.optionalBoolean(obj, 'sortable', path);
  const align = errors.optionalEnum(obj, 'align', path, ALIGNS);
  const type = errors.optionalEnum(obj, 'type', path, TYPES);
  if (sortable !== undefined) column.sortable = sortable;
  if (align !== undefined) column.align = align;
  if (type !== undefined) column.type = type;
  if (!errors.ok) return column;
  if (seen.has(column.key)) {
    errors.add(joinPath(path, 'key'), `duplicates the key "${column.key}"`);
    return column;
  }
  if (isRowHeader && rowHeader.taken) {
    errors.add(joinPath(path, 'rowHeader'), 'only one column can hold the row headers');
    return column;
  }
  seen.add(column.key);
  if (isRowHeader !== undefined) column.rowHeader = isRowHeader;
  if (isRowHeader) rowHeader.taken = true;
  return column;
}

function validateRow(raw: unknown, path: string, errors: ErrorCollector, columns: readonly TableColumn[]): TableRow {
  const obj = raw as JsonObject;
  const row: TableRow = {};
  for (const { key } of columns) {
    // Own keys only: a column may be keyed "constructor" or "__proto__" like any other.
    const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') Object.defineProperty(row, key, { value, enumerable: true, writable: true, configurable: true });
    else errors.add(joinPath(path, key), `expected a string, got ${describe(value)}`);
  }
  return row;
}

function validateNotes(raw: unknown, errors: ContentError[]): string | string[] | undefined {
  if (raw === undefined || raw === null || typeof raw === 'string') return raw ?? undefined;
  if (!Array.isArray(raw)) {
    errors.push({ path: 'notes', message: `expected a string or a list of strings, got ${describe(raw)}` });
    return undefined;
  }
  const notes: string[] = [];
  raw.forEach((note: unknown, i) => {
    if (typeof note === 'string') notes.push(note);
    else errors.push({ path: joinPath('notes', i), message: `expected a string, got ${describe(note)}` });
  });
  return notes;
}

/**
 * Validates `<cooperation-table>` content. A bad column (missing key or label, duplicate key, a second row-header
 * column) or a bad row (not an object, a cell that is not a string) is dropped and reported; the rest renders.
 * Cells of keys that are not columns are ignored.
 */
export function validateCooperationTableContent(raw: unknown): ValidationResult<CooperationTableContent> {
  const errors: ContentError[] = [];
  if (!expectRootObject(raw, errors)) return { value: null, errors };
  const root = new ErrorCollector();
  const title = root.optionalString(raw, 'title', '');
  const caption = root.optionalString(raw, 'caption', '');
  errors.push(...root.errors);
  const seen = new Set<string>();
  const rowHeader = { taken: false };
  const columns = validateList(raw.columns, 'columns', (c, path, e) => validateColumn(c, path, e, seen, rowHeader), errors);
  if (!columns) return { value: null, errors };
  const rows = validateList(raw.rows, 'rows', (r, path, e) => validateRow(r, path, e, columns), errors);
  const notes = validateNotes(raw.notes, errors);
  if (!rows) return { value: null, errors };
  const content: CooperationTableContent = { columns, rows };
  if (title !== undefined) content.title = title;
  if (caption !== undefined) content.caption = caption;
  if (notes !== undefined) content.notes = notes;
  return { value: content, errors };
}
