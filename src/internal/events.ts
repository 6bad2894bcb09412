import type { ContentError } from './content/validation.js';

/** `detail` of `explainer-error`: every problem found, each naming its path. */
export interface ExplainerErrorDetail {
  errors: ContentError[];
  /**
   * `content` for validation problems, `network` for a failed `src` fetch, `trusted-types` when the page's
   * Content-Security-Policy refused the `explainer-elements` Trusted Types policy (for example, the
   * `structured-data` attribute then adds no script).
   */
  kind: 'content' | 'network' | 'trusted-types';
  /** True when nothing could be shown (the error state); false when only some items were dropped or stale content stays. */
  fatal: boolean;
}

/** `detail` of `explainer-load`. */
export interface ExplainerLoadDetail {
  /** Number of items rendered. */
  count: number;
  /** Where the content came from. */
  source: 'data' | 'inline' | 'src';
}

/** Shared shape of every per-action event (toggle, sort, reveal, filter...): the item and its position. */
export interface ExplainerItemDetail {
  /** The item's `id` from the content, or its index as a string when it has none. */
  id: string;
  /** Zero-based position of the item in the rendered list. */
  index: number;
  /** The item's visible label (question, indicator name...) as plain text. */
  label: string;
}

/** `detail` of `explainer-toggle`. */
export interface ExplainerToggleDetail extends ExplainerItemDetail {
  open: boolean;
}

/**
 * `detail` of `explainer-filter`, shared by the components that filter: how many items are shown of how many, and
 * what filtered them (`<cooperation-table>`: the `query` typed; `<indicator-tracker>`: the `status` key, or null
 * for all, and its `label`).
 */
export interface ExplainerFilterDetail {
  count: number;
  total: number;
  query?: string;
  status?: string | null;
  label?: string;
}

export type ExplainerErrorEvent = CustomEvent<ExplainerErrorDetail>;
export type ExplainerFilterEvent = CustomEvent<ExplainerFilterDetail>;
export type ExplainerLoadEvent = CustomEvent<ExplainerLoadDetail>;
export type ExplainerToggleEvent = CustomEvent<ExplainerToggleDetail>;

declare global {
  interface HTMLElementEventMap {
    'explainer-error': ExplainerErrorEvent;
    'explainer-load': ExplainerLoadEvent;
    'explainer-toggle': ExplainerToggleEvent;
    'explainer-filter': ExplainerFilterEvent;
  }
}

/** Dispatches a bubbling, composed `CustomEvent` from `target`; returns false when a listener cancelled it. */
export function emit<T>(target: EventTarget, name: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
}
