/**
 * Validation helpers shared by every component's content validator.
 * Pure functions: no DOM, no Lit, so `validate()` also runs in Node and content pipelines.
 */
import type { RichTextFormat } from '../rich-text/ast.js';

/** One problem in a piece of content, named by its path, e.g. `items[3].answer: expected a string`. */
export interface ContentError {
  /** Where the problem is: `items[3].answer`, `columns`, or `(root)` for the whole document. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

/**
 * What a validator returns. `value` is null when the content cannot be shown at all (a structural error);
 * otherwise it holds every valid item, and `errors` lists the items that were dropped and why.
 */
export interface ValidationResult<T> {
  value: T | null;
  errors: ContentError[];
}

export const ROOT_PATH = '(root)';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Joins a path and a key: `join('items[2]', 'answer')` is `items[2].answer`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base === ROOT_PATH ? '' : base}[${key}]`;
  return base === ROOT_PATH || base === '' ? key : `${base}.${key}`;
}

/** A JSON value in words, for messages: `null`, `an array`, `an object`, `a string`, `a number`, `a boolean`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const quote = (value: string): string => `"${value}"`;

/** How one content's text fields are read, from its root `format` (see `contentText()` in `format.ts`). */
export interface ContentText {
  readonly format: RichTextFormat;
  /** A plain-text field (title, question, label) as shown: for HTML, character references decoded, tags as text. */
  plain(value: string): string;
  /** True when a rich-text field shows nothing once read (for HTML: only tags, comments, scripts, images...). */
  blank(value: string): boolean;
}

/** Markdown content (the default): plain text is shown as written; rich text is blank only when it is white space. */
export const MARKDOWN_TEXT: ContentText = { format: 'markdown', plain: (value) => value, blank: (value) => value.trim() === '' };

const NO_HTML_TEXT = 'has no text once read as HTML';

/** Collects errors for one item; the item is kept only when the collector stays empty. */
export class ErrorCollector {
  readonly errors: ContentError[] = [];
  /** How the content's text fields are read (its `format`). */
  readonly text: ContentText;

  /** @param text - how the content's text fields are read (its `format`); Markdown by default. */
  constructor(text: ContentText = MARKDOWN_TEXT) {
    this.text = text;
  }

  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  /**
   * `value` (the field `key` under `path`) when it is absent (undefined or null: then undefined) or passes
   * `accept`; otherwise an error `expected <what>, got <got(value)>`, and undefined.
   */
  #check<V>(value: unknown, key: string, path: string, accept: (value: V) => boolean, what: string, got: (value: V) => string = describe): V | undefined {
    if (value === undefined || value === null) return undefined;
    if (accept(value as V)) return value as V;
    this.add(joinPath(path, key), `expected ${what}, got ${got(value as V)}`);
    return undefined;
  }

  /** A required, non-empty string (after trimming). */
  requiredString(obj: JsonObject, key: string, path: string): string {
    const value = obj[key];
    if (value === undefined || value === null) this.add(joinPath(path, key), 'is required');
    else if (typeof value === 'string' && value.trim() === '') this.add(joinPath(path, key), 'must not be empty');
    return this.optionalString(obj, key, path) ?? '';
  }

  /**
   * A required plain-text field (a title, question, label): as shown (for HTML content, character references
   * decoded), and not blank once read.
   */
  requiredPlain(obj: JsonObject, key: string, path: string): string {
    const value = this.requiredString(obj, key, path);
    // Absent, blank or not a string: reported already.
    if (value.trim() === '') return value;
    const shown = this.text.plain(value);
    if (shown.trim() === '') this.add(joinPath(path, key), NO_HTML_TEXT);
    return shown;
  }

  /** An optional plain-text field, as shown (for HTML content, character references decoded). */
  optionalPlain(obj: JsonObject, key: string, path: string): string | undefined {
    const value = this.optionalString(obj, key, path);
    return value === undefined ? value : this.text.plain(value);
  }

  /** A required rich-text field, kept as written (components read it at render), that shows some text once read. */
  requiredRich(obj: JsonObject, key: string, path: string): string {
    const value = this.requiredString(obj, key, path);
    if (value.trim() !== '' && this.text.blank(value)) this.add(joinPath(path, key), NO_HTML_TEXT);
    return value;
  }

  /** An optional string: undefined when absent, an error when present but not a string. */
  optionalString(obj: JsonObject, key: string, path: string): string | undefined {
    return this.#check(obj[key], key, path, (v) => typeof v === 'string', 'a string');
  }

  optionalBoolean(obj: JsonObject, key: string, path: string): boolean | undefined {
    return this.#check(obj[key], key, path, (v) => typeof v === 'boolean', 'true or false');
  }

  optionalNumber(obj: JsonObject, key: string, path: string): number | undefined {
    return this.#check<number>(obj[key], key, path, Number.isFinite, 'a number');
  }

  /** One of a fixed set of strings. */
  optionalEnum<T extends string>(obj: JsonObject, key: string, path: string, allowed: readonly T[]): T | undefined {
    const value = this.optionalString(obj, key, path);
    return this.#check(value, key, path, (v: T) => allowed.includes(v), `one of ${allowed.map(quote).join(', ')}`, quote);
  }

  /** An optional ISO 8601 date (`2026-05-01`) or date-time; returns the original string. */
  optionalDate(obj: JsonObject, key: string, path: string): string | undefined {
    return this.#check(this.optionalString(obj, key, path), key, path, isIsoDate, 'an ISO date such as 2026-05-01', quote);
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** True for a real calendar date in ISO 8601 form (2026-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && !Number.isNaN(Date.parse(value));
}

/** `fields` without the undefined ones, so an optional field that is not given is absent, not `undefined`. */
export function definedFields<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

/** The error for a value that should be an object. */
const notAnObject = (path: string, value: unknown): ContentError => ({ path, message: `expected an object, got ${describe(value)}` });

/**
 * Validates a list of items: each invalid item is dropped and its errors reported, every valid one is kept.
 * Returns null (with an error) when `value` is not a list, is empty, or has no valid item: nothing to show.
 */
export function validateList<T>(
  value: unknown,
  path: string,
  validateItem: (item: unknown, path: string, errors: ErrorCollector) => T,
  errors: ContentError[],
  text: ContentText = MARKDOWN_TEXT,
): T[] | null {
  let problem = '';
  const kept: T[] = [];
  if (!Array.isArray(value)) problem = value === undefined ? 'is required: expected a list' : `expected a list, got ${describe(value)}`;
  else if (value.length === 0) problem = 'is empty: expected at least one item';
  else {
    value.forEach((raw, index) => {
      const itemPath = joinPath(path, index);
      const collector = new ErrorCollector(text);
      if (!isObject(raw)) collector.errors.push(notAnObject(itemPath, raw));
      else {
        const item = validateItem(raw, itemPath, collector);
        if (collector.ok) kept.push(item);
      }
      errors.push(...collector.errors);
    });
    if (kept.length === 0) problem = 'has no valid item';
  }
  if (!problem) return kept;
  errors.push({ path, message: problem });
  return null;
}

/**
 * Records an item's id; a second item with the same id gets an error (and so is dropped).
 * Call it last in an item validator, so ids of items dropped for other reasons are not taken.
 */
export function claimUniqueId(seen: Set<string>, id: string | undefined, path: string, errors: ErrorCollector): void {
  if (id === undefined || !errors.ok) return;
  if (seen.has(id)) errors.add(joinPath(path, 'id'), `duplicates the id "${id}"`);
  else seen.add(id);
}

/** The usual root check: content must be an object. */
export function expectRootObject(raw: unknown, errors: ContentError[]): raw is JsonObject {
  if (isObject(raw)) return true;
  errors.push(notAnObject(ROOT_PATH, raw));
  return false;
}

/** An optional `id`: a non-empty string without spaces, used for deep links and events. */
export function optionalId(obj: JsonObject, path: string, errors: ErrorCollector): string | undefined {
  const id = errors.optionalString(obj, 'id', path);
  if (id !== undefined && !/^[^\s#]{1,200}$/u.test(id)) {
    errors.add(joinPath(path, 'id'), 'expected a short identifier without spaces or #');
    return undefined;
  }
  return id;
}

/** Formats errors as `path: message` lines. */
export function formatErrors(errors: readonly ContentError[]): string[] {
  return errors.map((e) => `${e.path}: ${e.message}`);
}

/** How many distinct items the errors are about (`items[2].a` and `items[2].b` count once). */
export function countFailedItems(errors: readonly ContentError[]): number {
  return new Set(errors.map((e) => /^[^\]]*\]/.exec(e.path)?.[0] ?? e.path)).size;
}

/**
 * The shape every section shares: an optional plain-text `title`, an optional rich-text `intro`, its items, and
 * `format: 'html'` when its rich text is HTML (Markdown, the default, is left out).
 */
export interface SectionFields<T> {
  title?: string;
  intro?: string;
  items: T[];
  format?: RichTextFormat;
}

/**
 * Validates the fields every section shares: `title` and `intro` (optional strings, reported but not fatal when
 * wrong) and the list under `listKey` (see {@link validateList}), reading text as `text` says (the content's
 * `format`). Errors are appended to `errors`, title and intro first. Returns null when the list cannot be shown.
 */
export function validateSection<T>(
  raw: JsonObject,
  listKey: string,
  validateItem: (item: unknown, path: string, errors: ErrorCollector) => T,
  errors: ContentError[],
  text: ContentText = MARKDOWN_TEXT,
): SectionFields<T> | null {
  // title and intro are optional strings, reported first; a section keeps only those present, after its items.
  const root = new ErrorCollector(text);
  const fields: Omit<SectionFields<T>, 'items'> = {};
  const title = root.optionalPlain(raw, 'title', ROOT_PATH);
  const intro = root.optionalString(raw, 'intro', ROOT_PATH);
  if (title !== undefined) fields.title = title;
  if (intro !== undefined) fields.intro = intro;
  if (text.format === 'html') fields.format = text.format;
  errors.push(...root.errors);
  const items = validateList(raw[listKey], listKey, validateItem, errors, text);
  return items && { items, ...fields };
}
