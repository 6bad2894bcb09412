/**
 * The status vocabulary of `<indicator-tracker>`: the fixed set of tones and the default statuses.
 * Pure data (no DOM, no Lit), shared by the validator and the element.
 */

/**
 * Tones a status can take. Each has its own colour token (`--explainer-tracker-tone-<tone>-color`) and its own
 * icon shape, so a status is never told by colour alone:
 * `neutral` (hollow circle), `info` (circle with "i"), `positive` (circle with a check mark),
 * `warning` (triangle with "!"), `negative` (octagon with a cross).
 */
export const TRACKER_TONES = ['neutral', 'info', 'positive', 'warning', 'negative'] as const;

export type TrackerTone = (typeof TRACKER_TONES)[number];

/**
 * The default statuses, in the order the summary and the filter list them, with their tones.
 * Their names are UI labels (`tracker.status.<key>`), so they follow the locale; content may replace the whole
 * vocabulary with its own `statuses`.
 */
export const DEFAULT_STATUS_TONES: Readonly<Record<string, TrackerTone>> = {
  'not-started': 'neutral',
  watching: 'info',
  emerging: 'info',
  'on-track': 'positive',
  achieved: 'positive',
  stalled: 'warning',
  'insufficient-data': 'neutral',
};

/** Keys of the default statuses, in order. */
export const DEFAULT_STATUS_KEYS: readonly string[] = Object.keys(DEFAULT_STATUS_TONES);
