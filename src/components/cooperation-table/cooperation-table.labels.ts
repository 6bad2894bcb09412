import type { LabelCatalog } from '../../internal/context/labels.js';

/** UI labels of `<cooperation-table>`, by language. Override any key through `labels` or the provider. */
export const tableLabels: LabelCatalog = {
  en: {
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
  },
  de: {
    'table.untitled': 'Vergleichstabelle',
    'table.ascending': 'aufsteigend',
    'table.descending': 'absteigend',
    'table.sorted': 'Sortiert nach {column}, {direction}',
    'table.unsorted': 'Zeilen in ursprünglicher Reihenfolge',
    'table.sortBy': 'Sortieren nach',
    'table.sortOption': '{column}, {direction}',
    'table.originalOrder': 'Ursprüngliche Reihenfolge',
    'table.filter': 'Zeilen filtern',
    'table.filterCount': '{count} von {total} Zeilen angezeigt',
    'table.noResults': 'Keine Zeile passt zu „{query}“.',
    'table.download': 'CSV herunterladen',
    'table.downloadOf': ': {name}',
  },
};
