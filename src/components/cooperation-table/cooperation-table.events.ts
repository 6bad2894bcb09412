import type { ExplainerItemDetail } from '../../internal/events.js';

/**
 * `detail` of `explainer-sort`: the column sorted by (`id` and `column` are its key, `index` its position,
 * `label` its header) and the direction. When the original order is restored, `direction` is `none`,
 * `column` and `id` are `''`, `index` is -1 and `label` is `''`.
 */
export interface ExplainerSortDetail extends ExplainerItemDetail {
  column: string;
  direction: 'asc' | 'desc' | 'none';
}

/**
 * `detail` of `explainer-filter` from `<cooperation-table>`: the query typed and how many rows match, of how many.
 * (`explainer-filter` is shared with `<indicator-tracker>`, whose detail has `status`/`label` instead of `query`;
 * its `HTMLElementEventMap` entry belongs in the shared events module.)
 */
export interface TableFilterDetail {
  query: string;
  count: number;
  total: number;
}

/** `detail` of `explainer-download` (cancelable: cancel it to stop the download and export yourself). */
export interface ExplainerDownloadDetail {
  /** Data rows in the file (the rows as shown: sorted and filtered). */
  rows: number;
  filename: string;
}

export type ExplainerSortEvent = CustomEvent<ExplainerSortDetail>;
export type TableFilterEvent = CustomEvent<TableFilterDetail>;
export type ExplainerDownloadEvent = CustomEvent<ExplainerDownloadDetail>;

declare global {
  interface HTMLElementEventMap {
    'explainer-sort': ExplainerSortEvent;
    'explainer-download': ExplainerDownloadEvent;
  }
}
