import { css, type CSSResult } from 'lit';

/**
 * The stacked layout: every row a card, each data cell labelled by its column header. The table parts keep
 * their explicit roles (set in the markup), so the table semantics survive `display: block`. The header row
 * stays in the accessibility tree but is visually hidden, with its sort buttons taken out (the sort control
 * above the table takes their place). Written once per selector that turns it on (`on`).
 * Rows, cells and labels are many, so no rule here names them: the table sets private switches (`--_display`,
 * `--_cell-*`, `--_rh-*`, `--_card-*`, `--_label`, `--_align`) that they read in their own rules. A rule under `@container`
 * costs each element it is tested on a match and a container query, and makes its style uncacheable; so only the
 * few elements named here pay for it (the cells only when sticky or highlighted).
 */
const stacked = (on: CSSResult) => css`
  ${on} .toolbar, ${on} .sort-control { display: flex }
  ${on} caption, ${on} thead, ${on} tbody { display: block }
  ${on} table {
    display: block;
    --_display: block;
    --_cell-min: 0;
    --_cell-padding: 0.25em 0;
    --_cell-border: 0;
    --_rh-padding: 0.25em 0 0.5em;
    --_rh-size: 1.0625em;
    --_label: block;
    --_align: start;
    --_card-gap: var(--explainer-table-card-gap, var(--_space));
    --_card-padding: calc(var(--_space) * 0.75) var(--_space);
    --_card-border: var(--explainer-table-card-border, var(--_border));
    --_card-radius: var(--explainer-table-card-radius, var(--_radius));
    --_card-background: var(--explainer-table-card-background, var(--_surface));
  }
  ${on} thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }
  ${on} .sort-button { display: none }
  ${on} .stacked-header { display: inline }
  ${on} .sticky { position: static; background: var(--_bg, transparent) }
  ${on} tbody .highlight { padding-inline-start: calc(var(--_space) * 0.5); border-inline-end: 0 }
`;

/**
 * Header and highlighted cells paint `--_bg` (the highlight wins); a sticky cell paints it (if any) over an opaque
 * background. Plain cells declare no custom property and no background, so the many body cells stay cheap to style.
 * Rich text in a cell (paragraphs, lists) loses its outer margins; a data cell's content starts after its stacked
 * label, its second child. Those rules name the block tags, so only such elements are ever tested against them. The scroll
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
    tr { display: var(--_display, table-row) }
    /* A card in the stacked layout: in the table layout these switches are unset (no margin, padding, border). */
    tbody > tr {
      margin-block-end: var(--_card-gap);
      padding: var(--_card-padding);
      border: var(--_card-border);
      border-radius: var(--_card-radius);
      background: var(--_card-background);
    }
    th, td {
      display: var(--_display, table-cell);
      min-inline-size: var(--_cell-min, var(--explainer-table-column-min-width, 7rem));
      padding: var(--_cell-padding, var(--explainer-table-cell-padding, calc(var(--_space) * 0.5) calc(var(--_space) * 0.75)));
      border-block-end: var(--_cell-border, var(--explainer-table-border, var(--_border)));
      text-align: start;
      vertical-align: top;
    }
    tbody th {
      padding: var(--_rh-padding, var(--explainer-table-cell-padding, calc(var(--_space) * 0.5) calc(var(--_space) * 0.75)));
      font-size: var(--_rh-size, 1em);
    }
    th { font-weight: var(--explainer-table-header-font-weight, 600) }
    thead th {
      --_bg: var(--explainer-table-header-background, color-mix(in srgb, currentColor 6%, transparent));
      background: var(--_bg);
      border-block-end: var(--explainer-table-header-border, var(--explainer-border-width, 1px) solid currentColor);
      color: var(--explainer-table-header-color, inherit);
      vertical-align: bottom;
    }
    tbody tr:nth-child(even) { background: var(--_card-background, var(--explainer-table-stripe-background, transparent)) }
    td > p:nth-child(2), td > ul:nth-child(2), td > ol:nth-child(2), th > p:first-child, th > ul:first-child, th > ol:first-child { margin-block-start: 0 }
    td > p:last-child, td > ul:last-child, td > ol:last-child, th > p:last-child, th > ul:last-child, th > ol:last-child { margin-block-end: 0 }
    .align-center { text-align: var(--_align, center) }
    .align-end { text-align: var(--_align, end) }
    /* Before .sticky, whose background (the same colour over an opaque one) wins on a sticky highlighted cell. */
    .highlight {
      --_bg: var(--explainer-table-highlight-background, color-mix(in srgb, var(--_accent) 10%, transparent));
      background: var(--_bg);
      border-inline: var(--explainer-table-highlight-border, 2px solid var(--_accent));
    }
    .sticky {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      background: linear-gradient(var(--_bg, transparent), var(--_bg, transparent)) var(--explainer-table-sticky-background, Canvas);
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
    .stacked-header { display: none }
    .stacked-label { display: var(--_label, none); color: var(--explainer-table-label-color, var(--_muted)); font-size: 0.875em; font-weight: 600 }
    .no-results, .notes { color: var(--_muted) }
    .no-results { margin-block: var(--_space) }
    .notes { margin-block-start: var(--_space); font-size: 0.875em }
    .notes > :first-child { margin-block-start: 0 }
    @media (forced-colors: active) {
      .highlight { border-color: Highlight }
      /* Cards only: in the table layout rows have no border. */
      tbody > tr { border-color: CanvasText }
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
  css`@container explainer-table (width < 36rem) { ${stacked(css`.layout-auto`)} } ${stacked(css`.layout-stacked`)}`,
];
