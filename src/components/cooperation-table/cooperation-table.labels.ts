import type { Labels } from '../../internal/context/settings.js';

/**
 * UI labels of `<cooperation-table>`, in English (other languages register through `src/locales/`). Override any
 * key through `labels` or the provider.
 * - `table.filterCount` (`{count}`, `{total}`): announced while filtering; by plural category of `{count}`.
 * - `table.download` (`{name}`: the caption or title): the download button; `[...]` is read by screen readers only.
 * - `table.sorted`, `table.sortOption` (`{column}`, `{direction}`: `table.ascending` or `table.descending`).
 */
export const tableLabels: Labels = {
  'table.untitled': 'Comparison table',
  'table.ascending': 'ascending',
  'table.descending': 'descending',
  'table.sorted': 'Sorted by {column}, {direction}',
  'table.unsorted': 'Rows in their original order',
  'table.sortBy': 'Sort by',
  'table.sortOption': '{column}, {direction}',
  'table.originalOrder': 'Original order',
  'table.filter': 'Filter rows',
  'table.filterCount': { one: '{count} row of {total} shown', other: '{count} rows of {total} shown' },
  'table.noResults': 'No rows match “{query}”.',
  'table.download': 'Download CSV[: {name}]',
};
