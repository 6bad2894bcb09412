import { css } from 'lit';

export const trackerStyles = css`
  :host {
    --_tone-neutral: var(--explainer-tracker-tone-neutral-color, light-dark(#5f6368, #bdc1c6));
    --_tone-info: var(--explainer-tracker-tone-info-color, light-dark(#0b57d0, #a8c7fa));
    --_tone-positive: var(--explainer-tracker-tone-positive-color, light-dark(#146c2e, #6dd58c));
    --_tone-warning: var(--explainer-tracker-tone-warning-color, light-dark(#8a5300, #f5b94d));
    --_tone-negative: var(--explainer-tracker-tone-negative-color, light-dark(#b3261e, #f2b8b5));
    --_tracker-divider: var(--explainer-tracker-divider, var(--_border));
    --_tracker-padding: var(--explainer-tracker-indicator-padding, var(--_space) 0);
    --_tracker-heading-size: var(--explainer-tracker-heading-font-size, 1.125em);
    --_tag-radius: var(--explainer-tracker-tag-radius, 999px);
    --_tag-tint: var(--explainer-tracker-tag-tint, 12%);
    --_icon-size: var(--explainer-tracker-icon-size, 1em);
    --_bar-height: var(--explainer-tracker-progress-height, 0.5rem);
    --_bar-track: var(--explainer-tracker-progress-track, color-mix(in srgb, currentColor 15%, transparent));
    --_bar-fill: var(--explainer-tracker-progress-fill, var(--_accent));
    --_timeline: var(--explainer-tracker-timeline-color, var(--_border-color));
    --_tone: var(--_tone-neutral);
  }
  [data-tone='info'] {
    --_tone: var(--_tone-info);
  }
  [data-tone='positive'],
  [data-judgement='good'] {
    --_tone: var(--_tone-positive);
  }
  [data-tone='warning'],
  .overdue {
    --_tone: var(--_tone-warning);
  }
  [data-tone='negative'],
  [data-judgement='bad'] {
    --_tone: var(--_tone-negative);
  }
  .summary {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
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
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    border-block-start: var(--_tracker-divider);
  }
  .indicator {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_tracker-padding);
    border-block-end: var(--_tracker-divider);
    min-inline-size: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .indicator-heading {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--_tracker-heading-size);
  }
  .icon {
    flex: none;
    inline-size: var(--_icon-size);
    block-size: var(--_icon-size);
    color: var(--_tone);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin: 0;
    padding: 0.125em 0.6em;
    border: 1px solid var(--_tone);
    border-radius: var(--_tag-radius);
    background: color-mix(in srgb, var(--_tone) var(--_tag-tint), transparent);
    font-size: 0.875em;
    font-weight: 600;
  }
  .description > :first-child,
  .entry-text > :first-child {
    margin-block-start: 0;
  }
  .description > :last-child,
  .entry-text > :last-child {
    margin-block-end: 0;
  }
  .trend,
  .overdue {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin: 0;
  }
  .progress-text {
    margin: 0 0 0.25em;
  }
  [part~='progress-value'] {
    font-weight: 600;
  }
  .bar {
    block-size: var(--_bar-height);
    border-radius: var(--_radius);
    background: var(--_bar-track);
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    background: var(--_bar-fill);
    transition: inline-size var(--_duration) ease;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em calc(var(--_space) * 2);
    margin: 0;
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.35em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .relative {
    color: var(--_muted);
  }
  .overdue {
    margin-inline-start: 0.35em;
  }
  .evidence-toggle {
    inline-size: fit-content;
    min-block-size: 24px;
    color: var(--_accent);
    cursor: pointer;
  }
  .timeline {
    list-style: none;
    margin: calc(var(--_space) / 2) 0 0;
    padding: 0;
    border-inline-start: 2px solid var(--_timeline);
  }
  .entry {
    position: relative;
    padding-inline-start: var(--_space);
    padding-block-end: calc(var(--_space) / 2);
  }
  .entry::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.25rem - 1px);
    inset-block-start: 0.45em;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: var(--_timeline);
  }
  .entry-date {
    display: block;
    font-weight: 600;
  }
  .source {
    overflow-wrap: anywhere;
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
    .entry::before {
      background: CanvasText;
    }
  }
`;
