import type { ExplainerFilterDetail } from '../../internal/events.js';

/**
 * `detail` of `explainer-filter` from `<indicator-tracker>`: the shared {@link ExplainerFilterDetail} with the
 * status key shown (null for all statuses) and its name as shown, always present.
 */
export type TrackerFilterDetail = Pick<ExplainerFilterDetail, 'count' | 'total'> & { status: string | null; label: string };

export type TrackerFilterEvent = CustomEvent<TrackerFilterDetail>;
