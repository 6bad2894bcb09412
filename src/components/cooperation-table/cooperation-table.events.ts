import type { ExplainerFilterDetail, ExplainerItemDetail } from '../../internal/events.js';

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
 * `detail` of `explainer-filter` from `<cooperation-table>`: the shared {@link ExplainerFilterDetail} with the query
 * typed always present.
 */
export type TableFilterDetail = Pick<ExplainerFilterDetail, 'count' | 'total'> & { query: string };

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
