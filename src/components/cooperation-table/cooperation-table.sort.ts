import { isIsoDate } from '../../internal/content/validation.js';
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

/** The decimal separator of a locale (`.` or `,` mostly). */
export function decimalSeparator(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  } catch {
    return '.';
  }
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
  let t = text.trim();
  if (/^\d{4}$/.test(t)) t += '-01-01';
  else if (/^\d{4}-\d{2}$/.test(t)) t += '-01';
  return isIsoDate(t) ? Date.parse(t.length === 10 ? `${t}T00:00:00Z` : t) : NaN;
}

/**
 * The order of one column: computed once (one comparison sort), after which both directions are linear.
 * Empty cells, numbers that cannot be read and invalid dates sort last in both directions; ties keep the
 * original order (the sort is stable).
 */
export class ColumnOrder {
  /** Row indices, ascending, empty values last. */
  private readonly ascending: number[];
  /** Rank of each row (equal values share a rank); -1 for empty values. */
  private readonly rank: Int32Array;
  private descending: number[] | undefined;

  constructor(texts: readonly string[], type: TableColumnType, locale: string) {
    const n = texts.length;
    const present: number[] = [];
    const missing: number[] = [];
    let compare: (a: number, b: number) => number;
    if (type === 'text') {
      const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
      for (let i = 0; i < n; i++) (texts[i] === '' ? missing : present).push(i);
      compare = (a, b) => collator.compare(texts[a]!, texts[b]!);
    } else {
      const keys = new Float64Array(n);
      const decimal = decimalSeparator(locale);
      for (let i = 0; i < n; i++) {
        keys[i] = type === 'number' ? parseLenientNumber(texts[i]!, decimal) : parseSortDate(texts[i]!);
        (Number.isNaN(keys[i]) ? missing : present).push(i);
      }
      compare = (a, b) => keys[a]! - keys[b]!;
    }
    present.sort((a, b) => compare(a, b) || a - b);
    this.rank = new Int32Array(n).fill(-1);
    let rank = 0;
    for (let p = 0; p < present.length; p++) {
      if (p > 0 && compare(present[p - 1]!, present[p]!) !== 0) rank++;
      this.rank[present[p]!] = rank;
    }
    this.ascending = present.concat(missing);
  }

  /** Row indices in `direction`; the returned array must not be changed. */
  order(direction: SortDirection): readonly number[] {
    if (direction === 'asc') return this.ascending;
    if (this.descending) return this.descending;
    // Walk the groups of equal rank from the last one; each group keeps its (original) index order.
    const out: number[] = [];
    const asc = this.ascending;
    let end = asc.length;
    while (end > 0 && this.rank[asc[end - 1]!] === -1) end--;
    const missingFrom = end;
    while (end > 0) {
      const r = this.rank[asc[end - 1]!];
      let start = end - 1;
      while (start > 0 && this.rank[asc[start - 1]!] === r) start--;
      for (let k = start; k < end; k++) out.push(asc[k]!);
      end = start;
    }
    for (let k = missingFrom; k < asc.length; k++) out.push(asc[k]!);
    this.descending = out;
    return out;
  }
}
