import { html, nothing, type TemplateResult } from 'lit';
import { slots } from '../../internal/slots.js';
import type { TableColumn } from './cooperation-table.content.js';
import type { SortDirection } from './cooperation-table.sort.js';

/** How one column renders, derived from the content and the element's attributes. */
export interface ColumnView extends TableColumn {
  index: number;
  sortable: boolean;
  /** `' highlight'` for the `highlight` column (appended to its cells' `part`), else `''`. */
  hl: string;
  /** Alignment, stickiness and highlight classes, shared by header and body cells. */
  cls: string;
  /** No class and no highlight: its cells use the templates without attribute bindings (the fast path). */
  plain: boolean;
}

/**
 * Sort icons (decorative: the state is in `aria-sort`): unsorted, an up and a down chevron; ascending, an arrow
 * up; descending, an arrow down. Different shapes, not only colour.
 */
const ICONS: Record<SortDirection | 'none', string> = {
  none: 'M5 7.5 10 3l5 4.5M5 12.5l5 4.5 5-4.5',
  asc: 'M10 17V4M4.5 9.5 10 4l5.5 5.5',
  desc: 'M10 3v13M4.5 10.5 10 16l5.5-5.5',
};

/** A data cell's column label, for the stacked layout (hidden from assistive technology, which reads the header). */
const stackedLabel = (c: ColumnView) => html`<span part="stacked-label" class="stacked-label" aria-hidden="true">${c.label}</span>`;

/**
 * One data or row-header cell: plain columns (most) take templates with static attributes, fewer bindings per cell.
 * With `labelled`, a data cell starts with its column's label.
 */
function bodyCell(c: ColumnView, value: unknown, labelled: boolean): TemplateResult {
  if (c.rowHeader) {
    return c.plain
      ? html`<th scope="row" role="rowheader" part="row-header">${value}</th>`
      : html`<th scope="row" role="rowheader" part="row-header${c.hl}" class=${c.cls}>${value}</th>`;
  }
  if (!labelled) return c.plain ? html`<td role="cell" part="cell">${value}</td>` : html`<td role="cell" part="cell${c.hl}" class=${c.cls}>${value}</td>`;
  return c.plain
    ? html`<td role="cell" part="cell">${stackedLabel(c)}${value}</td>`
    : html`<td role="cell" part="cell${c.hl}" class=${c.cls}>${stackedLabel(c)}${value}</td>`;
}

/**
 * One body row. With `labelled` (the stacked layout), each data cell starts with its column's label, shown only
 * when the row is a card; in the table layout the header gives it and the cells carry none.
 */
export function bodyRow(columns: readonly ColumnView[], cells: readonly unknown[], labelled: boolean): TemplateResult {
  return html`<tr part="row" role="row">${slots(columns.map((c) => bodyCell(c, cells[c.index], labelled)))}</tr>`;
}

/** One column header: a sort button when the column sorts (the plain label is kept for the stacked layout). */
export function headerCell(c: ColumnView, direction: SortDirection | undefined): TemplateResult {
  return html`<th scope="col" role="columnheader" part="header-cell${c.hl}" class=${c.cls}
    aria-sort=${direction ? (direction === 'asc' ? 'ascending' : 'descending') : nothing}>${c.sortable
      ? html`<button type="button" part="sort-button" class="sort-button" data-key=${c.key}>${c.label}<svg part="sort-icon"
            data-direction=${direction ?? 'none'} viewBox="0 0 20 20" aria-hidden="true" fill="none" stroke="currentColor"
            stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${ICONS[direction ?? 'none']} /></svg></button
          ><span class="stacked-header">${c.label}</span>`
      : c.label}</th>`;
}
