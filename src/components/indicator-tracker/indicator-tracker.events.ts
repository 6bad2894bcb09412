/**
 * `detail` of `explainer-filter` from `<indicator-tracker>`, fired when the user picks a status in the filter.
 * (`explainer-filter` is shared with `<cooperation-table>`, whose detail has `query` instead of `status`/`label`;
 * its `HTMLElementEventMap` entry belongs in the shared events module.)
 */
export interface TrackerFilterDetail {
  /** The status key shown, or null for all statuses. */
  status: string | null;
  /** The status name (or "All statuses") as shown, in the current locale. */
  label: string;
  /** How many indicators are shown now. */
  count: number;
  /** How many indicators there are. */
  total: number;
}

export type TrackerFilterEvent = CustomEvent<TrackerFilterDetail>;
