import type { Labels } from '../../internal/context/settings.js';

/**
 * UI labels of `<indicator-tracker>`, in English (other languages register through `src/locales/`). Override any
 * key through `labels` or the provider. A label with `{count}` may be an object by plural category.
 * - `tracker.status.<key>` names a default status; `tracker.count.<key>` (`{count}`) is its phrase in the summary.
 * - `tracker.statusText` (`{status}`: icon and name), `tracker.trendText` (`{trend}`: arrow and words, from
 *   `tracker.trend.<direction>`, or `tracker.trend.good`/`.bad` with `{trend}`): `[...]` is read by screen readers only.
 * - `tracker.progressValue` (`{value}`), `tracker.progressCounted` (`{label}`: the content's `progress.label`,
 *   `{value}`), `tracker.progressOf` (`{value}`, `{max}`): the progress text, always with its value.
 * - `tracker.relativeDate` (`{relative}`: "3 months ago"): the relative date beside a date, in brackets of the script.
 * - `tracker.evidence` (`{count}`, `{indicator}`), `tracker.source` (`{date}`): `[...]` is read by screen readers only.
 * - `tracker.showing` (`{count}`, `{total}`): announced when filtering; `tracker.filterOption` (`{label}`, `{count}`).
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
  'tracker.statusText': '[Status: ]{status}',
  'tracker.trendText': '[Trend: ]{trend}',
  'tracker.trend.up': 'Rising',
  'tracker.trend.down': 'Falling',
  'tracker.trend.flat': 'Steady',
  'tracker.trend.good': '{trend}, which is good',
  'tracker.trend.bad': '{trend}, which is bad',
  'tracker.progressValue': 'Progress: {value}',
  'tracker.progressCounted': '{label}: {value}',
  'tracker.progressOf': '{value} of {max}',
  'tracker.updated': 'Updated',
  'tracker.nextReview': 'Next review',
  'tracker.overdue': 'Review overdue',
  'tracker.relativeDate': '({relative})',
  'tracker.evidence': 'Evidence ({count})[: {indicator}]',
  'tracker.source': 'Source[ ({date})]',
  'tracker.filterLabel': 'Show indicators',
  'tracker.allStatuses': 'All statuses',
  'tracker.filterOption': '{label} ({count})',
  'tracker.showing': { one: 'Showing {count} indicator of {total}', other: 'Showing {count} indicators of {total}' },
};
