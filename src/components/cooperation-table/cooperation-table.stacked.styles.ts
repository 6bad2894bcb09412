import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Below this width of the component itself (not the viewport) the rows become cards. Custom properties cannot
 * be used in `@container` conditions, so the breakpoint is fixed; `layout="table"` or `layout="stacked"` forces
 * either layout.
 */
export const STACK_BELOW = '36rem';

/**
 * The stacked layout: every row a card, each data cell labelled by its column header. The table parts keep
 * their explicit roles (set in the markup), so the table semantics survive `display: block`. The header row
 * stays in the accessibility tree but is visually hidden, with its sort buttons taken out (the sort control
 * above the table takes their place).
 */
function stackedRules(scope: string): string {
  return `
  ${scope} .sort-control { display: flex; }
  ${scope} .toolbar { display: flex; }
  ${scope} table,
  ${scope} caption,
  ${scope} thead,
  ${scope} tbody,
  ${scope} tr,
  ${scope} th,
  ${scope} td { display: block; }
  ${scope} .head {
    position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap;
  }
  ${scope} .sort-button { display: none; }
  ${scope} .stacked-header { display: inline; }
  ${scope} .body tr {
    margin-block-end: var(--_table-card-gap);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: var(--_table-card-border);
    border-radius: var(--_table-card-radius);
    background: var(--_table-card-bg);
  }
  ${scope} .body th,
  ${scope} .body td {
    position: static;
    min-inline-size: 0;
    padding: 0.25em 0;
    border: 0;
    background: none;
    text-align: start;
  }
  ${scope} .body th { padding-block-end: 0.5em; font-size: 1.0625em; }
  ${scope} .body [part~='highlight'] {
    padding-inline-start: calc(var(--_space) * 0.5);
    border-inline-start: var(--_table-highlight-border);
    background: var(--_table-highlight-bg);
  }
  ${scope} .stacked-label {
    display: block;
    color: var(--_table-label-color);
    font-size: 0.875em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    ${scope} .body tr { border-color: CanvasText; }
  }`;
}

export const stackedStyles: CSSResult = unsafeCSS(`
  @container explainer-table (width < ${STACK_BELOW}) {${stackedRules('.layout-auto')}
  }
  ${stackedRules('.layout-stacked')}
`);
