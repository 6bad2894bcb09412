import { css } from 'lit';

export const tableStyles = css`
  :host {
    --_table-border: var(--explainer-table-border, var(--_border));
    --_table-head-border: var(--explainer-table-header-border, var(--explainer-border-width, 1px) solid currentColor);
    --_table-cell-padding: var(--explainer-table-cell-padding, calc(var(--_space) * 0.5) calc(var(--_space) * 0.75));
    --_table-head-bg: var(--explainer-table-header-background, color-mix(in srgb, currentColor 6%, transparent));
    --_table-head-color: var(--explainer-table-header-color, inherit);
    --_table-head-weight: var(--explainer-table-header-font-weight, 600);
    --_table-stripe-bg: var(--explainer-table-stripe-background, transparent);
    --_table-highlight-bg: var(--explainer-table-highlight-background, color-mix(in srgb, var(--_accent) 10%, transparent));
    --_table-highlight-border: var(--explainer-table-highlight-border, 2px solid var(--_accent));
    --_table-col-min: var(--explainer-table-column-min-width, 7rem);
    --_table-sticky-bg: var(--explainer-table-sticky-background, Canvas);
    --_table-shadow: var(--explainer-table-shadow-color, color-mix(in srgb, currentColor 28%, transparent));
    --_table-caption-align: var(--explainer-table-caption-align, start);
    --_table-card-bg: var(--explainer-table-card-background, var(--_surface));
    --_table-card-border: var(--explainer-table-card-border, var(--_border));
    --_table-card-radius: var(--explainer-table-card-radius, var(--_radius));
    --_table-card-gap: var(--explainer-table-card-gap, var(--_space));
    --_table-label-color: var(--explainer-table-label-color, var(--_muted));
  }
  .layout {
    container: explainer-table / inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) * 0.75) var(--_space);
    margin-block-end: var(--_space);
  }
  .filter,
  .sort-control {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .filter label,
  .sort-control label {
    font-weight: 600;
  }
  .filter input,
  .sort-control select,
  .download {
    min-height: 2.25rem;
    padding: 0.25em 0.5em;
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font: inherit;
    color: inherit;
  }
  .download {
    margin-inline-start: auto;
    padding-inline: 0.75em;
    cursor: pointer;
  }
  .sort-control {
    display: none;
  }
  .toolbar:not(:has(> :not(.sort-control))) {
    display: none;
  }
  .frame {
    position: relative;
  }
  .frame::before,
  .frame::after {
    content: '';
    position: absolute;
    inset-block: 0;
    width: calc(var(--_space) * 1.25);
    pointer-events: none;
    opacity: 0;
    transition: opacity var(--_duration) ease;
  }
  .frame::before {
    inset-inline-start: 0;
    background: linear-gradient(to right, var(--_table-shadow), transparent);
  }
  .frame::after {
    inset-inline-end: 0;
    background: linear-gradient(to left, var(--_table-shadow), transparent);
  }
  .frame:dir(rtl)::before {
    background: linear-gradient(to left, var(--_table-shadow), transparent);
  }
  .frame:dir(rtl)::after {
    background: linear-gradient(to right, var(--_table-shadow), transparent);
  }
  .frame[data-scroll-start]::before,
  .frame[data-scroll-end]::after {
    opacity: 1;
  }
  .scroller {
    position: relative;
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    border-spacing: 0;
  }
  caption {
    caption-side: top;
    padding-block-end: calc(var(--_space) * 0.5);
    text-align: var(--_table-caption-align);
    font-weight: 600;
  }
  th,
  td {
    min-inline-size: var(--_table-col-min);
    padding: var(--_table-cell-padding);
    border-block-end: var(--_table-border);
    text-align: start;
    vertical-align: top;
  }
  .head th {
    border-block-end: var(--_table-head-border);
    background: var(--_table-head-bg);
    color: var(--_table-head-color);
    font-weight: var(--_table-head-weight);
    vertical-align: bottom;
  }
  .body th {
    font-weight: var(--_table-head-weight);
  }
  .body tr:nth-child(even) {
    background: var(--_table-stripe-bg);
  }
  td > :first-child:not(.stacked-label),
  td > .stacked-label + *,
  th > :first-child {
    margin-block-start: 0;
  }
  td > :last-child,
  th > :last-child {
    margin-block-end: 0;
  }
  .align-center {
    text-align: center;
  }
  .align-end {
    text-align: end;
  }
  .sticky {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background-color: var(--_table-sticky-bg);
  }
  .head .sticky {
    background-image: linear-gradient(var(--_table-head-bg), var(--_table-head-bg));
  }
  [part~='highlight'] {
    background-color: var(--_table-highlight-bg);
    border-inline: var(--_table-highlight-border);
  }
  .sticky[part~='highlight'] {
    background-image: linear-gradient(var(--_table-highlight-bg), var(--_table-highlight-bg));
    background-color: var(--_table-sticky-bg);
  }
  .sort-button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 24px;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: inherit;
    cursor: pointer;
  }
  .sort-icon {
    flex: none;
    width: 1em;
    height: 1em;
  }
  .sort-icon[data-direction='none'] {
    opacity: 0.6;
  }
  .stacked-label,
  .stacked-header {
    display: none;
  }
  .no-results {
    margin-block: var(--_space);
    color: var(--_muted);
  }
  .notes {
    margin-block-start: var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .notes > :first-child {
    margin-block-start: 0;
  }
  @media (forced-colors: active) {
    [part~='highlight'] {
      border-color: Highlight;
    }
    .frame::before,
    .frame::after {
      display: none;
    }
  }
  @media print {
    .toolbar,
    .frame::before,
    .frame::after {
      display: none !important;
    }
    .scroller {
      overflow: visible;
    }
  }
`;
