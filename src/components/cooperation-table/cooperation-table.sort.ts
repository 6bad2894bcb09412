import { isIsoDate } from '../../internal/content/validation.js';
import { formatter } from '../../internal/intl.js';
import type { TableColumnType } from './cooperation-table.content.js';

/** Sort direction, as in the `sort` attribute (`key:asc`). */
export type SortDirection = 'asc' | 'desc';

export interface SortState {
  key: string;
  direction: SortDirection;
}

/** Reads a `sort` attribute value: `key`, `key:asc` or `key:desc`. Returns null for anything else. */
export function parseSortAttribute(value: string | null | undefined): SortState | null {
  if (!value) return null;
  const match = /^(.+?)(?::(asc|desc))?$/i.exec(value.trim());
  if (!match) return null;
  return { key: match[1]!, direction: (match[2]?.toLowerCase() ?? 'asc') as SortDirection };
}

/** The decimal separator of a locale (`.` or `,` mostly; English's for a locale `Intl` refuses). */
export function decimalSeparator(locale: string): string {
  return formatter('number', locale, (l) => new Intl.NumberFormat(l)).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/i;

/**
 * Reads a number leniently: spaces, thousands separators, currency signs and `%` are ignored
 * (`"1,200 %"` is 1200, `"€ 3.5 bn"` is 3.5). `decimal` is the locale's decimal separator. NaN when there is none.
 */
export function parseLenientNumber(text: string, decimal = '.'): number {
  let t = text.replace(/[\s'’_]/g, '').replace(/[\u2212\u2013]/g, '-');
  t = decimal === ',' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  const match = NUMBER.exec(t);
  return match ? Number(match[0]) : NaN;
}

/** Reads an ISO 8601 date (`2026`, `2026-05` or `2026-05-01`, with an optional time) as a timestamp; NaN otherwise. */
export function parseSortDate(text: string): number {
  const t = text.trim();
  // A year or a month stands for its first day. Date-only forms are read as UTC.
  const iso = t + ({ 4: '-01-01', 7: '-01' }[t.length] ?? '');
  return isIsoDate(iso) ? Date.parse(iso) : NaN;
}

/**
 * The order of one column, both directions computed once (one comparison sort, then a linear pass). `values` are
 * the cells as plain text, or numbers. In a `text` column numbers sort by value before all text (as the collator
 * puts digits before letters); in a `number` column text is read leniently; in a `date` column a number is a year.
 * Empty cells, text that reads as no number and invalid dates sort last in both directions; ties keep the original
 * order (the sort is stable).
 */
export class ColumnOrder {
  readonly #orders: Record<SortDirection, number[]>;

  constructor(values: readonly (string | number)[], type: TableColumnType = 'text', locale: string) {
    const present: number[] = [];
    const missing: number[] = [];
    let compare: (a: number, b: number) => number;
    if (type === 'text') {
      const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
      values.forEach((value, i) => (value === '' ? missing : present).push(i));
      compare = (a, b, x = values[a]!, y = values[b]!) =>
        typeof x === 'number' ? (typeof y === 'number' ? x - y : -1) : typeof y === 'number' ? 1 : collator.compare(x, y);
    } else {
      const decimal = decimalSeparator(locale);
      const keys = values.map((value) =>
        type === 'date' ? parseSortDate(String(value)) : typeof value === 'number' ? value : parseLenientNumber(value, decimal),
      );
      keys.forEach((key, i) => (Number.isNaN(key) ? missing : present).push(i));
      compare = (a, b) => keys[a]! - keys[b]!;
    }
    present.sort((a, b) => compare(a, b) || a - b);
    // Descending: the groups of equal values from the last one, each group keeping its (original) index order.
    const descending: number[] = [];
    for (let end = present.length, start; end > 0; end = start) {
      for (start = end - 1; start > 0 && !compare(present[start - 1]!, present[end - 1]!); ) start--;
      for (let k = start; k < end; k++) descending.push(present[k]!);
    }
    this.#orders = { asc: present.concat(missing), desc: descending.concat(missing) };
  }

  /** Row indices in `direction`; the returned array must not be changed. */
  order(direction: SortDirection): readonly number[] {
    return this.#orders[direction];
  }
}
