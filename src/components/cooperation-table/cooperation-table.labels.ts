import type { Labels } from '../../internal/context/settings.js';

/** UI labels of `<cooperation-table>`, in English (other languages register through `src/locales/`). Override any key through `labels` or the provider. */
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
  'table.filterCount': '{count} of {total} rows shown',
  'table.noResults': 'No rows match “{query}”.',
  'table.download': 'Download CSV',
  'table.downloadOf': ': {name}',
};
