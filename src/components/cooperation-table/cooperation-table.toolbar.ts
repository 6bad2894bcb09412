import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SortDirection, SortState } from './cooperation-table.sort.js';
import type { ColumnView } from './cooperation-table.templates.js';

/** What the toolbar needs from the element. */
export interface ToolbarOptions {
  id: string;
  columns: readonly ColumnView[];
  sort: SortState | null;
  filterable: boolean;
  downloadable: boolean;
  query: string;
  /** The table's name, for the download button's full name. */
  name: string;
  label: (key: string, vars?: Record<string, string | number>) => string;
  onFilterInput: (event: Event) => void;
  onSortSelect: (event: Event) => void;
  onDownload: () => void;
}

/**
 * The toolbar above the table: the filter box, the sort control (shown in the stacked layout, where the header
 * buttons are not) and the download button. Nothing when none of them applies.
 */
export function toolbar(o: ToolbarOptions): unknown {
  const sortable = o.columns.filter((c) => c.sortable);
  if (!o.filterable && !o.downloadable && sortable.length === 0) return nothing;
  // `selected` attributes choose the option on first render (no options exist yet when `.value` is set then);
  // `.value` keeps the control in step afterwards, also once the user has picked an option.
  const current = o.sort ? `${o.sort.key}:${o.sort.direction}` : '';
  const option = (c: ColumnView, direction: SortDirection) => {
    const value = `${c.key}:${direction}`;
    const text = o.label('table.sortOption', { column: c.label, direction: o.label(direction === 'asc' ? 'table.ascending' : 'table.descending') });
    return html`<option value=${value} ?selected=${value === current}>${text}</option>`;
  };
  return html`<div part="toolbar" class="toolbar">
    ${o.filterable
      ? html`<div part="filter" class="filter">
          <label for=${`${o.id}-filter`}>${o.label('table.filter')}</label>
          <input type="search" part="filter-input" id=${`${o.id}-filter`} aria-controls=${`${o.id}-table`} autocomplete="off" .value=${live(o.query)} @input=${o.onFilterInput} />
        </div>`
      : nothing}
    ${sortable.length > 0
      ? html`<div part="sort-control" class="sort-control">
          <label for=${`${o.id}-sort`}>${o.label('table.sortBy')}</label>
          <select id=${`${o.id}-sort`} .value=${live(current)} @change=${o.onSortSelect}>
            <option value="" ?selected=${current === ''}>${o.label('table.originalOrder')}</option>
            ${sortable.map((c) => [option(c, 'asc'), option(c, 'desc')])}
          </select>
        </div>`
      : nothing}
    ${o.downloadable
      ? html`<button type="button" part="download" class="download" @click=${o.onDownload}>
          ${o.label('table.download')}<span class="visually-hidden">${o.label('table.downloadOf', { name: o.name })}</span>
        </button>`
      : nothing}
  </div>`;
}
