import type { TrackerIndicator } from './indicator-tracker.content.js';

/** How many indicators have one status. */
export interface StatusCount {
  key: string;
  count: number;
}

/** Counts of indicators by status. */
export interface StatusCounts {
  /** Statuses present, in vocabulary order. */
  byStatus: StatusCount[];
  /** Indicators without a status. */
  none: number;
}

/** Counts `indicators` by status, listing the statuses present in the order of `vocabulary`. */
export function countByStatus(indicators: readonly TrackerIndicator[], vocabulary: readonly string[]): StatusCounts {
  const counts = new Map<string, number>();
  let none = 0;
  for (const item of indicators) {
    if (item.status === undefined) none += 1;
    else counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  }
  const byStatus = vocabulary.flatMap((key) => {
    const count = counts.get(key) ?? 0;
    return count > 0 ? [{ key, count }] : [];
  });
  return { byStatus, none };
}

/** Whether an indicator passes the status filter (`undefined`: no filter). */
export function passesFilter(item: TrackerIndicator, filter: string | undefined): boolean {
  return filter === undefined || item.status === filter;
}
