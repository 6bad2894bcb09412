// The benchmark's "bare Lit" baseline: the practical limit of a Lit component on the same work. One element per
// scenario renders the same DOM as the component (same elements, parts, classes, ids, ARIA; checked node by node
// by the benchmark's probe, bench/dom-compare.mjs) from the same array, with none of the rest: no validation, no
// rich-text parser (the FAQ answer is one fixed template filled from the item's fields), no labels or locale
// lookup, no content intake beyond one JSON.parse of the inline script, no observers, no events. Its CSS is the
// static page's, in the shadow root, with the selectors matching this markup (classes and children, no `part`
// attribute selectors), plus what hides the stacked-only elements the component also renders.
// Built by bench/run.mjs into bench/out/bare.js (Lit inside, production build, minified), as dist/bundle.js is.
import { LitElement, css, html, nothing } from 'lit';

/** The inline `<script type="application/json">` child, parsed. */
const inline = (el) => JSON.parse(el.querySelector('script[type="application/json"]')?.textContent ?? 'null');

let instances = 0;

const visuallyHidden = css`
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
`;

/** The FAQ: `{ title, items: [{ id, question, text, topic, href }] }` (the answer's two paragraphs as fields). */
export class BareFaq extends LitElement {
  static properties = { open: { state: true } };

  static styles = [
    visuallyHidden,
    css`
      :host { display: block; --space: 0.75rem; --border: 1px solid color-mix(in srgb, currentColor 25%, transparent); }
      .title { margin: 0 0 var(--space); }
      .toolbar { display: flex; justify-content: flex-end; margin-block-end: calc(var(--space) / 2); }
      .toggle-all { min-height: 24px; padding: 0.25em 0.5em; border: 0; background: none; color: LinkText; text-decoration: underline; cursor: pointer; font: inherit; }
      .list { border-block-start: var(--border); }
      .item { border-block-end: var(--border); }
      .question-heading { margin: 0; font-size: 1em; font-weight: normal; }
      .question { display: flex; align-items: flex-start; gap: var(--space); width: 100%; min-height: 44px; margin: 0; padding: var(--space) 0; border: 0; border-radius: 0; background: transparent; font: inherit; font-weight: 600; color: inherit; text-align: start; cursor: pointer; }
      .question > span { flex: 1; }
      .question > svg { flex: none; width: 1.25em; height: 1.25em; margin-block-start: 0.1em; transition: transform 150ms ease; }
      .question[aria-expanded='true'] > svg { transform: rotate(180deg); }
      .body { padding: 0 0 var(--space); }
      .body > :first-child { margin-block-start: 0; }
      .body > :last-child { margin-block-end: 0; }
    `,
  ];

  constructor() {
    super();
    this.open = [];
    this.idBase = `bare-faq-${++instances}`;
  }

  connectedCallback() {
    super.connectedCallback();
    this.data ??= inline(this);
  }

  /** Opens every answer (or closes them all when all are open), as the component's show-all button does. */
  toggleAll() {
    const all = this.open.length === this.data.items.length && this.open.every(Boolean);
    this.open = this.data.items.map(() => !all);
  }

  #onClick = (event) => {
    const item = event.target.closest('.question') && event.target.closest('[data-index]');
    if (!item) return;
    const open = [...this.open];
    open[item.dataset.index] = !open[item.dataset.index];
    this.open = open;
  };

  render() {
    const { title, items } = this.data;
    const allOpen = items.length > 0 && items.every((_, i) => this.open[i]);
    const toggle = allOpen ? 'Hide all' : 'Show all';
    const regions = items.length <= 6;
    const p = this.idBase;
    return html`<h2 part="title" class="title">${title}</h2><div part="toolbar" class="toolbar"><button type="button" part="toggle-all" class="toggle-all" aria-label="${toggle} answers: ${title}" @click=${this.toggleAll}>${toggle} <span class="visually-hidden">answers: ${title}</span></button></div><div part="list" class="list" @click=${this.#onClick}>${items.map((item, i) => {
      const open = !!this.open[i];
      return html`<div part=${open ? 'item item-open' : 'item'} class="item" data-index=${i}><h3 part="question-heading" class="question-heading"><button type="button" part="question" class="question" id="${p}-${i}-q" aria-expanded=${open} aria-controls="${p}-${i}-a"><span part="question-text">${item.question}</span><svg part="icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg></button></h3><div part="answer" class="answer" id="${p}-${i}-a" role=${regions ? 'region' : nothing} aria-labelledby=${regions ? `${p}-${i}-q` : nothing} hidden=${open ? nothing : 'until-found'}><div part="answer-body" class="body"><p>${item.text}</p><p>See <strong>${item.topic}</strong> in <a part="link" href=${item.href}>the explainer</a>.</p></div></div></div>`;
    })}</div><div class="visually-hidden" role="status"></div>`;
  }
}

const ICONS = {
  none: 'M5 7.5 10 3l5 4.5M5 12.5l5 4.5 5-4.5',
  asc: 'M10 17V4M4.5 9.5 10 4l5.5 5.5',
  desc: 'M10 3v13M4.5 10.5 10 16l5.5-5.5',
};

/**
 * The table: `<cooperation-table>`'s content as it is (`{ title, caption, columns, rows }`), sortable by every
 * column through `sort` (`key:asc` / `key:desc`), sorted with the same collator as the static page's plain JS.
 */
export class BareTable extends LitElement {
  static properties = { sort: {} };

  static styles = [
    visuallyHidden,
    css`
      :host { display: block; }
      .title { margin: 0 0 0.75rem; }
      .toolbar, .stacked-header { display: none; }
      .scroller { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; }
      caption { text-align: start; font-weight: 600; padding-block-end: 0.5rem; }
      th, td { text-align: start; vertical-align: top; padding: 0.5rem 0.75rem; border-block-end: 1px solid color-mix(in srgb, currentColor 25%, transparent); }
      thead th { font-weight: 600; }
      .align-end { text-align: end; }
      .sort-button { font: inherit; border: 0; background: none; padding: 0; cursor: pointer; }
      .sort-button > svg { width: 1em; height: 1em; vertical-align: middle; }
    `,
  ];

  constructor() {
    super();
    this.idBase = `bare-table-${++instances}`;
    this.order = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.data ??= inline(this);
  }

  willUpdate() {
    const [key, direction] = (this.sort ?? '').split(':');
    const index = this.data.columns.findIndex((c) => c.key === key);
    this.sorted = index < 0 ? null : { key, direction: direction === 'desc' ? 'desc' : 'asc' };
    if (!this.sorted) return (this.order = this.data.rows);
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    const sign = this.sorted.direction === 'desc' ? -1 : 1;
    this.order = [...this.data.rows].sort((a, b) => sign * collator.compare(a[key], b[key]));
  }

  render() {
    const { title, caption, columns } = this.data;
    const p = this.idBase;
    const current = this.sorted ? `${this.sorted.key}:${this.sorted.direction}` : '';
    const cls = (c) => (c.type === 'number' ? 'align-end' : nothing);
    const option = (value, text) => html`<option value=${value} ?selected=${value === current}>${text}</option>`;
    const direction = (c) => (this.sorted?.key === c.key ? this.sorted.direction : undefined);
    return html`<h2 part="title" class="title">${title}</h2><div class="layout layout-auto"><div part="toolbar" class="toolbar"><div part="sort-control" class="sort-control"><label for="${p}-sort">Sort by</label><select id="${p}-sort">${option('', 'Original order')}${columns.map((c) =>
      ['asc', 'desc'].map((d) => option(`${c.key}:${d}`, `${c.label}, ${d === 'asc' ? 'ascending' : 'descending'}`)),
    )}</select></div></div><div class="frame"><div part="scroller" class="scroller" role="region" aria-labelledby="${p}-caption" tabindex="0"><table part="table" role="table" id="${p}-table"><caption part="caption" id="${p}-caption">${caption}</caption><thead part="head" role="rowgroup"><tr part="header-row" role="row">${columns.map(
      (c) =>
        html`<th scope="col" role="columnheader" part="header-cell" class=${cls(c)} aria-sort=${direction(c) ? (direction(c) === 'asc' ? 'ascending' : 'descending') : nothing}><button type="button" part="sort-button" class="sort-button" data-key=${c.key}>${c.label}<svg part="sort-icon" data-direction=${direction(c) ?? 'none'} viewBox="0 0 20 20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${ICONS[direction(c) ?? 'none']} /></svg></button><span class="stacked-header">${c.label}</span></th>`,
    )}</tr></thead><tbody part="body" role="rowgroup">${this.order.map(
      (row) =>
        html`<tr part="row" role="row">${columns.map((c) =>
          c.rowHeader
            ? html`<th scope="row" role="rowheader" part="row-header">${row[c.key]}</th>`
            : c.type === 'number'
              ? html`<td role="cell" part="cell" class="align-end">${row[c.key]}</td>`
              : html`<td role="cell" part="cell">${row[c.key]}</td>`,
        )}</tr>`,
    )}</tbody></table></div></div></div><div class="live visually-hidden" role="status" aria-live="polite"></div>`;
  }
}

customElements.define('bare-faq', BareFaq);
customElements.define('bare-table', BareTable);
