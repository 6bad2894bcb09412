import { css } from 'lit';

/**
 * The stacked layout: every row a card, each data cell labelled by its column header. The table parts keep
 * their explicit roles (set in the markup), so the table semantics survive `display: block`. The header row
 * stays in the accessibility tree but is visually hidden, with its sort buttons taken out (the sort control
 * above the table takes their place). Nested (CSS nesting) under the two selectors that turn it on.
 */
const stacked = css`
  .toolbar, .sort-control { display: flex }
  :is(table, caption, thead, tbody, tr, th, td) { display: block }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }
  .sort-button { display: none }
  .stacked-header { display: inline }
  tbody tr {
    margin-block-end: var(--explainer-table-card-gap, var(--_space));
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: var(--explainer-table-card-border, var(--_border));
    border-radius: var(--explainer-table-card-radius, var(--_radius));
    background: var(--explainer-table-card-background, var(--_surface));
  }
  tbody :is(th, td) { position: static; min-inline-size: 0; padding: 0.25em 0; border-block: 0; background: var(--_bg); text-align: start }
  tbody th { padding-block-end: 0.5em; font-size: 1.0625em }
  tbody [part~='highlight'] { padding-inline-start: calc(var(--_space) * 0.5); border-inline-end: 0 }
  .stacked-label { display: block; color: var(--explainer-table-label-color, var(--_muted)); font-size: 0.875em; font-weight: 600 }
  @media (forced-colors: active) { tbody tr { border-color: CanvasText } }
`;

/**
 * Cells paint `--_bg` (header, highlight or none; the header wins); a sticky cell paints it over an opaque
 * background. A data cell's content starts after its stacked label, its second child. The scroll
 * shadows share one left-to-right gradient, mirrored (`scale: -1`) for the right-hand one (`::after`, or `::before`
 * in right-to-left text).
 * Below 36rem of the component's own width (not the viewport) the rows become cards; custom properties cannot be
 * used in `@container` conditions, so the breakpoint is fixed. `layout="table"` or `layout="stacked"` forces either.
 */
export const tableStyles = [
  css`
    .layout { container: explainer-table / inline-size }
    .toolbar { display: flex; flex-wrap: wrap; align-items: flex-end; gap: calc(var(--_space) * 0.75) var(--_space); margin-block-end: var(--_space) }
    .filter, .sort-control { display: flex; flex-direction: column; gap: 0.25em }
    .sort-control, .toolbar:not(:has(> :not(.sort-control))) { display: none }
    label { font-weight: 600 }
    input, select, .download {
      min-height: 2.25rem;
      padding: 0.25em 0.5em;
      border: var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      font: inherit;
      color: inherit;
    }
    .download { margin-inline-start: auto; padding-inline: 0.75em; cursor: pointer }
    .frame { position: relative }
    .scroller { overflow-x: auto }
    .frame::before, .frame::after {
      content: '';
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0;
      width: calc(var(--_space) * 1.25);
      pointer-events: none;
      opacity: 0;
      transition: opacity var(--_duration);
      background: linear-gradient(to right, var(--explainer-table-shadow-color, color-mix(in srgb, currentColor 28%, transparent)), transparent);
    }
    .frame::after { inset-inline: auto 0 }
    .frame::after, .frame:dir(rtl)::before { scale: -1 }
    .frame:dir(rtl)::after { scale: none }
    .frame[data-scroll-start]::before, .frame[data-scroll-end]::after { opacity: 1 }
    table { width: 100%; border-collapse: collapse }
    caption { padding-block-end: calc(var(--_space) * 0.5); text-align: var(--explainer-table-caption-align, start); font-weight: 600 }
    th, td {
      --_bg: transparent;
      min-inline-size: var(--explainer-table-column-min-width, 7rem);
      padding: var(--explainer-table-cell-padding, calc(var(--_space) * 0.5) calc(var(--_space) * 0.75));
      border-block-end: var(--explainer-table-border, var(--_border));
      background: var(--_bg);
      text-align: start;
      vertical-align: top;
    }
    th { font-weight: var(--explainer-table-header-font-weight, 600) }
    thead th {
      --_bg: var(--explainer-table-header-background, color-mix(in srgb, currentColor 6%, transparent));
      border-block-end: var(--explainer-table-header-border, var(--explainer-border-width, 1px) solid currentColor);
      color: var(--explainer-table-header-color, inherit);
      vertical-align: bottom;
    }
    tbody tr:nth-child(even) { background: var(--explainer-table-stripe-background, transparent) }
    td > :nth-child(2), th > :first-child { margin-block-start: 0 }
    :is(td, th) > :last-child { margin-block-end: 0 }
    .align-center { text-align: center }
    .align-end { text-align: end }
    .sticky {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      background: linear-gradient(var(--_bg), var(--_bg)) var(--explainer-table-sticky-background, Canvas);
    }
    [part~='highlight'] {
      --_bg: var(--explainer-table-highlight-background, color-mix(in srgb, var(--_accent) 10%, transparent));
      border-inline: var(--explainer-table-highlight-border, 2px solid var(--_accent));
    }
    .sort-button {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      min-height: 24px;
      padding: 0;
      border: 0;
      background: none;
      text-align: inherit;
      cursor: pointer;
    }
    svg { flex: none; width: 1em; height: 1em }
    [data-direction='none'] { opacity: 0.6 }
    .stacked-label, .stacked-header { display: none }
    .no-results, .notes { color: var(--_muted) }
    .no-results { margin-block: var(--_space) }
    .notes { margin-block-start: var(--_space); font-size: 0.875em }
    .notes > :first-child { margin-block-start: 0 }
    @media (forced-colors: active) {
      [part~='highlight'] { border-color: Highlight }
    }
    @media (forced-colors: active), print {
      .frame::before, .frame::after { display: none }
    }
    @media print {
      .toolbar { display: none !important }
      .scroller { overflow: visible }
    }
    /* Server-rendered markup read with scripting off: no filter, sort or download; headers are plain labels. */
    @media (scripting: none) {
      .toolbar, .sort-button { display: none !important }
      .stacked-header { display: inline }
    }
  `,
  css`@container explainer-table (width < 36rem) { .layout-auto { ${stacked} } } .layout-stacked { ${stacked} }`,
];
