import type { Labels } from '../../internal/context/settings.js';

/**
 * UI labels of `<indicator-tracker>`, in English (other languages register through `src/locales/`). Override any key through `labels` or the provider.
 * `tracker.status.<key>` names a default status; `tracker.count.<key>` is its phrase in the summary.
 */
export const trackerLabels: Labels = {
  'tracker.status.not-started': 'Not started',
  'tracker.status.watching': 'Watching',
  'tracker.status.emerging': 'Emerging',
  'tracker.status.on-track': 'On track',
  'tracker.status.achieved': 'Achieved',
  'tracker.status.stalled': 'Stalled',
  'tracker.status.insufficient-data': 'Insufficient data',
  'tracker.count.not-started': '{count} not started',
  'tracker.count.watching': '{count} watching',
  'tracker.count.emerging': '{count} emerging',
  'tracker.count.on-track': '{count} on track',
  'tracker.count.achieved': '{count} achieved',
  'tracker.count.stalled': '{count} stalled',
  'tracker.count.insufficient-data': '{count} with insufficient data',
  'tracker.count.custom': '{label}: {count}',
  'tracker.count.none': '{count} without status',
  'tracker.statusPrefix': 'Status:',
  'tracker.trendPrefix': 'Trend:',
  'tracker.trend.up': 'Rising',
  'tracker.trend.down': 'Falling',
  'tracker.trend.flat': 'Steady',
  'tracker.trend.good': '{trend}, which is good',
  'tracker.trend.bad': '{trend}, which is bad',
  'tracker.progress': 'Progress:',
  'tracker.updated': 'Updated',
  'tracker.nextReview': 'Next review',
  'tracker.overdue': 'Review overdue',
  'tracker.evidence': 'Evidence ({count})',
  'tracker.source': 'Source',
  'tracker.filterLabel': 'Show indicators',
  'tracker.allStatuses': 'All statuses',
  'tracker.filterOption': '{label} ({count})',
  'tracker.showing': 'Showing {count} of {total} indicators',
};
