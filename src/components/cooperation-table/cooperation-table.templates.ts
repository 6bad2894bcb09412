import { html, nothing, svg, type TemplateResult } from 'lit';
import type { TableColumn } from './cooperation-table.content.js';
import type { SortDirection, SortState } from './cooperation-table.sort.js';

/** How one column renders, derived from the content and the element's attributes. */
export interface ColumnView {
  key: string;
  label: string;
  index: number;
  rowHeader: boolean;
  sortable: boolean;
  /** `part` of its body cells: `cell` or `row-header`, plus `highlight`. */
  cellPart: string;
  /** `part` of its header cell. */
  headPart: string;
  /** Alignment and stickiness classes, shared by header and body cells. */
  cls: string;
  /** No class and no highlight: its cells use the templates without attribute bindings (the fast path). */
  plain: boolean;
}

/** Derives the column views: which columns sort, which is highlighted and sticky, how they align. */
export function columnViews(
  columns: readonly TableColumn[],
  options: { sortable: boolean; highlight: string | undefined; sticky: boolean },
): ColumnView[] {
  const stickyIndex = options.sticky ? Math.max(0, columns.findIndex((c) => c.rowHeader)) : -1;
  return columns.map((column, index) => {
    const highlighted = options.highlight !== undefined && options.highlight === column.key;
    const align = column.align ?? (column.type === 'number' ? 'end' : 'start');
    const rowHeader = column.rowHeader === true;
    const classes = [align === 'start' ? '' : `align-${align}`, index === stickyIndex ? 'sticky' : ''];
    const cls = classes.filter(Boolean).join(' ');
    return {
      key: column.key,
      label: column.label,
      index,
      rowHeader,
      sortable: column.sortable ?? options.sortable,
      cellPart: `${rowHeader ? 'row-header' : 'cell'}${highlighted ? ' highlight' : ''}`,
      headPart: `header-cell${highlighted ? ' highlight' : ''}`,
      cls,
      plain: cls === '' && !highlighted,
    };
  });
}

const ICONS: Record<SortDirection | 'none', TemplateResult> = {
  // Unsorted: an up and a down chevron. Ascending: an arrow up. Descending: an arrow down (different shapes,
  // not only colour). Decorative: the state is in `aria-sort`.
  none: svg`<path d="M5 7.5 10 3l5 4.5M5 12.5l5 4.5 5-4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  asc: svg`<path d="M10 17V4M4.5 9.5 10 4l5.5 5.5" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"/>`,
  desc: svg`<path d="M10 3v13M4.5 10.5 10 16l5.5-5.5" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"/>`,
};

export function sortIcon(direction: SortDirection | 'none'): TemplateResult {
  return html`<svg part="sort-icon" class="sort-icon" data-direction=${direction} viewBox="0 0 20 20" aria-hidden="true" focusable="false">${ICONS[direction]}</svg>`;
}

export function ariaSort(column: ColumnView, sort: SortState | null): 'ascending' | 'descending' | undefined {
  if (!sort || sort.key !== column.key) return undefined;
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

/** One column header: a sort button when the column sorts (the plain label is kept for the stacked layout). */
export function headerCell(column: ColumnView, sort: SortState | null): TemplateResult {
  const state = ariaSort(column, sort);
  const content = column.sortable
    ? html`<button type="button" part="sort-button" class="sort-button" data-key=${column.key}
          ><span class="sort-label">${column.label}</span>${sortIcon(state ? sort!.direction : 'none')}</button
        ><span class="stacked-header">${column.label}</span>`
    : column.label;
  return html`<th scope="col" role="columnheader" part=${column.headPart} class=${column.cls} aria-sort=${state ?? nothing}>${content}</th>`;
}

/**
 * One body row. Each data cell starts with its column's label, shown only in the stacked layout and hidden from
 * assistive technology, which gets the header from the table itself.
 */
export function bodyRow(columns: readonly ColumnView[], cells: readonly unknown[]): TemplateResult {
  return html`<tr part="row" role="row">${columns.map((c) => bodyCell(c, cells[c.index]))}</tr>`;
}

/** Plain columns (most) take templates with static attributes: fewer bindings per cell for long tables. */
function bodyCell(c: ColumnView, value: unknown): TemplateResult {
  if (c.plain) {
    return c.rowHeader
      ? html`<th scope="row" role="rowheader" part="row-header">${value}</th>`
      : html`<td role="cell" part="cell"><span part="stacked-label" class="stacked-label" aria-hidden="true">${c.label}</span>${value}</td>`;
  }
  return c.rowHeader
    ? html`<th scope="row" role="rowheader" part=${c.cellPart} class=${c.cls}>${value}</th>`
    : html`<td role="cell" part=${c.cellPart} class=${c.cls}><span part="stacked-label" class="stacked-label" aria-hidden="true">${c.label}</span>${value}</td>`;
}
