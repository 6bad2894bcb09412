import { css } from 'lit';

/**
 * One private `--_tone` colours the status tag and its icon; it is set per tone (`data-tone`), and good / bad trends
 * and "Review overdue" borrow the positive / negative / warning tones. `baseStyles` gives tokens, `.visually-hidden`,
 * `[hidden]`, reduced motion and the focus ring. Icons are strokes (see `tracker-render.ts`). Elements are styled by
 * a class beside each part (the same word; a trend also has `trend-<judgement>`), not by selectors on the `part`
 * attribute (portals keep `::part()`).
 */
export const trackerStyles = css`
  :host {
    --_tone: var(--explainer-tracker-tone-neutral-color, light-dark(#5f6368, #bdc1c6));
    --_timeline: var(--explainer-tracker-timeline-color, var(--_border-color));
  }
  [data-tone=info] {
    --_tone: var(--explainer-tracker-tone-info-color, light-dark(#0b57d0, #a8c7fa));
  }
  [data-tone=positive],
  .trend-good {
    --_tone: var(--explainer-tracker-tone-positive-color, light-dark(#146c2e, #6dd58c));
  }
  [data-tone=warning],
  .overdue {
    --_tone: var(--explainer-tracker-tone-warning-color, light-dark(#8a5300, #f5b94d));
  }
  [data-tone=negative],
  .trend-bad {
    --_tone: var(--explainer-tracker-tone-negative-color, light-dark(#b3261e, #f2b8b5));
  }
  .summary,
  .filter {
    margin: 0 0 var(--_space);
  }
  .summary,
  .progress-value,
  dt,
  li > time,
  .status {
    font-weight: 600;
  }
  select {
    font: inherit;
    color: inherit;
    max-inline-size: 100%;
    min-block-size: 24px;
    padding: 0.25em 0.5em;
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .list,
  details > ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list {
    border-block-start: var(--explainer-tracker-divider, var(--_border));
  }
  .indicator {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--explainer-tracker-indicator-padding, var(--_space) 0);
    border-block-end: var(--explainer-tracker-divider, var(--_border));
  }
  .indicator-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .indicator-heading {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--explainer-tracker-heading-font-size, 1.125em);
  }
  .icon {
    flex: none;
    inline-size: var(--explainer-tracker-icon-size, 1em);
    color: var(--_tone);
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* "Steady" points forward: to the right in left-to-right text, to the left in right-to-left text. */
  [data-shape=flat]:dir(rtl) {
    scale: -1 1;
  }
  .status,
  .trend,
  .overdue {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin: 0;
  }
  .status {
    padding: 0.125em 0.6em;
    border: 1px solid var(--_tone);
    border-radius: var(--explainer-tracker-tag-radius, 999px);
    background: color-mix(in srgb, var(--_tone) var(--explainer-tracker-tag-tint, 12%), transparent);
    font-size: 0.875em;
  }
  .rich > :first-child {
    margin-block-start: 0;
  }
  .rich > :last-child {
    margin-block-end: 0;
  }
  .bar {
    margin-block-start: 0.25em;
    block-size: var(--explainer-tracker-progress-height, 0.5rem);
    border-radius: var(--_radius);
    background: var(--explainer-tracker-progress-track, color-mix(in srgb, currentColor 15%, transparent));
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    background: var(--explainer-tracker-progress-fill, var(--_accent));
    transition: inline-size var(--_duration);
  }
  dl,
  dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0;
  }
  dl {
    column-gap: 1.5em;
  }
  dd {
    margin: 0;
  }
  .relative {
    color: var(--_muted);
  }
  summary {
    inline-size: fit-content;
    min-block-size: 24px;
    color: var(--_accent);
    cursor: pointer;
  }
  details > ol {
    margin-block-start: calc(var(--_space) / 2);
    border-inline-start: 2px solid var(--_timeline);
  }
  .evidence-item {
    position: relative;
    padding-inline-start: var(--_space);
    padding-block-end: calc(var(--_space) / 2);
    overflow-wrap: anywhere;
  }
  /* The timeline dot: a border, so forced colours keep it visible. */
  .evidence-item::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.25rem - 1px);
    inset-block-start: 0.45em;
    border: 0.25rem solid var(--_timeline);
    border-radius: 50%;
  }
  @media (forced-colors: active) {
    .status,
    .bar {
      border: 1px solid CanvasText;
    }
    .icon {
      color: CanvasText;
    }
    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
  /*
   * Server-rendered markup read with scripting off: every indicator and all its evidence show (the summary becomes a
   * plain label), and the filter goes, with the count of indicators it shows.
   */
  @media (scripting: none) {
    .indicator[hidden] {
      display: grid !important;
    }
    details::details-content {
      display: block;
      content-visibility: visible;
    }
    summary {
      list-style: none;
      color: inherit;
      cursor: auto;
      pointer-events: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    .filter,
    .filter-status {
      display: none;
    }
  }
`;
